/**
 * Derived state kept by triggers, declared once: which tables are records (with their searchable
 * columns), which are links between records, and how evidence quotes are indexed. The migrations'
 * trigger SQL is generated from this declaration (`triggerStatements`), and a test checks that the
 * database holds exactly these triggers and that every text column is declared searchable or not.
 * Triggers only keep derived state (search index, `updated_at`, the cache's data version, which
 * stored positions are stale): they cannot know who made a change, so auditing belongs to the write
 * path.
 */
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RecordType } from './schema.js';
import * as schema from './schema.js';

/**
 * How much a match in a field says about its record, highest first: the record's own name (its title or
 * name), its other descriptive fields, an evidence quote, a source's full text. Search lists records by
 * their best-matching field (domain/search/queries.ts) without scoring every match: each field's row id
 * in `search_documents` puts it in order (best rank first; within a rank, shorter fields first, as a
 * match in a short field says more, as BM25 has it; then the most recently indexed first), so the
 * full-text index, read in row id order, yields the best fields first and can stop at a page.
 */
export const searchRanks = { name: 3, description: 2, quote: 1, fullText: 0 } as const;
export type SearchRank = keyof typeof searchRanks;
const bestRank = searchRanks.name;
/**
 * A field's row id: (bestRank − rank) × searchRankSpan + its length class (0 up to 16 characters, one more
 * for each doubling, 7 past 1,024) × searchLengthSpan, counted down from the top of that slot as fields
 * are indexed.
 */
export const searchRankSpan = 2 ** 40;
export const searchLengthSpan = 2 ** 37;
/** The rank (searchRanks) of a field, from its row id. */
export const rankOfSearchDocument = (id: number) => bestRank - Math.floor(id / searchRankSpan);

/** SQL: a text's length class. */
function lengthClass(text: string): string {
  const steps = Array.from({ length: 7 }, (_, step) => `WHEN length(${text}) <= ${16 * 2 ** step} THEN ${step}`);
  return `(CASE ${steps.join(' ')} ELSE 7 END)`;
}

type Searchable = { column: SQLiteColumn; rank: Exclude<SearchRank, 'quote'>; jsonArray?: boolean };

type RecordTable = {
  table: SQLiteTable & { id: SQLiteColumn };
  recordType: RecordType;
  /** Text columns the full-text index covers, in index order. */
  searchable: Searchable[];
  /** Text columns deliberately left out of the index (ids, vocabularies, dates, bulk text). */
  notSearchable: SQLiteColumn[];
};

const { parties, actors, issues, proposals, demands, responses, meetings, sources, reasons, statements } = schema;

export const recordTables: RecordTable[] = [
  {
    table: parties,
    recordType: 'party',
    searchable: [
      { column: parties.name, rank: 'name' },
      { column: parties.description, rank: 'description' },
    ],
    notSearchable: [parties.id, parties.kind, parties.roles, parties.createdAt, parties.updatedAt],
  },
  {
    table: actors,
    recordType: 'actor',
    searchable: [
      { column: actors.name, rank: 'name' },
      { column: actors.role, rank: 'description' },
    ],
    notSearchable: [actors.id, actors.partyId, actors.kind, actors.createdAt, actors.updatedAt],
  },
  {
    table: issues,
    recordType: 'issue',
    searchable: [
      { column: issues.title, rank: 'name' },
      { column: issues.description, rank: 'description' },
    ],
    notSearchable: [issues.id, issues.createdAt, issues.updatedAt],
  },
  {
    table: proposals,
    recordType: 'proposal',
    searchable: [
      { column: proposals.title, rank: 'name' },
      { column: proposals.summary, rank: 'description' },
    ],
    notSearchable: [
      proposals.id,
      proposals.proposedByPartyId,
      proposals.status,
      proposals.createdAt,
      proposals.updatedAt,
    ],
  },
  {
    table: demands,
    recordType: 'demand',
    searchable: [
      { column: demands.title, rank: 'name' },
      { column: demands.summary, rank: 'description' },
    ],
    notSearchable: [
      demands.id,
      demands.partyId,
      demands.proposalId,
      demands.issueId,
      demands.status,
      demands.raisedOn,
      demands.raisedOnPrecision,
      demands.createdAt,
      demands.updatedAt,
    ],
  },
  {
    table: responses,
    recordType: 'response',
    searchable: [
      { column: responses.summary, rank: 'description' },
      { column: responses.wording, rank: 'description' },
    ],
    notSearchable: [
      responses.id,
      responses.partyId,
      responses.actorId,
      responses.proposalId,
      responses.stance,
      responses.issuedOn,
      responses.issuedOnPrecision,
      responses.createdAt,
      responses.updatedAt,
    ],
  },
  {
    table: meetings,
    recordType: 'meeting',
    searchable: [
      { column: meetings.title, rank: 'name' },
      { column: meetings.purpose, rank: 'description' },
      { column: meetings.location, rank: 'description' },
    ],
    notSearchable: [
      meetings.id,
      meetings.kind,
      meetings.status,
      meetings.startsOn,
      meetings.startsOnPrecision,
      meetings.hostPartyId,
      meetings.createdAt,
      meetings.updatedAt,
    ],
  },
  {
    table: sources,
    recordType: 'source',
    // The full text is searchable, so a hit can point at any passage, cited or not.
    searchable: [
      { column: sources.title, rank: 'name' },
      { column: sources.text, rank: 'fullText' },
    ],
    notSearchable: [
      sources.id,
      sources.publisher,
      sources.url,
      sources.publishedOn,
      sources.publishedOnPrecision,
      sources.kind,
      sources.createdAt,
      sources.updatedAt,
    ],
  },
  {
    table: reasons,
    recordType: 'reason',
    searchable: [{ column: reasons.summary, rank: 'description' }],
    notSearchable: [
      reasons.id,
      reasons.forType,
      reasons.forId,
      reasons.answersDemandId,
      reasons.createdAt,
      reasons.updatedAt,
    ],
  },
  {
    table: statements,
    recordType: 'statement',
    searchable: [
      { column: statements.title, rank: 'name' },
      { column: statements.summary, rank: 'description' },
    ],
    notSearchable: [
      statements.id,
      statements.kind,
      statements.partyId,
      statements.issueId,
      statements.createdAt,
      statements.updatedAt,
    ],
  },
];

