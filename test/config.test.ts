import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databasePath: './data/negotiations.db',
      databaseBusyTimeoutMs: 5000,
      logLevel: 'info',
      seedOnStart: true,
      readsRequireKey: false,
      cursorSecret: undefined,
      exportConcurrency: 2,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5000,
      connectionsCheckingIntervalMs: 1000,
      maxConnections: 1024,
      shutdownTimeoutMs: 10_000,
      rateLimit: { enabled: true, windowMs: 60_000, max: 600, exportMax: 20, writeMax: 60 },
      maxEventLoopDelayMs: 1000,
      maxRssBytes: 0,
      corsOrigins: [],
      trustProxy: false,
    });
  });

  it('parses numbers and booleans from strings and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', SEED_ON_START: 'false', HOST: '', DATABASE_PATH: ':memory:' });
    expect(config).toMatchObject({ port: 8080, seedOnStart: false, host: '127.0.0.1', databasePath: ':memory:' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads an allow-list of CORS origins and the rate limits', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      RATE_LIMIT_MAX: '10',
      RATE_LIMIT_ENABLED: 'false',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.rateLimit).toMatchObject({ enabled: false, max: 10 });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SEED_ON_START: 'yes' }, 'SEED_ON_START'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ EXPORT_CONCURRENCY: '0' }, 'EXPORT_CONCURRENCY'],
    [{ REQUEST_TIMEOUT_MS: '1e3' }, 'REQUEST_TIMEOUT_MS'],
    [{ CURSOR_SECRET: 'short' }, 'CURSOR_SECRET'],
    [{ CORS_ORIGINS: 'https://ok.example,not a url' }, 'CORS_ORIGINS'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
  ])('rejects %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });
});
