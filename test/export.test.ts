import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/http/list-route.js';
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
      'href',
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

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', async () => {
    const db = createTestDatabase();
    const planted = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const [first, ...others] = db.all<{ id: string }>(sql`select id from demands where party_id = 'hamas' order by id`);
    db.run(sql`update demands set title = ${planted[0]}, summary = ${planted[1]} where id = ${first!.id}`);
    db.run(sql`update demands set title = ${planted[2]}, summary = ${planted[3]} where id = ${others[0]!.id}`);
    db.run(sql`update demands set title = ${planted[4]}, summary = ${planted[5]} where id = ${others[1]!.id}`);
    const app = await buildTestApp({ db });
    const [header, ...rows] = parseCsv((await app.inject('/v1/demands?party=hamas&format=csv')).body);
    const byId = new Map(rows.map((row) => [row[header!.indexOf('id')], row]));
    const cells = [first!, others[0]!, others[1]!].flatMap(({ id }) => {
      const row = byId.get(id)!;
      return [row[header!.indexOf('title')], row[header!.indexOf('summary')]];
    });
    expect(cells).toEqual(planted.map((value) => `'${value}`));
    // JSON and NDJSON carry the data as it is.
    expect((await app.inject(`/v1/demands/${first!.id}`)).json().title).toBe(planted[0]);
  });

  it('csvCell: prefixes formula triggers in text, leaves numbers and other text alone', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell([{ a: '=x' }])).toBe('"[{""a"":""=x""}]"');
  });

  it('sends Vary: Accept, since the format follows Accept', async () => {
    const app = await buildTestApp();
    for (const url of ['/v1/issues', '/v1/issues?format=csv']) {
      expect((await app.inject(url)).headers.vary).toMatch(/\bAccept\b/);
    }
    // A cached answer carries it too.
    expect((await app.inject('/v1/issues')).headers).toMatchObject({ 'x-cache': 'hit', vary: 'Accept' });
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
