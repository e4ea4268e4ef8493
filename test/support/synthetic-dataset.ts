import type { AppDatabase } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import { refreshStaleData } from '../../src/domain/write.js';

/**
 * A synthetic negotiation dataset in realistic proportions, for benchmarks and for tests that need
 * more than one article's worth of rows. Every record cites a quote that really sits at its offsets
 * in a generated source text. Deterministic for a given seed.
 */
export interface SyntheticSize {
  demands: number;
  seed?: number;
}

export interface SyntheticSummary {
  sources: number;
  parties: number;
  actors: number;
  issues: number;
  proposals: number;
  demands: number;
  responses: number;
  meetings: number;
  evidence: number;
}

const topics = [
  'humanitarian aid',
  'a ceasefire',
  'the release of hostages',
  'prisoner exchanges',
  'troop withdrawal',
  'border crossings',
  'reconstruction funding',
  'security guarantees',
  'fuel deliveries',
  'medical evacuations',
  'water supplies',
  'international monitors',
  'the buffer zone',
  'aid convoys',
  'elections',
  'fishing limits',
];
const verbs = ['Guarantee', 'Expand', 'Limit', 'Phase in', 'Restore', 'Verify', 'Suspend', 'Fund'];
const demandStatuses = [
  'pressed',
  'accepted',
  'partially-accepted',
  'withdrawn',
] as const satisfies readonly (typeof schema.demandStatuses)[number][];
const { stances, meetingStatuses } = schema;
const meetingKinds = ['security-meeting', 'negotiation-round', 'bilateral-meeting', 'other'] as const;
const partyKinds = ['state', 'armed-group', 'organisation', 'intergovernmental-body'] as const;
const cities = ['Doha', 'Cairo', 'Washington, DC', 'Geneva', 'Amman', 'Paris', 'Ankara', 'Brussels'];

