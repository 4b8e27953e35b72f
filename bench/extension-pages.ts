import { generatePage, type GeneratedPage } from './generate-pages';

/** A page the extension scenarios load, with what it holds. */
export interface ScenarioPage {
  readonly path: string;
  readonly html: string;
  readonly mentions: number;
  readonly chars: number;
}

/** A generated page served at `path`. */
export const asScenario = (path: string, page: GeneratedPage): ScenarioPage => ({
  path,
  html: page.html,
  mentions: page.mentions,
  chars: page.visibleChars,
});

/** Pages without any name (not even in scripts or fields), of typical real-page sizes: 40 K, 200 K, 1 M. */
export const noMentionPages = (scale: number): ScenarioPage[] => [
  asScenario('/plain-40k.html', generatePage('plain', 0.04 * scale)),
  asScenario('/plain-200k.html', generatePage('plain', 0.2 * scale)),
  asScenario('/plain-1m.html', generatePage('plain', scale)),
  asScenario('/no-mention-1m.html', generatePage('no-mention', scale)),
];

/**
 * A forum built of nothing but divs (the markup that made 0.1.0's popup stringify <body> per snippet):
 * 4,000 posts, ~2.7 M characters, 200 mentions at scale 1.
 */
export function divForum(scale: number): ScenarioPage {
  const posts = Math.max(10, Math.round(4000 * scale));
  const mentions = Math.round(200 * scale);
  const filler =
    'people say the skin gets better after a few months and the dry lips are the worst part of it ';
  const out = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Div forum</title></head><body>',
  ];
  let chars = 0;
  for (let i = 0; i < posts; i++) {
    const named = mentions > 0 && i % Math.round(posts / mentions) === 0;
    const body = `${filler.repeat(6)}${named ? 'I started Accutane and ' : ''}${filler}`;
    chars += body.length + 12;
    out.push(
      `<div class="post"><div class="meta"><div>user${i}</div></div><div class="body"><div>${body}</div></div></div>`,
    );
  }
  out.push('</body></html>');
  return { path: '/div-forum.html', html: out.join(''), mentions, chars };
}

/** A page without mentions that embeds `origins.length` cross-origin frames, each without mentions. */
export function framesPage(origins: readonly string[]): { top: ScenarioPage; frame: ScenarioPage } {
  const text = 'An advert for running shoes. Comfortable, light and made to last for every run. ';
  const frame = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>${text.repeat(20)}</p></body></html>`;
  const frames = origins.map((o) => `<iframe src="${o}/empty-frame.html" width="300" height="100"></iframe>`);
  return {
    top: {
      path: '/frames.html',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body><p>${text}</p>${frames.join('')}</body></html>`,
      mentions: 0,
      chars: text.length,
    },
    frame: { path: '/empty-frame.html', html: frame, mentions: 0, chars: text.length * 20 },
  };
}

/** An SPA shell whose `swap()` replaces its main view with the 5 MB "huge" page's text (500 mentions). */
export function spaPages(scale: number): { shell: ScenarioPage; view: ScenarioPage } {
  const huge = generatePage('huge', scale);
  const main = huge.html.slice(huge.html.indexOf('<main>') + 6, huge.html.indexOf('</main>'));
  const shell = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA</title></head><body>
<nav><a href="#">Home</a></nav><main><p>Welcome to the forum.</p></main><script>
window.swap = async () => {
  const html = await (await fetch('/spa-view.html')).text();
  history.pushState({}, '', '/spa.html?route=2');
  document.querySelector('main').innerHTML = html;
};
</script></body></html>`;
  return {
    shell: { path: '/spa.html', html: shell, mentions: 0, chars: 30 },
    view: { path: '/spa-view.html', html: main, mentions: huge.mentions, chars: huge.visibleChars },
  };
}
