import { useState } from 'preact/hooks';
import { SETTING_LIMITS, type Settings } from '../../utils/settings-schema';
import { updateSettings } from '../../utils/storage';
import { BackupControls } from './BackupControls';
import { DisabledSites } from './DisabledSites';
import { CheckboxField, ColorField, Group, NumberField, SelectField } from './fields';
import { PauseStatus } from './PauseStatus';
import { useSettings, useTheme } from './use-settings';

/** The options page: every setting, grouped, saved at once and live in every open tab. */
export function OptionsPage() {
  const settings = useSettings();
  const [saveError, setSaveError] = useState('');
  useTheme(settings?.theme);
  if (!settings) return <main aria-busy="true" />;

  const save = (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): void => {
    updateSettings(patch).then(
      () => setSaveError(''),
      (error: Error) => setSaveError(`Not saved: ${error.message}`),
    );
  };
  const groups = settings.nameGroups;

  return (
    <main>
      <h1>MedGlance options</h1>
      <p class="help">Changes are saved at once and apply to every open tab.</p>
      <p class="error" role="alert">
        {saveError}
      </p>

      <Group title="Highlighting">
        <CheckboxField
          label="Highlight mentions on web pages"
          help="The main switch. When off, MedGlance marks nothing and the toolbar badge stays empty."
          checked={settings.enabled}
          onChange={(enabled) => save({ enabled })}
        />
        <PauseStatus pausedUntil={settings.pausedUntil} onResume={() => save({ pausedUntil: 0 })} />
        <CheckboxField
          label="Brand names"
          help="Accutane, Roaccutane, Absorica, Isotroin and other brands. The generic name is always found."
          checked={groups.brands}
          onChange={(brands) => save((s) => ({ nameGroups: { ...s.nameGroups, brands } }))}
        />
        <CheckboxField
          label="Names in other languages"
          help="For example isotretinoína, isotrétinoïne, изотретиноин, イソトレチノイン."
          checked={groups.international}
          onChange={(international) => save((s) => ({ nameGroups: { ...s.nameGroups, international } }))}
        />
        <CheckboxField
          label="Common misspellings"
          help="For example isotretinion and isoretinoin."
          checked={groups.misspellings}
          onChange={(misspellings) => save((s) => ({ nameGroups: { ...s.nameGroups, misspellings } }))}
        />
        <SelectField
          label="Highlight style"
          help="How mentions are marked on the page."
          value={settings.highlightStyle}
          options={[
            ['underline', 'Underline'],
            ['background', 'Tinted background'],
            ['both', 'Underline and tinted background'],
          ]}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <ColorField
          label="Highlight colour"
          help="The default amber stays visible on light and dark pages."
          value={settings.highlightColor}
          onChange={(highlightColor) => save({ highlightColor })}
        />
        <CheckboxField
          label="Show the number of mentions on the toolbar icon"
          help="The badge counts the mentions on the page in the current tab."
          checked={settings.showBadge}
          onChange={(showBadge) => save({ showBadge })}
        />
      </Group>

      <Group title="The information card">
        <SelectField
          label="Open the card"
          help="What you do on a highlighted name to see its card."
          value={settings.trigger}
          options={[
            ['hover', 'On hover'],
            ['hover-modifier', 'On hover while holding Alt'],
            ['click', 'On click'],
          ]}
          onChange={(trigger) => save({ trigger })}
        />
        <NumberField
          label="Hover delay"
          help="How long the pointer rests on a name before the card opens, so passing over it does nothing."
          value={settings.hoverDelayMs}
          range={SETTING_LIMITS.hoverDelayMs}
          step={50}
          unit="milliseconds"
          onChange={(hoverDelayMs) => save({ hoverDelayMs })}
        />
        <SelectField
          label="Card opens"
          help="Compact shows the key warnings first; full shows every section."
          value={settings.cardOpens}
          options={[
            ['compact', 'Compact'],
            ['full', 'Full'],
          ]}
          onChange={(cardOpens) => save({ cardOpens })}
        />
        <NumberField
          label="Text size"
          help="Size of the card's text."
          value={settings.textSize}
          range={SETTING_LIMITS.textSize}
          step={5}
          unit="percent"
          onChange={(textSize) => save({ textSize })}
        />
        <SelectField
          label="Theme"
          help="Colours of the card, popup and this page. Automatic follows your system."
          value={settings.theme}
          options={[
            ['auto', 'Automatic'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={(theme) => save({ theme })}
        />
        <SelectField
          label="Region for pregnancy-prevention rules"
          help="Shows the programme that applies where you live (iPLEDGE in the US, the PPP in the UK and EU)."
          value={settings.region}
          options={[
            ['auto', 'Automatic (from browser language)'],
            ['US', 'United States'],
            ['UK', 'United Kingdom'],
            ['EU', 'European Union'],
            ['other', 'Other'],
          ]}
          onChange={(region) => save({ region })}
        />
      </Group>

      <Group title="Sites where highlighting is off">
        <DisabledSites
          sites={settings.disabledSites}
          onAdd={(site) =>
            save((s) => ({ disabledSites: [...s.disabledSites.filter((p) => p !== site), site] }))
          }
          onRemove={(site) => save((s) => ({ disabledSites: s.disabledSites.filter((p) => p !== site) }))}
        />
      </Group>

      <Group title="Back up and reset">
        <BackupControls settings={settings} />
      </Group>
    </main>
  );
}
