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
import { discussesBlame, fearedBefore, framedForDiscussion, isRejected, rejectedBefore, within, type Span } from './quotes.ts';

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
 * "Human error was the trigger, but one click shouldn't be able to reach every phone", "an honest
 * mistake, and the real lesson is that nothing in the pipeline checked …": the slip is named and
 * then the sentence turns to what let it through. That is human error as a symptom of the
 * system (BLAMELESS.md), the account a blameless review wants, not a verdict on the person.
 */
const SYSTEMIC_TURN = new RegExp(
  String.raw`\b(?:but|yet|though|although|however,|(?:and )?the (?:real|actual|bigger|deeper|wider) (?:lesson|problem|issue|question|point|failure|gap) (?:is|was|here is))(?:\s|$)` +
    String.raw`[^.!?]{0,100}?\b(?:should(?:n't| not| never)(?: have)? (?:be|been) able to|(?:can|could)(?:n't| not| never) (?:have )?(?:be|been) (?:allowed|able) to|nothing (?:in|on|at|about) (?:the|our|its|their) (?:[\w-]+ )?(?:pipeline|process|system|tooling|tools?|ui|console|design|workflow|deploy|release|runbook|checks?|config|platform|review)s?\b|no (?:check|guard|guardrail|safeguard|control|validation|confirmation|interlock|limit)s? (?:existed|exists|was|were|caught|stopped|flagged|in place)\b|(?:there was|there were|with) no (?:check|guard|guardrail|safeguard|control|validation|confirmation|interlock|limit)s?\b|(?:protocols?|process(?:es)?|procedures?|safeguards?|controls?|systems?|pipelines?|tooling|guardrails?|checks?|redundancy|design) (?:should|must|need(?:ed)? to|failed|let|allowed|(?:are|is|were|was) (?:there|meant|supposed) to|(?:are|is|were|was) (?:missing|absent|inadequate|weak|lacking|broken))\b)`,
  'i',
);
/**
 * The turn is taken back when the rest goes back to a person: "… but the safeguards were there
 * to catch it and she turned them off", "… but no check can protect against someone who …",
 * "… but the systems didn't fail; the operator did", "… let it through because he forced it".
 */
const BACK_TO_A_PERSON = /\b(?:he|she|him|her|his|hers|himself|herself|someone|anyone|people like|idiots?|because|since|unless|respected|properly|did(?:n't| not) fail|(?:weren't|were not|wasn't|was not) (?:followed|used|respected|read)|and (?:weren't|wasn't|were not|was not|didn't|did not))\b|\bthe (?:[\w-]+ )?(?:operator|engineer|contractor|intern|admin|developer|dev|technician|on-call|hire|guy|tech|crew|pilot|clerk|driver|supervisor|manager)s?\b|[^\s.!?]\s+(?:\p{Lu}\p{Ll}+)\b/u;
const turnsToTheSystem = (rest: string): boolean => {
  const turn = SYSTEMIC_TURN.exec(rest);
  return turn !== null && !BACK_TO_A_PERSON.test(rest.slice(turn.index));
};

/**
 * The slip conceded first, the system's part after it: "although a controller selected the wrong
 * runway, the interface made such a slip easy and gave no warning".
 */
