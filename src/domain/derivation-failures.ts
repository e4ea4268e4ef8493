import type { AppDatabase } from '../db/client.js';

/**
 * What the write path could not store for fast reads: a topic's positions or a record as answered. It
 * stays marked, and reads build it instead (failing on it, as they would anyway); the write goes on.
 */
export type DerivationFailure = { stored: 'positions' | 'record'; type: string; id: string; error: unknown };
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
    report(failure);
  });
}

/** The report set for this database, if any. */
export function derivationFailureReport(db: AppDatabase): DerivationFailureReport | undefined {
  return reports.get(db.$client);
}
