import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

export type BackupResult = { pages: number; integrity: string };

/** All pages in one step: a step reads in one transaction, so the copy is one consistent snapshot. */
const allPages = 0x7fffffff;

/**
 * An online backup of the database at `sourcePath` into `targetPath`, safe while the server writes:
 * SQLite's backup API copies the pages as of one read transaction (WAL lets writers go on meanwhile),
 * so the copy holds every write committed before it began. The copy is written beside the target and
 * renamed into place only after `PRAGMA integrity_check` passes, and is left as one self-contained
 * file (rollback journal, not WAL), ready to copy elsewhere or to restore.
 */
export async function backupDatabase(
  sourcePath: string,
  targetPath: string,
  { busyTimeoutMs = 5000 } = {},
): Promise<BackupResult> {
  if (resolve(sourcePath) === resolve(targetPath)) throw new Error('The backup file must not be the database itself.');
  const partial = `${targetPath}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    const { totalPages } = await source.backup(partial, { progress: () => allPages });
    const copy = new Database(partial);
    let integrity: string;
    try {
      copy.pragma('journal_mode = DELETE');
      integrity = String(copy.pragma('integrity_check', { simple: true }));
    } finally {
      copy.close();
    }
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`);
    renameSync(partial, targetPath);
    return { pages: totalPages, integrity };
  } finally {
    source.close();
    if (existsSync(partial)) rmSync(partial, { force: true });
  }
}