/** Tables that only link records: a change to them changes the data version, nothing else. */
export const linkTables: SQLiteTable[] = [
  schema.responseAnswers,
  schema.meetingParticipants,
  schema.meetingIssues,
  schema.meetingProposals,
  schema.responseConditions,
  schema.statementParties,
  schema.sequences,
  schema.claims,
];

/** Tables the triggers write to, and bookkeeping that is not data. */
export const derivedTables: SQLiteTable[] = [
  schema.searchDocuments,
  schema.dataVersion,
  schema.eventOrder,
  schema.positions,
  schema.positionQuotes,
  schema.topicPositions,
  schema.stalePositionTopics,
  schema.storedRecords,
  schema.staleRecords,
  // Bookkeeping the write path keeps beside the data: it changes no answer the cache holds.
  schema.revisions,
  schema.apiKeys,
  schema.idempotencyKeys,
];

const name = (table: SQLiteTable) => getTableConfig(table).name;
const q = (identifier: string) => `\`${identifier}\``;
const bumpVersion = 'UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1;';
const indexColumns = ['id', 'record_type', 'record_id', 'field', 'content'].map(q).join(', ');
const indexInto = `INSERT INTO ${q('search_documents')} (${indexColumns})`;

type TriggerEvent = 'insert' | 'update' | 'delete';

const markStale = (select: string) =>
  `INSERT OR IGNORE INTO ${q('stale_position_topics')} (${q('topic_type')}, ${q('topic_id')}) ${select};`;
const markTopic = (type: 'issue' | 'proposal', id: string) =>
  markStale(`SELECT '${type}', ${id} WHERE ${id} IS NOT NULL`);
const issueOfDemand = (demandId: string, when = '1') =>
  markStale(`SELECT 'issue', ${q('issue_id')} FROM ${q('demands')} WHERE ${when} AND ${q('id')} = ${demandId}`);
const proposalOfResponse = (responseId: string, when = '1') =>
  markStale(
    `SELECT 'proposal', ${q('proposal_id')} FROM ${q('responses')} ` +
      `WHERE ${when} AND ${q('id')} = ${responseId} AND ${q('proposal_id')} IS NOT NULL`,
  );
const issuesAnsweredBy = (responseId: string, when = '1') =>
  markStale(
    `SELECT 'issue', d.${q('issue_id')} FROM ${q('response_answers')} a JOIN ${q('demands')} d ` +
      `ON d.${q('id')} = a.${q('demand_id')} WHERE ${when} AND a.${q('response_id')} = ${responseId}`,
  );
