import { z } from 'zod';

/** RFC 9457 problem details: the one error format every route answers with. */
export const problemContentType = 'application/problem+json';

export const FieldErrorSchema = z
  .object({
    in: z.enum(['query', 'path', 'body', 'header']).describe('Which part of the request the problem is in.'),
    field: z.string().describe('Dotted path to the offending field; empty for the part as a whole.'),
    message: z.string(),
  })
  .meta({ id: 'FieldError', description: 'One problem with one input field.' });

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference identifying the problem type; stable per `code`.'),
    title: z.string().describe('Short, human-readable summary of the problem type.'),
    status: z.int().min(400).max(599),
    detail: z.string().describe('Human-readable explanation specific to this occurrence.'),
    code: z.string().describe('Stable, machine-readable error code, e.g. `not_found` or `validation_failed`.'),
    instance: z.string().optional().describe('The request path this problem occurred on.'),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .describe('Per-field problems, present when `code` is `validation_failed`.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details object, served as `application/problem+json`.',
    examples: [
      {
        type: 'urn:negotiation-positions:problem:not_found',
        title: 'Not Found',
        status: 404,
        detail: "No demand has the id 'no-such-demand'.",
        code: 'not_found',
        instance: '/v1/demands/no-such-demand',
      },
    ],
  });

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const problemCodes = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  412: 'precondition_failed',
  428: 'precondition_required',
  401: 'unauthorized',
  403: 'forbidden',
  431: 'request_header_fields_too_large',
  408: 'request_timeout',
  422: 'unprocessable_content',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
  507: 'storage_full',
} as const satisfies Record<number, string>;

const statusDescriptions = {
  400: 'The request is invalid: a parameter or the body failed validation.',
  401: 'No valid credentials: send `Authorization: Bearer <key>`.',
  403: 'The credentials are valid but not allowed to do this (revoked, or too small a role).',
  404: 'No such resource.',
  406: 'None of the media types the client accepts (`Accept`) can be produced.',
  409: 'The request conflicts with the current state of a resource.',
  412: 'The resource has changed since the version named in `If-Match`.',
  413: 'The request body is too large.',
  414: 'The request URL is too long.',
  415: 'The request body has a media type this route does not accept.',
  422: 'The body is well-formed but cannot be applied, e.g. it names a record that does not exist.',
  428: 'The request must be conditional: send `If-Match` with the version it changes.',
  500: 'An unexpected error; details are logged, never returned.',
  429: 'Too many requests from this client: wait for the seconds in `Retry-After`.',
  431: 'The request’s headers are too large.',
  503:
    'The service cannot answer right now (overloaded, shutting down, or its database unavailable): ' +
    'retry after the seconds in `Retry-After`.',
  507: 'The database’s disk is full: nothing was written.',
} as const satisfies Record<number, string>;

/** Headers some problems come with, declared wherever those problems are (`Retry-After`: plugins/docs.ts). */
const statusHeaders = {
  401: z.object({
    'WWW-Authenticate': z
      .string()
      .describe('`Bearer realm="negotiation-positions"`, with `error="invalid_token"` for a bad key.'),
  }),
} as const;

export function problemTypeFor(code: string): string {
  return `urn:negotiation-positions:problem:${code}`;
}

/** Statuses any route can answer, whatever it does: an overlong URL or headers, rate limiting, overload, bugs. */
const anyRouteStatuses = [414, 429, 431, 500, 503] as const;
type AnyRouteStatus = (typeof anyRouteStatuses)[number];

/**
 * The error responses a route declares, all in the one problem format. Every route also declares
 * the statuses any route can answer (`anyRouteStatuses`); the docs plugin documents `Retry-After` on 429 and 503.
 */
export function problemResponses<Status extends keyof typeof statusDescriptions>(...statuses: Status[]) {
  const all = [...new Set<Status | AnyRouteStatus>([...statuses, ...anyRouteStatuses])].sort((a, b) => a - b);
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: statusDescriptions[status] as string,
        ...(status in statusHeaders ? { headers: statusHeaders[status as keyof typeof statusHeaders] } : {}),
        content: { [problemContentType]: { schema: ProblemSchema } },
      },
    ]),
  ) as Record<
    Status | AnyRouteStatus,
    {
      description: string;
      headers?: z.ZodObject;
      content: { [problemContentType]: { schema: typeof ProblemSchema } };
    }
  >;
}

/** A failure the domain expects and clients can act on; mapped to a problem by the error handler. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Headers the answer carries, e.g. `retry-after`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
