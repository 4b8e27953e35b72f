import type { MedicationName, MedicationNames, SwitchableNameGroup } from '../../medications/types';
import { presenceTest, type PresenceTest } from './presence-test';

/** One whole-word match of a medication name in a string. */
export interface NameMatch {
  readonly index: number;
  readonly length: number;
  readonly name: MedicationName;
}

/** A compiled matcher for a fixed set of names. Build it once per settings change, reuse it for every text. */
export interface NameMatcher extends PresenceTest {
  /** Every whole-word match, in order, non-overlapping. */
  findAll(text: string): NameMatch[];
  /** Length of the longest name starting exactly at `at`, boundaries not checked; 0 when none does. */
  nameAt(text: string, at: number): number;
  /** True when `word` is exactly one of the names (case-insensitive). */
  isName(word: string): boolean;
  /** The names this matcher looks for. */
  readonly names: readonly MedicationName[];
}

export type { PresenceTest };

/** Which switchable groups of one medication are on; the INN is always on. */
export type NameGroups = Readonly<Record<SwitchableNameGroup, boolean>>;

/** Name groups by medication id; a medication without an entry has every group on. */
export type NameGroupSettings = Readonly<Partial<Record<string, NameGroups>>>;

// A name must not touch a letter, digit or combining mark of any script written with spaces between
// words. `\b` is ASCII-only, so the rule is spelled out with Unicode properties. Chinese, Japanese, Thai,
// Lao, Khmer and Burmese put no space around a Latin word ("我在吃Accutane，"), and Korean particles attach
// to it ("Accutane을"): their letters end a word.
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const UNSPACED = `${CJK_SCRIPTS}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}`;
// U+02BC (ʼ) is a letter, but an apostrophe to the reader: "Accutaneʼs" is a possessive.
const WORD_CLASS = `(?![${UNSPACED}\\u02bc])[\\p{L}\\p{N}\\p{M}]`;
const WORD_CHAR = new RegExp(WORD_CLASS, 'u');
const END_GUARD = `(?!${WORD_CLASS})`;
/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM: invisible, found inside words. */
export const INVISIBLE_CHARS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'] as const;
export const INVISIBLE_CLASS = `[${INVISIBLE_CHARS.join('')}]`;
// Chinese and Japanese are written without spaces: names in these scripts match inside running text.
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'u');

/** The names of `medications` whose group is enabled for their medication (the INN always is). */
export function enabledNames(
  medications: readonly MedicationNames[],
  groups: NameGroupSettings,
): MedicationName[] {
  return medications.flatMap((med) =>
    med.names.filter((n) => n.group === 'inn' || (groups[med.id]?.[n.group] ?? true)),
  );
}

/**
 * Lower-case, NFKC (full-width letters as ASCII), single-spaced form used to map a matched text back to
 * its name entry; Turkish İ and ı are i (toLowerCase makes İ an i with a combining dot).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0130\u0131]/gu, 'i')
    .toLowerCase()
    .replace(/\s+/gu, ' ');
}

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

const SYNTAX = new Set('\\^$.*+?()[]{}|/-');
const escapeChar = (c: string): string => (SYNTAX.has(c) ? `\\${c}` : c);

/**
 * Regex source for one character: spaces stretch, accented letters also match their decomposed (NFD)
 * form, i also matches Turkish İ and ı (no case folding joins them: "İzotretinoin" starts a Turkish
 * sentence), and in a name written in CJK (`wide`) a Latin letter also matches its full-width form
 * ("异维Ａ酸"). Runs for every character of every name where a pattern is built at run time, so plain
 * ASCII takes the short way.
 */
function charPattern(c: string, wide: boolean): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) {
    if (c === ' ' || c === '\t' || c === '\n') return '\\s+';
    if (c === 'i') return wide ? '[iİıｉ]' : '[iİı]';
    return wide && isAsciiLetter(code) ? `[${c}${String.fromCharCode(code + 0xfee0)}]` : escapeChar(c);
  }
  if (/\s/u.test(c)) return '\\s+';
  const decomposed = c.normalize('NFD');
  if (decomposed === c) return escapeChar(c);
  return `(?:${escapeChar(c)}|${[...decomposed].map(escapeChar).join('')})`;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  end: 'none' | 'guarded' | 'open';
}

/**
 * Builds one alternation as a trie ("isot(?:retinoin|roin)…"): names share prefixes, so the regex engine
 * never retries the same letters for each of ~30 names. Longer names win ("Absorica LD" over "Absorica")
 * because the empty "name ends here" branch is always tried last.
 */
