import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordTypes } from '../../db/schema.js';
import { revisionsOf } from '../../domain/changes/queries.js';
import { type EditableType, editableTypes } from '../../domain/edits.js';
import { NotFoundError } from '../../domain/errors.js';
import { recordHistory } from '../../domain/history.js';
import { collectionOf } from '../../domain/links.js';
import type { StatefulType } from '../../domain/state.js';
import { idParams, okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';
import { RecordHistorySchema } from './schemas.js';

const examplesOf: Record<StatefulType, string> = {
  demand: 'aid-through-pre-existing-channels',
  proposal: 'truce-framework',
  meeting: 'doha-talks',
  response: 'israel-rejects-hamas-amendments',
};

/** `GET /v1/{collection}/{id}/history` for every record whose state sources report. */
const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const [type, exampleId] of Object.entries(examplesOf) as [StatefulType, string][]) {
    const collection = collectionOf[type];
    app.get(
      `/${collection}/:id/history`,
      {
        schema: {
          tags: [`${collection[0]!.toUpperCase()}${collection.slice(1)}`],
          operationId: `get${type[0]!.toUpperCase()}${type.slice(1)}History`,
          summary: `What each source said of a ${type}`,
          description:
            'Every source that cites the record, in source order (by publication date; undated sources first), ' +
            'with the state it gives and its quotes. The record’s current state is the latest source’s; sources of ' +
            'the same date that disagree make it contested.',
          params: idParams(exampleId),
          querystring: z.strictObject({}),
          response: { 200: okResponse(RecordHistorySchema, `The ${type}’s history.`), ...problemResponses(400, 404) },
        },
      },
      async (request) => recordHistory(app.db, type, request.params.id),
    );
  }
};

const RevisionSchema = z
  .object({
    id: z.int().describe('The revision; the change feed’s id for it.'),
    type: z.enum(recordTypes),
    recordId: z.string(),
    href: z.string(),
    action: z.enum(['create', 'update', 'delete']),
    actor: z.string().describe('The name of the key that made the change (or `import`/`migration`).'),
    recordedAt: z.string().describe('When the database recorded it.'),
    before: z.record(z.string(), z.unknown()).nullable().describe('The stored record before; null when created.'),
    after: z.record(z.string(), z.unknown()).nullable().describe('The stored record after; null when deleted.'),
  })
  .meta({ id: 'Revision', description: 'One change to a record, as the database recorded it.' });

/**
 * `GET /v1/{collection}/{id}/revisions`: what the database recorded, when and by whom — the
 * database's own time (`recordedAt`), distinct from `asOf`, which is about what the sources said.
 */
const revisionsRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const type of Object.keys(editableTypes) as EditableType[]) {
    const collection = collectionOf[type];
    app.get(
      `/${collection}/:id/revisions`,
      {
        schema: {
          tags: [`${collection[0]!.toUpperCase()}${collection.slice(1)}`],
          operationId: `list${type[0]!.toUpperCase()}${type.slice(1)}Revisions`,
          summary: `Every change the database recorded to a ${type}`,
          description:
            'Oldest first, deletions included (a tombstone: `after` is null). With `recordedAt`, only the revisions ' +
            'recorded by then: the last one’s `after` is the record as the database held it at that time.',
          params: idParams('truce-framework'),
          querystring: z.strictObject({
            recordedAt: z.iso
              .datetime({ offset: true })
              .optional()
              .describe('The database’s own time (RFC 3339): only revisions recorded by then.'),
          }),
          response: {
            200: okResponse(z.object({ items: z.array(RevisionSchema) }), 'The revisions.'),
            ...problemResponses(400, 404),
          },
        },
      },
      async (request) => {
        const items = revisionsOf(app.db, type, request.params.id, request.query.recordedAt);
        if (items.length === 0 && !request.query.recordedAt) throw new NotFoundError(type, request.params.id);
        return { items };
      },
    );
  }
};

export { revisionsRoutes };
export default historyRoutes;
