/**
 * Creating, correcting and deleting single records, for the API's writes. A new record comes from a
 * source like any other (its evidence quotes a source already recorded), so creating one is a
 * one-record import; a correction (merge patch) changes descriptive fields only — a record's state
 * changes when a source says so (an import's `updates`), never by overwriting what a source said.
 * Every edit needs the version it edits (If-Match), goes through the write path, and leaves a revision.
 */
import Database from 'better-sqlite3';
import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDatabase } from '../db/client.js';
import type { RecordType } from '../db/schema.js';
import * as schema from '../db/schema.js';
import { fixedLimit, reuseStatement } from '../db/statements.js';
import { type Dataset, DatasetSchema } from './datasets/format.js';
import { DatasetError, importDataset } from './datasets/import.js';
import { DomainError, NotFoundError } from './errors.js';
import { recomputeEventOrder } from './event-order.js';
import { prepareSelect } from './prepared.js';
import { partTypesOf, recordExists, tableOf } from './rows.js';
import { resolveStates, type StatefulType, stateFields } from './state.js';
import { write } from './write.js';

/** The record types the API writes one by one, and the dataset list each one's body comes from. */
export const editableTypes = {
  source: 'source',
  party: 'parties',
  actor: 'actors',
  issue: 'issues',
  proposal: 'proposals',
  demand: 'demands',
  response: 'responses',
  reason: 'reasons',
  statement: 'statements',
  meeting: 'meetings',
} as const satisfies Partial<Record<RecordType, keyof Dataset>>;
export type EditableType = keyof typeof editableTypes;

const SourceBodySchema = DatasetSchema.shape.source
  .omit({ textFile: true, text: true })
  .extend({ text: z.string().min(1).max(2_000_000).describe('The full text every quote will be found in.') });

/**
 * The body that creates a record: the dataset's own record shape, plus the source its evidence
 * quotes; a source itself comes with its full text.
 */
export function createBodySchema(type: EditableType): z.ZodObject {
  if (type === 'source') return SourceBodySchema;
  const list = DatasetSchema.shape[editableTypes[type]] as unknown as z.ZodDefault<z.ZodArray<z.ZodObject>>;
  return list
    .unwrap()
    .element.extend({ sourceId: z.string().min(1).max(200).describe('The source every quote of `evidence` is from.') });
}

/**
 * The fields a correction may change, per type: descriptions, not identity (`id`), not state (a
 * source's claim), not evidence (only a source adds quotes).
 */
export const patchableFields: Record<EditableType, readonly string[]> = {
  source: ['kind', 'title', 'publisher', 'url', 'publishedOn', 'publishedOnPrecision'],
  party: ['name', 'kind', 'roles', 'description'],
  actor: ['partyId', 'kind', 'name', 'role'],
  issue: ['title', 'description'],
  proposal: ['title', 'summary', 'proposedByPartyId', 'pauseDurationDays'],
  demand: ['partyId', 'proposalId', 'issueId', 'title', 'summary', 'raisedOn', 'raisedOnPrecision'],
  response: ['partyId', 'actorId', 'proposalId', 'wording', 'summary', 'issuedOn', 'issuedOnPrecision'],
  reason: ['answersDemandId', 'summary'],
  statement: ['kind', 'partyId', 'issueId', 'title', 'summary'],
  meeting: ['title', 'kind', 'location', 'startsOn', 'startsOnPrecision', 'purpose', 'hostPartyId'],
};

/** Which record each reference field of a correction must name. */
const referenceFields: Record<string, RecordType> = {
  partyId: 'party',
  actorId: 'actor',
  issueId: 'issue',
  proposalId: 'proposal',
  proposedByPartyId: 'party',
  answersDemandId: 'demand',
  hostPartyId: 'party',
};

/** The body of a correction: a JSON merge patch over the patchable fields, typed as on create. */
export function patchBodySchema(type: EditableType) {
  const shape = createBodySchema(type).shape as Record<string, z.ZodType>;
  // A field a patch leaves out stays as it is: no create-time default may fill it in.
  const withoutDefault = (field: z.ZodType) => (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field);
  return z.strictObject(
    Object.fromEntries(patchableFields[type].map((name) => [name, withoutDefault(shape[name]!).optional()])),
  );
}

