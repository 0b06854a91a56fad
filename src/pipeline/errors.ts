/** A step found its predecessor's result missing or malformed: retrying cannot help. */
export class StepInputError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'StepInputError';
  }
}

/**
 * Every stored failure that is a deadline passing (the postcard's, or one
 * step's) starts with this, so that readers (the status's `error`) tell a
 * timeout from a failure without a column of its own.
 */
const TIMEOUT_PREFIX = 'timeout: ';

export const timeoutMessage = (what: string): string => `${TIMEOUT_PREFIX}${what}`;

/** Whether a stored error message is a deadline passing; the rest of it says which. */
export const isTimeoutMessage = (message: string): boolean => message.startsWith(TIMEOUT_PREFIX);

/** Which deadline passed: a timeout message without its prefix (any other message as it is). */
export const timeoutDetail = (message: string): string => (isTimeoutMessage(message) ? message.slice(TIMEOUT_PREFIX.length) : message);

/** What a postcard past AI_WORKFLOW_TIMEOUT is failed with, by the processor or the reconciler. */
export const workflowTimeoutMessage = (timeoutMs: number): string =>
  timeoutMessage(`the postcard did not finish within ${Math.round(timeoutMs / 1000)} s`);

/** The postcard's whole-workflow deadline (AI_WORKFLOW_TIMEOUT) has passed. */
export class WorkflowTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(workflowTimeoutMessage(timeoutMs));
    this.name = 'WorkflowTimeoutError';
  }
}
