// A job in a worker (components/adapters/worker-job.ts) as both sides see it: what the worker says, and how a job
// can end without a result.
/** Wall-clock budget of one job in the extension: the CLI bounds any accepted report at 10 s on two cores and a
 * 300-page template is written in 8 s, so this leaves room for a slow machine and still ends a runaway document
 * instead of keeping the panel busy. */
export const TIME_BUDGET_MS = 60_000;

export type StopReason = 'cancelled' | 'timeout' | 'crashed';

/** A job that ended without a result: stopped by the user, past its time budget, or its worker died (out of memory,
 * or an unexpected error). The panel says each in one line of its own; the raw cause is never shown. */
export class WorkStopped extends Error {
  constructor(
    readonly reason: StopReason,
    /** the budget it exceeded, for `timeout` */
    readonly budgetMs = TIME_BUDGET_MS,
  ) {
    super(`work ${reason}`);
    this.name = 'WorkStopped';
  }
}

/** `crashed`: the job threw (a bug, not a bad file: those come back as a result); the panel says it in one line. */
export type JobReply<Stage, R> = { type: 'stage'; stage: Stage } | { type: 'done'; result: R } | { type: 'crashed' };