/** The topics of the demand or response a quote (or an ordering fact) is about. */
const topicsOfCited = (row: 'old' | 'new') => [
  issueOfDemand(`${row}.record_id`, `${row}.record_type = 'demand'`),
  proposalOfResponse(`${row}.record_id`, `${row}.record_type = 'response'`),
  issuesAnsweredBy(`${row}.record_id`, `${row}.record_type = 'response'`),
];
const rowsOf = (event: TriggerEvent): ('old' | 'new')[] =>
  event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new'];

/**
 * The topics whose stored positions a change to each table may move (src/domain/positions): a
 * demand's issue; a response's proposal and the issues of the demands it answers; a proposal itself
 * (its title is what positions on it are towards); the records quotes and the text's ordering place in
 * time. Nothing of an issue itself is stored (its title is read with the page).
 */
const positionInputs = new Map<SQLiteTable, (row: 'old' | 'new') => string[]>([
  [schema.demands, (row) => [markTopic('issue', `${row}.issue_id`)]],
  [schema.responses, (row) => [markTopic('proposal', `${row}.proposal_id`), issuesAnsweredBy(`${row}.id`)]],
  [schema.responseAnswers, (row) => [issueOfDemand(`${row}.demand_id`), proposalOfResponse(`${row}.response_id`)]],
  [schema.proposals, (row) => [markTopic('proposal', `${row}.id`)]],
  [schema.evidence, topicsOfCited],
  [schema.eventOrder, topicsOfCited],
]);

const markRecord = (select: string) =>
  `INSERT OR IGNORE INTO ${q('stale_records')} (${q('record_type')}, ${q('record_id')}) ${select};`;
const markDemand = (id: string, when = '1') => markRecord(`SELECT 'demand', ${id} WHERE ${when} AND ${id} IS NOT NULL`);

/**
 * The stored records (src/domain/stored-records.ts) a change to each table may make wrong: a demand is
 * its row, its quotes, the claims on its status (and the order of their sources, which says which is
 * latest and whether they disagree), and its reasons with their quotes.
 */
const storedRecordInputs = new Map<SQLiteTable, (row: 'old' | 'new') => string[]>([
  [schema.demands, (row) => [markDemand(`${row}.id`)]],
  [schema.claims, (row) => [markDemand(`${row}.record_id`, `${row}.record_type = 'demand'`)]],
  [schema.reasons, (row) => [markDemand(`${row}.for_id`, `${row}.for_type = 'demand'`)]],
  [
    schema.evidence,
    (row) => [
      markDemand(`${row}.record_id`, `${row}.record_type = 'demand'`),
      markRecord(
        `SELECT 'demand', ${q('for_id')} FROM ${q('reasons')} WHERE ${row}.record_type = 'reason' ` +
          `AND ${q('id')} = ${row}.record_id AND ${q('for_type')} = 'demand'`,
      ),
    ],
  ],
  [
    schema.sources,
    (row) => [
      markRecord(
        `SELECT 'demand', ${q('record_id')} FROM ${q('claims')} ` +
          `WHERE ${q('source_id')} = ${row}.id AND ${q('record_type')} = 'demand'`,
      ),
    ],
  ],
]);

/** SQL: the lowest row id of the slot of a field of this rank (SQL) and text (SQL). */
const slotBase = (rank: string, text: string) =>
  `((${bestRank} - ${rank}) * ${searchRankSpan} + ${lengthClass(text)} * ${searchLengthSpan})`;
/** SQL: the next row id of a field's slot, one below the slot's newest field. */
const nextDocumentId = (rank: SearchRank, text: string) => {
  const base = slotBase(String(searchRanks[rank]), text);
  const id = q('id');
  return (
    `(SELECT coalesce(min(${id}), ${base} + ${searchLengthSpan}) - 1 FROM ${q('search_documents')} ` +
    `WHERE ${id} >= ${base} AND ${id} < ${base} + ${searchLengthSpan})`
  );
};

function trigger(table: SQLiteTable, event: TriggerEvent, body: string[]): [string, string] {
  const triggerName = `${name(table)}_after_${event}`;
  const marks = [positionInputs.get(table), storedRecordInputs.get(table)].flatMap((mark) =>
    mark ? rowsOf(event).flatMap(mark) : [],
  );
  const sql = [
    `CREATE TRIGGER ${q(triggerName)} AFTER ${event.toUpperCase()} ON ${q(name(table))} BEGIN`,
    ...[...body, ...marks].map((line) => `  ${line}`),
    'END',
  ].join('\n');
  return [triggerName, sql];
}

