import type { MedicationNames, SwitchableNameGroup } from '../../medications/types';
import { SWITCHABLE_NAME_GROUPS } from '../../medications/types';
import { ALL_NAME_GROUPS_ON, type NameGroupSwitches } from '../../utils/settings-schema';
import { useT } from '../shared/use-translator';
import { CheckboxField } from './fields';

/** A few names of a group, spread over its list, as examples in its help text (from the registry). */
function examples(med: MedicationNames, group: SwitchableNameGroup, count: number): string {
  const names = med.names.filter((n) => n.group === group).map((n) => n.text);
  const step = Math.max(1, Math.floor(names.length / count));
  return names
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .join(', ');
}

/** The name-group switches of one medication (its generic name is always detected). */
export function NameGroupFields(props: {
  medication: MedicationNames;
  switches: NameGroupSwitches | undefined;
  onChange: (group: SwitchableNameGroup, on: boolean) => void;
}) {
  const t = useT();
  const switches = props.switches ?? ALL_NAME_GROUPS_ON;
  return (
    <fieldset class="name-groups">
      <legend>{t('options.names.legend', { medication: props.medication.genericName })}</legend>
      {SWITCHABLE_NAME_GROUPS.map((group) => (
        <CheckboxField
          key={group}
          label={t(`options.names.${group}.label`)}
          help={t(`options.names.${group}.help`, {
            examples: examples(props.medication, group, group === 'misspellings' ? 2 : 4),
          })}
          checked={switches[group]}
          onChange={(on) => props.onChange(group, on)}
        />
      ))}
    </fieldset>
  );
}
