import { asFailure, describeIssue, unhandled } from '../engine';

/**
 * What the pane says when something it asked of the workbook failed, by kind of failure: the
 * analyst's problem with where and what to do, the file or Excel refusing, or a fault of ours.
 */
export function failureText(error: unknown): string {
  const failure = asFailure(error);
  switch (failure.category) {
    case 'input':
      return failure.issues.map(describeIssue).join(' ');
    case 'file':
      return failure.code ? `Excel could not complete the request (${failure.code}): ${failure.message}` : failure.message;
    case 'invariant':
      return `The add-in stopped on a fault of its own: ${failure.message} Please report it.`;
    default:
      return unhandled(failure);
  }
}
