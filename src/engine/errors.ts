import type { Issue } from './issues';
import { describeIssue } from './issues';

/**
 * The three ways a run can fail, one meaning each. Everything that is thrown either is one of
 * these or becomes one through `asFailure`, so the pane and the CLI switch on `category` exhaustively.
 */

/**
 * Something the analyst can fix in what they wrote: one or more issues, each with its code, what
 * to do and, where there is one, the sheet and cell. Nothing was written.
 */
export class InputProblem extends Error {
  readonly category = 'input';

  constructor(readonly issues: Issue[]) {
    super(issues.map(describeIssue).join('\n'));
    this.name = 'InputProblem';
  }
}

/**
 * A file or the workbook itself could not be read or written: missing, locked, damaged, not a
 * workbook, or Excel refused the request (`code` is then the host's or the system's error code).
 */
export class FileProblem extends Error {
  readonly category = 'file';

  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

/**
 * A programming error: an invariant the add-in itself broke (an impossible state, a plan the
 * gateway cannot apply). Never the analyst's doing; `detail` keeps what was thrown.
 */
export class InvariantError extends Error {
  readonly category = 'invariant';

  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'InvariantError';
  }
}

export type Failure = InputProblem | FileProblem | InvariantError;

/**
 * Any thrown value as one of the three. A value with a string `code` (Office.js's errors,
 * Node's file-system errors) is a file problem; anything else not already classified is a bug.
 */
export function asFailure(error: unknown): Failure {
  if (error instanceof InputProblem || error instanceof FileProblem || error instanceof InvariantError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && code) return new FileProblem(message, code);
  return new InvariantError(message, error);
}

/** For a switch that must handle every category: a new one is a compile error where it is not. */
export function unhandled(failure: never): never {
  throw new InvariantError(`Unhandled failure category: ${String((failure as { category?: unknown }).category)}`, failure);
}
