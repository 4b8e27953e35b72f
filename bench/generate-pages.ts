import { ISOTRETINOIN } from '../medications/isotretinoin';

/**
 * The four benchmark pages of issue 3 (DESIGN.md "Targets"), plus 'plain': the no-mention page without a
 * name anywhere, not even in its scripts or form fields: the common case the presence check is for.
 */
export type PageKind = 'article' | 'no-mention' | 'plain' | 'forum' | 'huge';
export const PAGE_KINDS: readonly PageKind[] = ['article', 'no-mention', 'plain', 'forum', 'huge'];

/** A generated page and what it is built to contain (tests check the html against these numbers). */
export interface GeneratedPage {
  readonly kind: PageKind;
  readonly html: string;
  /** Mentions in visible text: the number a correct detector must find. */
  readonly mentions: number;
  /** Mentions placed inside excluded contexts (script, style, textarea, contenteditable, …): must be ignored. */
  readonly excludedMentions: number;
  /** Characters of visible text (text outside excluded contexts, whitespace-only nodes not counted). */
  readonly visibleChars: number;
}

interface Shape {
  /** Content blocks (paragraphs or comments) at scale 1. */
  readonly blocks: number;
  readonly mentions: number;
  /** Characters per block (paragraph or comment). */
  readonly blockChars: number;
  /** One excluded-contexts block per this many content blocks. */
  readonly excludedEvery: number;
}

const SHAPES: Record<PageKind, Shape> = {
  // ~0.2 M characters.
  article: { blocks: 333, mentions: 50, blockChars: 600, excludedEvery: 60 },
  // ~1 M characters.
  'no-mention': { blocks: 1_667, mentions: 0, blockChars: 600, excludedEvery: 200 },
  plain: { blocks: 1_667, mentions: 0, blockChars: 600, excludedEvery: 200 },
  // 10,000 comments of ~200 characters plus a meta line and buttons: ~2.4 M characters.
  forum: { blocks: 10_000, mentions: 1_000, blockChars: 200, excludedEvery: 500 },
  // Paragraphs of five ~65-character text nodes: ~80k text nodes, ~5.3 M characters.
  huge: { blocks: 16_000, mentions: 500, blockChars: 330, excludedEvery: 800 },
};

// Plain words that are not, and do not contain, any medication name.
const WORDS = (
  'the a of and to in is it you that he was for on are with as his they be at one have this from or had by ' +
  'word but what some we can out other were all there when up use your how said an each she which do their ' +
  'time if will way about many then them write would like so these her long make thing see him two has look ' +
  'more day could go come did number sound no most people my over know water than call first who may down ' +
  'side been now find any new work part take get place made live where after back little only round man year ' +
  'came show every good me give our under name very through just form sentence great think say help low line ' +
  'skin doctor dry lips acne course month blood test clinic cream sun tired better week'
).split(' ');

