/**
 * Errors every stage may throw that mean "the user's input or setup is wrong", not "tolk is
 * broken": the command line prints their message on one line and exits 2, without a stack trace.
 */

/** Bad usage or a fatal input problem. */
export class UsageError extends Error {}

/** A file or folder tolk cannot write, said in plain words. */
export class OutputError extends UsageError {}
