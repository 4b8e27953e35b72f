import type { MedicationNames, NameEntry } from './types';

/** A medication's detection entry: every name tagged with the medication's id, so a match finds its card. */
export function defineNames(id: string, genericName: string, names: readonly NameEntry[]): MedicationNames {
  return { id, genericName, names: names.map((name) => ({ ...name, medicationId: id })) };
}
