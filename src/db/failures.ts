import Database from 'better-sqlite3';

/**
 * Why a database could not be opened or written, in words an operator can act on; undefined for
 * failures that are not about the file (bugs, which keep their stack).
 */
export function describeDatabaseFailure(error: unknown, busyTimeoutMs: number): string | undefined {
  // drizzle wraps a failed query's SqliteError in an error of its own, with the original as `cause`.
  if (!(error instanceof Database.SqliteError) && error instanceof Error && error.cause !== undefined) {
    return describeDatabaseFailure(error.cause, busyTimeoutMs);
  }
  if (error instanceof Database.SqliteError) {
    const code = error.code;
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      return `it is locked by another process (waited ${busyTimeoutMs} ms, DATABASE_BUSY_TIMEOUT_MS)`;
    if (code.startsWith('SQLITE_READONLY')) return 'it is read-only (the file or its directory is not writable)';
    if (code.startsWith('SQLITE_CANTOPEN'))
      return 'the file cannot be opened or created (check that its directory exists and is writable)';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      return 'the file is not a usable SQLite database';
    if (code === 'SQLITE_FULL') return 'the disk is full';
    if (code.startsWith('SQLITE_IOERR')) return `an I/O error (${code})`;
    if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied';
    return undefined;
  }
  const errno = error as NodeJS.ErrnoException | undefined;
  if (errno && typeof errno.code === 'string' && typeof errno.syscall === 'string') {
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOTDIR: 'a part of the path is not a directory',
      EEXIST: 'a part of the path is a file, not a directory',
      ENOENT: 'a part of the path does not exist',
      ENOSPC: 'the disk is full',
    };
    return `${reasons[errno.code] ?? errno.code} (${errno.syscall}${errno.path ? ` ${errno.path}` : ''})`;
  }
  return undefined;
}
