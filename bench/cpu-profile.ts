import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** CPU time of one profiled stretch, split by who was running. */
export interface CpuSplit {
  /** ms of samples with a frame of a script whose URL starts with the prefix anywhere on the stack. */
  matchedMs: number;
  /** ms of every non-idle sample. */
  totalMs: number;
}

/**
 * Attributes a V8 CPU profile's samples by script URL: a sample counts for the prefix when any frame on
 * its stack belongs to a script whose URL starts with it, so natives called from our code (textContent,
 * regex execution) count as ours. Idle and GC roots are left out of the total. The page's own world and
 * the extension's isolated world share the isolate, so one profile of the page sees both.
 */
export function splitProfile(profile: Profile, urlPrefixes: readonly string[]): CpuSplit {
  return splitProfileBy(profile, urlPrefixes).split;
}

/** splitProfile, plus the self time of the matched frames by function (for "where does the time go"). */
export function splitProfileBy(
  profile: Profile,
  urlPrefixes: readonly string[],
): { split: CpuSplit; topMatched: Array<[string, number]> } {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const matched = new Map<number, boolean>();
  const isMatched = (id: number): boolean => {
    const known = matched.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const here = urlPrefixes.some((p) => node.callFrame.url.startsWith(p));
    const up = parent.get(id);
    const result = here || (up !== undefined && isMatched(up));
    matched.set(id, result);
    return result;
  };
  const idle = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
  let matchedUs = 0;
  let totalUs = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    const frame = byId.get(id)!.callFrame;
    if (idle.has(frame.functionName) && !isMatched(id)) return;
    totalUs += dt;
    if (!isMatched(id)) return;
    matchedUs += dt;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
    self.set(key, (self.get(key) ?? 0) + dt / 1000);
  });
  return {
    split: { matchedMs: matchedUs / 1000, totalMs: totalUs / 1000 },
    topMatched: [...self].toSorted((a, b) => b[1] - a[1]).slice(0, 15),
  };
}

let lastProfile: Profile | undefined;
/** The profile of the last profileWhile call (for a look at where time went). */
export const lastCpuProfile = (): Profile | undefined => lastProfile;

/** Profiles `fn` (sampling every 50 µs) on the session's page and splits the time by URL prefix. */
export async function profileWhile(
  cdp: CDPSession,
  urlPrefixes: readonly string[],
  fn: () => Promise<unknown>,
): Promise<CpuSplit> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await fn().catch(async (error: unknown) => {
    await cdp.send('Profiler.stop');
    throw error;
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  lastProfile = profile;
  return splitProfile(profile, urlPrefixes);
}
