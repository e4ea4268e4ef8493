import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'], { error: 'must be one of true, false, 1, 0' })
  .transform((value) => value === 'true' || value === '1');

/** A whole number of milliseconds or a count, written in decimal. */
const countFromEnv = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

/** `https://a.example,https://b.example`: exact origins, no wildcards. */
const originsFromEnv = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must list origins such as https://app.example' })));

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'must be a number' }).int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/negotiations.db'),
  DATABASE_BUSY_TIMEOUT_MS: countFromEnv(0, 600_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: booleanFromEnv.default(true),
  READS_REQUIRE_KEY: booleanFromEnv.default(false),
  CURSOR_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  EXPORT_CONCURRENCY: countFromEnv(1, 1000).default(2),
  REQUEST_TIMEOUT_MS: countFromEnv(1).default(30_000),
  HEADERS_TIMEOUT_MS: countFromEnv(1).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: countFromEnv(1).default(5000),
  CONNECTIONS_CHECKING_INTERVAL_MS: countFromEnv(1).default(1000),
  MAX_CONNECTIONS: countFromEnv(1).default(1024),
  SHUTDOWN_TIMEOUT_MS: countFromEnv(1).default(10_000),
  RATE_LIMIT_ENABLED: booleanFromEnv.default(true),
  RATE_LIMIT_WINDOW_MS: countFromEnv(1).default(60_000),
  RATE_LIMIT_MAX: countFromEnv(1).default(600),
  RATE_LIMIT_EXPORT_MAX: countFromEnv(1).default(20),
  RATE_LIMIT_WRITE_MAX: countFromEnv(1).default(60),
  MAX_EVENT_LOOP_DELAY_MS: countFromEnv(0).default(1000),
  MAX_RSS_BYTES: countFromEnv(0).default(0),
  CORS_ORIGINS: originsFromEnv.default([]),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/, {
      error: 'must be true, false, or comma-separated proxy addresses or CIDR ranges',
    })
    .default('false'),
});

type Parsed = z.infer<typeof configSchema>;

export type AppConfig = Readonly<{
  host: string;
  port: number;
  databasePath: string;
  /** How long opening, migrating and writing wait for another connection's lock. */
  databaseBusyTimeoutMs: number;
  logLevel: Parsed['LOG_LEVEL'];
  seedOnStart: boolean;
  readsRequireKey: boolean;
  /** Signs cursors; when unset, a random secret kept in the database's settings table. Never logged. */
  cursorSecret: string | undefined;
  exportConcurrency: number;
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  connectionsCheckingIntervalMs: number;
  maxConnections: number;
  shutdownTimeoutMs: number;
  rateLimit: Readonly<{ enabled: boolean; windowMs: number; max: number; exportMax: number; writeMax: number }>;
  /** 0 turns a bound off. */
  maxEventLoopDelayMs: number;
  maxRssBytes: number;
  corsOrigins: readonly string[];
  /** Whose `X-Forwarded-For` to believe for the client IP (rate limits, logs): nobody, everybody, or these. */
  trustProxy: boolean | readonly string[];
}>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseConfig(env: NodeJS.ProcessEnv): Parsed {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Parses the environment once; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = parseConfig(env);
  return Object.freeze({
    host: parsed.HOST,
    port: parsed.PORT,
    databasePath: parsed.DATABASE_PATH,
    databaseBusyTimeoutMs: parsed.DATABASE_BUSY_TIMEOUT_MS,
    logLevel: parsed.LOG_LEVEL,
    seedOnStart: parsed.SEED_ON_START,
    readsRequireKey: parsed.READS_REQUIRE_KEY,
    cursorSecret: parsed.CURSOR_SECRET,
    exportConcurrency: parsed.EXPORT_CONCURRENCY,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: parsed.HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: parsed.KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingIntervalMs: parsed.CONNECTIONS_CHECKING_INTERVAL_MS,
    maxConnections: parsed.MAX_CONNECTIONS,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    rateLimit: Object.freeze({
      enabled: parsed.RATE_LIMIT_ENABLED,
      windowMs: parsed.RATE_LIMIT_WINDOW_MS,
      max: parsed.RATE_LIMIT_MAX,
      exportMax: parsed.RATE_LIMIT_EXPORT_MAX,
      writeMax: parsed.RATE_LIMIT_WRITE_MAX,
    }),
    maxEventLoopDelayMs: parsed.MAX_EVENT_LOOP_DELAY_MS,
    maxRssBytes: parsed.MAX_RSS_BYTES,
    corsOrigins: Object.freeze(parsed.CORS_ORIGINS),
    trustProxy:
      parsed.TRUST_PROXY === 'true' ||
      (parsed.TRUST_PROXY !== 'false' && Object.freeze(parsed.TRUST_PROXY.split(',').map((entry) => entry.trim()))),
  });
}

/** The configuration with every default: what buildApp falls back to for what it is not given. */
export const defaultConfig: AppConfig = loadConfig({});
