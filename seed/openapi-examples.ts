import { recordHref } from '../src/domain/links.js';
import type { Examples } from '../src/http/example-types.js';
import type { SeedEvidence } from '../src/seed/dataset.js';
import { readSourceText } from '../src/seed/seed-database.js';
import { ceasefireTalks } from './ceasefire-talks.js';

/**
 * Examples for the OpenAPI document, derived from the seed so the docs show the real records.
 * `npm run openapi` writes them to src/http/examples.generated.ts, so the server never reads the
 * seed; timestamps are fixed so the generated document stays stable.
 */
const seed = ceasefireTalks;
const stamped = { createdAt: '2026-11-25T12:00:00.000Z', updatedAt: '2026-11-25T12:00:00.000Z' };
const cite = (evidence: SeedEvidence[]) => evidence.map((quote) => ({ sourceId: seed.source.id, ...quote }));
const byId = <T extends { id: string }>(records: T[], id: string): T => {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`The seed has no record ${id} to use as an example`);
  return record;
};

const actorExample = (id: string) => {
  const { evidence, ...actor } = byId(seed.actors, id);
  return { ...actor, name: actor.name ?? null, role: actor.role ?? null, evidence: cite(evidence), ...stamped };
};

const demandExample = (id: string) => {
  const { evidence, ...demand } = byId(seed.demands, id);
  return {
    ...demand,
    proposalId: demand.proposalId ?? null,
    rationale: demand.rationale ?? null,
    raisedOn: demand.raisedOn ?? null,
    evidence: cite(evidence),
    ...stamped,
  };
};

const responseExample = (id: string) => {
  const { evidence, ...response } = byId(seed.responses, id);
  return {
    ...response,
    actorId: response.actorId ?? null,
    proposalId: response.proposalId ?? null,
    wording: response.wording ?? null,
    reasons: response.reasons ?? [],
    issuedOn: response.issuedOn ?? null,
    evidence: cite(evidence),
    ...stamped,
  };
};

const meetingExample = (id: string) => {
  const { evidence, ...meeting } = byId(seed.meetings, id);
  return {
    ...meeting,
    location: meeting.location ?? null,
    startsOn: meeting.startsOn ?? null,
    purpose: meeting.purpose ?? null,
    evidence: cite(evidence),
    ...stamped,
  };
};

const partyExample = (id: string) => {
  const { evidence, ...party } = byId(seed.parties, id);
  const actors = seed.actors.filter((actor) => actor.partyId === id).map((actor) => actorExample(actor.id));
  return { ...party, description: party.description ?? null, actors, evidence: cite(evidence), ...stamped };
};

const issueExample = (id: string) => {
  const { evidence, ...issue } = byId(seed.issues, id);
  return { ...issue, evidence: cite(evidence), ...stamped };
};

const proposalExample = (id: string) => {
  const { evidence, ...proposal } = byId(seed.proposals, id);
  return {
    ...proposal,
    proposedByPartyId: proposal.proposedByPartyId ?? null,
    pauseDurationDays: proposal.pauseDurationDays ?? null,
    evidence: cite(evidence),
    ...stamped,
  };
};

const { textFile: _textFile, ...sourceFields } = seed.source;
const sourceSummary = {
  ...sourceFields,
  title: sourceFields.title ?? null,
  publisher: sourceFields.publisher ?? null,
  url: sourceFields.url ?? null,
  publishedOn: sourceFields.publishedOn ?? null,
  ...stamped,
};

const positionBasis = (type: 'demand' | 'response', id: string, stance: 'demands' | 'rejects') => {
  const record = type === 'demand' ? byId(seed.demands, id) : byId(seed.responses, id);
  return {
    type,
    id,
    href: recordHref(type, id),
    stance,
    date: null,
    datePrecision: 'unknown' as const,
    evidence: cite(record.evidence),
  };
};

const washington = byId(seed.meetings, 'washington-meeting');

export const examples: Examples = {
  actor: actorExample('benjamin-netanyahu'),
  party: partyExample('united-states'),
  issue: issueExample('humanitarian-aid-channels'),
  proposal: proposalExample('truce-framework'),
  demand: demandExample('aid-through-pre-existing-channels'),
  response: responseExample('israel-rejects-hamas-amendments'),
  meeting: meetingExample('washington-meeting'),
  sourceSummary,
  source: { ...sourceSummary, text: readSourceText(seed) },
  // What the API derives from the seed; test/examples.test.ts checks these against live answers.
  issuePositions: {
    issueId: 'humanitarian-aid-channels',
    title: byId(seed.issues, 'humanitarian-aid-channels').title,
    positions: [
      {
        partyId: 'hamas',
        stance: 'demands' as const,
        basis: [positionBasis('demand', 'aid-through-pre-existing-channels', 'demands')],
        basisCount: 1,
        recordCount: 1,
      },
      {
        partyId: 'israel',
        stance: 'rejects' as const,
        basis: [positionBasis('response', 'israel-rejects-hamas-amendments', 'rejects')],
        basisCount: 1,
        recordCount: 1,
      },
    ],
  },
  timelineEvent: {
    type: 'meeting' as const,
    id: washington.id,
    href: recordHref('meeting', washington.id),
    title: washington.title,
    date: null,
    datePrecision: 'unknown' as const,
    partyIds: ['israel', 'united-states'],
    issueIds: [],
    evidence: cite(washington.evidence),
  },
  searchHit: {
    type: 'demand' as const,
    id: 'aid-through-pre-existing-channels',
    href: recordHref('demand', 'aid-through-pre-existing-channels'),
    title: 'Aid through pre-existing channels',
    score: 2.55,
    matches: [
      { field: 'title', snippet: '<mark>Aid</mark> through pre-existing channels' },
      {
        field: 'quote',
        snippet:
          'Secondly, Hamas is demanding that humanitarian <mark>aid</mark> distribution return to pre-existing channels.',
      },
    ],
  },
  lists: {
    actors: seed.actors.filter((actor) => actor.partyId === 'israel').map((actor) => actorExample(actor.id)),
    parties: seed.parties.map((party) => partyExample(party.id)),
    issues: seed.issues.map((issue) => issueExample(issue.id)),
    proposals: seed.proposals.map((proposal) => proposalExample(proposal.id)),
    demands: seed.demands.map((demand) => demandExample(demand.id)),
    responses: [responseExample('israel-rejects-hamas-amendments')],
    meetings: seed.meetings.map((meeting) => meetingExample(meeting.id)),
    sources: [sourceSummary],
  },
};
