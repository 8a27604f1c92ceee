/**
 * Checks that are not a phrase to look for: a named person as an action item's owner or
 * subject, a vague action verb, and a question addressed to a named person.
 */
import { ACTION_PREAMBLES, CONCRETE_OUTCOME, NAME_VERBS, PRODUCT_NAMES, TEAM_WORDS, VAGUE_ACTION_VERBS } from './rulebook/lexicon.ts';
import { RULE_DATA } from './rulebook/rules.ts';
import { humanKind, isPersonName } from './humans.ts';
import { DIRECTING_VERBS, INITIALS, labelledOwner, looksLikePerson, namedAsMachine, OWNER_LABEL, peopleGivenWork } from './actors.ts';
import type { RawFinding } from './match.ts';
import { isKnownFirstName, type Sentence, type Token } from './nlp.ts';

const teamWords = new Set(TEAM_WORDS);
const nameVerbs = new Set(NAME_VERBS);
const products = new Set(PRODUCT_NAMES);
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;

function message(rule: RawFinding['rule'], match: string): string {
  return RULE_DATA[rule].message.replace('{match}', match);
}

/**
 * Is token i a person's name? compromise's tag first; for capitalised words it mis-tags
 * ("Bob from SRE": Bob as a verb) fall back to its lexicon of first names.
 */
function looksLikeName(tokens: Token[], i: number, firstWordMayBeName = false): boolean {
  const t = tokens[i];
  if (t.text.startsWith('@')) return false;
  if (isPersonName(tokens, i)) return true;
  if (products.has(t.normal) || teamWords.has(t.normal)) return false;
  const capitalised = /^[A-Z][a-z]+$/.test(t.text);
  // a title's first word is usually its verb; trust the lexicon there only in short or
  // assignment-like text ("Sam: add alerts")
  const placed = i > 0 || tokens.length <= 3 || firstWordMayBeName;
  const otherwise = t.tags.has('Modal') || t.tags.has('Month') || t.tags.has('Date') || t.tags.has('Pronoun');
  return capitalised && placed && !otherwise && isKnownFirstName(t.text);
}

/**
 * Does the text open with a person being given the work: "Sam to add alerts", "Sam: add
 * alerts", "Sam will add alerts", or just "Sam"? Then even a name that is also a verb
 * ("Mark", see NAME_VERBS) is a name, and compromise's lexicon may vouch for it.
 */
const ASSIGNMENT_WORDS = new Set(['to', 'will', 'should', 'must', 'needs', 'need', 'and', '&', 'owns', 'is', 'has', 'please', 'can']);
function readsLikeAssignment(tokens: Token[]): boolean {
  const first = tokens[0];
  const next = tokens[1];
  if (!first) return false;
  return !next || /[:,\-\u2013\u2014]/.test(first.post) || ASSIGNMENT_WORDS.has(next.normal) || isPersonName(tokens, 1);
}

/** "Hermes team", "Sam's squad": a team named after a product or a person. */
const TEAM_NOUNS = new Set(['team', 'squad', 'group', 'crew', 'guild', 'tribe', 'chapter']);

// at most six words and no comma between: "Thank ops and Dave migrates the cron jobs for …" assigns work
const THANKS = /^\s*(?:thank|thanks|thanks to|kudos to|credit to|shout-?out to|recognise|recognize|celebrate)\s+(?:[^\s.;:!?,]+\s+){1,6}?for\b/i;
/**
 * "Thank Oyelaran and Petrov for the overnight restore …": the people thanked are neither the
 * owner nor the subject of the action. Returns the offset (in the text) up to which the names
 * are thanked, or -1.
 */
function thankedUpTo(sentence: Sentence): number {
  const m = THANKS.exec(sentence.text);
  return m ? sentence.start + m[0].length : -1;
}

/**
 * person-owner: a named individual (name, @handle, e-mail, personal pronoun for the owner
 * field) rather than a team or role. `field` is 'owner' for the owner field, 'action' for
 * titles, where only names and handles count (a title's "we" or "they" is not an owner).
 */
export function personOwner(text: string, sentences: Sentence[], field: 'owner' | 'action'): RawFinding[] {
  const found: RawFinding[] = [];
  const push = (start: number, end: number) =>
    found.push({ rule: 'person-owner', start, end, message: message('person-owner', text.slice(start, end)) });

  for (const m of text.matchAll(EMAIL)) push(m.index, m.index + m[0].length);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const lower = sentence.text.toLowerCase();
    const assignment = field === 'owner' || readsLikeAssignment(tokens);
    const thanked = field === 'action' ? thankedUpTo(sentence) : -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (found.some((f) => t.start >= f.start && t.end <= f.end)) continue;
      if (t.end <= thanked) continue;
      if (i === 0 && !assignment && nameVerbs.has(t.normal)) continue;
      // Names compromise does not know ("Priya") pass: an unknown capitalised word is as
      // likely a team's codename ("Checkout", "Releng"), and an error blocks the item.
      const kind = humanKind(tokens, i, lower);
      const individual =
        kind === 'handle' ||
        looksLikeName(tokens, i, assignment) ||
        (field === 'owner' && (kind === 'self' || (kind === 'pronoun' && t.normal !== 'who')));
      if (!individual || namedAsMachine(tokens, i)) continue;
      if (kind !== 'handle' && TEAM_NOUNS.has(tokens[i + 1]?.normal ?? '')) continue;
      // merge "John Smith" into one finding
      let j = i;
      while (tokens[j + 1] && looksLikeName(tokens, j + 1) && !/[,;]/.test(tokens[j].post)) j++;
      push(t.start, tokens[j].end);
      i = j;
    }
    // An owner that is a full name or initials ("Priya Raman", "J.K."): a lone unknown word
    // stays allowed, because it is as likely a team's codename ("Releng", "Hyperion").
    if (field === 'owner' && found.length === 0 && tokens.length > 0 && tokens.length <= 3) {
      const all = tokens.every((_, i) => looksLikePerson(tokens, i));
      if (all && (tokens.length >= 2 || /\./.test(tokens[0].text))) push(tokens[0].start, tokens[tokens.length - 1].end);
    }
    // names no lexicon knows, by the position they hold in the title
    if (field === 'action') {
      for (const [from, to] of peopleGivenWork(tokens)) {
        const start = tokens[from].start;
        const end = tokens[to].end;
        if (!found.some((f) => start < f.end && f.start < end)) push(start, end);
      }
    }
  }
  return found;
}

