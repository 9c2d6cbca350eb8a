/**
 * File-system errors in plain words (`EACCES` → "permission denied"), for every stage that
 * reports a file it cannot read or write.
 */

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EBUSY: 'it is in use',
  ELOOP: 'too many symbolic links',
  EIO: 'an input/output error of the device',
};

/** An error code of a file-system call, if `error` is one (or wraps one, as Eleventy's errors do). */
export function fsErrorOf(error: unknown): NodeJS.ErrnoException | null {
  let current = error as { code?: unknown; syscall?: unknown; cause?: unknown; originalError?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string' && typeof current.syscall === 'string') return current as NodeJS.ErrnoException;
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return null;
}

const codeOf = (error: unknown): string | undefined =>
  fsErrorOf(error)?.code ?? (error as NodeJS.ErrnoException | undefined)?.code;

/** The reason of a file-system error in plain words; unknown codes are named as they are. */
export function plainReason(error: unknown): string {
  const code = codeOf(error);
  if (code && REASONS[code]) return REASONS[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The code and the plain reason, for diagnostics a user may search the web for: `EACCES: permission denied`. */
export function codeAndReason(error: unknown): string {
  const code = codeOf(error);
  return code && REASONS[code] ? `${code}: ${REASONS[code]}` : plainReason(error);
}
