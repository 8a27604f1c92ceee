/**
 * Features over word classes (wordClasses.ts) rather than words: who acts, what went wrong,
 * and how they stand to each other in the sentence. "<actor> … <err>" is learnt once from
 * every name, role and verb in the training data and then holds for names, roles and verbs it
 * never saw, which plain word n-grams cannot do.
 */
import {
  GROUP_NOUNS, SOFTWARE_SENSE, PERSON_POSSESSIVES, PERSON_PRONOUNS, PRODUCT_NAMES, ROLE_NOUNS, SELF_PRONOUNS, TEAM_WORDS,
  TERM_OF_ART_ADJECTIVES, AS_TERM_OF_ART,
} from '../rulebook/lexicon.ts';
import { opensWithName, readsAsName } from './openingName.ts';
import {
  CONSEQUENCE_WORDS, ERROR_NOUNS, ERROR_VERBS, HINDSIGHT_WORDS, MINIMISING_WORDS, NEGATION_WORDS, NEGATIVE_WORDS, SYSTEM_NOUNS,
} from './wordClasses.ts';

/** How far apart (in words) two classes may stand and still count as a pair. */
const WINDOW = 4;

const classOf = new Map<string, string>();
const put = (words: readonly string[], cls: string) => {
  for (const w of words) if (!classOf.has(w)) classOf.set(w, cls);
};
// order matters: a word in two lists keeps the first class
put([...PERSON_PRONOUNS, ...PERSON_POSSESSIVES, ...SELF_PRONOUNS], '<actor>');
put(ROLE_NOUNS, '<actor>');
put(GROUP_NOUNS, '<actor>');
put(CONSEQUENCE_WORDS, '<conseq>');
put(ERROR_NOUNS, '<errn>');
put(ERROR_VERBS, '<err>');
put(HINDSIGHT_WORDS, '<hind>');
put(NEGATIVE_WORDS, '<neg>');
put(MINIMISING_WORDS, '<min>');
put(NEGATION_WORDS, '<not>');
put(SYSTEM_NOUNS, '<sys>');
put(['we', 'us', 'our', 'ours'], '<we>');

const notNames = new Set([...PRODUCT_NAMES, ...TEAM_WORDS]);
const TERM_OF_ART = new RegExp(`^${AS_TERM_OF_ART}`, 'i');
const WORD = /@[\w.-]+|\p{L}[\p{L}'\u2019-]*|\d[\d.,:%]*/gu;

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

interface Slot {
  word: string;
  cls: string | null;
  possessive: boolean;
}

/**
 * An action item's owner, written before its task: "Platform team to enforce …", "DBA team: add
 * …", "SRE - rotate …", "Auditors to receive …". A team or role given work is how BLAMELESS.md
 * wants action items owned, so its words are an owner, not the actor of an error. Not after an
 * order ("Tell the night shift to …"): there the people are the ones being told.
 */
const OWNER_PREFIX = new RegExp(
  String.raw`^\s*(?:[-*\d.)]+\s+)?(?:the\s+)?(?:[\p{L}@&/-]+\s+){0,3}?(?:team|teams|squad|group|guild|rotation|on-call|oncall|owners?|desk|department|dept|org|unit|committee|council|board|sre|ops|devops|secops|qa|dba|[\p{L}-]+(?:ors|ers|ists|ants|ents|ians|eers))\s*(?::|\s-\s|\s\u2013\s|\s+to)\s*`,
  'iu',
);
/** What follows an owner is a task in the base form: not a past act ("Ops team: broke prod"), not "to thank". */
const NOT_A_TASK = /^(?:thank|blame|\w+ed|broke|took|went|ran|left|forgot|missed|pulled|pushed|sat|slept|asleep|again|never|always|was|were|is|are|has|had)\b/i;
const ORDER_WORDS = /^\s*(?:[-*\d.)]+\s+)?(?:ask|tell|remind|get|have|make|ensure|let|force|require|warn|instruct|train|coach)\b/i;

function ownerEnd(sentence: string): number {
  if (ORDER_WORDS.test(sentence)) return 0;
  const end = OWNER_PREFIX.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(end);
  // a task starts in lower case, with a verb in its base form
  return end > 0 && /^\p{Ll}/u.test(rest) && !NOT_A_TASK.test(rest) ? end : 0;
}