/** After "X to": a verb ("re-run", "own"), not "to the team" or "to whoever". */
const readsAsVerb = (t: Token | undefined): boolean =>
  t !== undefined &&
  !/^(?:whoever|whomever|everyone|everybody|anyone|anybody|all|you|them|us|me|him|her)$/.test(t.normal) &&
  !/^(?:other|another|more|less|most|all|some|many|few)$/.test(t.normal) &&
  !['Determiner', 'Pronoun', 'Possessive', 'Value', 'ProperNoun', 'Preposition'].some((tag) => t.tags.has(tag));

const LINE_START = String.raw`(?:^|[.!?]\s+|\n)\s*(?:[-*\d.)]+\s+)?`;
const orderStart = new RegExp(String.raw`${LINE_START}(?:${[...DIRECTING_VERBS].join('|')})\b`, 'i');
// case-sensitive: a capitalised word or @handle, then "to" or a colon
const assignmentStart = new RegExp(String.raw`${LINE_START}[\p{Lu}@][\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?(?: to\b|:)`, 'u');

/** Cheap pre-check for personDirected: does any sentence open with an order or an assignment? */
export const mayDirectSomeone = (text: string): boolean => orderStart.test(text) || assignmentStart.test(text) || OWNER_LABEL.test(text);

/**
 * Outside action items (cards, prose, `debrief lint`), a sentence that is itself an order
 * handing work to a named person: "Remind Priya to double-check every config push",
 * "Ask Jiho to review configs twice", or that opens by assigning it: "Okonkwo to re-run the
 * migration", "J.K.: rotate the keys". Only the imperative or the name at the start counts; in
 * narration ("we asked Jiho to look") a name after "ask" is no target.
 */
export function personDirected(text: string, sentences: Sentence[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (const { tokens } of sentences) {
    const opener = tokens[0]?.normal ?? '';
    // "Pair Ingrid with infra …" gives work with someone, not to a culprit
    const ordered = DIRECTING_VERBS.has(opener) && opener !== 'pair' && !tokens[0].tags.has('PastTense');
    for (const [from, to] of peopleGivenWork(tokens)) {
      // "Ask Jiho to …" (an order), or "Okonkwo to re-run …" / "J.K.: …" opening the line (an
      // assignment, the way action items are written wherever they appear)
      const asked = ordered && DIRECTING_VERBS.has(tokens[from - 1]?.normal ?? '');
      // "Owner: Anjali Deshpande", "(owner: Dmitri Volkov)": the owner field written into the text
      const assigned =
        labelledOwner(tokens, from, to) ||
        (from === 0 &&
        ((tokens[to + 1]?.normal === 'to' && readsAsVerb(tokens[to + 2])) ||
          // a label before a colon is as often a topic ("Heatwave: …") as an owner
          (/:/.test(tokens[to].post) && (INITIALS.test(tokens[to].text) || tokens[to].tags.has('Person')))));
      if (!asked && !assigned) continue;
      const start = tokens[from].start;
      const end = tokens[to].end;
      found.push({ rule: 'person-owner', start, end, message: message('person-owner', text.slice(start, end)) });
    }
  }
  return found;
}

const vagueVerbs = [...VAGUE_ACTION_VERBS].sort((a, b) => b.length - a.length);
const preambles = [...ACTION_PREAMBLES].sort((a, b) => b.length - a.length);
const concrete = new RegExp(CONCRETE_OUTCOME, 'i');

/** vague-action: the title's verb is investigate / look into / improve / ensure … */
export function vagueAction(text: string): RawFinding[] {
  let offset = /^\s*/.exec(text)?.[0].length ?? 0;
  let rest = text.slice(offset).toLowerCase();
  for (const p of preambles) {
    const m = new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`).exec(rest);
    if (m) {
      offset += m[0].length;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const verb = vagueVerbs.find((v) => rest.startsWith(v) && !/[\p{L}]/u.test(rest.charAt(v.length)));
  if (!verb) return [];
  // "Improve p99 latency to under 200 ms" already says when it is done
  if (concrete.test(text.slice(offset + verb.length))) return [];
  const end = offset + verb.length;
  return [{ rule: 'vague-action', start: offset, end, message: message('vague-action', text.slice(offset, end)) }];
}

const VOCATIVE = /,\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'-]+)\s*\?\s*$/u;

/** who-question: a question put to a named person ("This bank is broken, isn't it, Mr Prentice?"). */
export function vocativeQuestion(sentence: Sentence): RawFinding[] {
  const m = VOCATIVE.exec(sentence.text);
  if (!m) return [];
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b/.test(m[1]);
  const tokens = sentence.tokens;
  const i = tokens.findIndex((t) => t.start >= start && t.end <= end && !t.tags.has('Honorific'));
  if (!honorific && (i < 0 || !isPersonName(tokens, i))) return [];
  return [{ rule: 'who-question', start, end, message: message('who-question', m[1]) }];
}
