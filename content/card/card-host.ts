import { OWN_UI_PREFIX } from '../detection/skip-rules';

/** Tag name of the card's host element: the only node MedGlance adds to a page. Scanners skip it. */
export const CARD_HOST_TAG = `${OWN_UI_PREFIX}card`;
