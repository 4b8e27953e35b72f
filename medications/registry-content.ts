import { ISOTRETINOIN_CONTENT } from './isotretinoin/content';
import type { MedicationId } from './registry';
import type { MedicationContent } from './types';

/**
 * The reading content of every registered medication, by id. Kept apart from registry.ts because only the
 * card, popup and options import it: pages that never open a card never evaluate the text. The
 * `Record<MedicationId, …>` type makes a registered medication without content a compile error.
 */
export const MEDICATION_CONTENT: Readonly<Record<MedicationId, MedicationContent>> = {
  isotretinoin: ISOTRETINOIN_CONTENT,
};

/** The content of the medication a matched name belongs to (undefined for an unknown id). */
export function contentFor(medicationId: string): MedicationContent | undefined {
  return Object.hasOwn(MEDICATION_CONTENT, medicationId)
    ? MEDICATION_CONTENT[medicationId as MedicationId]
    : undefined;
}