function slotsOf(sentence: string): Slot[] {
  const matches = [...sentence.matchAll(WORD)];
  const owner = ownerEnd(sentence);
  const words = matches.map((m) => m[0]);
  const lowerSentence = sentence.toLowerCase();
  // a short quoted phrase is a label being mentioned ("'human error' is never a cause"), not
  // the writer's own words: its words keep no class
  const quoted = [...sentence.matchAll(/["\u201c]([^"\u201d]{1,40})["\u201d]|(?<!\p{L})'([^']{1,25})'(?!\p{L})/gu)].map((m) => [m.index, m.index + m[0].length]);
  const inQuote = (k: number) => quoted.some(([a, b]) => k > a && k < b);
  return words.map((raw, i) => {
    if (inQuote(matches[i].index)) return { word: raw.toLowerCase(), cls: null, possessive: false };
    if (matches[i].index < owner) return { word: raw.toLowerCase(), cls: '<owner>', possessive: false };
    const lower = raw.toLowerCase().replace(/\u2019/g, "'");
    const possessive = /'s$|s'$/.test(lower) || PERSON_POSSESSIVES.includes(lower);
    const bare = lower.replace(/'s$/, '');
    let cls = classOf.get(bare) ?? classOf.get(singular(bare)) ?? null;
    // "the Kubernetes operator", "the queue worker": software, not a person
    const cues = Object.hasOwn(SOFTWARE_SENSE, singular(bare)) ? SOFTWARE_SENSE[singular(bare)] : undefined;
    if (cues && cues.some((cue) => lowerSentence.includes(cue))) cls = '<sys>';
    // "lazy loading", "a greedy regex": a term of art, no judgement
    if (cls === '<neg>' && TERM_OF_ART_ADJECTIVES.includes(bare) && TERM_OF_ART.test(sentence.slice(matches[i].index + raw.length))) cls = null;
    if (raw.startsWith('@')) cls = '<actor>';
    else if (!cls && i > 0 && readsAsName(raw, bare, notNames)) cls = '<actor>';
    else if (!cls && i === 0 && opensWithName(raw, words[1], notNames, words[2])) cls = '<actor>';
    return { word: bare, cls, possessive };
  }).map(asRecipient);
}

/** Prepositions that make the people after them the ones given something, not the ones acting. */
const RECIPIENT_PREPOSITIONS = new Set(['to', 'for', 'with', 'alongside', 'among']);
const NOUN_PHRASE_WORDS = new Set(['the', 'a', 'an', 'our', 'their', 'your', 'his', 'her', 'its', 'all', 'every', 'each', 'whole', 'entire', 'other', 'same']);

/**
 * "Grant read access to the SRE team", "feel for the engineer", "pair with the DBA": people
 * after such a preposition receive, not act, so they get a class of their own instead of
 * `<actor>` (which the classifier rightly reads as a strong sign of blame).
 */
function asRecipient(slot: Slot, i: number, slots: Slot[]): Slot {
  // "went to Dave, who ignored it": the relative clause makes them act after all
  if (slot.cls !== '<actor>' || slots[i + 1]?.word === 'who') return slot;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const { word, cls } = slots[j];
    // "down to the contractor again" puts it on them
    if (RECIPIENT_PREPOSITIONS.has(word)) return word === 'to' && slots[j - 1]?.word === 'down' ? slot : { ...slot, cls: '<recip>' };
    if (!NOUN_PHRASE_WORDS.has(word) && cls !== '<actor>') return slot;
  }
  return slot;
}

/** Ordered class pairs worth a feature: who did what, and what followed for whom. */
const PAIRS = new Set([
  '<actor>><err>', '<actor>><errn>', '<actor>><hind>', '<actor>><neg>', '<actor>><conseq>', '<actor>><min>',
  '<conseq>><actor>', '<neg>><actor>', '<hind>><err>', '<sys>><err>', '<sys>><hind>', '<we>><hind>',
  '<we>><err>', '<not>><actor>', '<not>><err>', '<not>><conseq>', '<min>><err>', '<err>><actor>',
  '<errn>><actor>',
]);

export function classFeatures(sentence: string): string[] {
  const slots = slotsOf(sentence);
  return [...sequenceFeatures(slots), ...cooccurrence(slots), subjectOf(slots)];
}

/** Classes, bigrams with words abstracted to their class, and ordered pairs within WINDOW. */
function sequenceFeatures(slots: Slot[]): string[] {
  const out: string[] = [];
  const seq = slots.map((s) => s.cls ?? s.word);
  for (let i = 0; i < slots.length; i++) {
    const a = slots[i];
    if (a.cls) out.push(`C${a.cls}`);
    if (i + 1 < slots.length && (a.cls || slots[i + 1].cls)) out.push(`CB ${seq[i]} ${seq[i + 1]}`);
    if (!a.cls) continue;
    for (let j = i + 1; j < Math.min(slots.length, i + 1 + WINDOW); j++) {
      const b = slots[j];
      if (b.cls && PAIRS.has(`${a.cls}>${b.cls}`)) out.push(`P${a.cls}>${b.cls}`);
    }
    // "the engineer's mistake", "his error"
    if (a.cls === '<actor>' && a.possessive && slots[i + 1]?.cls === '<errn>') out.push("P<actor>'s<errn>");
  }
  return out;
}

/** The whole sentence holds a person and an error, a judgement or a consequence, in any order. */
function cooccurrence(slots: Slot[]): string[] {
  const present = new Set(slots.map((s) => s.cls));
  if (!present.has('<actor>')) return ['S-noactor'];
  return ['<err>', '<errn>', '<neg>', '<conseq>', '<hind>', '<min>'].filter((c) => present.has(c)).map((c) => `S<actor>&${c}`);
}

/**
 * The actor or machine nearest before the first act or hindsight word stands for its subject
 * ("network engineer ran": the engineer, not the network). Not a parse; a cheap cue for
 * "a person did it" versus "a system did it".
 */
function subjectOf(slots: Slot[]): string {
  const verb = slots.findIndex((s) => s.cls === '<err>' || s.cls === '<hind>');
  let subject = '-';
  for (let i = verb - 1; i >= 0 && i >= verb - WINDOW; i--) {
    const c = slots[i].cls;
    if (c === '<actor>' || c === '<sys>' || c === '<we>') {
      subject = c;
      break;
    }
  }
  return `SUBJ${subject}${verb >= 0 ? slots[verb].cls : ''}`;
}
