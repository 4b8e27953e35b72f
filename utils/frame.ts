/**
 * True in a tab's top-level frame. Only the top frame reports the badge, answers the popup and the
 * keyboard commands (DESIGN.md contract 1: the badge counts the top page, not its iframes).
 */
export const isTopFrame = (): boolean => window === window.top;
