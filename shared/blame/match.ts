/**
 * Runs the compiled phrases over the text and keeps the matches whose conditions hold within
 * their sentence (who the actor is, technical senses, rejections). Tags are only requested —
 * and a sentence only parsed — when a match needs to know who is involved.
 */
import type { Rule } from './types.ts';
import { DEFAULT_TARGETS, RULE_DATA, SENTENCE_TARGETS, type HumanKind, type PhraseSpec } from './rulebook/rules.ts';
import { humanKind, humansIn, isSetAside, mayMentionPeople, objectAfter, subjectBefore } from './humans.ts';
import type { Sentence, Token } from './nlp.ts';
import type { CompiledPhrase, CompiledRules } from './patterns.ts';
import { claimRefuted, discussesBlame, fearedBefore, framedForDiscussion, isRejected, openQuestionOfBlame, rejectedBefore, within, type Span } from './quotes.ts';
import { slipSetAside } from './slips.ts';

export interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
  message: string;
  supersedes?: Rule[];
}

export interface Candidate {
  phrase: CompiledPhrase;
  m: RegExpMatchArray;
}

/** Every raw regex match in the text: cheap, and most text has none. */
export function findCandidates(text: string, { phrases, filter }: CompiledRules): Candidate[] {
  const out: Candidate[] = [];
  for (const index of filter.mayMatch(text)) {
    const phrase = phrases[index];
    // exec over the shared global regex rather than matchAll, which clones the regex on
    // every call: with some 250 phrases, the clones were most of the checker's scanning time
    const { re } = phrase;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ phrase, m });
      if (m[0] === '') re.lastIndex++;
    }
  }
  return out;
}

