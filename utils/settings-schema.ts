import { LOCALES } from '../i18n/locales';
import { MEDICATIONS } from '../medications/registry';
import { SWITCHABLE_NAME_GROUPS, type SwitchableNameGroup } from '../medications/types';

// Every enumerated setting is one `as const` list: the type, the validator and the options page's
// choices all come from it, so a value added here is accepted everywhere or rejected by the compiler.
export const TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const REGION_SETTINGS = ['auto', 'US', 'UK', 'EU', 'other'] as const;
export const CARD_OPENS = ['compact', 'full'] as const;
/** "Language of the card and menus": automatic (the browser's language) or one we have. */
export const LANGUAGE_SETTINGS = ['auto', ...LOCALES] as const;

export type Trigger = (typeof TRIGGERS)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type Theme = (typeof THEMES)[number];
export type RegionSetting = (typeof REGION_SETTINGS)[number];
export type CardOpens = (typeof CARD_OPENS)[number];
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Which name groups of one medication are detected (its generic name always is). */
export type NameGroupSwitches = Record<SwitchableNameGroup, boolean>;

/** Every group on: the default for each registered medication. */
export const ALL_NAME_GROUPS_ON: Readonly<NameGroupSwitches> = Object.fromEntries(
  SWITCHABLE_NAME_GROUPS.map((group) => [group, true]),
) as NameGroupSwitches;

/** Every user setting. `typeof DEFAULT_SETTINGS` is the one definition of the shape. */
export const DEFAULT_SETTINGS = {
  /** Master switch: "Highlight mentions on web pages". */
  enabled: true as boolean,
  /** Host patterns where highlighting is off, e.g. "example.com" or "*.example.com". */
  disabledSites: [] as string[],
  /** Epoch ms until which highlighting is paused everywhere; 0 = not paused. */
  pausedUntil: 0 as number,
  /** Name groups per medication id (registry); a medication missing here has every group on. */
  nameGroups: Object.fromEntries(MEDICATIONS.map((m) => [m.id, { ...ALL_NAME_GROUPS_ON }])) as Record<
    string,
    NameGroupSwitches
  >,
  trigger: 'hover' as Trigger,
  /** Hover intent delay in ms. */
  hoverDelayMs: 300 as number,
  /**
   * A tint by default: under a highlight that draws a text decoration, Chromium recomputes the visual
   * overflow of every marked text node after any change to the page's DOM, which a page with hundreds
   * of mentions pays on every update (README, Performance). An underline stays a choice.
   */
  highlightStyle: 'background' as HighlightStyle,
  /** Highlight colour as #rrggbb. */
  highlightColor: '#b45309' as string,
  theme: 'auto' as Theme,
  /** Card text size in percent. */
  textSize: 100 as number,
  region: 'auto' as RegionSetting,
  cardOpens: 'compact' as CardOpens,
  showBadge: true as boolean,
  /** Language of the card, popup and options; "auto" follows the browser's language. */
  language: 'auto' as LanguageSetting,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** Allowed ranges (inclusive); the validator and the options controls both use them. */
export const SETTING_LIMITS = {
  hoverDelayMs: [0, 2000] as const,
  textSize: [75, 200] as const,
  /** A cap on the list's length; the sync budget below usually binds first (300 to 400 typical hosts). */
  disabledSitesMax: 500,
  /**
   * Bytes the stored settings may take, counted as the browser counts them (the key plus the value as
   * JSON, UTF-8). chrome.storage.sync refuses an item over 8,192 bytes (QUOTA_BYTES_PER_ITEM; Firefox has
   * the same quota); 512 are kept spare for settings a newer MedGlance adds on another device and for
   * browsers that count slightly differently. Checked before every write (utils/storage.ts).
   */
  syncBytes: 8192 - 512,
};
