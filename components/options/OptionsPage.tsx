import { useState } from 'preact/hooks';
import { LOCALE_NAMES } from '../../i18n/locale-names';
import { describe } from '../../i18n/translate';
import { MEDICATIONS } from '../../medications/registry';
import {
  CARD_OPENS,
  HIGHLIGHT_STYLES,
  LANGUAGE_SETTINGS,
  REGION_SETTINGS,
  SETTING_LIMITS,
  THEMES,
  TRIGGERS,
  type Settings,
} from '../../utils/settings-schema';
import { problemOf } from '../../utils/settings-validate';
import { updateSettings } from '../../utils/storage';
import { useSettings, useTheme } from '../shared/use-settings';
import { TranslatorContext, useDocumentLang, useLanguage, useT } from '../shared/use-translator';
import { BackupControls } from './BackupControls';
import { DisabledSites } from './DisabledSites';
import { CheckboxField, ColorField, Group, NumberField, SelectField } from './fields';
import { NameGroupFields } from './NameGroupFields';
import { PauseStatus } from './PauseStatus';

/** The options page in the reader's language (the language setting applies at once). */
export function OptionsPage() {
  const settings = useSettings();
  const t = useLanguage(settings?.language);
  useTheme(settings?.theme);
  useDocumentLang(t, 'options.title');
  if (!settings) return <main aria-busy="true" />;
  return (
    <TranslatorContext.Provider value={t}>
      <OptionsForm settings={settings} />
    </TranslatorContext.Provider>
  );
}

/** Every setting, grouped, saved at once and live in every open tab. */
function OptionsForm({ settings }: { settings: Settings }) {
  const t = useT();
  // A new object on every failure: the same message twice must re-render too, so each control goes
  // back to what is stored.
  const [saveError, setSaveError] = useState<{ text: string }>({ text: '' });

  /**
   * Saves a change; resolves to "" or, if it was not saved, why, in the reader's language (the browser's
   * own message, e.g. a quota error, only as the detail).
   */
  const trySave = (patch: Parameters<typeof updateSettings>[0]): Promise<string> =>
    updateSettings(patch).then(
      () => {
        setSaveError({ text: '' });
        return '';
      },
      (error: unknown) => describe(t, problemOf(error)),
    );
  /** Saves a change; a failure is said at the top of the page. */
  const save = (patch: Parameters<typeof updateSettings>[0]): void => {
    void trySave(patch).then((reason) => {
      if (reason) setSaveError({ text: t('options.notSaved', { reason }) });
    });
  };
  /** The choices of an enumerated setting, each labelled by its message. */
  const choices = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => [value, t(`${prefix}.${value}` as Parameters<typeof t>[0])] as const);

  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p class="help">{t('options.intro')}</p>
      <p class="error" role="alert">
        {saveError.text}
      </p>

      <Group title={t('options.group.highlighting')}>
        <CheckboxField
          label={t('options.enabled.label')}
          help={t('options.enabled.help')}
          checked={settings.enabled}
          onChange={(enabled) => save({ enabled })}
        />
        <PauseStatus pausedUntil={settings.pausedUntil} onResume={() => save({ pausedUntil: 0 })} />
        {MEDICATIONS.map((medication) => (
          <NameGroupFields
            key={medication.id}
            medication={medication}
            switches={settings.nameGroups[medication.id]}
            onChange={(group, on) =>
              save((s) => ({
                nameGroups: {
                  [medication.id]: { ...s.nameGroups[medication.id]!, [group]: on },
                },
              }))
            }
          />
        ))}
        <SelectField
          label={t('options.style.label')}
          help={t('options.style.help')}
          value={settings.highlightStyle}
          options={choices(HIGHLIGHT_STYLES, 'options.style')}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <ColorField
          label={t('options.color.label')}
          help={t('options.color.help')}
          value={settings.highlightColor}
          onChange={(highlightColor) => save({ highlightColor })}
        />
        <CheckboxField
          label={t('options.badge.label')}
          help={t('options.badge.help')}
          checked={settings.showBadge}
          onChange={(showBadge) => save({ showBadge })}
        />
      </Group>

      <Group title={t('options.group.card')}>
        <SelectField
          label={t('options.language.label')}
          help={t('options.language.help')}
          value={settings.language}
          options={LANGUAGE_SETTINGS.map(
            (value) => [value, value === 'auto' ? t('options.language.auto') : LOCALE_NAMES[value]] as const,
          )}
          onChange={(language) => save({ language })}
        />
        <SelectField
          label={t('options.trigger.label')}
          help={t('options.trigger.help')}
          value={settings.trigger}
          options={choices(TRIGGERS, 'options.trigger')}
          onChange={(trigger) => save({ trigger })}
        />
        <NumberField
          label={t('options.delay.label')}
          help={t('options.delay.help')}
          value={settings.hoverDelayMs}
          range={SETTING_LIMITS.hoverDelayMs}
          step={50}
          unit={t('options.unit.milliseconds')}
          onChange={(hoverDelayMs) => save({ hoverDelayMs })}
        />
        <SelectField
          label={t('options.opens.label')}
          help={t('options.opens.help')}
          value={settings.cardOpens}
          options={choices(CARD_OPENS, 'options.opens')}
          onChange={(cardOpens) => save({ cardOpens })}
        />
        <NumberField
          label={t('options.textSize.label')}
          help={t('options.textSize.help')}
          value={settings.textSize}
          range={SETTING_LIMITS.textSize}
          step={5}
          unit={t('options.unit.percent')}
          onChange={(textSize) => save({ textSize })}
        />
        <SelectField
          label={t('options.theme.label')}
          help={t('options.theme.help')}
          value={settings.theme}
          options={choices(THEMES, 'options.theme')}
          onChange={(theme) => save({ theme })}
        />
        <SelectField
          label={t('options.region.label')}
          help={t('options.region.help')}
          value={settings.region}
          options={choices(REGION_SETTINGS, 'options.region')}
          onChange={(region) => save({ region })}
        />
      </Group>

      <Group title={t('options.group.sites')}>
        <DisabledSites
          sites={settings.disabledSites}
          onAdd={(site) =>
            trySave((s) => ({ disabledSites: [...s.disabledSites.filter((p) => p !== site), site] }))
          }
          onRemove={(site) => save((s) => ({ disabledSites: s.disabledSites.filter((p) => p !== site) }))}
        />
      </Group>

      <Group title={t('options.group.backup')}>
        <BackupControls settings={settings} />
      </Group>
    </main>
  );
}
