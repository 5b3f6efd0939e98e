/** A mistake in how brandlint was called (a pattern that matches nothing, options that exclude each other): reported in one line, exit code 2. */
export class UsageError extends Error {}
