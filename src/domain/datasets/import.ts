/**
 * Importing a dataset: one source and what it says, all or nothing, through the write path. Every
 * quote is found in the source text (or checked at its offsets), every reference resolved, before
 * anything is written; records already there are left as they are, and what this source says of
 * their state is added to what earlier sources said (see ../state.ts), so importing twice changes nothing.
 */
import { eq } from 'drizzle-orm';
import type { AppDatabase, WriteTransaction } from '../../db/client.js';
import type { CitedType, RecordType } from '../../db/schema.js';
import * as schema from '../../db/schema.js';
import { DomainError } from '../errors.js';
import { recomputeEventOrder } from '../event-order.js';
import { agendaKey, answerKey, locateQuote, participantKey, sequenceKey } from '../evidence.js';
import { collectionOf } from '../links.js';
import { recordExists } from '../rows.js';
import { resolveStates, type StatefulType, stateFields } from '../state.js';
import { type ChangeSet, write } from '../write.js';
import type { Dataset, Quote } from './format.js';

export type DatasetProblem = { path: string; message: string };

/** A dataset that cannot be imported as it stands; `problems` says every place and why. */
export class DatasetError extends DomainError {
  constructor(
    readonly sourceId: string,
    readonly problems: DatasetProblem[],
    what = `The dataset for source '${sourceId}' cannot be imported`,
  ) {
    super(
      'unprocessable',
      'invalid_dataset',
      `${what}: ${problems
        .slice(0, 5)
        .map((problem) => `${problem.path}: ${problem.message}`)
        .join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
    );
  }
}

type LocatedQuote = Quote & { start: number; end: number };
type Citation = { type: CitedType; id: string; path: string; quotes: Quote[] };

/** Every citation in a dataset: which record (or part of one) each list of quotes backs. */
function citationsOf(dataset: Dataset): Citation[] {
  const cite = <R extends { id: string; evidence: Quote[] }>(type: CitedType, key: string, records: R[]) =>
    records.map((record, index) => ({
      type,
      id: record.id,
      path: `${key}[${index}].evidence`,
      quotes: record.evidence,
    }));
  return [
    ...cite('party', 'parties', dataset.parties),
    ...cite('actor', 'actors', dataset.actors),
    ...cite('issue', 'issues', dataset.issues),
    ...cite('proposal', 'proposals', dataset.proposals),
    ...cite('demand', 'demands', dataset.demands),
    ...cite('response', 'responses', dataset.responses),
    ...cite('reason', 'reasons', dataset.reasons),
    ...cite('statement', 'statements', dataset.statements),
    ...cite('meeting', 'meetings', dataset.meetings),
    ...dataset.responses.flatMap((response, r) =>
      response.answers.map((answer, a) => ({
        type: 'answer' as const,
        id: answerKey(response.id, answer.demandId),
        path: `responses[${r}].answers[${a}].evidence`,
        quotes: answer.evidence,
      })),
    ),
    ...dataset.meetings.flatMap((meeting, m) =>
      meeting.participants.map((participant, p) => ({
        type: 'participant' as const,
        id: participantKey(meeting.id, participant.partyId, participant.actorId),
        path: `meetings[${m}].participants[${p}].evidence`,
        quotes: participant.evidence,
      })),
    ),
    ...dataset.meetings.flatMap((meeting, m) =>
      meeting.agenda.map((item, a) => ({
        type: 'agenda' as const,
        id: agendaKey(meeting.id, item.type, item.id),
        path: `meetings[${m}].agenda[${a}].evidence`,
        quotes: item.evidence,
      })),
    ),
    ...dataset.participants.map((participant, p) => ({
      type: 'participant' as const,
      id: participantKey(participant.meetingId, participant.partyId, participant.actorId),
      path: `participants[${p}].evidence`,
      quotes: participant.evidence,
    })),
    ...dataset.updates.map((update, u) => ({
      type: update.type,
      id: update.id,
      path: `updates[${u}].evidence`,
      quotes: update.evidence,
    })),
    ...dataset.sequence.map((fact, s) => ({
      type: 'sequence' as const,
      id: sequenceKey(fact.before, fact.after),
      path: `sequence[${s}].evidence`,
      quotes: fact.evidence,
    })),
  ];
}

type Reference = { type: RecordType; id: string; path: string };

/** Every id a dataset refers to, with where it does. */
function referencesOf(dataset: Dataset): Reference[] {
  const refs: Reference[] = [];
  const add = (type: RecordType, id: string | null, path: string) => {
    if (id !== null) refs.push({ type, id, path });
  };
  dataset.actors.forEach((actor, i) => {
    add('party', actor.partyId, `actors[${i}].partyId`);
  });
  dataset.proposals.forEach((proposal, i) => {
    add('party', proposal.proposedByPartyId, `proposals[${i}].proposedByPartyId`);
  });
  dataset.demands.forEach((demand, i) => {
    add('party', demand.partyId, `demands[${i}].partyId`);
    add('proposal', demand.proposalId, `demands[${i}].proposalId`);
    add('issue', demand.issueId, `demands[${i}].issueId`);
  });
  dataset.responses.forEach((response, i) => {
    add('party', response.partyId, `responses[${i}].partyId`);
    add('actor', response.actorId, `responses[${i}].actorId`);
    add('proposal', response.proposalId, `responses[${i}].proposalId`);
    response.conditions.forEach((id, j) => {
      add('demand', id, `responses[${i}].conditions[${j}]`);
    });
    response.answers.forEach((answer, j) => {
      add('demand', answer.demandId, `responses[${i}].answers[${j}].demandId`);
    });
  });
  dataset.reasons.forEach((reason, i) => {
    add(reason.forType, reason.forId, `reasons[${i}].forId`);
    add('demand', reason.answersDemandId, `reasons[${i}].answersDemandId`);
  });
  dataset.statements.forEach((statement, i) => {
    add('party', statement.partyId, `statements[${i}].partyId`);
    add('issue', statement.issueId, `statements[${i}].issueId`);
    statement.aboutPartyIds.forEach((id, j) => {
      add('party', id, `statements[${i}].aboutPartyIds[${j}]`);
    });
  });
  const participants = [
    ...dataset.meetings.flatMap((meeting, i) =>
      meeting.participants.map((participant, j) => ({ participant, path: `meetings[${i}].participants[${j}]` })),
    ),
    ...dataset.participants.map((participant, i) => ({ participant, path: `participants[${i}]` })),
  ];
  dataset.meetings.forEach((meeting, i) => {
    add('party', meeting.hostPartyId, `meetings[${i}].hostPartyId`);
    meeting.agenda.forEach((item, j) => {
      add(item.type, item.id, `meetings[${i}].agenda[${j}].id`);
    });
  });
  dataset.participants.forEach((participant, i) => {
    add('meeting', participant.meetingId, `participants[${i}].meetingId`);
  });
  for (const { participant, path } of participants) {
    add('party', participant.partyId, `${path}.partyId`);
    add('actor', participant.actorId, `${path}.actorId`);
  }
  dataset.updates.forEach((update, i) => {
    add(update.type, update.id, `updates[${i}].id`);
  });
  dataset.sequence.forEach((fact, i) => {
    add(fact.before.type, fact.before.id, `sequence[${i}].before`);
    add(fact.after.type, fact.after.id, `sequence[${i}].after`);
  });
  for (const citation of citationsOf(dataset)) {
    citation.quotes.forEach((quote, j) => {
      const speaker = quote.attributedTo;
      if (speaker.kind !== 'reporter') {
        add(speaker.kind === 'actor' ? 'actor' : 'party', speaker.id, `${citation.path}[${j}].attributedTo.id`);
      }
    });
  }
  return refs;
}

/** Records the dataset itself defines, by type. */
function definedIds(dataset: Dataset): Map<RecordType, Set<string>> {
  const ids = (records: { id: string }[]) => new Set(records.map((record) => record.id));
  return new Map<RecordType, Set<string>>([
    ['party', ids(dataset.parties)],
    ['actor', ids(dataset.actors)],
    ['issue', ids(dataset.issues)],
    ['proposal', ids(dataset.proposals)],
    ['demand', ids(dataset.demands)],
    ['response', ids(dataset.responses)],
    ['reason', ids(dataset.reasons)],
    ['statement', ids(dataset.statements)],
    ['meeting', ids(dataset.meetings)],
  ]);
}

/** Checks everything that can be checked before writing; returns every problem found. */
function problemsOf(db: AppDatabase, dataset: Dataset, text: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const citation of citationsOf(dataset)) {
    citation.quotes.forEach((quote, j) => {
      const path = `${citation.path}[${j}]`;
      const located = locateQuote(text, quote);
      if ('problem' in located) problems.push({ path: `${path}.quote`, message: located.problem });
      for (const hedge of quote.hedges) {
        if (!quote.quote.toLowerCase().includes(hedge.toLowerCase())) {
          problems.push({ path: `${path}.hedges`, message: `"${hedge}" is not in the quote` });
        }
      }
    });
  }
  const defined = definedIds(dataset);
  const missing = referencesOf(dataset).filter((ref) => !defined.get(ref.type)?.has(ref.id));
  for (const ref of missing) {
    if (!recordExists(db, ref.type, ref.id)) {
      problems.push({ path: ref.path, message: `no ${ref.type} has the id '${ref.id}'` });
    }
  }
  dataset.updates.forEach((update, i) => {
    const state = stateFields[update.type];
    if (update.field !== state.field) {
      problems.push({ path: `updates[${i}].field`, message: `a ${update.type}'s state is its ${state.field}` });
    } else if (!state.values.includes(update.value)) {
      problems.push({ path: `updates[${i}].value`, message: `must be one of ${state.values.join(', ')}` });
    }
  });
  const known = db
    .select({ text: schema.sources.text })
    .from(schema.sources)
    .where(eq(schema.sources.id, dataset.source.id))
    .get();
  if (known && known.text !== text) {
    problems.push({
      path: 'source.id',
      message: `a source '${dataset.source.id}' with a different text is already recorded`,
    });
  }
  return problems;
}

