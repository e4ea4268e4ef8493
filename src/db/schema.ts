import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamps with milliseconds, set by SQLite so every writer agrees. */
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const timestamps = {
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
};

export const datePrecisions = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const partyKinds = ['state', 'armed-group', 'organisation', 'intergovernmental-body', 'other'] as const;
export const actorKinds = ['person', 'office', 'delegation', 'group'] as const;
export const proposalStatuses = ['draft', 'under-negotiation', 'agreed', 'collapsed'] as const;
export const demandStatuses = ['open', 'accepted', 'partially-accepted', 'rejected', 'withdrawn'] as const;
export const stances = ['accept', 'conditional-accept', 'reject', 'counter', 'under-consideration'] as const;
export const answerScopes = ['whole', 'specific', 'unspecified'] as const;
export const meetingKinds = ['security-meeting', 'negotiation-round', 'bilateral-meeting', 'other'] as const;
export const meetingStatuses = ['planned', 'scheduled', 'held', 'postponed', 'cancelled'] as const;
export const recordTypes = ['source', 'party', 'actor', 'issue', 'proposal', 'demand', 'response', 'meeting'] as const;
export type RecordType = (typeof recordTypes)[number];

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title'),
  publisher: text('publisher'),
  url: text('url'),
  publishedOn: text('published_on'),
  publishedOnPrecision: text('published_on_precision', { enum: datePrecisions }).notNull(),
  text: text('text').notNull(),
  ...timestamps,
});

export const parties = sqliteTable('parties', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: partyKinds }).notNull(),
  description: text('description'),
  ...timestamps,
});

/** People and bodies that act for a party: a head of government, an office, a delegation. */
export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    kind: text('kind', { enum: actorKinds }).notNull(),
    name: text('name'),
    role: text('role'),
    ...timestamps,
  },
  (table) => [index('actors_party_idx').on(table.partyId)],
);

export const issues = sqliteTable('issues', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  ...timestamps,
});

export const proposals = sqliteTable('proposals', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  proposedByPartyId: text('proposed_by_party_id').references(() => parties.id),
  pauseDurationDays: integer('pause_duration_days'),
  status: text('status', { enum: proposalStatuses }).notNull(),
  ...timestamps,
});

export const demands = sqliteTable(
  'demands',
  {
    id: text('id').primaryKey(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    proposalId: text('proposal_id').references(() => proposals.id),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    rationale: text('rationale'),
    status: text('status', { enum: demandStatuses }).notNull(),
    raisedOn: text('raised_on'),
    raisedOnPrecision: text('raised_on_precision', { enum: datePrecisions }).notNull(),
    ...timestamps,
  },
  (table) => [
    index('demands_party_idx').on(table.partyId),
    index('demands_issue_idx').on(table.issueId),
    index('demands_status_idx').on(table.status),
  ],
);

export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    actorId: text('actor_id').references(() => actors.id),
    proposalId: text('proposal_id').references(() => proposals.id),
    stance: text('stance', { enum: stances }).notNull(),
    wording: text('wording'),
    summary: text('summary').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    issuedOn: text('issued_on'),
    issuedOnPrecision: text('issued_on_precision', { enum: datePrecisions }).notNull(),
    ...timestamps,
  },
  (table) => [index('responses_party_idx').on(table.partyId)],
);

/** Which demands a response answers, and whether it singled them out. */
export const responseAnswers = sqliteTable(
  'response_answers',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
    scope: text('scope', { enum: answerScopes }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.responseId, table.demandId] }),
    index('response_answers_demand_idx').on(table.demandId),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    status: text('status', { enum: meetingStatuses }).notNull(),
    location: text('location'),
    startsOn: text('starts_on'),
    startsOnPrecision: text('starts_on_precision', { enum: datePrecisions }).notNull(),
    purpose: text('purpose'),
    ...timestamps,
  },
  (table) => [index('meetings_status_idx').on(table.status)],
);

export const meetingParticipants = sqliteTable(
  'meeting_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    actorId: text('actor_id').references(() => actors.id),
  },
  (table) => [
    uniqueIndex('meeting_participants_actor_unique_idx').on(table.meetingId, table.partyId, table.actorId),
    // SQLite treats NULLs as distinct in unique indexes, so a party-only participant needs its own.
    uniqueIndex('meeting_participants_party_only_unique_idx')
      .on(table.meetingId, table.partyId)
      .where(sql`actor_id IS NULL`),
    index('meeting_participants_party_idx').on(table.partyId),
  ],
);

/** A verbatim quote from a source backing one record: `quote === source.text.slice(start, end)`. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: recordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (table) => [
    index('evidence_record_idx').on(table.recordType, table.recordId),
    uniqueIndex('evidence_unique_idx').on(table.recordType, table.recordId, table.sourceId, table.start, table.end),
  ],
);

/**
 * The text the full-text index covers, one row per record field or evidence quote. Triggers keep it
 * (and the FTS5 table `search_index` over it, external-content) in step with every write.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: recordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    field: text('field').notNull(),
    content: text('content').notNull(),
  },
  (table) => [index('search_documents_record_idx').on(table.recordType, table.recordId)],
);

/** One row whose `version` every write to a data table increments (by trigger): the cache key. */
export const dataVersion = sqliteTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
