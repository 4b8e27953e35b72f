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

/** The content for `medicationId` in `table`, or undefined for an id it does not have. */
export function lookUpContent<Id extends string>(
  table: Readonly<Record<Id, MedicationContent>>,
  medicationId: string,
): MedicationContent | undefined {
  return Object.hasOwn(table, medicationId) ? table[medicationId as Id] : undefined;
}

/** The content of the medication a matched name belongs to (undefined for an unknown id). */
export const contentFor = (medicationId: string): MedicationContent | undefined =>
  lookUpContent(MEDICATION_CONTENT, medicationId);