/** Deterministic PRNG (mulberry32) so every run benchmarks the same pages. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs of plain words of about `chars` characters (never empty, never starting or ending with a space). */
function words(rand: () => number, chars: number): string {
  let out = '';
  while (out.length < chars) out += (out ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return out;
}

const NAME_TEXTS = ISOTRETINOIN.names.map((n) => n.text);

// Each excluded context holds a name; every one of them must be ignored by a correct detector.
const EXCLUDED_BLOCK = [
  '<script>/* Accutane */ window.medglanceBenchNote = "isotretinoin in a script string";</script>',
  '<style>/* Roaccutane */ .bench-hidden-note { color: inherit; }</style>',
  '<textarea aria-label="draft">My dermatologist suggested isotretinoin</textarea>',
  '<div contenteditable="true"><p>Editing a note about <b>Absorica</b> here</p></div>',
  '<noscript>Claravis needs scripts</noscript>',
  '<template><p>Amnesteem in a template</p></template>',
].join('\n');
const EXCLUDED_PER_BLOCK = 6;
const NAMELESS_BLOCK = EXCLUDED_BLOCK.replace(
  /Accutane|isotretinoin|Roaccutane|Absorica|Claravis|Amnesteem/g,
  'tablets',
);

/**
 * Generates one benchmark page. `scale` shrinks text and mention counts together (--quick uses 0.1).
 * Mentions are spread evenly and cycle through every default name, always as whole words.
 */
export function generatePage(kind: PageKind, scale = 1): GeneratedPage {
  const shape = SHAPES[kind];
  const rand = prng(kind.length * 7919 + 17);
  const excludedBlock = kind === 'plain' ? NAMELESS_BLOCK : EXCLUDED_BLOCK;
  const excludedPerBlock = kind === 'plain' ? 0 : EXCLUDED_PER_BLOCK;
  const blocks = Math.max(1, Math.round(shape.blocks * scale));
  const mentions = Math.round(shape.mentions * scale);
  const out: string[] = [];
  let visibleChars = 0;
  let excluded = 0;
  let placed = 0;
  const text = (s: string): string => {
    visibleChars += s.length;
    return s;
  };
  // Mention k goes into block floor(k * blocks / mentions): even spread, at most a few per block.
  const mentionsIn = (b: number): number =>
    mentions === 0 ? 0 : Math.ceil(((b + 1) * mentions) / blocks) - Math.ceil((b * mentions) / blocks);
  const body = (b: number, chars: number): string => {
    let s = words(rand, chars);
    for (let m = mentionsIn(b); m > 0; m--) {
      const cut = s.indexOf(' ', Math.floor(rand() * s.length));
      const name = NAME_TEXTS[placed++ % NAME_TEXTS.length]!;
      s = cut < 0 ? `${s} ${name}` : `${s.slice(0, cut)} ${name}${s.slice(cut)}`;
    }
    return s;
  };

  out.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text(`Bench ${kind}`)}</title>`,
  );
  out.push(excludedBlock, '</head><body>');
  excluded += excludedPerBlock;
  out.push(
    `<header><nav><a href="#">${text('Home')}</a> <a href="#">${text('Topics')}</a></nav></header><main>`,
  );
  for (let b = 0; b < blocks; b++) {
    if (b % shape.excludedEvery === shape.excludedEvery - 1) {
      out.push(excludedBlock);
      excluded += excludedPerBlock;
    }
    if (kind === 'forum') {
      out.push(
        `<div class="comment"><div class="meta"><a href="#u${b}">${text(`user${b}`)}</a> ` +
          `<time>${text(`${(b % 23) + 1} hours ago`)}</time></div>` +
          `<p>${text(body(b, shape.blockChars))}</p>` +
          `<div class="actions"><button>${text('Reply')}</button> <button>${text('Like')}</button></div></div>`,
      );
    } else if (kind === 'huge') {
      // Five text nodes per paragraph: plain, bold, plain, link, plain.
      const all = body(b, shape.blockChars).split(' ');
      const fifth = Math.ceil(all.length / 5);
      const [p1, p2, p3, p4, p5] = [0, 1, 2, 3, 4].map((i) =>
        all.slice(i * fifth, (i + 1) * fifth).join(' '),
      );
      out.push(
        `<p>${text(p1!)} <b>${text(p2!)}</b> ${text(p3!)} <a href="#p${b}">${text(p4!)}</a> ${text(p5!)}</p>`,
      );
      visibleChars += 4; // the four separating spaces
    } else {
      const s = body(b, shape.blockChars);
      const cut = s.indexOf(' ', s.length >> 1);
      out.push(`<p>${text(s.slice(0, cut))} <em>${text(s.slice(cut + 1))}</em></p>`);
      visibleChars += 1;
    }
    out.push('\n');
  }
  out.push(`</main><footer><p>${text('End of page')}</p></footer></body></html>`);
  return { kind, html: out.join(''), mentions: placed, excludedMentions: excluded, visibleChars };
}
