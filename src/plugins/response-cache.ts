import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { onSendChange } from '../http/hooks.js';
import { varyOn } from '../http/vary.js';

declare module 'fastify' {
  interface FastifyRequest {
    servedFromCache?: boolean;
  }
}

type CachedResponse = {
  /** The answer's bytes, encoded once: hashed, sent and kept as they are. */
  body: Buffer;
  etag: string;
  contentType: string;
  link: string | undefined;
  vary: string | undefined;
};

export interface ResponseCacheOptions {
  /** Most responses kept; the oldest are dropped first. */
  maxEntries?: number;
  /** Most bytes of response bodies kept. */
  maxBytes?: number;
}

/** The reads the cache keeps (every JSON GET under it): plugins/docs.ts declares their headers. */
export const cacheablePrefix = '/v1/';

/** A strong ETag over the exact bytes sent (one call: a Hash object per answer cost more than hashing a small one). */
const etagOf = (body: Buffer) => `"${hash('sha1', body, 'base64url')}"`;

/** The bytes in memory of their own (outside Node's shared pool). */
function ownCopy(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * Answers repeated reads from memory. The data changes rarely, so every JSON read under /v1 is kept,
 * keyed by URL and Accept, until any write bumps `data_version` (kept by triggers on every table,
 * whichever process writes); then the whole cache is dropped. Every such response carries an ETag,
 * and a matching If-None-Match is answered 304 without a body. A request with `Cache-Control: no-cache`
 * is computed afresh.
 */
export default fp<ResponseCacheOptions>(
  // 16 MiB of answers: far more than the seeded API's, and what keeps the 100k bench's RSS low (bench/results.md).
  async (app, { maxEntries = 2000, maxBytes = 16 * 1024 * 1024 }) => {
    const readVersion = app.db.$client.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
    const entries = new Map<string, CachedResponse>();
    let cachedVersion = -1;
    let cachedBytes = 0;

    const currentVersion = () => (readVersion.get() as number | undefined) ?? 0;
    const keyOf = (request: FastifyRequest) => `${request.url}\n${request.headers.accept ?? ''}`;
    const isCacheable = (request: FastifyRequest) =>
      (request.method === 'GET' || request.method === 'HEAD') && request.url.startsWith(cacheablePrefix);

    const remember = (key: string, entry: CachedResponse) => {
      if (entry.body.length > maxBytes / 4) return;
      const replaced = entries.get(key);
      if (replaced) {
        entries.delete(key);
        cachedBytes -= replaced.body.length;
      }
      entries.set(key, entry);
      cachedBytes += entry.body.length;
      for (const [oldest, old] of entries) {
        if (entries.size <= maxEntries && cachedBytes <= maxBytes) break;
        entries.delete(oldest);
        cachedBytes -= old.body.length;
      }
    };

    const sendEntry = (request: FastifyRequest, reply: FastifyReply, entry: CachedResponse) => {
      request.servedFromCache = true;
      reply.header('etag', entry.etag).header('cache-control', 'no-cache').header('x-cache', 'hit');
      if (entry.link) reply.header('link', entry.link);
      if (entry.vary) varyOn(reply, entry.vary);
      if (matchesIfNoneMatch(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
      return reply.type(entry.contentType).send(entry.body);
    };

    app.addHook('onRequest', (request, reply, done) => {
      if (!isCacheable(request)) return done();
      const version = currentVersion();
      if (version !== cachedVersion) {
        entries.clear();
        cachedBytes = 0;
        cachedVersion = version;
      }
      // A client's `Cache-Control: no-cache` asks for a fresh answer: recompute it (and keep it).
      if (/\bno-cache\b/.test(request.headers['cache-control'] ?? '')) return done();
      const entry = entries.get(keyOf(request));
      if (!entry) return done();
      // Answered here: the request goes no further (so `done` is not called).
      sendEntry(request, reply, entry);
    });

    const keep = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const isBody = typeof payload === 'string' || Buffer.isBuffer(payload);
      if (request.servedFromCache || !isCacheable(request) || reply.statusCode !== 200 || !isBody) return payload;
      const contentType = String(reply.getHeader('content-type') ?? '');
      // A route's own ETag stands: a record's version (what conditional writes match), or a positions page's
      // from its stored pieces (src/domain/positions/queries.ts); otherwise the bytes are hashed.
      const preset = reply.getHeader('etag');
      if (!contentType.startsWith('application/json')) return payload;
      // Encoded once for the hash, the socket and the cache alike (a large answer is otherwise encoded twice).
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      const etag = typeof preset === 'string' ? preset : etagOf(body);
      const link = reply.getHeader('link') as string | undefined;
      const vary = reply.getHeader('vary') as string | undefined;
      // Only keep what was computed from the version read at onRequest; a write since then means stale.
      // A small body is a slice of Node's shared 8 KiB pool, which keeping it would keep whole: keep a copy.
      const kept = body.length < 4096 ? ownCopy(body) : body;
      if (currentVersion() === cachedVersion) remember(keyOf(request), { body: kept, etag, contentType, link, vary });
      reply.header('etag', etag).header('cache-control', 'no-cache').header('x-cache', 'miss');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        // No body, so no Content-Length or Content-Type of one (RFC 9110 8.6): as a 304 from the cache.
        reply.code(304).removeHeader('content-type');
        return null;
      }
      return body;
    };
    app.addHook('onSend', onSendChange(keep));
  },
  { name: 'response-cache', dependencies: ['database'] },
);