/** What an import added, by kind (zero everywhere when it had been imported before). */
export type ImportSummary = { sourceId: string; added: Record<string, number> };

/** How many records (parties, demands, meetings, …: not links or quotes) an import added. */
export function recordsAdded(added: ImportSummary['added']): number {
  return Object.values(collectionOf).reduce((sum, collection) => sum + (added[collection] ?? 0), 0);
}

/**
 * Imports a dataset whose source text is `text`, in one IMMEDIATE transaction; throws DatasetError
 * (writing nothing) when any quote, reference or value is wrong.
 */
export function importDataset(db: AppDatabase, dataset: Dataset, text: string, actor = 'import'): ImportSummary {
  const problems = problemsOf(db, dataset, text);
  if (problems.length > 0) throw new DatasetError(dataset.source.id, problems);
  return write(db, actor, (tx, changes) => insertDataset(tx, changes, dataset, text));
}

/** The record whose revision a row of a table belongs to: the record itself, or the one it is part of. */
function ownerOf(kind: string, values: Record<string, unknown>): [RecordType, string] | undefined {
  const owners: Record<string, (v: Record<string, unknown>) => [RecordType, string]> = {
    sources: (v) => ['source', String(v.id)],
    parties: (v) => ['party', String(v.id)],
    actors: (v) => ['actor', String(v.id)],
    issues: (v) => ['issue', String(v.id)],
    proposals: (v) => ['proposal', String(v.id)],
    demands: (v) => ['demand', String(v.id)],
    responses: (v) => ['response', String(v.id)],
    reasons: (v) => ['reason', String(v.id)],
    statements: (v) => ['statement', String(v.id)],
    meetings: (v) => ['meeting', String(v.id)],
    answers: (v) => ['response', String(v.responseId)],
    conditions: (v) => ['response', String(v.responseId)],
    statementParties: (v) => ['statement', String(v.statementId)],
    participants: (v) => ['meeting', String(v.meetingId)],
    agenda: (v) => ['meeting', String(v.meetingId)],
    claims: (v) => [v.recordType as RecordType, String(v.recordId)],
  };
  return owners[kind]?.(values);
}

