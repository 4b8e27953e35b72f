import type { SwitchableNameGroup } from '../medications/types';

export type Trigger = 'hover' | 'hover-modifier' | 'click';
export type HighlightStyle = 'underline' | 'background' | 'both';
export type Theme = 'auto' | 'light' | 'dark';
export type RegionSetting = 'auto' | 'US' | 'UK' | 'EU' | 'other';
export type CardOpens = 'compact' | 'full';

/** Every user setting. `typeof DEFAULT_SETTINGS` is the one definition of the shape. */
export const DEFAULT_SETTINGS = {
  /** Master switch: "Highlight mentions on web pages". */
  enabled: true as boolean,
  /** Host patterns where highlighting is off, e.g. "example.com" or "*.example.com". */
  disabledSites: [] as string[],
  /** Epoch ms until which highlighting is paused everywhere; 0 = not paused. */
  pausedUntil: 0 as number,
  nameGroups: { brands: true, international: true, misspellings: true } as Record<
    SwitchableNameGroup,
    boolean
  >,
  trigger: 'hover' as Trigger,
  /** Hover intent delay in ms. */
  hoverDelayMs: 300 as number,
  highlightStyle: 'underline' as HighlightStyle,
  /** Highlight colour as #rrggbb. */
  highlightColor: '#b45309' as string,
  theme: 'auto' as Theme,
  /** Card text size in percent. */
  textSize: 100 as number,
  region: 'auto' as RegionSetting,
  cardOpens: 'compact' as CardOpens,
  showBadge: true as boolean,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** Allowed ranges (inclusive); the validator and the options controls both use them. */
export const SETTING_LIMITS = {
  hoverDelayMs: [0, 2000] as const,
  textSize: [75, 200] as const,
  disabledSitesMax: 500,
};
