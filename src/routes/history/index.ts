import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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

export default historyRoutes;
