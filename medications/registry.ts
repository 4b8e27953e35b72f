import { ISOTRETINOIN } from './isotretinoin';
import type { MedicationNames } from './types';

/**
 * Every medication MedGlance detects: one line per medication folder. Detection compiles its matcher from
 * this list; the card finds a match's content by `medicationId` in registry-content.ts. Adding a
 * medication: ARCHITECTURE.md, "Add a medication".
 */
export const MEDICATIONS = [ISOTRETINOIN] as const satisfies readonly MedicationNames[];

/** Id of a registered medication. */
export type MedicationId = (typeof MEDICATIONS)[number]['id'];
