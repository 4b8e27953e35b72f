import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings-schema';
import { parseSettingsFile, settingsToFile } from '../../utils/settings-file';
import { replaceSettings, resetSettings } from '../../utils/storage';
import { describe, type Problem } from '../../i18n/translate';
import { problemOf } from '../../utils/settings-validate';
import { useT } from '../shared/use-translator';

type Message = { kind: 'ok' | 'error'; text: string; details?: readonly string[] } | null;

/** Export to a JSON file, import one (all or nothing), reset to defaults after confirmation. */
export function BackupControls(props: { settings: Settings }) {
  const t = useT();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const exportFile = (): void => {
    const url = URL.createObjectURL(new Blob([settingsToFile(props.settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'medglance-settings.json';
    a.click();
    // Revoke later: the download starts asynchronously from the URL.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: t('options.backup.exported', { file: 'medglance-settings.json' }) });
  };

  /** Reads, checks and applies a file; whatever fails (reading, a check, saving) is said, nothing applied. */
  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const failed = (problems: readonly Problem[]): void =>
      setMessage({
        kind: 'error',
        text: t('options.backup.importFailed', { file: file.name }),
        details: problems.map((problem) => describe(t, problem)),
      });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      failed([{ key: 'problem.file.read', params: { detail: (error as Error).message } }]);
      return;
    }
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) return failed(parsed.errors);
    try {
      await replaceSettings(parsed.settings);
    } catch (error) {
      return failed([problemOf(error)]);
    }
    setMessage({ kind: 'ok', text: t('options.backup.imported', { file: file.name }) });
  };

  const reset = async (): Promise<void> => {
    try {
      await resetSettings();
      setMessage({ kind: 'ok', text: t('options.backup.wasReset') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('options.notSaved', { reason: describe(t, problemOf(error)) }) });
    }
    setConfirming(false);
  };

  return (
    <div class="backup">
      <div class="backup-buttons">
        <button type="button" onClick={exportFile}>
          {t('options.backup.export')}
        </button>
        <label class="file-button">
          {t('options.backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            setMessage(null);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t('options.backup.reset')}
        </button>
      </div>
      <p class="help">{t('options.backup.help')}</p>
      {confirming && (
        <div role="group" aria-label={t('options.backup.confirmLabel')} class="confirm">
          <p>{t('options.backup.confirm')}</p>
          <button type="button" class="primary" ref={confirmRef} onClick={() => void reset()}>
            {t('options.backup.confirmButton')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options.backup.cancel')}
          </button>
        </div>
      )}
      <div role={message?.kind === 'error' ? 'alert' : 'status'} class={message?.kind ?? ''}>
        {message && <p>{message.text}</p>}
        {message?.details && (
          <ul class="error">
            {message.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
