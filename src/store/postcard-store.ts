import type {
  AttemptFailure,
  AttemptRecord,
  NewPostcard,
  Postcard,
  PostcardStatus,
  PostcardWithSteps,
  ResultColumns,
  StepKey,
  StepName,
  StepRun,
} from './postcard-types.js';

export interface ListOptions {
  readonly status?: PostcardStatus;
  readonly userId?: string;
  readonly limit: number;
  /** Keyset: items strictly before this (created_at, task_id), newest first. */
  readonly after?: { readonly createdAt: Date; readonly taskId: string };
}

export interface IdempotencyClaim {
  readonly key: string;
  /** sha256 of the normalised request body. */
  readonly requestHash: string;
  /** Keys older than this are forgotten and may be reused. */
  readonly ttlMs: number;
}

/**
 * Per-owner limits that a transition checks and applies in one transaction,
 * under a lock on the owner, so that concurrent requests cannot both take the
 * last slot. A refused request writes nothing, so it uses up nothing.
 */
export interface Admission {
  /** Active (PENDING or PROCESSING) postcards the owner may hold, the admitted one included. */
  readonly maxActive?: number;
  /** Postcards the owner may have created since `since` (the start of the UTC day), the admitted one included. */
  readonly maxCreated?: { readonly limit: number; readonly since: Date };
}

/** What an Admission refused: the limit, and how many the owner already holds against it. */
export interface Refused {
  readonly kind: 'refused';
  readonly limit: 'active' | 'created';
  readonly held: number;
  readonly max: number;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly postcard: Postcard }
  | { readonly kind: 'replayed'; readonly postcard: Postcard }
  | { readonly kind: 'mismatch'; readonly postcard: Postcard }
  | Refused;

export type NewRunOutcome = { readonly kind: 'started'; readonly run: number; readonly fromStep: StepName } | Refused;

/** Durations (ms) of one step's SUCCEEDED attempts: those that called a provider, and cache hits apart. */
export interface StepTiming {
  readonly step: StepName;
  readonly samples: number;
  /** Null without samples. */
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
  readonly cacheHitSamples: number;
  readonly cacheHitMedianMs: number | null;
}

/** Provider spend of step attempts: the known costs summed, and the finished attempts whose price is unknown (counted as 0). */
export interface Spend {
  readonly usd: number;
  readonly unpriced: number;
}

/**
 * 'done': this step already succeeded in this run (a redelivery; nothing written);
 * 'inactive': the postcard left the active states, or moved to another run;
 * 'first': the postcard's first step to start (it went PENDING → PROCESSING);
 * 'started': any later step.
 */
export type StartOutcome = 'done' | 'inactive' | 'first' | 'started';

export interface StartDetails {
  readonly jobId: string | undefined;
  readonly provider: string;
  readonly strategyReason: string | null;
}

/** The page as served: status, HTML and the host-free image path inside it. */
export type StoredPage = Pick<Postcard, 'status' | 'frontendCode' | 'imageUrl'>;

/**
 * Every read and write of postcards and their step runs.
 *
 * The status machine (ARCHITECTURE.md, "The postcard store"):
 *
 *   create ─► PENDING ─startStep─► PROCESSING ─succeedStep(last)─► COMPLETED
 *                │                     │
 *                ├──── cancel ─────────┴──► CANCELLED ─┐
 *                └─ failAttempt(final) / fail / timeOut ─► FAILED ─┤
 *                                                        newRun ◄──┘ (back to PENDING, run + 1)
 *
 * Each transition is one guarded statement (or one transaction for an
 * idempotent create) that says whether it applied. The guard is always the
 * same: a postcard moves only while it is active (PENDING or PROCESSING) in
 * the run the caller names, so a finished postcard never moves back except
 * through newRun, and a late or redelivered job of an old run changes nothing.
 */
