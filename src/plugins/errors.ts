import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Database from 'better-sqlite3';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatasetError } from '../domain/datasets/import.js';
import { DomainError, type DomainErrorKind } from '../domain/errors.js';
import { onRequestCheck } from '../http/hooks.js';
import {
  AppError,
  type FieldError,
  type Problem,
  problemCodes,
  problemContentType,
  problemTypeFor,
} from '../http/problem.js';

/** The status each kind of domain failure answers with. */
const statusOfKind: Record<DomainErrorKind, number> = {
  'not-found': 404,
  'invalid-request': 400,
  conflict: 409,
  unprocessable: 422,
  'precondition-failed': 412,
};

const validationPlaces: Record<string, FieldError['in']> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

/** Fastify's own client errors get stable codes of ours rather than its FST_ERR_* names. */
const fastifyErrorCodes: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_BAD_URL: 'malformed_url',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
};

type ValidationIssue = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

/**
 * The fields a validation issue is about. An unknown key is reported on the object that holds it,
 * so each unknown key becomes its own error naming it; a query or path parameter is named as sent
 * (`status`, not `status.1` for the second value of a list).
 */
function fieldErrors(place: FieldError['in'], issue: ValidationIssue): FieldError[] {
  const path = issue.instancePath.split('/').filter(Boolean);
  if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
    const what = place === 'query' ? 'query parameter' : 'field';
    return issue.params.keys.map((key) => ({
      in: place,
      field: [...path, String(key)].join('.'),
      message: `is not a ${what} of this endpoint`,
    }));
  }
  const field = place === 'query' || place === 'path' ? (path[0] ?? '') : path.join('.');
  return [{ in: place, field, message: issue.message ?? 'is invalid' }];
}

export function buildProblem(
  status: number,
  code: string,
  detail: string,
  instance: string,
  errors?: FieldError[],
): Problem {
  return {
    type: problemTypeFor(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    instance,
    ...(errors ? { errors } : {}),
  };
}

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type(problemContentType).send(problem);
}

/** Seconds a client is asked to wait when the database is busy with another writer. */
const busyRetryAfterSeconds = '1';

/** The request's path, never its query: problems name where they happened, not what was sent. */
const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? request.url;

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  const instance = pathOf(request);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const place = validationPlaces[error.validationContext ?? ''] ?? 'body';
    const errors = error.validation.flatMap((issue) => fieldErrors(place, issue));
    const summary = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
    return buildProblem(400, 'validation_failed', `Invalid ${place}: ${summary}`, instance, errors);
  }
  if (error instanceof AppError) return buildProblem(error.status, error.code, error.message, instance);
  if (error instanceof DatasetError) {
    const errors = error.problems.map((problem) => ({
      in: 'body' as const,
      field: problem.path,
      message: problem.message,
    }));
    return buildProblem(statusOfKind[error.kind], error.code, error.message, instance, errors);
  }
  if (error instanceof DomainError) return buildProblem(statusOfKind[error.kind], error.code, error.message, instance);
  if (error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED')) {
    return buildProblem(503, 'database_busy', 'The database is busy with another writer; retry shortly.', instance);
  }
  const storage = sqliteCodeOf(error);
  if (storage === 'SQLITE_FULL') {
    return buildProblem(
      507,
      'storage_full',
      'The database’s disk is full: nothing was written. Retry once space is freed.',
      instance,
    );
  }
  if (storage?.startsWith('SQLITE_IOERR')) {
    return buildProblem(
      503,
      'storage_unavailable',
      'The database could not write to its disk: nothing was written.',
      instance,
    );
  }

  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = fastifyErrorCodes[error.code] ?? problemCodes[status as keyof typeof problemCodes] ?? 'bad_request';
    return buildProblem(status, code, error.message, instance);
  }
  return buildProblem(500, 'internal_error', 'An unexpected error occurred; it has been logged.', instance);
}

