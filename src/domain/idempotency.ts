/**
 * Idempotency-Key: a POST retried with the same key gets the first answer again and creates nothing
 * twice; the same key with another request is refused. The first answer is stored in the same
 * transaction as the write it answers, so a write is never stored without it, nor it without the write.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { DomainError } from './errors.js';

export type StoredAnswer = { status: number; body: unknown };

export const requestHashOf = (method: string, url: string, body: unknown) =>
  createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');

/** The answer stored for this key and caller, or undefined; refuses a key reused for another request. */
export function storedAnswer(
  db: AppDatabase,
  actor: string,
  key: string,
  requestHash: string,
): StoredAnswer | undefined {
  const row = db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actor, actor), eq(idempotencyKeys.key, key)))
    .get();
  if (!row) return undefined;
  if (row.requestHash !== requestHash) {
    throw new DomainError(
      'unprocessable',
      'idempotency_key_reused',
      `The Idempotency-Key '${key}' was used for a different request; use a new key for a new request.`,
    );
  }
  return { status: row.status, body: JSON.parse(row.response) };
}

/**
 * Runs a write and stores its answer under the key, in one IMMEDIATE transaction (the write's own
 * transaction nests in it as a savepoint); a concurrent retry waits on the lock, then replays.
 */
export function writeOnce(
  db: AppDatabase,
  idempotency: { actor: string; key: string; requestHash: string } | undefined,
  run: () => StoredAnswer,
): StoredAnswer {
  if (!idempotency) return run();
  return db.transaction(
    (tx) => {
      const earlier = storedAnswer(db, idempotency.actor, idempotency.key, idempotency.requestHash);
      if (earlier) return earlier;
      const answer = run();
      tx.insert(idempotencyKeys)
        .values({ ...idempotency, status: answer.status, response: JSON.stringify(answer.body) })
        .run();
      return answer;
    },
    { behavior: 'immediate' },
  );
}