export interface PostcardStore {
  // ── reads ──
  /** One row, no step runs: a plain lookup that Prisma batches across concurrent jobs. */
  get(taskId: string): Promise<Postcard | null>;
  /** The postcards among `taskIds` that exist, in one query, in no particular order (a WebSocket subscribes to up to 100 at once). */
  getMany(taskIds: readonly string[]): Promise<Postcard[]>;
  getWithSteps(taskId: string): Promise<PostcardWithSteps | null>;
  page(taskId: string): Promise<StoredPage | null>;
  list(options: ListOptions): Promise<Postcard[]>;
  /** Active postcards created before `at`, oldest first: candidates for timeOut. */
  activeCreatedBefore(at: Date, limit: number): Promise<Postcard[]>;
  /** Active postcards not written since `at`, least recently written first: candidates for reconciliation. */
  activeQuietSince(at: Date, limit: number): Promise<Postcard[]>;
  /** The most recent recorded failure of a run, to name the step that broke a flow. */
  lastFailure(taskId: string, run: number): Promise<{ readonly step: StepName; readonly error: string | null } | null>;
  /** What the step attempts started since `since` cost, every postcard's: the daily budget's reading. */
  spentSince(since: Date): Promise<Spend>;
  /**
   * The attempt that produced a postcard's stored result of `step`: its last
   * SUCCEEDED one that called a provider (not a cache hit). What a cache hit
   * of another postcard records as where its result came from.
   */
  producedBy(taskId: string, step: StepName): Promise<Pick<StepRun, 'provider' | 'model' | 'params'> | null>;
  /** Per step, how long SUCCEEDED attempts started since `since` took, every postcard's; no user data. */
  stepTimings(since: Date): Promise<StepTiming[]>;

  // ── transitions ──
  /**
   * PENDING, run 1; with a claim, the same key and body return the postcard it
   * already made (a replay is never refused); with an admission, a postcard
   * past the owner's limits is refused and nothing is written.
   */
  create(postcard: NewPostcard, claim?: IdempotencyClaim, admission?: Admission): Promise<CreateOutcome>;
  /** Takes back a postcard whose flow was never enqueued (PENDING and never started); false if it had moved on. */
  discard(taskId: string): Promise<boolean>;
  /** Records the attempt as RUNNING and the postcard as PROCESSING at this step. */
  startStep(key: StepKey, details: StartDetails): Promise<StartOutcome>;
  /**
   * Stores the step's result and marks the attempt SUCCEEDED, atomically; the
   * last step also completes the postcard. False, setting no column, when the
   * postcard was cancelled or failed meanwhile (the attempt is then FAILED).
   */
  succeedStep(key: StepKey, startedAt: Date, columns: ResultColumns, record: AttemptRecord): Promise<boolean>;
  /** Records a failed attempt; a final one also fails the postcard. True when the postcard moved to FAILED. */
  failAttempt(key: StepKey, startedAt: Date | undefined, failure: AttemptFailure, record: AttemptRecord): Promise<boolean>;
  /** Fails an active postcard naming the step (a failure seen at the flow's root, or a lost flow). */
  fail(taskId: string, run: number, step: StepName | null, message: string): Promise<boolean>;
  /** Fails an active postcard past its deadline, naming the step it was at. Null when it was no longer active. */
  timeOut(taskId: string, run: number, message: string): Promise<{ readonly step: StepName | null } | null>;
  /** Cancels an active postcard, naming the step it was at. Null when it was no longer active. */
  cancel(taskId: string, message: string): Promise<{ readonly run: number; readonly step: StepName | null } | null>;
  /**
   * Starts a new run of a FAILED or CANCELLED postcard from its first step
   * without a stored result. `expected` is the postcard as the caller read it;
   * null when it changed meanwhile or is not retryable. With an admission, a
   * run that would take the owner past `maxActive` is refused.
   */
  newRun(expected: Postcard, admission?: Pick<Admission, 'maxActive'>): Promise<NewRunOutcome | null>;
  /** Puts a postcard back as `before` was, when the new run's flow could not be enqueued. */
  undoNewRun(before: Postcard): Promise<boolean>;
  /** Notes that an active postcard's lost jobs were enqueued again, so it is not picked again at once. */
  markRequeued(taskId: string, run: number): Promise<boolean>;
}