/** The SQLite error code of a failure, unwrapping drizzle's wrapper (it keeps the original as `cause`). */
function sqliteCodeOf(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  return error instanceof Error && error.cause !== undefined ? sqliteCodeOf(error.cause) : undefined;
}

/**
 * Errors the router raises before any route or hook runs (a URL that does not decode, an overlong
 * path parameter); Fastify takes this handler as a constructor option, so buildApp passes it.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, toProblem(error, request));
}

/** What Node's HTTP parser refuses before Fastify sees a request, by Node's error code. */
function clientErrorProblem(error: NodeJS.ErrnoException): Problem {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return buildProblem(408, 'request_timeout', 'The request was not received in time.', '');
    case 'HPE_HEADER_OVERFLOW':
      return buildProblem(431, 'request_header_fields_too_large', 'The request’s headers are too large.', '');
    case 'HPE_URI_TOO_LONG':
      return buildProblem(414, 'uri_too_long', 'The request URL is too long.', '');
    default:
      return buildProblem(400, 'malformed_request', 'The request is not valid HTTP/1.1.', '');
  }
}

/**
 * Fastify's `clientErrorHandler`: a request Node could not parse or that timed out still gets a
 * problem document (there is no request, so no `instance`), then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { instance: _none, ...problem } = clientErrorProblem(error);
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${problemContentType}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** URLs longer than this answer 414 (Node's header limit, 16 KiB, would answer 431 for the whole request). */
export const maxUrlLength = 8192;

/** Remembers every route's path pattern, so a path served under other methods answers 405 with `Allow`. */
function createRouteIndex() {
  const patterns: { regex: RegExp; methods: Set<string> }[] = [];
  return {
    add(url: string, methods: string[]) {
      const source = url
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      patterns.push({ regex: new RegExp(`^${source}/?$`), methods: new Set(methods) });
    },
    allowedMethods(path: string): string[] {
      const allowed = new Set<string>();
      for (const { regex, methods } of patterns)
        if (regex.test(path)) for (const method of methods) allowed.add(method);
      return [...allowed].sort();
    },
  };
}

/** One error handler and one not-found handler, so every failure is a problem details document. */
export default fp(
  async (app) => {
    const routes = createRouteIndex();
    app.addHook('onRoute', (route) => {
      routes.add(route.url, [route.method].flat());
    });

    const routeNotFound = (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? request.url;
      const allowed = routes.allowedMethods(path);
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(
          reply,
          buildProblem(
            405,
            'method_not_allowed',
            `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
            path,
          ),
        );
      }
      return sendProblem(
        reply,
        buildProblem(404, 'route_not_found', `No route matches ${request.method} ${path}.`, path),
      );
    };

    // Every answer names its request, so a client's report can be matched with the server's logs.
    app.addHook(
      'onRequest',
      onRequestCheck((request, reply) => {
        reply.header('x-request-id', request.id);
        if (request.url.length > maxUrlLength) {
          throw new AppError(414, 'uri_too_long', `The request URL is longer than ${maxUrlLength} characters.`);
        }
      }),
    );

    app.setErrorHandler((error: FastifyError, request, reply) => {
      // A body that fails to parse on an unknown route is still, first of all, an unknown route.
      // Refusals that come before routing matters (URL too long, rate limited, overloaded) still stand.
      if (request.is404 && !(error instanceof AppError && [414, 429, 503].includes(error.status))) {
        return routeNotFound(request, reply);
      }
      const problem = toProblem(error, request);
      if (error instanceof AppError)
        for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      if (problem.code === 'database_busy') reply.header('retry-after', busyRetryAfterSeconds);
      if (problem.status === 500) request.log.error({ err: error }, 'unhandled error');
      else if (problem.status >= 500) request.log.warn({ code: problem.code, detail: problem.detail }, 'unavailable');
      // At debug: the request's own log line (plugins/request-log.ts) already says it answered 4xx.
      else request.log.debug({ code: problem.code, detail: problem.detail }, 'client error');
      return sendProblem(reply, problem);
    });

    app.setNotFoundHandler(routeNotFound);
  },
  { name: 'errors' },
);