function indexFields(record: RecordTable): string[] {
  return record.searchable.map(({ column, rank, jsonArray }) => {
    const value = jsonArray
      ? `(SELECT group_concat(value, ' ') FROM json_each(new.${column.name}))`
      : `new.${column.name}`;
    return (
      `${indexInto} SELECT ${nextDocumentId(rank, value)}, ` +
      `'${record.recordType}', new.id, '${column.name}', ${value} ` +
      `WHERE ${value} IS NOT NULL;`
    );
  });
}

function recordTriggers(record: RecordTable): [string, string][] {
  const { table, recordType } = record;
  const fields = record.searchable.map(({ column }) => `'${column.name}'`).join(', ');
  const ofRecord = (row: 'old' | 'new') => `${q('record_type')} = '${recordType}' AND ${q('record_id')} = ${row}.id`;
  const touch =
    `UPDATE ${q(name(table))} SET ${q('updated_at')} = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ` +
    `WHERE ${q('id')} = new.id AND new.updated_at = old.updated_at;`;
  const searchable = record.searchable.length > 0;
  return [
    trigger(table, 'insert', [...indexFields(record), bumpVersion]),
    trigger(table, 'update', [
      ...(searchable
        ? [`DELETE FROM ${q('search_documents')} WHERE ${ofRecord('old')} AND ${q('field')} IN (${fields});`]
        : []),
      ...indexFields(record),
      touch,
      bumpVersion,
    ]),
    trigger(
      table,
      'delete',
      searchable
        ? [
            `DELETE FROM ${q('search_documents')} WHERE ${ofRecord('old')};`,
            `DELETE FROM ${q('evidence')} WHERE ${ofRecord('old')};`,
            bumpVersion,
          ]
        : [bumpVersion],
    ),
  ];
}

function evidenceTriggers(): [string, string][] {
  const quoteField = (row: 'old' | 'new') => `'quote:' || ${row}.id`;
  const unindex =
    `DELETE FROM ${q('search_documents')} WHERE ${q('record_type')} = old.record_type ` +
    `AND ${q('record_id')} = old.record_id AND ${q('field')} = ${quoteField('old')};`;
  const index =
    `${indexInto} VALUES (${nextDocumentId('quote', 'new.quote')}, ` +
    `new.record_type, new.record_id, ${quoteField('new')}, new.quote);`;
  return [
    trigger(schema.evidence, 'insert', [index, bumpVersion]),
    trigger(schema.evidence, 'update', [unindex, index, bumpVersion]),
    trigger(schema.evidence, 'delete', [unindex, bumpVersion]),
  ];
}

/**
 * A topic stored in one piece (`topic_positions`) holds what its rows (`positions`, `position_quotes`) held
 * when the write path stored them all. A change to the rows by a writer that does not store pieces (a
 * server of an earlier version still running beside this one) drops the piece: pages then read the rows.
 * The write path stores the piece after the rows, so its own writes leave it in place.
 */
function topicPieceTriggers(): [string, string][] {
  const dropPiece = (row: 'old' | 'new') =>
    `DELETE FROM ${q('topic_positions')} WHERE ${q('topic_type')} = ${row}.topic_type ` +
    `AND ${q('topic_id')} = ${row}.topic_id;`;
  return [schema.positions, schema.positionQuotes].flatMap((table) =>
    (['insert', 'update', 'delete'] as const).map((event) => trigger(table, event, rowsOf(event).map(dropPiece))),
  );
}

/**
 * SQL that rebuilds the search index from the data itself, for a migration after which the index
 * may lack rows (a database created before the triggers existed, or fields newly declared searchable).
 */
export function searchBackfillMigration(): string {
  // Numbered in order first (each statement's subquery is read once, before its inserts), then moved to
  // their ranks (searchRekeyStatement), and the index rebuilt over the moved rows.
  const idsFrom = `(SELECT coalesce(max(${q('id')}), 0) FROM ${q('search_documents')}) + row_number() OVER ()`;
  const statements = [`DELETE FROM ${q('search_documents')};`];
  for (const record of recordTables) {
    for (const { column } of record.searchable) {
      statements.push(
        `${indexInto} SELECT ${idsFrom}, '${record.recordType}', ${q('id')}, '${column.name}', ${q(column.name)} ` +
          `FROM ${q(name(record.table))} WHERE ${q(column.name)} IS NOT NULL;`,
      );
    }
  }
  statements.push(
    `${indexInto} SELECT ${idsFrom}, ${q('record_type')}, ${q('record_id')}, 'quote:' || ${q('id')}, ${q('quote')} ` +
      `FROM ${q('evidence')};`,
    searchRekeyStatement(),
    `INSERT INTO ${q('search_index')}(${q('search_index')}) VALUES ('rebuild');`,
  );
  return statements.join('\n--> statement-breakpoint\n');
}