function trieSource(names: readonly MedicationName[], guarded = true): string {
  if (guarded) {
    // One end-of-word guard after the whole alternation, not one per name: V8 compiles every
    // [\p{L}\p{N}\p{M}] class on its own, and ~30 of them made the first findAll in a renderer one task of
    // ~70–100 ms (bench "cold start"; one guard: ~10 ms). Backtracking into the group still falls back to a
    // shorter name when a longer one is not followed by a word end ("Absorica" in "Absorica LDX").
    const endsOpen = (n: MedicationName): boolean => CJK.test([...n.text].at(-1) ?? '');
    const closed = names.filter((n) => !endsOpen(n));
    const open = names.filter(endsOpen);
    return [
      ...(closed.length ? [`(?:${trieSource(closed, false)})${END_GUARD}`] : []),
      ...(open.length ? [trieSource(open, false)] : []),
    ].join('|');
  }
  const root: TrieNode = { children: new Map(), end: 'none' };
  for (const { text } of names) {
    let node = root;
    const wide = CJK.test(text);
    for (const c of text.normalize('NFC').toLowerCase()) {
      const unit = charPattern(c, wide);
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = { children: new Map(), end: 'none' }));
      node = next;
    }
    node.end = CJK.test([...text].at(-1) ?? '') ? 'open' : 'guarded';
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children].map(([unit, child]) => unit + emit(child));
    if (node.end !== 'none') alts.push(node.end === 'guarded' && guarded ? END_GUARD : '');
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return emit(root);
}

/** True when the character before `index` is a letter, digit or mark (surrogate pairs included). */
export function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 0x80) return (c >= 48 && c <= 57) || isAsciiLetter(c);
  const cp = c >= 0xdc00 && c <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : c;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** The regex sources for `names`: the whole-word pattern and the boundary-free presence pattern. */
export interface NamePatterns {
  readonly guarded: string;
  /**
   * The presence test runs on textContent, which glues blocks together ("…Accutane</p><p>Next" reads
   * "AccutaneNext"): it must not apply the boundary rules, or it would miss such mentions.
   */
  readonly presence: string;
}

/** Builds the patterns (a trie of the names, see trieSource). */
export function namePatterns(names: readonly MedicationName[]): NamePatterns {
  return names.length
    ? { guarded: trieSource(names), presence: trieSource(names, false) }
    : { guarded: '(?!)', presence: '(?!)' };
}

/**
 * Identifies a names list, so patterns built for it can be recognised: a 32-bit FNV-1a hash of every
 * name with its medication, in order (a short number in the bundle instead of the whole list again).
 */
export function namesKey(names: readonly MedicationName[]): number {
  let hash = 0x811c9dc5;
  for (const n of names) {
    const text = `${n.medicationId}:${n.text}|`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

// A build-time define (scripts/name-patterns.ts), named as defines are:
// oxlint-disable-next-line no-underscore-dangle
declare const __MEDGLANCE_PREBUILT_PATTERNS__: (NamePatterns & { readonly key: number }) | undefined;

/**
 * The patterns for the default names (every registered medication, every group), built once at build
 * time (scripts/name-patterns.ts) instead of in every frame of every page: building the trie was the
 * largest part of a frame's start-up in a CPU profile. Any other set of names is built at run time.
 */
function prebuiltPatterns(names: readonly MedicationName[]): NamePatterns | undefined {
  const prebuilt =
    typeof __MEDGLANCE_PREBUILT_PATTERNS__ === 'undefined' ? undefined : __MEDGLANCE_PREBUILT_PATTERNS__;
  return prebuilt && prebuilt.key === namesKey(names) ? prebuilt : undefined;
}

/**
 * Compiles a matcher for `names`: case-insensitive, Unicode whole words, CJK names inside running text.
 * The preceding-character rule is checked in code, not with a leading look-behind, which measured ~3× slower.
 */
export function compileMatcher(names: readonly MedicationName[]): NameMatcher {
  const { guarded: source, presence: presenceSource } = prebuiltPatterns(names) ?? namePatterns(names);
  const presence = presenceTest(presenceSource);
  // The rest is built on the first findAll: the presence check in every frame never needs it.
  let built:
    | { global: RegExp; byKey: Map<string, MedicationName>; opensWord: Map<MedicationName, boolean> }
    | undefined;
  let sticky: RegExp | undefined;
  let whole: RegExp | undefined;
  const build = () =>
    (built ??= {
      global: new RegExp(source, 'giu'),
      byKey: new Map(names.map((n) => [nameKey(n.text), n] as const)),
      opensWord: new Map(names.map((n) => [n, !CJK.test(n.text.charAt(0))] as const)),
    });

  return {
    names,
    ...presence,
    nameAt(text, at) {
      sticky ??= new RegExp(presenceSource, 'iuy');
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      return m ? m[0].length : 0;
    },
    isName(word) {
      whole ??= new RegExp(`^(?:${presenceSource})$`, 'iu');
      return whole.test(word);
    },
    findAll(text) {
      const { global, byKey, opensWord } = build();
      // Case folding in the regex is wider than toLowerCase() (e.g. "ſ" folds to "s"): fall back to
      // per-name tests.
      const resolve = (found: string): MedicationName | undefined =>
        byKey.get(nameKey(found)) ??
        names.find((n) => new RegExp(`^(?:${trieSource([n])})$`, 'iu').test(found));
      const out: NameMatch[] = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        const name = resolve(m[0]);
        if (!name || (opensWord.get(name) && wordCharBefore(text, m.index))) {
          global.lastIndex = m.index + 1;
          continue;
        }
        out.push({ index: m.index, length: m[0].length, name });
      }
      return out;
    },
  };
}
