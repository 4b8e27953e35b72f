import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ISOTRETINOIN_CONTENT } from '../../medications/isotretinoin/content';
import { translator } from '../../i18n/translate';
import { HoverCard, type HoverCardProps } from './HoverCard';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const noop = () => {};
function draw(props: Partial<HoverCardProps> = {}) {
  render(
    <HoverCard
      content={ISOTRETINOIN_CONTENT}
      foundAs="Accutane"
      name={{
        medicationId: 'isotretinoin',
        text: 'Accutane',
        group: 'brands',
      }}
      detail="compact"
      onDetailChange={noop}
      pinned={false}
      onPinChange={noop}
      onClose={noop}
      t={translator('en')}
      {...props}
    />,
    root,
  );
  return root.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('HoverCard', () => {
  test('is a dialog named by the name as found on the page, with the brand relation', () => {
    const dialog = draw();
    const title = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Accutane');
    expect(root.querySelector('.mg-subtitle')?.textContent).toBe(
      'brand of isotretinoin · US (withdrawn 2009), Canada',
    );
  });

  test('compact: the boxed pregnancy warning is the first section; More offers the rest', () => {
    draw();
    const sections = [...root.querySelectorAll('.mg-section')];
    expect(sections[0]?.classList.contains('mg-boxed')).toBe(true);
    expect(sections[0]?.textContent).toMatch(/pregnan/i);
    const more = root.querySelector<HTMLButtonElement>('.mg-more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent).toMatch(/^More: \d+ more points/);
  });

  test('full shows more sections than compact, every cited source listed once', () => {
    draw();
    const compact = root.querySelectorAll('.mg-item').length;
    draw({ detail: 'full' });
    expect(root.querySelectorAll('.mg-item').length).toBeGreaterThan(compact);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.mg-source-list a')].map((a) => a.href);
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links).size).toBe(links.length);
    const highest = Math.max(
      ...[...root.querySelectorAll('.mg-ref')].flatMap((r) =>
        r.textContent!.replace(/\D+/g, ' ').trim().split(' ').map(Number),
      ),
    );
    expect(highest).toBe(links.length); // every reference number points into the list
    expect(root.querySelector('.mg-disclaimer')?.textContent).toMatch(/not medical advice/i);
  });

  test('pin and close buttons report clicks; pinned state is exposed as aria-pressed', () => {
    const calls: string[] = [];
    draw({ pinned: true, onPinChange: (p) => calls.push(`pin:${p}`), onClose: () => calls.push('close') });
    const pin = root.querySelector<HTMLButtonElement>('.mg-pin')!;
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    pin.click();
    root.querySelector<HTMLButtonElement>('.mg-close')!.click();
    expect(calls).toEqual(['pin:false', 'close']);
  });
});
