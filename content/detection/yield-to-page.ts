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
