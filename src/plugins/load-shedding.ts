import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config.js';
import { onRequestCheck, onSendChange } from '../http/hooks.js';
import { type ExportFormat, negotiateFormat } from '../http/list-route.js';
import { AppError } from '../http/problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A list route: `format=csv|ndjson` or such an `Accept` makes the request an export. */
    exportable?: boolean;
  }
  interface FastifyInstance {
    /** True from the moment the app starts closing: new requests are turned away with 503. */
    readonly shuttingDown: boolean;
  }
}

export type LoadSheddingOptions = Pick<AppConfig, 'rateLimit' | 'maxEventLoopDelayMs' | 'maxRssBytes'> & {
  /** How often load is sampled (under-pressure's default: 1000 ms). */
  pressureSampleIntervalMs?: number;
};

/** Liveness answers whatever the load, so an orchestrator never restarts a server for being busy. */
const pathOf = (request: FastifyRequest) => request.url.split('?')[0];
const isLiveness = (request: FastifyRequest) => pathOf(request) === '/health';
const isHealthCheck = (request: FastifyRequest) => isLiveness(request) || pathOf(request) === '/health/ready';
const pressureRetryAfterSeconds = 10;
const shutdownRetryAfterSeconds = 5;

type Category = 'read' | 'export' | 'write';

function isExport(request: FastifyRequest): boolean {
  if (!request.routeOptions.config.exportable) return false;
  const format = (request.query as { format?: string } | undefined)?.format;
  try {
    return negotiateFormat(format as ExportFormat | undefined, request.headers.accept) !== 'json';
  } catch {
    return false;
  }
}

function categoryOf(request: FastifyRequest): Category {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return 'write';
  return isExport(request) ? 'export' : 'read';
}

/**
 * Turns requests away before they cost anything: per client IP rate limits (stricter for exports and
 * writes), 503 while the event loop lags or memory runs high, and 503 once the app is closing. Every
 * refusal is a problem document with `Retry-After`.
 */
export default fp<LoadSheddingOptions>(
  async (app, options) => {
    let shuttingDown = false;
    app.decorate('shuttingDown', {
      getter: () => shuttingDown,
    });
    app.addHook('preClose', async () => {
      shuttingDown = true;
    });
    // Answers finished while closing end their connection, so no keep-alive socket outlives the app.
    app.addHook(
      'onSend',
      onSendChange((_request, reply, payload) => {
        if (shuttingDown) reply.header('connection', 'close');
        return payload;
      }),
    );
    app.addHook(
      'onRequest',
      onRequestCheck(() => {
        if (!shuttingDown) return;
        throw new AppError(503, 'shutting_down', 'The server is shutting down; retry on another instance.', {
          'retry-after': String(shutdownRetryAfterSeconds),
        });
      }),
    );

    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxRssBytes: options.maxRssBytes,
      retryAfter: pressureRetryAfterSeconds,
      ...(options.pressureSampleIntervalMs ? { sampleInterval: options.pressureSampleIntervalMs } : {}),
      pressureHandler: async (request, _reply, type) => {
        if (isLiveness(request)) return;
        throw new AppError(503, 'overloaded', `The server is overloaded (${type}); retry shortly.`, {
          'retry-after': String(pressureRetryAfterSeconds),
        });
      },
    });

    const limits = options.rateLimit;
    if (!limits.enabled) return;
    const maxOf: Record<Category, number> = { read: limits.max, export: limits.exportMax, write: limits.writeMax };
    // Registered as an application-wide onRequest hook (rather than per route), so it runs before the
    // response cache answers and covers unknown routes too.
    await app.register(rateLimit, {
      global: false,
      timeWindow: limits.windowMs,
      // One budget per client IP and kind of request: exports and writes cost more, so they get fewer.
      keyGenerator: (request) => `${categoryOf(request)}|${request.ip}`,
      max: (request) => maxOf[categoryOf(request)],
      allowList: (request) => isHealthCheck(request),
      errorResponseBuilder: (request, context) =>
        new AppError(
          429,
          'too_many_requests',
          `Too many ${categoryOf(request)} requests from this client: at most ${context.max} ` +
            `per ${Math.round(limits.windowMs / 1000)} s; retry in ${context.after}.`,
          { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
        ),
    });
    app.addHook('onRequest', app.rateLimit());
  },
  { name: 'load-shedding', dependencies: ['errors'] },
);