/**
 * The body of a replacement (PUT): every patchable field, as on create. A field with a default that the
 * body leaves out is reset to it; identity, state and evidence stay as they are, as for a patch.
 */
export function replaceBodySchema(type: EditableType) {
  const shape = createBodySchema(type).shape as Record<string, z.ZodType>;
  return z.strictObject(Object.fromEntries(patchableFields[type].map((name) => [name, shape[name]!])));
}

/** A record's version: the revision that last changed it. Its ETag is `"r<version>"`. */
export function versionOf(db: AppDatabase, type: RecordType, id: string): number | undefined {
  const latest = reuseStatement(db, 'revisions|latest', () =>
    prepareSelect({ id: schema.revisions.id }, (fields) =>
      db
        .select(fields)
        .from(schema.revisions)
        .where(
          sql`${schema.revisions.recordType} = ${sql.placeholder('type')}
            and ${schema.revisions.recordId} = ${sql.placeholder('id')}`,
        )
        .orderBy(desc(schema.revisions.id))
        .limit(fixedLimit(1)),
    ),
  );
  return latest.get({ type, id })?.id;
}

export const etagOf = (version: number) => `"r${version}"`;

/** The version an If-Match names, checked against the record's: 412 when it has moved on. */
export function assertCurrentVersion(db: AppDatabase, type: RecordType, id: string, ifMatch: string): void {
  if (!recordExists(db, type, id)) throw new NotFoundError(type, id);
  const current = versionOf(db, type, id) ?? 0;
  const named = ifMatch.split(',').map((tag) => tag.trim());
  if (named.includes('*') || named.includes(etagOf(current))) return;
  throw new DomainError(
    'precondition-failed',
    'version_mismatch',
    `The ${type} '${id}' has changed (it is at version ${etagOf(current)}); fetch it again and retry.`,
  );
}

/** Creates one record from a source already recorded, as a one-record import. Conflicts on an existing id. */
export function createRecord(db: AppDatabase, actor: string, type: EditableType, body: Record<string, unknown>): void {
  if (recordExists(db, type, String(body.id))) {
    throw new DomainError('conflict', 'already_exists', `A ${type} with the id '${String(body.id)}' exists.`);
  }
  if (type === 'source') {
    const { text, ...source } = body as { text: string };
    importDataset(db, DatasetSchema.parse({ source }), text, actor);
    return;
  }
  const { sourceId, ...record } = body as { sourceId: string; id: string };
  const source = db.select().from(schema.sources).where(eq(schema.sources.id, sourceId)).get();
  if (!source) {
    throw new DatasetError(sourceId, [{ path: 'sourceId', message: `no source has the id '${sourceId}'` }]);
  }
  const { text, createdAt: _c, updatedAt: _u, ...sourceFields } = source;
  const dataset = DatasetSchema.parse({ source: sourceFields, [editableTypes[type]]: [record] });
  try {
    importDataset(db, dataset, text, actor);
  } catch (error) {
    // The importer's paths name the dataset list (`demands[0].partyId`); the body is the record itself.
    if (error instanceof DatasetError) {
      const prefix = `${editableTypes[type]}[0].`;
      throw new DatasetError(
        sourceId,
        error.problems.map((problem) => ({ ...problem, path: problem.path.replace(prefix, '') })),
      );
    }
    throw error;
  }
}

