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
/** A party's part in the talks; a party may have several (a host may also mediate). */
export const partyRoles = ['negotiating-party', 'mediator', 'host', 'guarantor', 'subject'] as const;
export type PartyRole = (typeof partyRoles)[number];
export const sourceKinds = ['news-report', 'official-statement', 'transcript', 'analysis', 'other'] as const;
export const actorKinds = ['person', 'office', 'delegation', 'group'] as const;
export const proposalStatuses = ['draft', 'under-negotiation', 'agreed', 'collapsed'] as const;
/**
 * Where a demand stands for the party that raised it; another side's answer is not its state
 * (a rejected demand the party still pushes for is `pressed`, its rejection visible in the answers).
 */
export const demandStatuses = [
  'pressed',
  'accepted',
  'partially-accepted',
  'withdrawn',
  'dropped',
  'superseded',
] as const;
/** One stance vocabulary for responses, their answers, positions and every filter. */
export const stances = ['accepts', 'accepts-with-conditions', 'rejects', 'counters', 'considering'] as const;
export type Stance = (typeof stances)[number];
export const answerScopes = ['whole', 'specific', 'unspecified'] as const;
export const meetingKinds = ['security-meeting', 'negotiation-round', 'bilateral-meeting', 'other'] as const;
export const meetingStatuses = ['planned', 'scheduled', 'held', 'postponed', 'cancelled'] as const;
export const participantRoles = ['host', 'participant'] as const;
export const reasonTargets = ['demand', 'response'] as const;
export const statementKinds = ['intention', 'firm-stance', 'appeal', 'context', 'assessment'] as const;
/** The records the API serves, each from its own collection. */
export const recordTypes = [
  'source',
  'party',
  'actor',
  'issue',
  'proposal',
  'demand',
  'response',
  'meeting',
  'reason',
  'statement',
] as const;
export type RecordType = (typeof recordTypes)[number];
/**
 * What evidence can back: a record, or a part of one (an answer, a participant, an issue or proposal
 * on a meeting's agenda, an ordering fact).
 */
export const citedTypes = [...recordTypes, 'answer', 'participant', 'agenda', 'sequence'] as const;
/** What a meeting can discuss: the issues and proposals on its agenda. */
export const agendaTypes = ['issue', 'proposal'] as const;
export type AgendaType = (typeof agendaTypes)[number];
export type CitedType = (typeof citedTypes)[number];

/** Who a source attributes a statement to: someone in the dataset, an unnamed group, or the report itself. */
export const speakerKinds = ['actor', 'party', 'unnamed', 'reporter'] as const;
/**
 * How a source reports a statement: the speaker's own words, the reporter restating them, relayed
 * second-hand ("reportedly"), or the reporter's own analysis or speculation ("likely sees").
 */
export const reportingModes = [
  'direct-quote',
  'paraphrase',
  'reported',
  'reporter-analysis',
  'reporter-speculation',
] as const;
/** Record fields whose value a source can claim, and a later source change. */
export const claimFields = ['status', 'stance'] as const;

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  title: text('title'),
  publisher: text('publisher'),
  url: text('url'),
  publishedOn: text('published_on'),
  publishedOnPrecision: text('published_on_precision', { enum: datePrecisions }).notNull(),
  kind: text('kind', { enum: sourceKinds }),
  text: text('text').notNull(),
  ...timestamps,
});

export const parties = sqliteTable('parties', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: partyKinds }).notNull(),
  roles: text('roles', { mode: 'json' }).$type<PartyRole[]>().notNull().default(sql`'[]'`),
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
    status: text('status', { enum: demandStatuses }).notNull(),
    raisedOn: text('raised_on'),
    raisedOnPrecision: text('raised_on_precision', { enum: datePrecisions }).notNull(),
    ...timestamps,
  },
  (table) => [
    // A party's demands by status too (the most asked-for filter pair); a party alone reads its prefix.
    index('demands_party_status_idx').on(table.partyId, table.status),
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
    issuedOn: text('issued_on'),
    issuedOnPrecision: text('issued_on_precision', { enum: datePrecisions }).notNull(),
    ...timestamps,
  },
  (table) => [index('responses_party_idx').on(table.partyId), index('responses_proposal_idx').on(table.proposalId)],
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
    stance: text('stance', { enum: stances }).notNull(),
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
    hostPartyId: text('host_party_id').references(() => parties.id),
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
    role: text('role', { enum: participantRoles }),
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

/** The issues a meeting discusses, as a source says. */
export const meetingIssues = sqliteTable(
  'meeting_issues',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.issueId] }),
    index('meeting_issues_issue_idx').on(table.issueId),
  ],
);

