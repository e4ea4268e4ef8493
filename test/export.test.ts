import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp, createTestDatabase, expectProblem } from './helpers.js';

/** A strict RFC 4180 reader, enough to read back what the export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  expect(cell).toBe('');
  return rows;
}

describe('export: CSV and NDJSON', () => {
  it('streams every matching demand as CSV that reads back to the JSON records', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ url: '/v1/demands?party=hamas', headers: { accept: 'text/csv' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual([
      'id',
      'partyId',
      'proposalId',
      'issueId',
      'title',
      'summary',
      'status',
      'contested',
      'raisedOn',
      'raisedOnPrecision',
      'evidence',
      'createdAt',
      'updatedAt',
      'reasons',
    ]);
    const json = (await app.inject('/v1/demands?party=hamas')).json().items as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    rows.forEach((row, index) => {
      const record = Object.fromEntries(header!.map((column, i) => [column, row[i]]));
      expect(record.id).toBe(json[index]!.id);
      expect(record.summary).toBe(json[index]!.summary);
      expect(record.raisedOn).toBe('');
      expect(JSON.parse(record.evidence!)).toEqual(json[index]!.evidence);
    });
  });

  it('streams NDJSON, one record per line, equal to the JSON records', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/meetings?format=ndjson&status=held');
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual((await app.inject('/v1/meetings?status=held')).json().items);
  });

  it('exports every record past one page, in the requested sort, with the same filters', async () => {
    const db = createTestDatabase({ synthetic: { demands: 1200, seed: 7 } });
    const app = await buildTestApp({ db });
    const response = await app.inject('/v1/demands?format=ndjson&sort=title&limit=5');
    const exported = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).id as string);
    expect(exported).toHaveLength(db.all(sql`select id from demands`).length);
    expect(new Set(exported).size).toBe(exported.length);
    const titles = exported.map(
      (id) => db.all<{ title: string }>(sql`select title from demands where id = ${id}`)[0]!.title,
    );
    expect(titles).toEqual([...titles].sort());
  });

  it('writes only the header row when nothing matches', async () => {
    const app = await buildTestApp();
    const response = await app.inject('/v1/demands?format=csv&party=israel');
    expect(parseCsv(response.body)).toHaveLength(1);
    expect((await app.inject('/v1/demands?format=ndjson&party=israel')).body).toBe('');
  });

  it('negotiates from Accept, preferring the highest q, and answers 406 when nothing fits', async () => {
    const app = await buildTestApp();
    const prefer = async (accept: string) =>
      (await app.inject({ url: '/v1/issues', headers: { accept } })).headers['content-type'];
    expect(await prefer('application/x-ndjson;q=0.5, text/csv')).toMatch(/^text\/csv/);
    expect(await prefer('text/html, application/json;q=0.9')).toMatch(/^application\/json/);
    expect(await prefer('*/*')).toMatch(/^application\/json/);
    const refused = await app.inject({ url: '/v1/issues', headers: { accept: 'application/xml' } });
    expectProblem(refused, 406, 'not_acceptable');
    expectProblem(await app.inject('/v1/issues?format=xml'), 400, 'validation_failed');
  });
});
