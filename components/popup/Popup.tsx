import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ISOTRETINOIN_CONTENT } from '../../medications/isotretinoin/content';
import { sendToTab } from '../../utils/messaging';
import { resolveRegion } from '../../utils/settings-region';
import { useSettings, useTheme } from '../options/use-settings';
import { MentionList } from './MentionList';
import { PopupCard } from './PopupCard';
import { SiteControls } from './SiteControls';
import { usePageInfo } from './use-page-info';

/** The toolbar popup: this page's mentions, site switch, pause, options link, and the full card. */
export function Popup() {
  const settings = useSettings();
  const page = usePageInfo();
  const cardTitle = useId();
  useTheme(settings?.theme);

  return (
    <main>
      <header class="top">
        <h1>MedGlance</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {page.kind === 'loading' && <p aria-busy="true">Looking at this page…</p>}
      {page.kind === 'cannot-run' && (
        <section class="cannot-run" aria-label="Not available on this page">
          <p class="summary">MedGlance can't run on this page</p>
          <p>{page.reason}</p>
        </section>
      )}
      {page.kind === 'ready' && settings && (
        <>
          <SiteControls host={page.info.host} state={page.info.state} settings={settings} />
          {page.info.state === 'active' && (
            <MentionList
              count={page.info.count}
              mentions={page.info.mentions}
              onReveal={(index) => void sendToTab(page.tabId, 'revealMention', { index })}
            />
          )}
        </>
      )}
      {settings && (
        <div class={`card mg-med-root${settings.theme === 'auto' ? '' : ` mg-theme-${settings.theme}`}`}>
          <PopupCard
            content={ISOTRETINOIN_CONTENT}
            region={resolveRegion(settings.region)}
            titleId={cardTitle}
          />
        </div>
      )}
    </main>
  );
}