/** The proposals a meeting discusses, as a source says. */
export const meetingProposals = sqliteTable(
  'meeting_proposals',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.proposalId] }),
    index('meeting_proposals_proposal_idx').on(table.proposalId),
  ],
);

/** A verbatim quote from a source backing one record: `quote === source.text.slice(start, end)`. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: citedTypes }).notNull(),
    recordId: text('record_id').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    speakerKind: text('speaker_kind', { enum: speakerKinds }).notNull().default('reporter'),
    speakerActorId: text('speaker_actor_id').references(() => actors.id),
    speakerPartyId: text('speaker_party_id').references(() => parties.id),
    /** How the text names the speaker ("Israeli officials"); null for the reporter. */
    speakerLabel: text('speaker_label'),
    reporting: text('reporting', { enum: reportingModes }).notNull().default('reporter-analysis'),
    /** Hedging words of the quote, verbatim ("reportedly", "likely"): certainty the text does not give. */
    hedges: text('hedges', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (table) => [
    index('evidence_record_idx').on(table.recordType, table.recordId),
    uniqueIndex('evidence_unique_idx').on(table.recordType, table.recordId, table.sourceId, table.start, table.end),
  ],
);

/**
 * A demand whose acceptance a conditional response depends on (Hamas approves the framework if its
 * amendments are met).
 */
export const responseConditions = sqliteTable(
  'response_conditions',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    demandId: text('demand_id')
      .notNull()
      .references(() => demands.id),
  },
  (table) => [primaryKey({ columns: [table.responseId, table.demandId] })],
);

/** A stated reason for a demand or a response, which may answer one demand in particular. */
export const reasons = sqliteTable(
  'reasons',
  {
    id: text('id').primaryKey(),
    forType: text('for_type', { enum: reasonTargets }).notNull(),
    forId: text('for_id').notNull(),
    answersDemandId: text('answers_demand_id').references(() => demands.id),
    summary: text('summary').notNull(),
    ...timestamps,
  },
  (table) => [index('reasons_for_idx').on(table.forType, table.forId)],
);

/** What else a source says: intentions, firm stances, appeals, context and the reporter's assessments. */
export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: statementKinds }).notNull(),
    /** Whose intention, stance or appeal it is; null for context and assessments nobody in the data makes. */
    partyId: text('party_id').references(() => parties.id),
    issueId: text('issue_id').references(() => issues.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    ...timestamps,
  },
  (table) => [index('statements_party_idx').on(table.partyId)],
);

/** The parties a statement is about (an appeal to both sides is about both). */
export const statementParties = sqliteTable(
  'statement_parties',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
  },
  (table) => [primaryKey({ columns: [table.statementId, table.partyId] })],
);

/** An order the text gives without dates: `before` happened before `after` ("following the meeting"). */
export const sequences = sqliteTable(
  'sequences',
  {
    beforeType: text('before_type', { enum: recordTypes }).notNull(),
    beforeId: text('before_id').notNull(),
    afterType: text('after_type', { enum: recordTypes }).notNull(),
    afterId: text('after_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.beforeType, table.beforeId, table.afterType, table.afterId] }),
    index('sequences_after_idx').on(table.afterType, table.afterId),
  ],
);

/**
 * What one source says a record's state is (a meeting `held`, a response `rejects`). The record's own
 * column holds the state the latest source gives; these rows keep what every source said.
 */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: recordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    field: text('field', { enum: claimFields }).notNull(),
    value: text('value').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (table) => [
    index('claims_record_idx').on(table.recordType, table.recordId, table.field),
    uniqueIndex('claims_unique_idx').on(table.recordType, table.recordId, table.field, table.sourceId, table.value),
  ],
);

/**
 * Where an event stands on the timeline when the text orders it after others without a date: its
 * report position, pushed past every event it follows. Kept by the write path; absent rows mean the
 * event's own report position.
 */
export const eventOrder = sqliteTable(
  'event_order',
  {
    recordType: text('record_type', { enum: recordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordType, table.recordId] })],
);

/** What a stored position is on: an issue at stake, or a proposal on the table. */
export const topicTypes = ['issue', 'proposal'] as const;

/**
 * Each party's current stance on each issue and proposal, as derived from the demands and responses
 * (src/domain/positions): kept by the write path, so reads of the present need not derive them.
 * `position` is the position as the API answers it (JSON); party and stance are columns to filter on.
 */
