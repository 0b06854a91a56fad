/** A step found its predecessor's result missing or malformed: retrying cannot help. */
export class StepInputError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'StepInputError';
  }
}

/** The postcard's whole-workflow deadline (AI_WORKFLOW_TIMEOUT) has passed. */
export class WorkflowTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timeout: the postcard did not finish within ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'WorkflowTimeoutError';
  }
}
