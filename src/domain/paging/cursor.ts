import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AppDatabase } from '../../db/client.js';
import { cursorSecretOf } from '../../db/settings.js';
import { InvalidRequestError } from '../errors.js';

/**
 * Cursors are opaque and signed: an HMAC-SHA256 under a secret of the server's (CURSOR_SECRET, or
 * one kept in the database), so a client can neither alter one nor forge one, and whatever a cursor
 * says (sort keys, an offset) was written by this server.
 */
const signingKeys = new WeakMap<Database.Database, Buffer>();

/** Sets the secret that signs this database's cursors (the app does, at start, from its config). */
export function useCursorSecret(db: AppDatabase, secret: string): void {
  signingKeys.set(db.$client, createHash('sha256').update(`negotiation-positions/cursor/v2|${secret}`).digest());
}

function signingKeyOf(db: AppDatabase): Buffer {
  let key = signingKeys.get(db.$client);
  if (!key) {
    useCursorSecret(db, cursorSecretOf(db.$client));
    key = signingKeys.get(db.$client)!;
  }
  return key;
}

const signatureOf = (db: AppDatabase, body: string) =>
  createHmac('sha256', signingKeyOf(db)).update(body).digest().subarray(0, 16);

const scopeHash = (scope: string) => createHash('sha256').update(scope).digest('base64url').slice(0, 12);

/** Where a page ended: the sort keys of its last row and that row's rowid. */
export type CursorPosition = { keys: (string | number)[]; rowid: number };

const PayloadSchema = z.object({ q: z.string(), k: z.array(z.union([z.string(), z.number()])), r: z.int() });

export class InvalidCursorError extends InvalidRequestError {
  constructor(reason: string) {
    super('invalid_cursor', `The cursor is not valid for this request: ${reason}. Start again without a cursor.`);
  }
}

/** A cursor valid only within `scope` (the resource, its filters and its sort). */
export function encodeCursor(db: AppDatabase, scope: string, position: CursorPosition): string {
  const body = Buffer.from(JSON.stringify({ q: scopeHash(scope), k: position.keys, r: position.rowid })).toString(
    'base64url',
  );
  return `${body}.${signatureOf(db, body).toString('base64url')}`;
}

/** The position a cursor holds, checked: signed by this server, for this scope, with `keyCount` sort keys. */
export function decodeCursor(db: AppDatabase, cursor: string, scope: string, keyCount: number): CursorPosition {
  const [body, sum, ...rest] = cursor.split('.');
  const given = Buffer.from(sum ?? '', 'base64url');
  const expected = body ? signatureOf(db, body) : undefined;
  if (!body || !expected || rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidCursorError('it has been altered or truncated');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('it does not decode');
  }
  const parsed = PayloadSchema.safeParse(payload);
  if (!parsed.success || parsed.data.k.length !== keyCount) throw new InvalidCursorError('it does not decode');
  if (parsed.data.q !== scopeHash(scope)) {
    throw new InvalidCursorError('it was issued for other filters or another sort');
  }
  return { keys: parsed.data.k, rowid: parsed.data.r };
}

/** Parameters that steer paging or presentation, not which records match: they leave the scope alone. */
const pageControls = new Set(['limit', 'cursor', 'sort', 'count', 'format', 'include', 'fields', 'evidence']);

/** A filter's value as the scope holds it: a list of values as a set (`a,b` and `b,a` filter alike). */
const scopeValue = (value: unknown) =>
  value instanceof Set || Array.isArray(value) ? [...new Set(value)].map(String).sort() : value;

/** The scope string binding a cursor to its resource and filters (everything but the page controls). */
export function cursorScope(resource: string, filters: object): string {
  const entries = Object.entries(filters)
    .filter(([key, value]) => value !== undefined && !pageControls.has(key))
    .map(([key, value]) => [key, scopeValue(value)])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return `${resource}|${JSON.stringify(entries)}`;
}
