import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordTypes } from '../../db/schema.js';
import { changesAfter } from '../../domain/changes/queries.js';
import { okResponse } from '../../http/common.js';
import { problemResponses } from '../../http/problem.js';

export const ChangeSchema = z
  .object({
    id: z.int().describe('The change’s place in commit order; pass it as `after` (or `Last-Event-ID`) to resume.'),
    type: z.enum(recordTypes),
    recordId: z.string(),
    href: z.string().describe('Where the record is served (a deleted one answers 404; its revisions stay).'),
    action: z.enum(['create', 'update', 'delete']),
    actor: z.string().describe('The name of the key that made the change (or `import`/`migration` for scripts).'),
    recordedAt: z.string().describe('When the database recorded it (ISO 8601, UTC).'),
  })
  .meta({ id: 'Change', description: 'One committed change to one record.' });

const ChangePageSchema = z
  .object({
    items: z.array(ChangeSchema),
    nextCursor: z
      .string()
      .describe('Pass as `after` for the changes committed since; the same when there are none yet.'),
  })
  .meta({ id: 'ChangePage', description: 'Changes in commit order.' });

const afterParam = z
  .string()
  .regex(/^\d{1,15}$/, { error: 'must be a change id from a previous page' })
  .optional()
  .describe('Only changes after this one (a `nextCursor`, or a change `id`); from the beginning when absent.');

const heartbeatMs = 15_000;
const pollMs = 200;
const batch = 100;

/** The change feed, as pages and as Server-Sent Events; it sees writes from every process. */
const changesRoutes: FastifyPluginAsyncZod = async (app) => {
  // Open streams end as soon as the app starts closing (preClose: before the server waits for its
  // connections), their sockets with them, so a shutdown never waits on a consumer.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of openStreams) end();
  });

  app.get(
    '/changes',
    {
      schema: {
        tags: ['Changes'],
        operationId: 'listChanges',
        summary: 'Changes in commit order',
        description:
          'Every create, update and delete, oldest first, from every process writing the database. ' +
          'Follow `nextCursor` to keep up; `GET /v1/changes/stream` pushes the same as Server-Sent Events.',
        querystring: z.strictObject({
          after: afterParam,
          limit: z.coerce.number().int().min(1).max(500).default(100).describe('Changes per page, 1 to 500.'),
        }),
        response: { 200: okResponse(ChangePageSchema, 'A page of changes.'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const { items, last } = changesAfter(app.db, Number(request.query.after ?? 0), request.query.limit);
      return { items, nextCursor: String(last) };
    },
  );

  app.get(
    '/changes/stream',
    {
      schema: {
        tags: ['Changes'],
        operationId: 'streamChanges',
        summary: 'Follow changes as Server-Sent Events',
        description:
          'One `change` event per change, its `id` the change id: a consumer that reconnects with `Last-Event-ID` ' +
          '(or `after`) gets everything it missed, in order, once. Comments every 15 s keep idle connections ' +
          'open; the server reads ahead only as fast as the consumer takes events.',
        querystring: z.strictObject({ after: afterParam }),
        response: {
          200: {
            description: 'An endless `text/event-stream`.',
            content: { 'text/event-stream': { schema: z.string() } },
          },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const lastEventId = request.headers['last-event-id'];
      const resumeFrom = typeof lastEventId === 'string' && /^\d{1,15}$/.test(lastEventId) ? lastEventId : undefined;
      let position = Number(resumeFrom ?? request.query.after ?? 0);
      const raw = reply.hijack().raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(': following changes\n\n');
      let closed = false;
      const end = () => {
        closed = true;
      };
      const endOnClose = () => {
        end();
        // A consumer reconnects with Last-Event-ID elsewhere; the keep-alive socket goes with the stream.
        raw.end(() => raw.socket?.destroy());
      };
      openStreams.add(endOnClose);
      request.raw.on('close', end);
      let lastWrite = Date.now();
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      while (!closed) {
        const { items, last } = changesAfter(app.db, position, batch);
        for (const change of items) {
          // Backpressure: wait for the socket to drain, so a slow consumer holds at most one batch.
          if (!raw.write(`id: ${change.id}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`)) {
            await new Promise((resolve) => {
              raw.once('drain', resolve);
              raw.once('close', resolve);
            });
          }
          if (closed) break;
        }
        position = last;
        if (items.length > 0) lastWrite = Date.now();
        if (items.length === batch) continue;
        if (!closed && Date.now() - lastWrite >= heartbeatMs) {
          raw.write(': heartbeat\n\n');
          lastWrite = Date.now();
        }
        await wait(pollMs);
      }
      openStreams.delete(endOnClose);
      if (!raw.writableEnded) raw.end();
    },
  );
};

export default changesRoutes;