/** Mulberry32: small, fast, deterministic. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateSyntheticData(
  db: AppDatabase,
  { demands: demandCount, seed = 1 }: SyntheticSize,
): SyntheticSummary {
  const rng = random(seed);
  const count = {
    sources: Math.max(1, Math.ceil(demandCount / 20)),
    parties: Math.max(4, Math.ceil(demandCount / 500)),
    issues: Math.max(3, Math.ceil(demandCount / 200)),
    proposals: Math.max(1, Math.ceil(demandCount / 100)),
    responses: Math.ceil(demandCount / 2),
    meetings: Math.max(1, Math.ceil(demandCount / 10)),
  };
  const id = {
    source: (i: number) => `syn-source-${pad(i, 6)}`,
    party: (i: number) => `syn-party-${pad(i, 5)}`,
    actor: (i: number) => `syn-actor-${pad(i, 6)}`,
    issue: (i: number) => `syn-issue-${pad(i, 5)}`,
    proposal: (i: number) => `syn-proposal-${pad(i, 5)}`,
    demand: (i: number) => `syn-demand-${pad(i, 7)}`,
    response: (i: number) => `syn-response-${pad(i, 7)}`,
    meeting: (i: number) => `syn-meeting-${pad(i, 6)}`,
  };
  const date = () => {
    if (rng.next() < 0.2) return { on: null, precision: 'unknown' };
    const day = new Date(Date.UTC(2024, 0, 1) + rng.int(1030) * 86_400_000);
    return { on: day.toISOString().slice(0, 10), precision: 'day' };
  };

  // Source texts are built from the very sentences records quote, so every offset is real.
  const texts: string[][] = Array.from({ length: count.sources }, () => []);
  const lengths = new Array<number>(count.sources).fill(0);
  const evidence: [string, string, string, string, number, number][] = [];
  let nextSource = 0;
  const cite = (recordType: string, recordId: string, sentence: string) => {
    const source = nextSource++ % count.sources;
    const start = lengths[source]!;
    texts[source]!.push(sentence, ' ');
    lengths[source] = start + sentence.length + 1;
    evidence.push([recordType, recordId, id.source(source), sentence, start, start + sentence.length]);
  };

  const sql = db.$client;
  const insert = {
    source: sql.prepare(
      'INSERT INTO sources (id, title, publisher, url, published_on, published_on_precision, text) VALUES (?, ?, ' +
        '?, ?, ?, ?, ?)',
    ),
    party: sql.prepare('INSERT INTO parties (id, name, kind, description) VALUES (?, ?, ?, ?)'),
    actor: sql.prepare('INSERT INTO actors (id, party_id, kind, name, role) VALUES (?, ?, ?, ?, ?)'),
    issue: sql.prepare('INSERT INTO issues (id, title, description) VALUES (?, ?, ?)'),
    proposal: sql.prepare(
      'INSERT INTO proposals (id, title, summary, proposed_by_party_id, pause_duration_days, status) VALUES (?, ?, ' +
        '?, ?, ?, ?)',
    ),
    demand: sql.prepare(
      'INSERT INTO demands (id, party_id, proposal_id, issue_id, title, summary, status, raised_on, ' +
        'raised_on_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    response: sql.prepare(
      'INSERT INTO responses (id, party_id, actor_id, proposal_id, stance, wording, summary, issued_on, ' +
        'issued_on_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    answer: sql.prepare(
      'INSERT OR IGNORE INTO response_answers (response_id, demand_id, stance, scope) VALUES (?, ?, ?, ?)',
    ),
    reason: sql.prepare(
      'INSERT INTO reasons (id, for_type, for_id, answers_demand_id, summary) VALUES (?, ?, ?, ?, ?)',
    ),
    claim: sql.prepare(
      'INSERT OR IGNORE INTO claims (record_type, record_id, field, value, source_id) VALUES (?, ?, ?, ?, ?)',
    ),
    meeting: sql.prepare(
      'INSERT INTO meetings (id, title, kind, status, location, starts_on, starts_on_precision, purpose) VALUES ' +
        '(?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    participant: sql.prepare(
      'INSERT OR IGNORE INTO meeting_participants (meeting_id, party_id, actor_id) VALUES (?, ?, ?)',
    ),
    evidence: sql.prepare(
      'INSERT INTO evidence (record_type, record_id, source_id, quote, start, end) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };

  const rows = {
    parties: [] as unknown[][],
    actors: [] as unknown[][],
    issues: [] as unknown[][],
    proposals: [] as unknown[][],
    demands: [] as unknown[][],
    responses: [] as unknown[][],
    answers: [] as unknown[][],
    meetings: [] as unknown[][],
    participants: [] as unknown[][],
    reasons: [] as unknown[][],
  };

  for (let p = 0; p < count.parties; p++) {
    const name = `Party ${pad(p, 5)}`;
    rows.parties.push([id.party(p), name, partyKinds[p % partyKinds.length], null]);
    cite('party', id.party(p), `${name} joined the talks as a ${partyKinds[p % partyKinds.length]} delegation.`);
    for (let a = 0; a < 3; a++) {
      const actor = p * 3 + a;
      rows.actors.push([
        id.actor(actor),
        id.party(p),
        a === 0 ? 'person' : a === 1 ? 'office' : 'delegation',
        `Envoy ${actor}`,
        a === 0 ? 'Chief negotiator' : null,
      ]);
      cite('actor', id.actor(actor), `Envoy ${actor} spoke for ${name}.`);
    }
  }
  for (let i = 0; i < count.issues; i++) {
    const topic = topics[i % topics.length]!;
    rows.issues.push([
      id.issue(i),
      `${topic[0]!.toUpperCase()}${topic.slice(1)} (${i})`,
      `Negotiations over ${topic}, track ${i}.`,
    ]);
    cite('issue', id.issue(i), `Track ${i} of the talks concerns ${topic}.`);
  }
  for (let i = 0; i < count.proposals; i++) {
    rows.proposals.push([
      id.proposal(i),
      `Framework ${i}`,
      `A framework with a pause in fighting, version ${i}.`,
      id.party(rng.int(count.parties)),
      30 + rng.int(60),
      'under-negotiation',
    ]);
    cite('proposal', id.proposal(i), `Framework ${i} provides for a pause in fighting.`);
  }
  for (let d = 0; d < demandCount; d++) {
    const issue = rng.int(count.issues);
    const topic = topics[issue % topics.length]!;
    const verb = rng.pick(verbs);
    const when = date();
    rows.demands.push([
      id.demand(d),
      id.party(rng.int(count.parties)),
      id.proposal(rng.int(count.proposals)),
      id.issue(issue),
      `${verb} ${topic} (${d})`,
      `${verb} ${topic} before the next phase of the truce, item ${d}.`,
      rng.pick(demandStatuses),
      when.on,
      when.precision,
    ]);
    cite('demand', id.demand(d), `The delegation demanded to ${verb.toLowerCase()} ${topic}, item ${d}.`);
    if (rng.next() < 0.7) {
      const reason = `syn-reason-${pad(d, 7)}`;
      rows.reasons.push([
        reason,
        'demand',
        id.demand(d),
        null,
        `The party argues that ${topic} is vital for civilians, point ${d}.`,
      ]);
      cite('reason', reason, `The party argues that ${topic} is vital for civilians, point ${d}.`);
    }
  }
  for (let r = 0; r < count.responses; r++) {
    const when = date();
    const party = rng.int(count.parties);
    const stance = rng.pick(stances);
    rows.reasons.push([
      `syn-reason-r${pad(r, 7)}`,
      'response',
      id.response(r),
      null,
      `Reason ${r}: it would weaken enforcement.`,
    ]);
    cite('reason', `syn-reason-r${pad(r, 7)}`, `Reason ${r}: it would weaken enforcement.`);
    rows.responses.push([
      id.response(r),
      id.party(party),
      id.actor(party * 3 + rng.int(3)),
      id.proposal(rng.int(count.proposals)),
      stance,
      rng.next() < 0.5 ? 'unacceptable' : null,
      `A response to the demands, number ${r}.`,
      when.on,
      when.precision,
    ]);
    const answered = 1 + rng.int(3);
    for (let k = 0; k < answered; k++)
      rows.answers.push([
        id.response(r),
        id.demand(rng.int(demandCount)),
        stance,
        rng.pick(['whole', 'specific', 'unspecified']),
      ]);
    cite('response', id.response(r), `Officials answered the amendments in statement ${r}.`);
  }
  for (let m = 0; m < count.meetings; m++) {
    const when = date();
    rows.meetings.push([
      id.meeting(m),
      `Round ${m} of talks`,
      rng.pick(meetingKinds),
      rng.pick(meetingStatuses),
      rng.pick(cities),
      when.on,
      when.precision,
      `Further discussions, round ${m}.`,
    ]);
    const participants = 2 + rng.int(3);
    for (let k = 0; k < participants; k++) {
      const party = rng.int(count.parties);
      rows.participants.push([id.meeting(m), id.party(party), id.actor(party * 3 + rng.int(3))]);
    }
    cite('meeting', id.meeting(m), `Delegates will meet for round ${m} of talks.`);
  }

  const claimed = new Map<string, { field: string; value: unknown }>([
    ...rows.demands.map((row) => [`demand:${row[0]}`, { field: 'status', value: row[6] }] as const),
    ...rows.proposals.map((row) => [`proposal:${row[0]}`, { field: 'status', value: row[5] }] as const),
    ...rows.responses.map((row) => [`response:${row[0]}`, { field: 'stance', value: row[4] }] as const),
    ...rows.meetings.map((row) => [`meeting:${row[0]}`, { field: 'status', value: row[3] }] as const),
  ]);

  // Bulk rows straight into SQLite, bypassing the write path: a benchmark-sized load in seconds.
  // better-sqlite3 transactions are synchronous: the whole load commits or nothing does.
  sql.transaction(() => {
    for (let s = 0; s < count.sources; s++) {
      insert.source.run(
        id.source(s),
        `Synthetic report ${s}`,
        'Synthetic Wire',
        null,
        null,
        'unknown',
        texts[s]!.join('').trimEnd(),
      );
    }
    for (const row of rows.parties) insert.party.run(...row);
    for (const row of rows.actors) insert.actor.run(...row);
    for (const row of rows.issues) insert.issue.run(...row);
    for (const row of rows.proposals) insert.proposal.run(...row);
    for (const row of rows.demands) insert.demand.run(...row);
    for (const row of rows.responses) insert.response.run(...row);
    for (const row of rows.answers) insert.answer.run(...row);
    for (const row of rows.meetings) insert.meeting.run(...row);
    for (const row of rows.participants) insert.participant.run(...row);
    for (const row of rows.reasons) insert.reason.run(...row);
    for (const row of evidence) insert.evidence.run(...row);
    // What each record's first source says of its state, as an import would record it.
    for (const [recordType, recordId, sourceId] of evidence) {
      const state = claimed.get(`${recordType}:${recordId}`);
      if (state) insert.claim.run(recordType, recordId, state.field, state.value, sourceId);
    }
  })();
  // Rows inserted straight into the tables leave every topic's stored positions stale: store them now,
  // as the write path would have.
  refreshStaleData(db);

  return {
    sources: count.sources,
    parties: count.parties,
    actors: count.parties * 3,
    issues: count.issues,
    proposals: count.proposals,
    demands: demandCount,
    responses: count.responses,
    meetings: count.meetings,
    evidence: evidence.length,
  };
}
