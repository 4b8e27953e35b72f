import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '../../i18n/locales';
import type { MedicationName, Region } from '../../medications/types';
import type { CardOpens, Theme } from '../../utils/settings-schema';

/**
 * The lazily loaded half of the card (entrypoints/card.ts → card.js): Preact, the components, every
 * medication's reading content and the UI catalogue. A frame evaluates it only when its first card
 * opens (utils/lazy-module.ts); detection and hover intent never need it. Only types cross over.
 */
export interface CardModule {
  /** Creates the card's shadow-root surface (one per frame), torn down with `ctx`. */
  createSurface(ctx: ContentScriptContext): Promise<CardSurface>;
}

/** What the open card shows: everything the card module needs to draw it, as plain data and callbacks. */
export interface CardState {
  readonly medicationId: string;
  /** The name as written on the page, e.g. "Accutane". */
  readonly foundAs: string;
  readonly name: MedicationName;
  readonly detail: CardOpens;
  readonly onDetailChange: (detail: CardOpens) => void;
  readonly region: Region | undefined;
  /** The reader's country, for phone numbers that differ within a region (e.g. "MX"). */
  readonly country: string | undefined;
  readonly locale: Locale;
  readonly pinned: boolean;
  readonly onPinChange: (pinned: boolean) => void;
  readonly onClose: () => void;
  readonly theme: Theme;
  readonly textSize: number;
}

/** The mounted card: render a state into it (null hides it), and keep it beside its mention. */
export interface CardSurface {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /**
   * Renders synchronously; false when there is nothing to show (no content for the medication).
   * `mention` (a node of the mention's) tells where the card must live to take input: inside the page's
   * open modal dialog when the mention is in one.
   */
  render(state: CardState | null, mention?: Node): boolean;
  /**
   * Before the first card only: renders `state` into the surface while it is not yet on the page (no
   * layout, no element added), so the first opening only attaches it. Does nothing once mounted.
   */
  prepare(state: CardState): void;
  /** The dialog element while rendered. */
  dialog(): HTMLElement | null;
  /** The page's open modal dialog the card hangs in while it shows (see modalDialogAround), if any. */
  pageModal(): Element | null;
  /**
   * Places the card beside the mention's line under `point` (or its first line), keeps it there while
   * the page scrolls or reflows, and stops when `signal` aborts.
   */
  follow(range: Range, point: { x: number; y: number } | null, signal: AbortSignal): void;
}
