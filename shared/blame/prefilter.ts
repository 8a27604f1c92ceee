/**
 * The words a phrase's every match must contain, so that a text holding none of them skips that
 * phrase's regex. With some 750 phrases, running each regex over each sentence was most of the
 * checker's time, and most phrases cannot match most sentences; a substring test is far cheaper
 * than a regex whose start is a lookbehind or a character class, where V8 cannot skip ahead.
 *
 * Worked out once per phrase from the regex's syntax tree, the way a trigram index narrows a
 * regex search: a small piece of the pattern has an exact set of strings it can match; exact sets
 * join across a sequence ("fail" "(?:ed|s)" → "failed", "fails"); an alternation needs one of
 * its branches' words; the most selective set along a sequence is kept. Only ever a necessary
 * condition: a phrase with no usable words (the set would hold a word shorter than
 * MIN_LENGTH) is always run.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

type Strings = Set<string>;

interface Info {
  /** Every string the piece can match, when that is a small finite set. */
  exact?: Strings;
  /** Each match of the piece contains one of these. */
  needs?: Strings;
}

/** Larger exact sets stop growing: a needs-set is checked word by word on every sentence. */
const MAX_EXACT = 48;
/** Shorter words occur in nearly every sentence and filter nothing. */
const MIN_LENGTH = 3;
/** Ranges up to this size ("[a-c]") are spelled out; larger ones are "any character". */
const MAX_RANGE = 6;

const UNKNOWN: Info = {};
const EMPTY: Info = { exact: new Set(['']) };

/**
 * The text form the words are looked for in: lower case, every run of whitespace one space.
 * The phrases spell "any whitespace" as `\s+`, which the words carry as one space.
 */
const prefilterText = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * Which phrases may match a text. Each required word is filed under one of its three-letter
 * pieces, the least common one by English letter frequency, and a text turns on the phrases
 * filed under the pieces it holds: about 150 lookups a sentence instead of a substring test per
 * word per phrase. A word in the text always brings its piece along, so no phrase that could
 * match is left out; pieces are hashed, and a collision only turns on a phrase more.
 */
export class PhraseFilter {
  private readonly always: number[] = [];
  private readonly byPiece = new Map<number, number[]>();
  private readonly count: number;

  constructor(needs: ReadonlyArray<string[] | undefined>) {
    this.count = needs.length;
    needs.forEach((words, phrase) => {
      if (!words) {
        this.always.push(phrase);
        return;
      }
      for (const word of words) {
        const key = pieceKey(rarestPiece(word), 0);
        const list = this.byPiece.get(key) ?? [];
        if (list[list.length - 1] !== phrase) list.push(phrase);
        this.byPiece.set(key, list);
      }
    });
  }

  /** The phrases that may match, by index, in their original order. */
  mayMatch(text: string): number[] {
    const words = prefilterText(text);
    const on = new Uint8Array(this.count);
    for (const phrase of this.always) on[phrase] = 1;
    for (let at = 0; at + 3 <= words.length; at++) {
      const list = this.byPiece.get(pieceKey(words, at));
      if (list) for (const phrase of list) on[phrase] = 1;
    }
    const out: number[] = [];
    for (let phrase = 0; phrase < on.length; phrase++) if (on[phrase]) out.push(phrase);
    return out;
  }
}

const pieceKey = (s: string, at: number): number => ((s.charCodeAt(at) * 65599 + s.charCodeAt(at + 1)) * 65599 + s.charCodeAt(at + 2)) | 0;

/** Letters from most to least common in English text; a space is commoner than any. */
const BY_FREQUENCY = ' etaoinshrdlcumwfgypbvkjxqz';

function rarestPiece(word: string): string {
  let best = word.slice(0, 3);
  let bestScore = Infinity;
  for (let at = 0; at + 3 <= word.length; at++) {
    const piece = word.slice(at, at + 3);
    let score = 0;
    for (const ch of piece) {
      const rank = BY_FREQUENCY.indexOf(ch);
      // digits and punctuation are rare in prose: ranked with the rarer letters
      score += rank === -1 ? 6 : BY_FREQUENCY.length - rank;
    }
    if (score < bestScore) {
      best = piece;
      bestScore = score;
    }
  }
  return best;
}

/** By regex source: most phrases are compiled once per context, and the words are the same. */
const wordsBySource = new Map<string, string[] | undefined>();

