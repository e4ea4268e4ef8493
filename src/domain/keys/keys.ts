/**
 * API keys: random (192 bits), shown once, stored as a SHA-256 hash with a name and a role. Keys are
 * bookkeeping, not data: creating or revoking one writes no revision and leaves the caches alone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AppDatabase } from '../../db/client.js';
import { apiKeys, type KeyRole, keyRoles } from '../../db/schema.js';
import { DomainError, NotFoundError } from '../errors.js';

export type ApiKey = {
  id: number;
  name: string;
  role: KeyRole;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
};

/** What a key is, without the key: what listings and requests see. */
const keyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  role: apiKeys.role,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
};

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
const keyPattern = /^npk_[A-Za-z0-9_-]{32}$/;

/** Creates a key; the returned `key` is the only time it is ever shown. */
export function createKey(db: AppDatabase, name: string, role: KeyRole): { key: string; apiKey: ApiKey } {
  const key = `npk_${randomBytes(24).toString('base64url')}`;
  const existing = db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.name, name)).get();
  if (existing) throw new DomainError('conflict', 'key_name_taken', `A key named '${name}' exists; names are unique.`);
  // An IMMEDIATE transaction like every write, so a second process creating keys waits instead of failing.
  const apiKey = db.transaction(
    (tx) =>
      tx
        .insert(apiKeys)
        .values({ name, role, prefix: key.slice(0, 8), hash: hashOf(key) })
        .returning(keyColumns)
        .get(),
    { behavior: 'immediate' },
  );
  return { key, apiKey };
}

/** The key a bearer token names, revoked or not; undefined for anything that is not a key of ours. */
export function findKey(db: AppDatabase, token: string): ApiKey | undefined {
  if (!keyPattern.test(token)) return undefined;
  return db
    .select(keyColumns)
    .from(apiKeys)
    .where(eq(apiKeys.hash, hashOf(token)))
    .get();
}

export function listKeys(db: AppDatabase): ApiKey[] {
  return db.select(keyColumns).from(apiKeys).orderBy(asc(apiKeys.id)).all();
}

/** Revokes a key for good; revoking it again changes nothing. */
export function revokeKey(db: AppDatabase, id: number): ApiKey {
  db.transaction(
    (tx) => {
      tx.update(apiKeys)
        .set({ revokedAt: new Date().toISOString() })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .run();
    },
    { behavior: 'immediate' },
  );
  const key = listKeys(db).find((candidate) => candidate.id === id);
  if (!key) throw new NotFoundError('key', String(id));
  return key;
}

/** Whether a role may do what needs `needed`: each role may do everything the ones before it may. */
export const roleAllows = (role: KeyRole, needed: KeyRole) => keyRoles.indexOf(role) >= keyRoles.indexOf(needed);
