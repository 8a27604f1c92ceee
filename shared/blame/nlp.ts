/**
 * The only file that talks to compromise. It turns text into sentences and part-of-speech
 * tagged tokens with character offsets into the original text.
 *
 * Speed: tagging is by far the most expensive step (~0.5 ms a sentence), so the text is only
 * tokenised into sentences up front (cheap), and a sentence is tagged once, lazily, the first
 * time a rule needs its tags. Sentences with no candidate phrase are never tagged.
 * compromise/two is the tagger without the phrase-level plugins of the default build, which
 * we do not use (smaller for the browser bundle, same tags).
 */
import nlp from 'compromise/two';
import { isEnglishWord } from './english.ts';

export interface Token {
  text: string;
  /** Lower-cased, punctuation-free form (compromise's `normal`; contractions expanded in `machine`). */
  normal: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation and whitespace before / after the word. */
  pre: string;
  post: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence's own text (already normalised by the caller). */
  text: string;
  /** Tagged tokens, computed on first access. */
  readonly tokens: Token[];
}

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

interface CompromiseDoc {
  compute(what: string | string[]): unknown;
  document: RawTerm[][];
}

const parse = nlp as unknown as ((text: string) => CompromiseDoc) & {
  tokenize(text: string): CompromiseDoc;
  world(): { model: { one: { lexicon: Record<string, string | string[]> } } };
};

/** Splits text into sentences with compromise's tokenizer (no tagging). */
export function splitSentences(text: string): Sentence[] {
  // fast path: no sentence end followed by more text, no blank line — one sentence
  if (!/[.!?\u2026]["')\]]*\s+\S|\n\s*\n/.test(text)) return [lazySentence(text, 0, text.length)];
  const doc = parse.tokenize(text);
  doc.compute('offset');
  const spans: Array<[number, number]> = [];
  for (const terms of doc.document) {
    const first = terms.find((t) => t.offset);
    const last = [...terms].reverse().find((t) => t.offset);
    if (!first?.offset || !last?.offset) continue;
    const start = first.offset.start;
    const end = Math.min(text.length, last.offset.start + last.offset.length + last.post.length);
    spans.push([start, end]);
  }
  if (spans.length === 0) spans.push([0, text.length]);
  return spans.map(([start, end]) => lazySentence(text, start, end));
}

function lazySentence(full: string, start: number, end: number): Sentence {
  let tokens: Token[] | undefined;
  const text = full.slice(start, end);
  return {
    start,
    end,
    text,
    get tokens() {
      tokens ??= tagCached(text, start);
      return tokens;
    },
  };
}

/**
 * The client re-checks a card on every keystroke and the CLI re-lints whole documents, so the
 * same sentences come back again and again: remember the last few hundred taggings.
 */
const TAG_CACHE_SIZE = 512;
const tagCache = new Map<string, Token[]>();

function tagCached(text: string, base: number): Token[] {
  let tokens = tagCache.get(text);
  if (tokens) {
    tagCache.delete(text); // refresh its place in the LRU order
  } else {
    tokens = tagText(text, 0);
    if (tagCache.size >= TAG_CACHE_SIZE) tagCache.delete(tagCache.keys().next().value as string);
  }
  tagCache.set(text, tokens);
  return base === 0 ? tokens : tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

const IT_TAGS = new Set(['Noun', 'Acronym', 'Singular']);
/** compromise tags "behind" as an adjective: "the engineer behind the change" is a noun and a prepositional phrase. */
const PREPOSITION_TAGS = new Set(['Preposition']);
const MISTAGGED_PREPOSITIONS = new Set(['behind']);

/** Full part-of-speech tagging of one piece of text; offsets are shifted by `base`. */
export function tagText(text: string, base = 0): Token[] {
  const doc = parse(text);
  doc.compute('offset');
  const out: Token[] = [];
  let cursor = 0;
  for (const terms of doc.document) {
    for (const t of terms) {
      // Contractions produce extra zero-width terms ("didn't" → "did" + "not"): keep them,
      // anchored where the contraction ends, so negation is still visible to the rules.
      let start = t.offset?.start ?? cursor;
      const length = t.offset?.length ?? 0;
      if (length > 0 && text.slice(start, start + length) !== t.text) {
        // compromise normalises some characters; realign on the raw text
        const found = text.indexOf(t.text, cursor);
        if (found >= 0) start = found;
      }
      const end = start + length;
      cursor = Math.max(cursor, end);
      out.push({
        text: t.text,
        normal: (t.machine || t.normal || t.text).toLowerCase(),
        start: base + start,
        end: base + end,
        // "the bank's IT staff": capital IT is the department, not the pronoun
        tags: t.text === 'IT' ? IT_TAGS : MISTAGGED_PREPOSITIONS.has(t.normal ?? '') && !t.tags.has('Preposition') ? PREPOSITION_TAGS : t.tags,
        pre: t.pre,
        post: t.post,
      });
    }
  }
  return out;
}

/** Is the word known at all: in compromise's lexicon (as anything) or a common English word? */
export function isKnownWord(word: string): boolean {
  return parse.world().model.one.lexicon[word.toLowerCase()] !== undefined || isEnglishWord(word);
}

/** What compromise's lexicon says a lower-case word is (empty when it does not know it). */
export function lexiconTags(word: string): string[] {
  const entry = parse.world().model.one.lexicon[word];
  return Array.isArray(entry) ? entry : entry ? [entry] : [];
}

const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Does compromise's lexicon know this word as a first name? (for mis-tagged "Bob from SRE") */
export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((tag) => FIRST_NAME_TAGS.includes(tag));
}

/**
 * Does it know the word as a first or last name? The tagger loses the tag in some positions ("Kowalczyk: add …"
 * comes out as an Expression), the lexicon does not. Its plain `Person` entries are left out:
 * they are mostly cities as much as names ("Houston", "Sydney", "Austin").
 */
export function isKnownName(word: string): boolean {
  return isKnownFirstName(word) || lexiconTags(word.toLowerCase()).includes('LastName');
}
