import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * Least privilege: everything the built manifest asks the browser for, and why. README "Permissions" lists
 * the same entries with the same reasons for users; this file keeps the build, the list and the README in
 * step, so a new permission cannot creep in without a reason a reviewer (and a user) can read.
 */
export const DOCUMENTED_ACCESS = {
  /** manifest `permissions`: settings; injecting the lazy card and popup-list modules into a frame */
  permissions: ['scripting', 'storage'],
  /** manifest `host_permissions`: the content script's own pages, which executeScript needs named */
  host_permissions: ['http://*/*', 'https://*/*'],
  optional_permissions: [] as string[],
  optional_host_permissions: [] as string[],
  /** where the content script runs: every http(s) page, because mentions can be on any site */
  content_script_matches: ['http://*/*', 'https://*/*'],
} as const;

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

/** Reads a built manifest (default: the Chrome build under test). */
export function readManifest(dir = inject('extensionDir')): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The access a manifest requests, in the shape of DOCUMENTED_ACCESS. */
const sorted = (a: readonly string[] | undefined) => [...new Set(a ?? [])].toSorted();

/** DOCUMENTED_ACCESS with each list sorted, for comparing with requestedAccess. */
export const documentedAccessSorted = () =>
  Object.fromEntries(Object.entries(DOCUMENTED_ACCESS).map(([k, v]) => [k, sorted(v)]));

/** The access a manifest requests, in the shape of DOCUMENTED_ACCESS (lists sorted). */
export function requestedAccess(m: Manifest): Record<keyof typeof DOCUMENTED_ACCESS, string[]> {
  return {
    permissions: sorted(m.permissions),
    host_permissions: sorted(m.host_permissions),
    optional_permissions: sorted(m.optional_permissions),
    optional_host_permissions: sorted(m.optional_host_permissions),
    content_script_matches: sorted((m.content_scripts ?? []).flatMap((c) => c.matches)),
  };
}