function insertDataset(tx: WriteTransaction, changes: ChangeSet, dataset: Dataset, text: string): ImportSummary {
  const added: Record<string, number> = {};
  const insert = <Table extends Parameters<WriteTransaction['insert']>[0]>(
    kind: string,
    table: Table,
    values: Table['$inferInsert'],
  ) => {
    const owner = ownerOf(kind, values as Record<string, unknown>);
    if (owner) changes.touch(...owner);
    const inserted = tx.insert(table).values(values).onConflictDoNothing().run().changes;
    added[kind] = (added[kind] ?? 0) + inserted;
  };
  const sourceId = dataset.source.id;
  const { textFile: _textFile, text: _text, ...source } = dataset.source;
  insert('sources', schema.sources, { ...source, text });

  const without = <T extends { evidence: unknown }>({ evidence: _evidence, ...row }: T) => row;
  for (const party of dataset.parties) insert('parties', schema.parties, without(party));
  for (const actor of dataset.actors) insert('actors', schema.actors, without(actor));
  for (const issue of dataset.issues) insert('issues', schema.issues, without(issue));
  for (const proposal of dataset.proposals) insert('proposals', schema.proposals, without(proposal));
  for (const demand of dataset.demands) insert('demands', schema.demands, without(demand));
  for (const { answers, conditions, ...response } of dataset.responses) {
    insert('responses', schema.responses, without(response));
    for (const { evidence: _evidence, ...answer } of answers) {
      insert('answers', schema.responseAnswers, { responseId: response.id, ...answer });
    }
    for (const demandId of conditions)
      insert('conditions', schema.responseConditions, { responseId: response.id, demandId });
  }
  for (const reason of dataset.reasons) insert('reasons', schema.reasons, without(reason));
  for (const { aboutPartyIds, ...statement } of dataset.statements) {
    insert('statements', schema.statements, without(statement));
    for (const partyId of aboutPartyIds)
      insert('statementParties', schema.statementParties, { statementId: statement.id, partyId });
  }
  const participants = [
    ...dataset.meetings.flatMap((meeting) => meeting.participants.map((p) => ({ ...p, meetingId: meeting.id }))),
    ...dataset.participants,
  ];
  for (const { participants: _participants, agenda: _agenda, ...meeting } of dataset.meetings)
    insert('meetings', schema.meetings, without(meeting));
  for (const meeting of dataset.meetings) {
    for (const { type, id } of meeting.agenda) {
      if (type === 'issue') insert('agenda', schema.meetingIssues, { meetingId: meeting.id, issueId: id });
      else insert('agenda', schema.meetingProposals, { meetingId: meeting.id, proposalId: id });
    }
  }
  for (const participant of participants) insert('participants', schema.meetingParticipants, without(participant));
  for (const { before, after } of dataset.sequence) {
    insert('sequence', schema.sequences, {
      beforeType: before.type,
      beforeId: before.id,
      afterType: after.type,
      afterId: after.id,
    });
  }

  for (const citation of citationsOf(dataset)) {
    const partOf = { answer: 'response', participant: 'meeting', agenda: 'meeting' } as const;
    if (citation.type !== 'sequence') {
      if (citation.type in partOf) {
        const part = citation.type as keyof typeof partOf;
        changes.touch(partOf[part], citation.id.split('/')[0]!);
      } else changes.touch(citation.type as RecordType, citation.id);
    }
    for (const quote of citation.quotes) {
      const { start, end } = locateQuote(text, quote) as LocatedQuote;
      insert('evidence', schema.evidence, {
        recordType: citation.type,
        recordId: citation.id,
        sourceId,
        quote: quote.quote,
        start,
        end,
        speakerKind: quote.attributedTo.kind,
        speakerActorId: quote.attributedTo.kind === 'actor' ? quote.attributedTo.id : null,
        speakerPartyId:
          quote.attributedTo.kind === 'party' || quote.attributedTo.kind === 'unnamed' ? quote.attributedTo.id : null,
        speakerLabel: quote.attributedTo.label,
        reporting: quote.reporting,
        hedges: quote.hedges,
      });
    }
  }

  // What this source says of each record's state, beside what earlier sources said.
  const stated: { type: StatefulType; id: string; value: string }[] = [
    ...dataset.demands.map((demand) => ({ type: 'demand' as const, id: demand.id, value: demand.status })),
    ...dataset.proposals.map((proposal) => ({ type: 'proposal' as const, id: proposal.id, value: proposal.status })),
    ...dataset.meetings.map((meeting) => ({ type: 'meeting' as const, id: meeting.id, value: meeting.status })),
    ...dataset.responses.map((response) => ({ type: 'response' as const, id: response.id, value: response.stance })),
    ...dataset.updates.map((update) => ({ type: update.type, id: update.id, value: update.value })),
  ];
  for (const claim of stated) {
    insert('claims', schema.claims, {
      recordType: claim.type,
      recordId: claim.id,
      field: stateFields[claim.type].field,
      value: claim.value,
      sourceId,
    });
  }
  for (const type of Object.keys(stateFields) as StatefulType[]) {
    const ids = stated.filter((claim) => claim.type === type).map((claim) => claim.id);
    if (ids.length > 0) resolveStates(tx, type, ids);
  }
  recomputeEventOrder(tx);
  return { sourceId, added };
}
