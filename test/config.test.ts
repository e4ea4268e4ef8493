import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databasePath: './data/negotiations.db',
      logLevel: 'info',
      seedOnStart: true,
      readsRequireKey: false,
    });
  });

  it('parses numbers and booleans from strings and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', SEED_ON_START: 'false', HOST: '', DATABASE_PATH: ':memory:' });
    expect(config).toMatchObject({ port: 8080, seedOnStart: false, host: '127.0.0.1', databasePath: ':memory:' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SEED_ON_START: 'yes' }, 'SEED_ON_START'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });
});