const CONCEDED = /\b(?:although|though|even though|while|whilst|granted)\b[^.;!?]*$/i;
const SYSTEM_ANSWERS = /^[^.;!?]*?,\s*(?:the|its|our|their|that|this) (?:[\w-]+ ){0,2}(?:interface|tool|tooling|system|software|ui|console|process|procedure|design|screen|form|pipeline|setup|checklist|runbook|controls?|dashboard|cli|command)s? (?:made (?:it|such a [\w-]+|the (?:slip|mistake|error)|this|that) (?:easy|easier|likely|possible)|(?:gave|had|offered|showed|provided|raised) no\b|lacked|did(?:n't| not) (?:warn|stop|block|check|ask|confirm|flag|catch|prevent|prompt|cover|run)|never (?:warned|asked|checked|flagged|prompted|stopped)|allowed|let|accepted)\b/i;
/** A verdict in the concession itself: "Even though the technician was at fault, the procedure had gaps". */
const CONCEDED_VERDICT = /\b(?:at fault|to blame|fault|careless\w*|reckless\w*|negligen\w*|inexcusable|sloppy|lazy|incompeten\w*)\b/i;
/** The system's part turns out to have worked: "… the console had shown three warnings, all ignored". */
const SYSTEM_WORKED = /\b(?:ignored|skipped|dismissed|overrid\w*|never read|nothing to do with|perfectly)\b/i;
const concededToTheSystem = (before: string, found: string, rest: string): boolean => {
  const concession = CONCEDED.exec(before);
  if (!concession) return false;
  const answer = SYSTEM_ANSWERS.exec(rest);
  if (!answer || CONCEDED_VERDICT.test(concession[0] + found + rest.slice(0, answer[0].length))) return false;
  const after = rest.slice(answer[0].length);
  return !BACK_TO_A_PERSON.test(after) && !SYSTEM_WORKED.test(after);
};

/**
 * "Of course someone eventually got it wrong", "someone eventually misses one": a slip told as
 * what the setup makes certain, not a person's omission or something they should have seen coming.
 */
const INEVITABLE_SLIP = /(?:\b(?:of course|inevitably|sooner or later),?\s+(?:someone|somebody|people|one of (?:us|them))|\b(?:someone|somebody|people))(?:\s+(?:will|would|eventually|inevitably|sooner or later|is bound to|was bound to|was going to|is going to))+\s*$|\b(?:of course|inevitably|sooner or later),?\s+(?:someone|somebody|people|one of (?:us|them))\s*$/i;
/** The marker itself found as hindsight: "Of course someone eventually got it wrong". */
const INEVITABLE_OPENING = /^(?:of course|inevitably|sooner or later),?\s+(?:someone|somebody|people|one of (?:us|them))\s+(?:(?:eventually|will|would)\s+)*(?:got|gets|get|miss(?:es|ed)?|slip(?:s|ped)?|made|makes|typed|types|picked|picks|forgot|forgets|hit|hits|pressed|clicked|mixed|confused)\b/i;
/** Sarcasm or a person after it: "Of course someone forgot to renew it again", "… as usual", "it's always Ravi", "… and Dave should have …". */
const SARCASM_AFTER = /\b(?:again|as usual|as always|always|every time|thanks|cheers|should|shouldn't|ought)\b|\p{Lu}\p{Ll}+\b/u;

/** "Any engineer on the team could have typed that command": anyone, so the setup, not that person. */
const ANYONE_COULD = /^\s*(?:any|anyone|anybody)(?! (?:competent|decent|good|half-decent|reasonable|sensible|real|proper|qualified|experienced|sane|idiot|fool)\b)(?: (?!who\b|paying\b|awake\b|with\b)[\w-]+){0,4} could (?:easily |just as easily )?$/i;
/** After "anyone could have …", a named person's duty after all: "… but Dave should have checked". */
const ANYONE_BUT = /\b(?:but|if|which|only|should|still|bothered|hindsight|obviously)\b|\p{Lu}\p{Ll}+/u;
/** Slips anyone makes, not checks someone owed ("could have checked the dashboard"). */
const ANYONE_SLIPS = /^(?:could\s+)?have\s+(?:easily\s+)?(?:made|typed|done|picked|selected|entered|clicked|pressed|run|ran|pushed|deployed|hit|mistyped|fat-fingered|confused|mixed)\b/i;
/** "Any engineer on the team could have typed that command": the finding is that clause's own slip, and nothing after it names a duty. */
const anyoneCould = (text: string, start: number, end: number): boolean => {
  const found = text.slice(start);
  const before = /^could\s/i.test(found) ? `${text.slice(0, start)}could ` : text.slice(0, start);
  const slip = /^could\s/i.test(found) ? found.replace(/^could\s+/i, '') : found;
  return ANYONE_COULD.test(before) && ANYONE_SLIPS.test(slip) && !ANYONE_BUT.test(text.slice(end));
};
/** What a phrase names when it names a slip rather than a verdict ("made an honest mistake"). */
const SLIP_WORDS = /\b(?:mistakes?|errors?|slips?|typos?)\b/i;

/**
 * "Huge thanks to the night dispatchers who ran on paper for 4 hrs": gratitude, not a verdict.
 * Not a bare "Thanks to …", which as often means "because of" ("Thanks to a contractor's slip, …").
 */
const GRATITUDE_OPENER = /^\s*(?:(?:huge|big|massive|many|special|heartfelt|sincere)\s+thanks|thank\s+you|kudos|shout-?outs?|props\s+to|hats\s+off|much\s+respect)\b(?![^.!?]*(?:[;:\u2014\u2013]|\s-\s|,\s*(?:and|but)\b|\b(?:but|unlike|again|another|yet)\b))(?![^.!?]*\b(?:to blame|at fault|fault|careless\w*|reckless\w*|sloppy|botched|idiot\w*|incompetent|negligent\w*|fired|sacked|written up|retrain\w*|deserve[sd]?|not|mistakes?|errors?|typos?|blunders?|broke|screw\w*|mess\w*)\b|[^.!?]*\w's (?:[\w-]+ )?(?:mistake|error|typo|blunder|screw-?up|mess))/i;

/** Rules whose phrases say nothing about a person when the sentence argues against blaming. */
const PLACING_BLAME: ReadonlySet<Rule> = new Set<Rule>(['fault', 'punishment', 'human-error', 'judgement', 'person-fix']);

function passesTextChecks(phrase: CompiledPhrase, text: string, start: number, end: number): boolean {
  const { spec } = phrase;
  if (spec.question && !text.includes('?')) return false;
  if (phrase.notFollowedBy?.test(text.slice(end))) return false;
  if (phrase.notPrecededBy?.test(text.slice(0, start))) return false;
  if (phrase.cue && !phrase.cue.test(text)) return false;
  if (spec.negatable && isRejected(text.slice(0, start))) return false;
  if (spec.explained && EXPLANATION.test(text.slice(end))) return false;
  if ((phrase.rule === 'human-error' || (phrase.rule === 'fault' && SLIP_WORDS.test(text.slice(start, end)))) && turnsToTheSystem(text.slice(end))) return false;
  if ((phrase.rule === 'human-error' || phrase.rule === 'fault') && concededToTheSystem(text.slice(0, start), text.slice(start, end), text.slice(end))) return false;
  // the slip is the verb of the "someone" right before it, and no sarcasm follows
  if ((phrase.rule === 'hindsight' || phrase.rule === 'failed-to') && (INEVITABLE_SLIP.test(text.slice(0, start)) || INEVITABLE_OPENING.test(text.slice(start))) && !SARCASM_AFTER.test(text.slice(end))) return false;
  if ((phrase.rule === 'counterfactual' || phrase.rule === 'hindsight') && anyoneCould(text, start, end)) return false;
  if (PLACING_BLAME.has(phrase.rule) && (discussesBlame(text) || rejectedBefore(text.slice(0, start)) || COMPASSION_OPENER.test(text) || GRATITUDE_OPENER.test(text))) return false;
  // an omission told inside a sentence that takes the blame off people ("the failure lies in the process and not in the person who missed it")
  if (phrase.rule === 'failed-to' && discussesBlame(text)) return false;
  if (framedForDiscussion(text.slice(0, start))) return false;
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