export function requiredWords(source: string): string[] | undefined {
  if (wordsBySource.has(source)) return wordsBySource.get(source);
  const words = wordsOf(source);
  wordsBySource.set(source, words);
  return words;
}

function wordsOf(source: string): string[] | undefined {
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
  const words = needsOf(alternation(pattern.alternatives));
  if (!words || [...words].some((w) => w.trim().length < MIN_LENGTH)) return undefined;
  // a word that contains another is implied by it: keep the shorter, fewer tests
  const sorted = [...words].sort((a, b) => a.length - b.length);
  return sorted.filter((w, i) => !sorted.slice(0, i).some((shorter) => w.includes(shorter)));
}

function needsOf(info: Info): Strings | undefined {
  if (info.needs) return info.needs;
  if (info.exact && !info.exact.has('')) return info.exact;
  return undefined;
}

function alternation(alternatives: Alternative[]): Info {
  const infos = alternatives.map((a) => sequence(a.elements));
  const exact = union(infos.map((i) => i.exact));
  const needs = union(infos.map(needsOf));
  return { exact: exact && exact.size <= MAX_EXACT ? exact : undefined, needs };
}

function union(sets: Array<Strings | undefined>): Strings | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return undefined;
    for (const s of set) out.add(s);
  }
  return out;
}

function sequence(elements: Element[]): Info {
  const candidates: Strings[] = [];
  let run: Strings = new Set(['']);
  let whole = true;
  const flush = () => {
    if (!run.has('')) candidates.push(run);
    run = new Set(['']);
  };
  for (const element of elements) {
    const info = infoOf(element);
    if (info.exact) {
      const joined = join(run, info.exact);
      if (joined) {
        run = joined;
      } else {
        whole = false;
        flush();
        run = info.exact;
      }
      continue;
    }
    whole = false;
    flush();
    const needs = needsOf(info);
    if (needs) candidates.push(needs);
  }
  if (whole) return { exact: run };
  flush();
  return { needs: mostSelective(candidates) };
}

/** Every a + b, with runs of spaces collapsed; undefined when the product grows too large. */
function join(a: Strings, b: Strings): Strings | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x.endsWith(' ') && y.startsWith(' ') ? x + y.slice(1) : x + y);
  return out;
}

/**
 * The set least likely to occur in a sentence: each word counts by how common a word of its
 * length is (three letters are everywhere, seven almost nowhere), so one long word beats a
 * handful of short ones and a short set of long words beats a long one.
 */
function mostSelective(candidates: Strings[]): Strings | undefined {
  let best: Strings | undefined;
  let bestCost = Infinity;
  for (const set of candidates) {
    let cost = 0;
    for (const word of set) {
      const length = word.trim().length;
      cost += length < MIN_LENGTH ? Infinity : 0.4 ** (length - MIN_LENGTH);
    }
    if (cost < bestCost) {
      best = set;
      bestCost = cost;
    }
  }
  return best;
}

function infoOf(node: Node): Info {
  switch (node.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value).toLowerCase()]) };
    case 'CharacterSet':
      // \s, \s+ and \s* match whitespace, which the searched text holds as one space
      return node.kind === 'space' && !node.negate ? { exact: new Set([' ']) } : UNKNOWN;
    case 'CharacterClass':
      return characterClass(node);
    case 'Assertion':
      // zero width: what a lookaround asks for is not part of the match
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives);
    case 'Quantifier': {
      const inner = infoOf(node.element);
      const isSpace = inner.exact?.size === 1 && inner.exact.has(' ');
      if (node.min === 0) {
        if (node.max === 1 || isSpace) return inner.exact ? { exact: new Set([...inner.exact, '']) } : UNKNOWN;
        return UNKNOWN;
      }
      if ((node.min === 1 && node.max === 1) || isSpace) return inner;
      return { needs: needsOf(inner) };
    }
    default:
      return UNKNOWN;
  }
}

function characterClass(node: Extract<Node, { type: 'CharacterClass' }>): Info {
  if (node.negate) return UNKNOWN;
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') {
      chars.add(String.fromCodePoint(element.value).toLowerCase());
    } else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_RANGE) {
      for (let c = element.min.value; c <= element.max.value; c++) chars.add(String.fromCodePoint(c).toLowerCase());
    } else if (element.type === 'CharacterSet' && element.kind === 'space' && !element.negate) {
      chars.add(' ');
    } else {
      return UNKNOWN;
    }
  }
  return { exact: chars };
}
