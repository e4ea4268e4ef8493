import type { AppDatabase } from '../db/client.js';

/**
 * What the write path could not store for fast reads: a topic's positions or a record as answered, from
 * a row written outside the API that it cannot read. It stays marked and the write goes on; reads of it
 * work it out from the same rows, and fail on them too. `last`: the last one told for this database.
 */
export type DerivationFailure = {
  stored: 'positions' | 'record';
  type: string;
  id: string;
  error: unknown;
  last?: boolean;
};
export type DerivationFailureReport = (failure: DerivationFailure) => void;

/** Most failures told per database: a bulk of bad rows must not flood the log. */
const maxTold = 100;

const reports = new WeakMap<object, DerivationFailureReport>();

/**
 * Where this database's derivation failures go (the app's log), each told once: every write tries a
 * step of the marked topics again, and would otherwise tell the same one each time.
 */
export function reportDerivationFailures(db: AppDatabase, report: DerivationFailureReport): void {
  const told = new Set<string>();
  reports.set(db.$client, (failure) => {
    const key = `${failure.stored}|${failure.type}|${failure.id}`;
    if (told.has(key) || told.size >= maxTold) return;
    told.add(key);
    report(told.size === maxTold ? { ...failure, last: true } : failure);
  });
}

/** The report set for this database, if any. */
export function derivationFailureReport(db: AppDatabase): DerivationFailureReport | undefined {
  return reports.get(db.$client);
}

/** The failure in words an operator can act on. */
export function describeDerivationFailure({ stored, type, id, last }: DerivationFailure): string {
  const more = last ? ` (the ${maxTold}th such failure: later ones are not told)` : '';
  return stored === 'positions'
    ? `cannot store the positions on ${type} ${id}: a row they come from cannot be read, and reads of them ` +
        `fail until it is fixed${more}`
    : `cannot store ${type} ${id} as answered: a row it comes from cannot be read, and reads of it fail until ` +
        `it is fixed${more}`;
}
