import { ISOTRETINOIN_CONTENT } from './isotretinoin-content';
import { ISOTRETINOIN_NAMES } from './isotretinoin-names';
import type { Medication } from './types';

/**
 * Isotretinoin as one `Medication`: detectable names plus reading content. For the popup and options.
 * The content script's first bundle should import `ISOTRETINOIN_NAMES` alone and load the content only
 * when the card first opens, so pages that never show a card do not pay for the text.
 */
export const ISOTRETINOIN: Medication = { ...ISOTRETINOIN_CONTENT, names: ISOTRETINOIN_NAMES };
