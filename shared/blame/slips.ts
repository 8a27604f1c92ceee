/**
 * A person's slip told as what the system let through (BLAMELESS.md: human error is a symptom,
 * not a cause). These guards keep the slip-naming rules quiet when the sentence itself puts the
 * slip on the setup — and only then: each was narrowed by review so that a verdict in the same
 * sentence, a system that worked, sarcasm, or a named person's duty after it still reads as blame.
 */
import type { Rule } from './types.ts';

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

/** Does the sentence set the slip this phrase found aside as the system's? */
export function slipSetAside(rule: Rule, text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const found = text.slice(start, end);
  const rest = text.slice(end);
  if ((rule === 'human-error' || (rule === 'fault' && SLIP_WORDS.test(found))) && turnsToTheSystem(rest)) return true;
  if ((rule === 'human-error' || rule === 'fault') && concededToTheSystem(before, found, rest)) return true;
  // the slip is the verb of the "someone" right before it, and no sarcasm follows
  if ((rule === 'hindsight' || rule === 'failed-to') && (INEVITABLE_SLIP.test(before) || INEVITABLE_OPENING.test(text.slice(start))) && !SARCASM_AFTER.test(rest)) return true;
  return (rule === 'counterfactual' || rule === 'hindsight') && anyoneCould(text, start, end);
}