/** Keeps the candidates whose conditions hold within their sentence. */
export function evaluate(candidates: Candidate[], sentences: Sentence[], mentions: Span[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (const { phrase, m } of candidates) {
    const index = m.index ?? 0;
    const sentence = sentenceAt(sentences, index);
    if (!sentence) continue;
    // trim the clause-start anchor some phrases carry ("…, who approved")
    const lead = /^[\s,;:]*/.exec(m[0])?.[0].length ?? 0;
    const start = index + lead;
    const end = index + m[0].replace(/\s+$/, '').length;
    if (within({ start, end }, mentions)) continue;
    const local = start - sentence.start;
    const localEnd = Math.min(end, sentence.end) - sentence.start;
    if (!passesTextChecks(phrase, sentence.text, local, localEnd)) continue;
    if (!passesTargetCheck(phrase.spec, sentence, m, start, end, mentions)) continue;
    const words = m[0].slice(lead).trim();
    found.push({
      rule: phrase.rule,
      start,
      end,
      message: (phrase.spec.message ?? RULE_DATA[phrase.rule].message).replace('{match}', words),
      supersedes: phrase.spec.supersedes,
    });
  }
  return found;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

// "since" gives a reason, not a time ("missed the pages since 02:00" explains nothing); "at once"
// is how much, not "once X happened"
const EXPLANATION = /\b(?:because|due to|owing to|since(?! \d| then\b| last\b| yesterday\b| (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?<!\bat )once|per the|as (?:the|it|its|they|he|she|we|our|planned|agreed|specified|documented|instructed|trained|required|(?:described|written) in (?:the|our)))\b/i;

/** "That poor guy, imagine watching your own mistake light up every phone": sympathy, not a verdict. */
const COMPASSION_OPENER = /^\s*(?:that |the )?poor (?:guy|gal|soul|sod|bugger|person|engineer|admin|intern|dev|kid|tech|operator)\b(?![^.;!?]*\b(?:to blame|at fault|fault|careless|idiot|incompetent|negligent|fired|sacked|deserve[sd]?)\b)/i;

/**
 * "Huge thanks to the night dispatchers who ran on paper for 4 hrs": gratitude, not a verdict.
 * Not a bare "Thanks to …", which as often means "because of" ("Thanks to a contractor's slip, …").
 */
const GRATITUDE_OPENER = /^\s*(?:(?:huge|big|massive|many|special|heartfelt|sincere)\s+thanks|thank\s+you|kudos|shout-?outs?|props\s+to|hats\s+off|much\s+respect)\b(?![^.!?]*(?:[;:\u2014\u2013]|\s-\s|,\s*(?:and|but)\b|\b(?:but|unlike|again|another|yet)\b))(?![^.!?]*\b(?:to blame|at fault|fault|careless\w*|reckless\w*|sloppy|botched|idiot\w*|incompetent|negligent\w*|fired|sacked|written up|retrain\w*|deserve[sd]?|not|mistakes?|errors?|typos?|blunders?|broke|screw\w*|mess\w*)\b|[^.!?]*\w's (?:[\w-]+ )?(?:mistake|error|typo|blunder|screw-?up|mess))/i;

/** Rules whose phrases say nothing about a person when the sentence argues against blaming. */
const PLACING_BLAME: ReadonlySet<Rule> = new Set<Rule>(['fault', 'punishment', 'human-error', 'judgement', 'person-fix']);

/** The clause a match sits in, up to the match's end: a verdict in an earlier clause is not about it. */
function clauseUpTo(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const opening = Math.max(0, ...[...before.matchAll(/[;:.!?,]|\b(?:but|and|while|though|although)\b/g)].map((m) => m.index + m[0].length));
  return text.slice(opening, end);
}

function passesTextChecks(phrase: CompiledPhrase, text: string, start: number, end: number): boolean {
  const { spec } = phrase;
  if (spec.question && !text.includes('?')) return false;
  if (phrase.notFollowedBy?.test(text.slice(end))) return false;
  if (phrase.notPrecededBy?.test(text.slice(0, start))) return false;
  if (phrase.cue && !phrase.cue.test(text)) return false;
  if (spec.negatable && isRejected(text.slice(0, start))) return false;
  if (spec.explained && EXPLANATION.test(text.slice(end))) return false;
  if (slipSetAside(phrase.rule, text, start, end)) return false;
  if (PLACING_BLAME.has(phrase.rule) && (discussesBlame(text) || rejectedBefore(text.slice(0, start)) || COMPASSION_OPENER.test(text) || GRATITUDE_OPENER.test(text))) return false;
  // an omission told inside a sentence that takes the blame off people ("the failure lies in the process and not in the person who missed it")
  if (phrase.rule === 'failed-to' && discussesBlame(text)) return false;
  // the act told as the verdict on blaming: "experts said blaming the intern ignored deeper failures"
  if (phrase.rule === 'non-compliance' && discussesBlame(clauseUpTo(text, start, end))) return false;
  if (framedForDiscussion(text.slice(0, start)) || openQuestionOfBlame(text.slice(0, start), text.slice(end))) return false;
  if (claimRefuted(text.slice(0, start), text.slice(start, end), text.slice(end))) return false;
  if (phrase.rule === 'punishment' && fearedBefore(text.slice(0, start))) return false;
  return true;
}

/**
 * compromise sometimes tags a bare participle as a noun ("should never have run that"): accept
 * common participle shapes unless the word is clearly something else.
 */
const PARTICIPLE = /(?:ed|en|wn|ght|ung|un|one|ut|et|it|ade|aid|ept|eld|old|ilt|ost|ent|ound|ook)$/;
function looksLikeParticiple(t: Token): boolean {
  if (t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Pronoun') || t.tags.has('Plural')) return false;
  return PARTICIPLE.test(t.normal);
}

/** Index of the first token that ends after `offset` (absolute). */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function passesTargetCheck(
  spec: PhraseSpec,
  sentence: Sentence,
  m: RegExpMatchArray,
  start: number,
  end: number,
  mentions: Span[],
): boolean {
  const target = spec.target ?? 'none';
  if (target === 'none' && !spec.verbGroup) return true;
  // a passive with no "by …" agent needs no tags: "this should have been caught in review"
  const by = target === 'agent' ? /^\s+by\s+/i.exec(sentence.text.slice(end - sentence.start)) : null;
  if (target === 'agent' && !by) return true;
  // no word in the sentence can be a person: do not spend time tagging it
  if (target !== 'none' && !mayMentionPeople(sentence.text)) return false;
  const tokens = sentence.tokens;
  const lower = sentence.text.toLowerCase();
  const accept = new Set<HumanKind>(spec.who ?? (target === 'sentence' ? SENTENCE_TARGETS : DEFAULT_TARGETS));
  const ok = (kind: HumanKind | null) => kind !== null && accept.has(kind);
  const loose = spec.personal === true;

  if (spec.verbGroup) {
    const group = groupSpan(m, 'verb');
    if (group && group.end > group.start) {
      const from = tokenAt(tokens, group.start);
      const to = tokenAt(tokens, group.end - 1) + 1;
      const words = tokens.slice(from, to);
      if (!words.some((t) => t.tags.has('Verb') || looksLikeParticiple(t))) return false;
    }
  }
  switch (target) {
    case 'none':
      return true;
    case 'subject': {
      // a phrase that matches from the start of its clause names its verb `act`: the subject is left of that
      const act = groupSpan(m, 'act');
      return ok(subjectBefore(tokens, tokenAt(tokens, act ? act.start : start), lower, loose));
    }
    case 'object':
      return ok(objectAfter(tokens, tokenAt(tokens, end), lower, loose));
    case 'actor': {
      const group = groupSpan(m, 'actor');
      if (!group || group.end <= group.start) return false;
      const from = tokenAt(tokens, group.start);
      const to = tokenAt(tokens, group.end - 1) + 1;
      return humansIn(tokens, from, to, lower, loose).some((kind) => accept.has(kind));
    }
    case 'sentence':
      return tokens.some(
        (t, i) => !within(t, mentions) && ok(humanKind(tokens, i, lower, loose)) && !isSetAside(tokens, i),
      );
    case 'agent':
      return by !== null && ok(objectAfter(tokens, tokenAt(tokens, end + by[0].length), lower));
  }
}

/** Offsets of a named group; phrases compile with the `d` flag. */
function groupSpan(m: RegExpMatchArray, name: string): { start: number; end: number } | null {
  const range = m.indices?.groups?.[name];
  return range ? { start: range[0], end: range[1] } : null;
}
