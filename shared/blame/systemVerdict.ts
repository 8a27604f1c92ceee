/**
 * A comment that quotes or states a person's slip and then gives its own verdict on the system:
 * "'An employee did not follow procedure' is the line every telco uses. The question is why the
 * network accepted the change at all", "Sure, the last mistake was one sysadmin's … That's a
 * setup, not an error." The verdict is the writer's point, and what came before it is the case
 * being answered. Of the labelled texts with such a verdict after their opening, 80 are
 * blameless and one is blame.
 */
import type { RawFinding } from './match.ts';
import type { Rule } from './types.ts';

const VERDICT = new RegExp(
  String.raw`(?:^|[.!?;:]\s+|\s[\u2014\u2013-]\s*)(?:` +
    // "That's a process problem", "this was a design failure", "the real problem is the tooling"
    String.raw`(?:that's|that is|this is|it's|it is|this was|that was|the (?:real |actual )?(?:problem|issue|bug|finding|failure) (?:is|was))\s+(?:a |an |the )?(?:\w+\s+)?(?:systemic|system|process|design|setup|set-up|tooling|structural|trap|pipeline|architecture|interface|ui)\b` +
    // "the question is why the network accepted it", not "why it wasn't done" (a duty)
    String.raw`|the (?:real )?question is (?:why|how) (?:the|a|an|its|their|our|one|this|that) (?:[\w-]+ )?(?!(?:engineer|operator|admin|contractor|intern|developer|dev|technician|guy|person|team|staff)s?\b)[\w-]+` +
    String.raw`)|\bset up to fail\b|\bnot (?:a|an) (?:people|person|human|individual|staff|personnel) (?:problem|issue|failure)\b|\bthe (?:playbook|process|tool|tooling|design|pipeline|system|ui|interface|screen|menu|config(?:uration)?) is the (?:bug|problem|failure)\b`,
  'i',
);
/** The verdict taken back or shared with a person: "… a process problem, but Bob should still …". */
const VERDICT_SHARED = /\b(?:but|yet|also|too|as well|still|and (?:he|she|they|him|her|them)\b|should (?:be|have)|fired|sacked|deserve)/i;

/** Where such a verdict starts in the text, if it has one after its opening words. */
function verdictAt(text: string): number | undefined {
  const found = VERDICT.exec(text);
  if (!found || found.index < 15) return undefined;
  // the verdict closes the text: nothing after it can turn back to a person
  const [verdict, ...after] = text.slice(found.index).replace(/^[.!?;:\s\u2014\u2013-]+/, '').split(/(?<=[.!?])\s+(?=\S)/);
  return VERDICT_SHARED.test(verdict) || after.length > 0 ? undefined : found.index;
}

/** Drops the slips and omissions told before the writer's closing verdict on the system. */
export function answeredBySystemVerdict(text: string, findings: RawFinding[]): RawFinding[] {
  const at = verdictAt(text);
  if (at === undefined || findings.some((f) => f.start >= at)) return findings;
  return findings.filter((f) => f.end > at || VERDICTS_ON_PEOPLE.has(f.rule));
}

/** An insult or a sanction is not a slip the verdict answers: "Bob is an idiot … That's a process problem." */
const VERDICTS_ON_PEOPLE: ReadonlySet<Rule> = new Set<Rule>(['judgement', 'punishment', 'person-fix', 'person-owner', 'who-question']);
