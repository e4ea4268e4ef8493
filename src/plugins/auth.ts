import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { KeyRole } from '../db/schema.js';
import { type ApiKey, findKey, roleAllows } from '../domain/keys/keys.js';
import { onRequestCheck } from '../http/hooks.js';
import { AppError } from '../http/problem.js';

/** Who may call a route: anyone, or a key with at least this role. */
export type Access = 'public' | KeyRole;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key the request was made with, when it sent a valid one. */
    apiKey?: ApiKey;
  }
  interface FastifyContextConfig {
    /** Overrides the default: reads are public (unless configured otherwise), writes need an editor key. */
    access?: Access;
  }
}

export interface AuthOptions {
  /** Reads need a key too (any role). */
  readsRequireKey?: boolean;
}

const challenge = 'Bearer realm="negotiation-positions"';

/** Whether the request matched a route under /v1 — by the route the router chose, never by the raw URL text. */
const isApiRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith('/v1/') ?? false;

function unauthorized(reply: FastifyReply, detail: string, invalid: boolean): AppError {
  reply.header('www-authenticate', invalid ? `${challenge}, error="invalid_token"` : challenge);
  return new AppError(401, 'unauthorized', detail);
}

/**
 * API keys in `Authorization: Bearer <key>`, checked in onRequest, before any body is read. No key or
 * an unknown one is 401 with `WWW-Authenticate`; a revoked key or too small a role is 403. The key
 * itself is never logged or echoed.
 */
export default fp<AuthOptions>(
  async (app, { readsRequireKey = false }) => {
    const authorize = (request: FastifyRequest, reply: FastifyReply) => {
      const isRead = request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
      const configured = request.routeOptions.config?.access;
      const needed: Access | 'any-key' =
        configured ?? (isRead ? (readsRequireKey && isApiRoute(request) ? 'any-key' : 'public') : 'editor');
      const header = request.headers.authorization;
      if (needed === 'public' && !header) return;
      const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
      if (!token) {
        if (needed === 'public') return;
        throw unauthorized(reply, 'This needs an API key: send `Authorization: Bearer <key>`.', Boolean(header));
      }
      const key = findKey(app.db, token);
      if (!key) throw unauthorized(reply, 'The API key is not valid.', true);
      if (key.revokedAt) throw new AppError(403, 'key_revoked', `The API key '${key.name}' was revoked.`);
      if (needed !== 'public' && needed !== 'any-key' && !roleAllows(key.role, needed)) {
        throw new AppError(403, 'forbidden', `This needs a key with the ${needed} role; '${key.name}' is ${key.role}.`);
      }
      request.apiKey = key;
    };
    app.addHook('onRequest', onRequestCheck(authorize));
  },
  { name: 'auth', dependencies: ['database'] },
);