export const positions = sqliteTable(
  'positions',
  {
    topicType: text('topic_type', { enum: topicTypes }).notNull(),
    topicId: text('topic_id').notNull(),
    partyId: text('party_id').notNull(),
    stance: text('stance').notNull(),
    position: text('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.topicType, table.topicId, table.partyId] }),
    index('positions_party_idx').on(table.partyId, table.topicType, table.topicId),
  ],
);

/** The quotes of each record a stored position rests on (JSON, as the API answers them), by record href. */
export const positionQuotes = sqliteTable(
  'position_quotes',
  {
    topicType: text('topic_type', { enum: topicTypes }).notNull(),
    topicId: text('topic_id').notNull(),
    partyId: text('party_id').notNull(),
    /** The position's stance, so the quotes of the positions a filter keeps are read without a join. */
    stance: text('stance').notNull(),
    href: text('href').notNull(),
    quotes: text('quotes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.topicType, table.topicId, table.partyId, table.href] })],
);

/**
 * Each topic's stored positions in one piece, for pages without a party or stance filter (most reads):
 * `positions` holds every party's position as the members of a JSON list, in party order; `quotes` the
 * quotes of the records they rest on as members of a JSON object (`"href":[…]`), back to back in href
 * order, and `quote_index` each member's href and where it ends (JSON, `[[href, end], …]`, in bytes), so
 * that a page merges its topics' quotes without parsing them.
 */
export const topicPositions = sqliteTable(
  'topic_positions',
  {
    topicType: text('topic_type', { enum: topicTypes }).notNull(),
    topicId: text('topic_id').notNull(),
    positions: text('positions').notNull(),
    quotes: text('quotes').notNull(),
    quoteIndex: text('quote_index').notNull(),
    /** SHA-1 of the three above: a page of pieces gets its ETag from these, not from hashing its bytes again. */
    digest: text('digest'),
  },
  (table) => [primaryKey({ columns: [table.topicType, table.topicId] })],
);

/**
 * Topics whose stored positions a change may have moved, marked by triggers on the tables positions
 * derive from and cleared when the write path refreshes them before it commits. Rows left here (a
 * migration, a write that bypassed the write path) make reads derive those positions afresh.
 */
export const stalePositionTopics = sqliteTable(
  'stale_position_topics',
  {
    topicType: text('topic_type', { enum: topicTypes }).notNull(),
    topicId: text('topic_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.topicType, table.topicId] })],
);

/** Record types whose default representation the write path stores (src/domain/stored-records.ts). */
export const storedRecordTypes = ['demand'] as const;

/**
 * Records as the API answers them by default (no `include=`, no `asOf`), as JSON, stored by the write path
 * for the records its triggers marked stale, so a page of them is a lookup spliced from these bytes.
 */
export const storedRecords = sqliteTable(
  'stored_records',
  {
    recordType: text('record_type', { enum: storedRecordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    json: text('json').notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordType, table.recordId] })],
);

/**
 * Records whose stored JSON a change may have made wrong, marked by triggers on the tables it derives
 * from and cleared when the write path stores them again before it commits; reads derive a record
 * marked here afresh.
 */
export const staleRecords = sqliteTable(
  'stale_records',
  {
    recordType: text('record_type', { enum: storedRecordTypes }).notNull(),
    recordId: text('record_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordType, table.recordId] })],
);

/**
 * The text the full-text index covers, one row per record field or evidence quote. Triggers keep it
 * (and the FTS5 table `search_index` over it, external-content) in step with every write.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: citedTypes }).notNull(),
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

/** What a key may do: `reader` reads (when reads need a key), `editor` also writes, `admin` also manages keys. */
export const keyRoles = ['reader', 'editor', 'admin'] as const;
export type KeyRole = (typeof keyRoles)[number];

/** API keys: only a SHA-256 of each key is stored; the key itself is shown once, when created. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: keyRoles }).notNull(),
    /** The first characters of the key, to tell keys apart in listings without revealing them. */
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull(),
    createdAt: text('created_at').notNull().default(now),
    revokedAt: text('revoked_at'),
  },
  (table) => [uniqueIndex('api_keys_hash_idx').on(table.hash), uniqueIndex('api_keys_name_idx').on(table.name)],
);

export const revisionActions = ['create', 'update', 'delete'] as const;

/**
 * Every change to a record, in commit order: who made it (the key's name, or the script), when the
 * database recorded it, and the record before and after. The change feed reads this table.
 */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: recordTypes }).notNull(),
    recordId: text('record_id').notNull(),
    action: text('action', { enum: revisionActions }).notNull(),
    actor: text('actor').notNull(),
    recordedAt: text('recorded_at').notNull().default(now),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  },
  (table) => [index('revisions_record_idx').on(table.recordType, table.recordId)],
);

/** The first answer to each POST sent with an Idempotency-Key, so a retry gets it again. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    actor: text('actor').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: text('response').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (table) => [primaryKey({ columns: [table.actor, table.key] })],
);
