interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run (input, rendering) before the next slice of our work. `scheduler.yield()` resumes
 * us ahead of other queued tasks, so slicing costs little total time; elsewhere a macrotask does the job.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest stretch of our own work before yielding, in ms; well under the 50 ms long-task threshold. */
export const SLICE_MS = 8;

/**
 * The time slices of one piece of work, shared by its steps (presence checks, walks). Test `due` as often
 * as you like (a clock read, no promise); `await next()` only when it is true, so loops over many small
 * items cost no microtask each.
 */
export class Slices {
  #deadline = performance.now() + SLICE_MS;

  /** True when this slice is used up. */
  get due(): boolean {
    return performance.now() >= this.#deadline;
  }

  /** Yields to the page and starts a new slice. */
  async next(): Promise<void> {
    await yieldToPage();
    this.#deadline = performance.now() + SLICE_MS;
  }
}
