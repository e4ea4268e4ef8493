import type { FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler } from 'fastify';

/**
 * Hooks every request runs, written as plain functions that return or throw, and given to Fastify in
 * its `done` style: an async hook costs a promise and a turn of the microtask queue per request, more
 * than what most of these do.
 */

/** An onRequest hook: `check` throws to refuse the request (the error handler answers). */
export function onRequestCheck(check: (request: FastifyRequest, reply: FastifyReply) => void): onRequestHookHandler {
  return (request, reply, done) => {
    try {
      check(request, reply);
    } catch (error) {
      return done(error as Error);
    }
    done();
  };
}

/** An onSend hook: `change` returns the payload to send (the one given, or another). */
export function onSendChange(
  change: (request: FastifyRequest, reply: FastifyReply, payload: unknown) => unknown,
): onSendHookHandler {
  return (request, reply, payload, done) => {
    let changed: unknown;
    try {
      changed = change(request, reply, payload);
    } catch (error) {
      return done(error as Error);
    }
    done(null, changed);
  };
}
