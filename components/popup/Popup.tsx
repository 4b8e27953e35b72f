import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MEDICATIONS } from '../../medications/registry';
import { contentFor } from '../../medications/registry-content';
import type { MedicationContent } from '../../medications/types';
import { sendToTab } from '../../utils/messaging';
import { resolveCountry, resolveRegion } from '../../utils/settings-region';
import type { Settings } from '../../utils/settings-schema';
import { useSettings, useTheme } from '../shared/use-settings';
import { TranslatorContext, useDocumentLang, useLanguage, useT } from '../shared/use-translator';
import { MentionList } from './MentionList';
import { PopupCard } from './PopupCard';
import { SiteControls } from './SiteControls';
import { usePageInfo } from './use-page-info';

/** The cards to show: those of the medications the page mentions, else every registered one. */
function cardsFor(mentioned: readonly string[] | undefined): MedicationContent[] {
  const ids = mentioned?.length ? mentioned : MEDICATIONS.map((m) => m.id);
  return ids.flatMap((id) => contentFor(id) ?? []);
}

/** The toolbar popup in the reader's language (the language setting applies at once). */
export function Popup() {
  const settings = useSettings();
  const t = useLanguage(settings?.language);
  useDocumentLang(t);
  return (
    <TranslatorContext.Provider value={t}>
      <PopupBody settings={settings} />
    </TranslatorContext.Provider>
  );
}

/** This page's mentions, site switch, pause, options link, and the full card. */
function PopupBody({ settings }: { settings: Settings | null }) {
  const t = useT();
  const page = usePageInfo();
  const cardTitle = useId();
  useTheme(settings?.theme);
  const mentioned = page.kind === 'ready' ? page.info.medications : undefined;

  return (
    <main>
      <header class="top">
        <h1>MedGlance</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </header>
      {page.kind === 'loading' && <p aria-busy="true">{t('popup.loading')}</p>}
      {page.kind === 'page-loading' && <p role="status">{t('popup.pageLoading')}</p>}
      {page.kind === 'cannot-run' && (
        <section class="cannot-run" aria-label={t('popup.cannotRun.label')}>
          <p class="summary">{t('popup.cannotRun.title')}</p>
          <p>{t(page.reason)}</p>
        </section>
      )}
      {page.kind === 'ready' && settings && (
        <>
          <SiteControls host={page.info.host} state={page.info.state} settings={settings} />
          {page.info.state === 'active' && (
            <MentionList
              count={page.info.count}
              mentions={page.info.mentions}
              onReveal={(id) => sendToTab(page.tabId, 'revealMention', { id })}
            />
          )}
        </>
      )}
      {settings &&
        cardsFor(mentioned).map((content, i) => (
          <div
            key={content.id}
            class={`card mg-med-root${settings.theme === 'auto' ? '' : ` mg-theme-${settings.theme}`}`}
          >
            <PopupCard
              content={content}
              region={resolveRegion(settings.region)}
              country={resolveCountry(settings.region)}
              titleId={`${cardTitle}-${i}`}
            />
          </div>
        ))}
    </main>
  );
}
