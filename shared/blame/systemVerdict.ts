/**
 * A comment that quotes or states a person's slip and then closes on its own verdict on the
 * system: "'An employee did not follow procedure' is the line every telco uses. The question is
 * why the network accepted the change at all", "Human error, sure. One tired operator, no second
 * check. That's a setup, not an error." The verdict is the writer's point, and the slip before it
 * is the case being answered. Of the labelled texts with such a verdict after their opening, 80
 * are blameless and one is blame.
 */
import type { RawFinding } from './match.ts';
import type { Rule } from './types.ts';

const SYSTEM_WORDS = String.raw`(?:systemic|system|process|design|tooling|structural|pipeline|architecture|interface|ui|organi[sz]ational)`;
const PEOPLE_WORDS = String.raw`(?:engineer|operator|admin|contractor|intern|developer|dev|technician|guy|person|team|staff|employee|worker)s?`;

const VERDICT = new RegExp(
  String.raw`(?:` +
    // "That's a process problem", "this was a design failure", "that's a setup, not an error"
    String.raw`\b(?:that's|that is|this is|it's|it is|this was|that was)\s+(?:a |an |the )?(?:\w+\s+)?(?:${SYSTEM_WORDS}\s+(?:problem|issue|failure|bug|gap|flaw|smell|fault)|setup|set-up|trap)\b` +
    // "the problem is systemic", "the real problem was the pipeline"
    String.raw`|\bthe (?:real |actual )?(?:problem|issue|failure) (?:is|was) (?:systemic|structural|the (?:process|design|tooling|system|pipeline|interface|ui))\b` +
    // "the question is why the network accepted it", not "why the engineer was alone" (a person's part)
    String.raw`|\bthe (?:real )?question is (?:why|how) (?:the|a|an|its|their|our|one|this|that) (?!(?:[\w-]+ )?${PEOPLE_WORDS}\b)(?:[\w-]+ )?[\w-]+` +
    String.raw`|\bset up to fail\b|\bnot (?:a|an) (?:people|person|human|individual|staff|personnel) (?:problem|issue|failure)\b` +
    String.raw`|\bthe (?:playbook|process|tool|tooling|design|pipeline|system|ui|interface|screen|menu|config(?:uration)?) is the (?:bug|problem|failure)\b)`,
  'gi',
);
/**
 * The verdict shared with a person: "… a process problem too, and Dave should be fired", "but
 * Bob still …". Case-sensitive, so that a capitalised word before "should" reads as a name.
 */
const VERDICT_SHARED = /\b(?:[Bb]ut|[Yy]et|also|too|as well|and (?:he|she|they|him|her|them)|fired|sacked|deserved?)\b|\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+) (?:should|still)\b/;
/** A verdict needs a case before it: at the very start of a text it answers nothing. */
const MIN_CASE_LENGTH = 15;

/** Where the text's closing verdict on the system starts, if it has one after a case. */
function closingVerdictAt(text: string): number | undefined {
  const found = [...text.matchAll(VERDICT)].at(-1);
  if (!found || found.index < MIN_CASE_LENGTH) return undefined;
  const sentenceStart = Math.max(...['.', '!', '?', ';', ':'].map((mark) => text.lastIndexOf(mark, found.index))) + 1;
  // the verdict closes the text: nothing after it can turn back to a person
  const [verdict, ...after] = text.slice(sentenceStart).trim().split(/(?<=[.!?])\s+(?=\S)/);
  return VERDICT_SHARED.test(verdict) || after.length > 0 ? undefined : sentenceStart;
}

/** What a verdict on the system does not answer: a verdict on a person, a sanction, a hunt for a culprit, an owner. */
const NOT_ANSWERED_BY_VERDICT: ReadonlySet<Rule> = new Set<Rule>(['judgement', 'punishment', 'hindsight', 'minimising', 'person-fix', 'person-owner', 'who-question']);
/** A fault finding that is itself a verdict ("Dave's fault", "was to blame"), not a slip told ("mistyped"). */
const FAULT_AS_VERDICT = /\b(?:fault|blame|responsib\w*|negligen\w*|careless\w*)\b/i;

/** Drops the slips and omissions told before the writer's closing verdict on the system. */
export function answeredBySystemVerdict(text: string, findings: RawFinding[]): RawFinding[] {
  const at = closingVerdictAt(text);
  if (at === undefined) return findings;
  const kept = (f: RawFinding) => NOT_ANSWERED_BY_VERDICT.has(f.rule) || (f.rule === 'fault' && FAULT_AS_VERDICT.test(text.slice(f.start, f.end)));
  return findings.filter((f) => f.end > at || kept(f));
}
