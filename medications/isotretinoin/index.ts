import { defineNames } from '../define-names';
import { ISOTRETINOIN_NAMES } from './names';

/**
 * Isotretinoin as detection sees it: id, generic name and every detectable name. Light on purpose (it is
 * in every frame); the reading content (./content) is looked up by id when a card first opens.
 */
export const ISOTRETINOIN = defineNames('isotretinoin', 'isotretinoin', ISOTRETINOIN_NAMES);
