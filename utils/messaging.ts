import { browser, type Browser } from 'wxt/browser';
import type { LazyModuleName } from './lazy-module';
import { LAZY_MODULES } from './lazy-module';
import { PAGE_STATES, type PageState } from './page-state';

/** One mention as listed in the popup. */
export interface MentionSummary {
  /** The mention's id in the page: stable while it is on the page (content/detection/mention.ts). */
  readonly id: number;
  /** The name as written on the page, e.g. "Accutane". */
  readonly name: string;
  /** Surrounding text, trimmed to ~80 characters. */
  readonly snippet: string;
}

/** What the popup shows about a page; pushed again whenever it changes while the popup is open. */
export interface PageInfo {
  readonly host: string;
  readonly state: PageState;
  readonly count: number;
  /** Ids of the medications mentioned, in order of first mention. */
  readonly medications: readonly string[];
  /** The first mentions (at most MAX_LISTED), in document order. */
  readonly mentions: readonly MentionSummary[];
}

/** The popup lists at most this many; a page with more still shows the full count. */
export const MAX_LISTED = 200;

/** The whole request/reply protocol: message type → request data and reply. */
export interface ProtocolMap {
  /** content (top frame) → background: number of mentions on the page, for the badge. */
  mentionCount: { data: { count: number }; reply: void };
  /**
   * background → content (top frame): the tab finished loading, after something (a frame anywhere in the
   * page navigating) that cleared the badge: send `mentionCount` again.
   */
  reportCount: { data: Record<string, never>; reply: void };
  /** popup → content (top frame): scroll to the mention with this id, flash it and open its card. */
  revealMention: { data: { id: number }; reply: boolean };
  /** background (keyboard command) → content: focus the next mention and open its card. */
  nextMention: { data: Record<string, never>; reply: boolean };
  /** background (keyboard command) → content (top frame): switch highlighting on this site on/off. */
  toggleSite: { data: Record<string, never>; reply: { host: string; enabled: boolean } };
  /** content (any frame) → background: inject a lazy module into this frame (utils/lazy-module.ts). */
  loadModule: { data: { name: LazyModuleName }; reply: boolean };
  /**
   * content (any frame) → background: a card opened in this frame for the first time. Keys go only to
   * the focused frame, so the background makes every frame of the tab relay Escape (escapeKey).
   */
  cardOpened: { data: Record<string, never>; reply: void };
  /** content (any frame, background/escape-relay.ts's listener) → background: Escape was pressed here. */
  escapeKey: { data: Record<string, never>; reply: void };
  /** background → content (every frame): Escape was pressed in some frame of the tab; close the card. */
  closeCard: { data: Record<string, never>; reply: void };
  /** content → background, development builds only: an error caught on a page (utils/dev-log.ts). */
  caughtError: { data: { text: string }; reply: void };
}

export type MessageType = keyof ProtocolMap;
type Data<K extends MessageType> = ProtocolMap[K]['data'];
type Reply<K extends MessageType> = ProtocolMap[K]['reply'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Runtime validators: anything received crosses a trust boundary and is checked before use. */
const validators: { [K in MessageType]: (data: unknown) => data is Data<K> } = {
  mentionCount: (d): d is Data<'mentionCount'> => isRecord(d) && isCount(d.count),
  reportCount: (d): d is Data<'reportCount'> => isRecord(d),
  revealMention: (d): d is Data<'revealMention'> => isRecord(d) && isCount(d.id),
  nextMention: (d): d is Data<'nextMention'> => isRecord(d),
  toggleSite: (d): d is Data<'toggleSite'> => isRecord(d),
  loadModule: (d): d is Data<'loadModule'> =>
    isRecord(d) && typeof d.name === 'string' && (LAZY_MODULES as readonly string[]).includes(d.name),
  cardOpened: (d): d is Data<'cardOpened'> => isRecord(d),
  escapeKey: (d): d is Data<'escapeKey'> => isRecord(d),
  closeCard: (d): d is Data<'closeCard'> => isRecord(d),
  caughtError: (d): d is Data<'caughtError'> =>
    isRecord(d) && typeof d.text === 'string' && d.text.length <= 2000,
};

/** What every message of ours looks like on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  readonly medglance: 1;
  readonly type: K;
  readonly data: Data<K>;
}

/** Returns the validated message, or null for anything that is not ours or is malformed. */
export function parseMessage(raw: unknown): { type: MessageType; data: unknown } | null {
  if (!isRecord(raw) || raw.medglance !== 1 || typeof raw.type !== 'string') return null;
  if (!Object.hasOwn(validators, raw.type)) return null;
  const type = raw.type as MessageType;
  return validators[type](raw.data) ? { type, data: raw.data } : null;
}

/** The envelope for a message (also what tests send to stand in for the background or popup). */
export const envelope = <K extends MessageType>(type: K, data: Data<K>): Envelope<K> => ({
  medglance: 1,
  type,
  data,
});

/** Sends to the background. Resolves undefined when nobody listens (e.g. extension reloaded). */
export async function sendToBackground<K extends MessageType>(
  type: K,
  data: Data<K>,
): Promise<Reply<K> | undefined> {
  try {
    return (await browser.runtime.sendMessage(envelope(type, data))) as Reply<K>;
  } catch {
    return undefined;
  }
}

/**
 * Sends to the top frame of a tab, or to every frame of it (the first answer wins). Resolves undefined
 * when no content script answers.
 */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: Data<K>,
  frames: 'top' | 'every' = 'top',
): Promise<Reply<K> | undefined> {
  try {
    const message = envelope(type, data);
    return (await (frames === 'top'
      ? browser.tabs.sendMessage(tabId, message, { frameId: 0 })
      : browser.tabs.sendMessage(tabId, message))) as Reply<K>;
  } catch {
    return undefined;
  }
}

type Handler<K extends MessageType> = (
  data: Data<K>,
  sender: Browser.runtime.MessageSender,
) => Reply<K> | Promise<Reply<K>>;

/**
 * Handles one message type. Invalid or unknown messages are ignored (never thrown).
 * The listener is removed when `signal` aborts.
 */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg || msg.type !== type) return undefined;
    return Promise.resolve(handler(msg.data as Data<K>, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Name of the port the popup opens to a tab's top frame; the page pushes PageInfo through it. */
export const PAGE_INFO_PORT = 'medglance:page-info';

/** Checks a PageInfo pushed by a page (a stale content script of an older version may send another shape). */
export function isPageInfo(v: unknown): v is PageInfo {
  if (!isRecord(v)) return false;
  return (
    typeof v.host === 'string' &&
    typeof v.state === 'string' &&
    (PAGE_STATES as readonly string[]).includes(v.state) &&
    isCount(v.count) &&
    Array.isArray(v.medications) &&
    v.medications.every((id: unknown) => typeof id === 'string') &&
    Array.isArray(v.mentions) &&
    v.mentions.length <= MAX_LISTED &&
    v.mentions.every(
      (m: unknown) =>
        isRecord(m) && isCount(m.id) && typeof m.name === 'string' && typeof m.snippet === 'string',
    )
  );
}
