import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings-schema';
import { parseSettingsFile, settingsToFile } from '../../utils/settings-file';
import { replaceSettings, resetSettings } from '../../utils/storage';

type Message = { kind: 'ok' | 'error'; text: string; details?: readonly string[] } | null;

/** Export to a JSON file, import one (all or nothing), reset to defaults after confirmation. */
export function BackupControls(props: { settings: Settings }) {
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
    setMessage({ kind: 'ok', text: 'Settings exported to medglance-settings.json.' });
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: `Could not import ${file.name}. Nothing was changed.`,
        details: parsed.errors,
      });
      return;
    }
    await replaceSettings(parsed.settings);
    setMessage({ kind: 'ok', text: `Imported settings from ${file.name}.` });
  };

  const reset = async (): Promise<void> => {
    await resetSettings();
    setConfirming(false);
    setMessage({ kind: 'ok', text: 'All settings are back to their defaults.' });
  };

  return (
    <div class="backup">
      <div class="backup-buttons">
        <button type="button" onClick={exportFile}>
          Export settings
        </button>
        <label class="file-button">
          Import settings…
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
          Reset to defaults…
        </button>
      </div>
      <p class="help">
        Export saves every setting to a JSON file; importing a file replaces them all at once.
      </p>
      {confirming && (
        <div role="group" aria-label="Confirm reset" class="confirm">
          <p>Reset every setting to its default? Your list of turned-off sites will be emptied.</p>
          <button type="button" class="primary" ref={confirmRef} onClick={() => void reset()}>
            Reset all settings
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
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