/** Applies a merge patch (null clears a nullable field) to the current version of a record. */
export function patchRecord(
  db: AppDatabase,
  actor: string,
  type: EditableType,
  id: string,
  patch: Record<string, unknown>,
  ifMatch: string,
): void {
  const problems = Object.entries(patch).flatMap(([field, value]) => {
    const target = referenceFields[field];
    return target && typeof value === 'string' && !recordExists(db, target, value)
      ? [{ path: field, message: `no ${target} has the id '${value}'` }]
      : [];
  });
  if (problems.length > 0)
    throw new DatasetError(id, problems, `The correction of the ${type} '${id}' cannot be applied`);
  write(db, actor, (tx, changes) => {
    assertCurrentVersion(db, type, id, ifMatch);
    const table = tableOf[type];
    const current = tx.select().from(table).where(eq(table.id, id)).get() as Record<string, unknown>;
    // Only fields whose value differs: a patch (or a PUT) that repeats the record changes nothing, so it
    // leaves the version, the history and the cache as they are; it still had to name the current version.
    const changed = Object.fromEntries(
      Object.entries(patch).filter(([field, value]) => JSON.stringify(current[field]) !== JSON.stringify(value)),
    );
    if (Object.keys(changed).length === 0) return;
    changes.touch(type, id);
    tx.update(table)
      .set(changed as never)
      .where(eq(table.id, id))
      .run();
    // A source moved in time may change which claim is the latest: resolve the states it speaks to.
    if (type === 'source' && ('publishedOn' in changed || 'publishedOnPrecision' in changed)) {
      const claimed = tx.select().from(schema.claims).where(eq(schema.claims.sourceId, id)).all();
      for (const stateful of Object.keys(stateFields) as StatefulType[]) {
        const ids = [
          ...new Set(claimed.filter((claim) => claim.recordType === stateful).map((claim) => claim.recordId)),
        ];
        for (const recordId of ids) changes.touch(stateful, recordId);
        if (ids.length > 0) resolveStates(tx, stateful, ids);
      }
    }
  });
}

/**
 * Deletes a record with its quotes and what sources said of its state, leaving a tombstone revision.
 * A record others depend on (a party with demands, a demand answered) is a conflict: delete those first.
 */
export function deleteRecord(db: AppDatabase, actor: string, type: EditableType, id: string, ifMatch: string): void {
  try {
    deleteInTransaction(db, actor, type, id, ifMatch);
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new DomainError(
        'conflict',
        'record_in_use',
        `Other records depend on the ${type} '${id}' (demands, answers, actors or reasons naming it); ` +
          'delete or correct them first.',
      );
    }
    throw error;
  }
}

function deleteInTransaction(db: AppDatabase, actor: string, type: EditableType, id: string, ifMatch: string): void {
  write(db, actor, (tx, changes) => {
    assertCurrentVersion(db, type, id, ifMatch);
    changes.touch(type, id);
    tx.delete(schema.claims)
      .where(sql`${schema.claims.recordType} = ${type} and ${schema.claims.recordId} = ${id}`)
      .run();
    tx.delete(schema.sequences)
      .where(
        sql`(${schema.sequences.beforeType} = ${type} and ${schema.sequences.beforeId} = ${id})
            or (${schema.sequences.afterType} = ${type} and ${schema.sequences.afterId} = ${id})`,
      )
      .run();
    if (type === 'demand' || type === 'response') {
      tx.delete(schema.reasons)
        .where(sql`${schema.reasons.forType} = ${type} and ${schema.reasons.forId} = ${id}`)
        .run();
    }
    // The quotes of its parts (answers, participants, agenda) and of orderings naming it go with them; the
    // record's own go by trigger. Part keys start with the owner's id, so the part type scopes them.
    const partTypes = partTypesOf(type);
    if (partTypes.length > 0) {
      tx.delete(schema.evidence)
        .where(and(inArray(schema.evidence.recordType, partTypes), like(schema.evidence.recordId, `${id}/%`)))
        .run();
    }
    tx.delete(schema.evidence)
      .where(
        and(
          eq(schema.evidence.recordType, 'sequence'),
          or(like(schema.evidence.recordId, `${type}:${id}>%`), like(schema.evidence.recordId, `%>${type}:${id}`)),
        ),
      )
      .run();
    const table = tableOf[type];
    // Parts that belong to the record alone go with it (answers, conditions and participants cascade);
    // a foreign key still pointing at it is a conflict, raised by SQLite and answered 409.
    tx.delete(table).where(eq(table.id, id)).run();
    recomputeEventOrder(tx);
  });
}
