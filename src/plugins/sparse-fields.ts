import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { onSendChange } from '../http/hooks.js';
import { isSparse, type SparseOptions, trimRecord } from '../http/sparse.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers one record, or a page of them in `items`, that `fields=`/`evidence=false` can trim. */
    sparse?: 'record' | 'page';
  }
}

/**
 * Trims JSON answers to the fields asked for (see http/sparse.ts), after serialization: the route's
 * response schema still checks the whole record, so nothing the schema leaves out can slip through.
 * Registered before the response cache, so the cache and the ETag see the trimmed answer (and an
 * answer served from the cache, already trimmed, is left alone).
 */
export default fp(
  async (app) => {
    const trim = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const shape = request.routeOptions.config.sparse;
      const options = (request.query ?? {}) as SparseOptions;
      // An answer from the response cache was trimmed when it was computed.
      const isBody = typeof payload === 'string' || Buffer.isBuffer(payload);
      if (!shape || request.servedFromCache || reply.statusCode !== 200 || !isBody) return payload;
      if (!isSparse(options)) return payload;
      if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
      const body = JSON.parse(payload.toString()) as Record<string, unknown>;
      if (shape === 'record') return JSON.stringify(trimRecord(body, options));
      const page = Object.entries(body).flatMap(([key, value]) => {
        if (key === 'items') return [[key, (value as object[]).map((item) => trimRecord(item, options))]];
        // A page's `quotes` (positions) are evidence too.
        if (key === 'quotes' && options.evidence === false) return [];
        return [[key, value]];
      });
      return JSON.stringify(Object.fromEntries(page));
    };
    app.addHook('onSend', onSendChange(trim));
  },
  { name: 'sparse-fields' },
);
