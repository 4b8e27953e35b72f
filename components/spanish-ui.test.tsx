import { render } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../i18n/messages/en';
import { translator } from '../i18n/translate';
import { ISOTRETINOIN_CONTENT } from '../medications/isotretinoin/content';
import { ISOTRETINOIN } from '../medications/isotretinoin';
import { updateSettings } from '../utils/storage';
import { HoverCard } from './card/HoverCard';
import { OptionsPage } from './options/OptionsPage';
import { PopupCard } from './popup/PopupCard';

/** Every English catalogue text (plural forms too) that reads differently in Spanish. */
const es = translator('es');
const english = new Set(
  Object.entries(en).flatMap(([key, value]) => {
    const forms = typeof value === 'string' ? [value] : Object.values(value);
    const spanish = es(key as keyof typeof en, { count: 2 });
    return forms.map((f) => f.replace(/\{\w+\}/g, '').trim()).filter((f) => f.length > 3 && f !== spanish);
  }),
);

/** Visible text and the accessible names a screen reader speaks (aria-label, title, placeholder, alt). */
function shownTexts(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.textContent?.trim()) out.push(n.textContent.trim());
  for (const el of root.querySelectorAll('*'))
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt'])
      if (el.getAttribute(attr)) out.push(el.getAttribute(attr)!);
  return out;
}
/** Texts that are, or contain a phrase of, the English catalogue (one-word texts must match whole). */
const leftInEnglish = (root: Element) =>
  shownTexts(root).filter((text) =>
    [...english].some((e) => (e.includes(' ') ? text.includes(e) : text === e)),
  );

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;

describe('in Spanish, no string of the English catalogue is left', () => {
  test('the hover card, compact and full', () => {
    for (const detail of ['compact', 'full'] as const) {
      render(
        <HoverCard
          content={ISOTRETINOIN_CONTENT}
          foundAs="Roaccutane"
          name={ISOTRETINOIN.names.find((n) => n.text === 'Roaccutane')}
          detail={detail}
          onDetailChange={() => {}}
          region="EU"
          country="ES"
          pinned={false}
          onPinChange={() => {}}
          onClose={() => {}}
          t={es}
        />,
        root(),
      );
      expect(root().querySelector('.mg-med')?.getAttribute('lang')).toBe('es');
      expect(leftInEnglish(root())).toEqual([]);
      expect(root().textContent).toContain('No es consejo médico: consulte a su médico o farmacéutico.');
    }
  });

  test('the popup card', async () => {
    const { TranslatorContext } = await import('./shared/use-translator');
    render(
      <TranslatorContext.Provider value={es}>
        <PopupCard content={ISOTRETINOIN_CONTENT} region="other" country="MX" titleId="t" />
      </TranslatorContext.Provider>,
      root(),
    );
    expect(leftInEnglish(root())).toEqual([]);
    expect(root().textContent).toContain('911');
  });

  test('the options page with the language set to Español', async () => {
    await updateSettings({ language: 'es' });
    render(<OptionsPage />, root());
    await expect.poll(() => root().querySelector('h1')?.textContent).toBe(es('options.title'));
    expect(leftInEnglish(root())).toEqual([]);
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Opciones de MedGlance'); // the tab's title, not index.html's English
    await updateSettings({ language: 'en' });
    await expect.poll(() => document.title).toBe('MedGlance options');
  });

  test('the check notices an English string (it can fail)', () => {
    root().innerHTML = `<p>${en['options.sites.help']}</p>`;
    expect(leftInEnglish(root())).toHaveLength(1);
  });
});
