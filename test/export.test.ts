import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/http/csv.js';
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
  it('streams every matching demand as a spreadsheet-friendly CSV: one row per record, flat columns', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ url: '/v1/demands?party=hamas', headers: { accept: 'text/csv' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="demands.csv"');
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
      'evidenceCount',
      'quotes',
      'createdAt',
      'updatedAt',
      'reasonsCount',
      'reasons',
    ]);
    type Demand = { id: string; summary: string; evidence: { quote: string }[]; reasons: { summary: string }[] };
    const json = (await app.inject('/v1/demands?party=hamas')).json().items as Demand[];
    expect(rows).toHaveLength(3);
    rows.forEach((row, index) => {
      const record = Object.fromEntries(header!.map((column, i) => [column, row[i]]));
      const demand = json[index]!;
      expect(record.id).toBe(demand.id);
      expect(record.summary).toBe(demand.summary);
      expect(record.raisedOn).toBe('');
      expect(record.evidenceCount).toBe(String(demand.evidence.length));
      expect(record.quotes).toBe(demand.evidence.map((quote) => quote.quote).join(' | '));
      expect(record.reasons).toBe(demand.reasons.map((reason) => reason.summary).join(' | '));
    });
    // No JSON in a cell.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[[{]/);
  });

  it('flattens answers, participants and agendas into counts and joined labels', async () => {
    const app = await buildTestApp();
    const [header, ...rows] = parseCsv((await app.inject('/v1/responses?party=israel&format=csv')).body);
    const rejection = Object.fromEntries(header!.map((column, i) => [column, rows[0]![i]]));
    expect(rejection).toMatchObject({
      id: 'israel-rejects-hamas-amendments',
      answersCount: '3',
      answers: expect.stringMatching(/^immediate-talks-on-ending-the-war: rejects \| aid-through-/),
    });
    const [meetingHeader, ...meetings] = parseCsv((await app.inject('/v1/meetings?format=csv&status=planned')).body);
    const washington = Object.fromEntries(meetingHeader!.map((column, i) => [column, meetings[0]![i]]));
    expect(washington).toMatchObject({
      participants: 'israel (benjamin-netanyahu) | united-states (us-president)',
      agendaCount: '1',
      agenda: 'truce-framework',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const db = createTestDatabase();
    const planted = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3+4', '@SUM(A1)', '\tTab', '\rReturn'];
    // Three demands, two planted cells each: the title and the summary.
    planted.forEach((value, index) => {
      const column = index % 2 === 0 ? sql`title` : sql`summary`;
      db.run(sql`update demands set ${column} = ${value} where rowid = ${Math.floor(index / 2) + 1}`);
    });
    const app = await buildTestApp({ db });
    const [header, ...rows] = parseCsv((await app.inject('/v1/demands?format=csv')).body);
    const cells = rows.flatMap((row) => [row[header!.indexOf('title')], row[header!.indexOf('summary')]]);
    expect(cells.sort()).toEqual(planted.map((value) => `'${value}`).sort());
    // Numbers pass as they are.
    for (const row of rows) expect(row[header!.indexOf('evidenceCount')]).toMatch(/^\d+$/);
  });

  it.each([
    ['/v1/timeline', 'timeline', ['type', 'id', 'href', 'title', 'date', 'partyIds', 'issueIds']],
    ['/v1/search?q=humanitarian%20aid', 'search', ['type', 'id', 'href', 'title', 'score', 'matchesCount']],
    ['/v1/positions?topicType=issue', 'positions', ['topicType', 'topicId', 'partyId', 'stance', 'towards', 'basis']],
  ])('exports %s as %s.csv too', async (url, name, columns) => {
    const app = await buildTestApp();
    const response = await app.inject({ url, headers: { accept: 'text/csv' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${name}.csv"`);
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual(
      expect.arrayContaining(name === 'search' ? columns : [...columns, 'evidenceCount', 'quotes']),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[[{]/);
  });

  it('exports positions one row per party and topic, with the quotes behind each', async () => {
    const app = await buildTestApp();
    const [header, ...rows] = parseCsv((await app.inject('/v1/positions?topicType=issue&format=csv')).body);
    const records = rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]])));
    expect(records.map((record) => `${record.topicId}/${record.partyId}/${record.stance}`)).toEqual([
      'ending-the-war/hamas/demands',
      'ending-the-war/israel/rejects',
      'humanitarian-aid-channels/hamas/demands',
      'humanitarian-aid-channels/israel/rejects',
      'israeli-forces-in-gaza/hamas/demands',
      'israeli-forces-in-gaza/israel/rejects',
    ]);
    expect(records[1]).toMatchObject({ basis: 'israel-rejects-hamas-amendments', basisCount: '1' });
    expect(records[1]!.quotes).toContain('unacceptable');
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

  it('exports each topic’s positions (NDJSON) byte for byte as its own endpoint answers them', async () => {
    const app = await buildTestApp({ db: createTestDatabase({ synthetic: { demands: 300, seed: 5 } }) });
    const lines = (await app.inject('/v1/positions?format=ndjson&sort=-title')).body.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      const { topic } = JSON.parse(line);
      expect((await app.inject(`/v1/${topic.type}s/${topic.id}/positions`)).body).toBe(line);
    }
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

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a, "b"', '"a, ""b"""'],
    ['plain', 'plain'],
    [-1, '-1'],
    [null, ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
