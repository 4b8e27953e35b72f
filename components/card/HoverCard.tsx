import type { Translator } from '../../i18n/translate';
import type { Theme } from '../../utils/settings-schema';
import { TranslatorContext } from '../shared/use-translator';
import { MedicationCard, type MedicationCardProps } from './MedicationCard';

export interface HoverCardProps extends Omit<MedicationCardProps, 'titleId' | 'actions'> {
  readonly pinned: boolean;
  readonly onPinChange: (pinned: boolean) => void;
  readonly onClose: () => void;
  readonly theme?: Theme;
  /** Card text size in percent (settings.textSize). */
  readonly textSize?: number;
  /** The reader's language (the card lives in a page of any language). */
  readonly t: Translator;
}

const TITLE_ID = 'mg-card-title';

/**
 * The hover card: a non-modal dialog named after the medication (DESIGN contract 2), with pin and close
 * buttons. Positioning and open/close behaviour live in content/card-*.ts.
 */
export function HoverCard(props: HoverCardProps) {
  const { pinned, onPinChange, onClose, theme = 'auto', textSize = 100, t, ...card } = props;
  return (
    <TranslatorContext.Provider value={t}>
      <div
        class={`mg-card mg-theme-${theme}`}
        role="dialog"
        aria-labelledby={TITLE_ID}
        tabIndex={-1}
        data-pinned={pinned ? '' : undefined}
        style={{ '--mg-scale': String(textSize / 100) }}
      >
        <MedicationCard
          {...card}
          titleId={TITLE_ID}
          actions={
            <div class="mg-actions">
              <button
                type="button"
                class="mg-icon-btn mg-pin"
                aria-pressed={pinned}
                aria-label={t('card.pin')}
                title={pinned ? t('card.unpinTitle') : t('card.pinTitle')}
                onClick={() => onPinChange(!pinned)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path
                    d="M16 3v2h-1v6l3 3v2h-5v5l-1 1-1-1v-5H6v-2l3-3V5H8V3z"
                    fill={pinned ? 'currentColor' : 'none'}
                    stroke="currentColor"
                    stroke-width="1.6"
                    stroke-linejoin="round"
                  />
                </svg>
              </button>
              <button
                type="button"
                class="mg-icon-btn mg-close"
                aria-label={t('card.close')}
                title={t('card.closeTitle')}
                onClick={onClose}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path
                    d="M6 6l12 12M18 6 6 18"
                    stroke="currentColor"
                    stroke-width="2"
                    stroke-linecap="round"
                  />
                </svg>
              </button>
            </div>
          }
        />
      </div>
    </TranslatorContext.Provider>
  );
}
