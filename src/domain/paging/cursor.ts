import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidRequestError } from '../errors.js';

// Cursors are opaque and integrity-checked (not secret): a changed byte fails the checksum.
const cursorSalt = 'negotiation-positions/cursor/v1';
const checksum = (payload: string) =>
  createHash('sha256').update(cursorSalt).update(payload).digest('base64url').slice(0, 16);
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
export function encodeCursor(scope: string, position: CursorPosition): string {
  const body = Buffer.from(JSON.stringify({ q: scopeHash(scope), k: position.keys, r: position.rowid })).toString(
    'base64url',
  );
  return `${body}.${checksum(body)}`;
}

export function decodeCursor(cursor: string, scope: string, keyCount: number): CursorPosition {
  const [body, sum, ...rest] = cursor.split('.');
  if (!body || !sum || rest.length > 0 || checksum(body) !== sum) {
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
const pageControls = new Set(['limit', 'cursor', 'sort', 'count', 'format', 'include']);

/** The scope string binding a cursor to its resource and filters (everything but the page controls). */
export function cursorScope(resource: string, filters: object): string {
  const entries = Object.entries(filters)
    .filter(([key, value]) => value !== undefined && !pageControls.has(key))
    .map(([key, value]) => [key, value instanceof Set ? [...value] : value])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return `${resource}|${JSON.stringify(entries)}`;
}