/**
 * Moves rows numbered in insertion order (ids far below searchLengthSpan) to their row ids: counted down
 * from the top of their slot, they stay distinct, the newest first.
 */
function searchRekeyStatement(): string {
  const rankOf = [
    `WHEN ${q('field')} LIKE 'quote:%' THEN ${searchRanks.quote}`,
    ...recordTables.flatMap((record) =>
      record.searchable.map(
        ({ column, rank }) =>
          `WHEN ${q('record_type')} = '${record.recordType}' AND ${q('field')} = '${column.name}' ` +
          `THEN ${searchRanks[rank]}`,
      ),
    ),
  ];
  const rank = `CASE\n  ${rankOf.join('\n  ')}\n  ELSE 0 END`;
  const id = q('id');
  return (
    `UPDATE ${q('search_documents')} SET ${id} = ` +
    `${slotBase(rank, q('content'))} + ${searchLengthSpan} - 1 - ${id};`
  );
}

/**
 * The full-text index over `search_documents` (FTS5, external content): each field's text, and its
 * record type as a token of its own (`recordtype` + type, which no text holds) so that a type filter is
 * part of the match rather than a scan. The index reads both through a view of the table.
 */
export const searchTypeToken = (recordType: string) => `recordtype${recordType}`;
const searchIndexColumns = `content, ${q('record_type')}`;
const typeToken = (row: string) => `'recordtype' || ${row}${q('record_type')}`;

/** The view, the index and the triggers that keep the index in step with `search_documents`. */
export function searchIndexStatements(): string[] {
  return [
    `CREATE VIEW ${q('search_index_content')} AS SELECT ${q('id')}, ${q('content')}, ${typeToken('')} ` +
      `AS ${q('record_type')} FROM ${q('search_documents')};`,
    `CREATE VIRTUAL TABLE ${q('search_index')} USING fts5(${searchIndexColumns}, content='search_index_content', ` +
      "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');",
    [
      `CREATE TRIGGER ${q('search_documents_after_insert')} AFTER INSERT ON ${q('search_documents')} BEGIN`,
      `  INSERT INTO ${q('search_index')}(rowid, ${searchIndexColumns}) ` +
        `VALUES (new.id, new.content, ${typeToken('new.')});`,
      'END',
    ].join('\n'),
    [
      `CREATE TRIGGER ${q('search_documents_after_delete')} AFTER DELETE ON ${q('search_documents')} BEGIN`,
      `  INSERT INTO ${q('search_index')}(${q('search_index')}, rowid, ${searchIndexColumns}) ` +
        `VALUES ('delete', old.id, old.content, ${typeToken('old.')});`,
      'END',
    ].join('\n'),
  ];
}

/**
 * SQL that moves a database whose search index predates ranks (row ids in insertion order, one column)
 * to ranked row ids and the index above.
 */
export function searchRankMigration(): string {
  return [
    `DROP TRIGGER IF EXISTS ${q('search_documents_after_insert')};`,
    `DROP TRIGGER IF EXISTS ${q('search_documents_after_delete')};`,
    `DROP TABLE IF EXISTS ${q('search_index')};`,
    searchRekeyStatement(),
    ...searchIndexStatements(),
    `INSERT INTO ${q('search_index')}(${q('search_index')}) VALUES ('rebuild');`,
  ].join('\n--> statement-breakpoint\n');
}
/** The SQL a migration runs to (re)create the triggers of these tables (all of them when none is named). */
export function triggerMigration(tableNames?: readonly string[]): string {
  const wanted = [...triggerStatements()].filter(
    ([triggerName]) => !tableNames || tableNames.some((table) => triggerName.startsWith(`${table}_after_`)),
  );
  return wanted
    .flatMap(([triggerName, sql]) => [`DROP TRIGGER IF EXISTS \`${triggerName}\`;`, sql])
    .join('\n--> statement-breakpoint\n');
}

/** Every trigger the database must hold, by name, as the SQL that creates it. */
export function triggerStatements(): Map<string, string> {
  return new Map([
    ...recordTables.flatMap(recordTriggers),
    ...evidenceTriggers(),
    ...linkTables.flatMap((table) =>
      (['insert', 'update', 'delete'] as const).map((event) => trigger(table, event, [bumpVersion])),
    ),
    // The text's ordering changes no record, only where records stand: it marks positions stale, no more.
    ...(['insert', 'update', 'delete'] as const).map((event) => trigger(schema.eventOrder, event, [])),
    ...topicPieceTriggers(),
  ]);
}
