/**
 * A person put under watch or on record instead of the system being changed: shadowed,
 * escorted, sat beside, "had a word with", raised in their 1:1, reported to their manager, told
 * to "actually" do their job. These are person-level fixes (BLAMELESS.md §2) whether they come as
 * an action item or as a sentence in a post-mortem. Merged into RULE_DATA by rules.ts.
 */
import type { Rule } from '../types.ts';
import type { HumanKind, PhraseSpec } from './rules.ts';

/** Someone who can be watched or reprimanded; "we" and "I" are the writers, not the target. */
const OTHERS: HumanKind[] = ['name', 'handle', 'pronoun', 'role', 'group'];
const ONE_PERSON: HumanKind[] = ['name', 'handle', 'pronoun', 'role'];

// what is done to a person kept under watch
const WATCHED = String.raw`(?:shadowed|supervised|watched|escorted|babysat|babysitted|chaperoned|monitored|accompanied|double-checked|checked on|watched over|signed off on)`;
// the records and meetings a reprimand goes into
const ON_RECORD = String.raw`(?:1:1|1-1|1-on-1|one-on-one|one to one|one-to-one|perf(?:ormance)? review|performance conversation|appraisal|annual review|hr file|personnel file|file)`;

export const SUPERVISION: Partial<Record<Rule, PhraseSpec[]>> = {
  'person-fix': [
    // "Ensure the new hire is shadowed on every deploy", "make sure the field tech is escorted"
    { re: String.raw`(?<act>(?:is|are|be|gets?|get|stays?|remains?) (?:always |closely |properly |constantly |personally )?)${WATCHED}\b`, target: 'subject', who: OTHERS, personal: true },
    // "have a word with the night shift", "a quiet chat with Ines about …"
    { re: String.raw`(?:have|has|had|having) (?:a |an )?(?:quick |quiet |stern |serious |little |firm |frank |private )?(?:word|words|chat|talk|conversation) with`, target: 'object', who: OTHERS },
    // "Raise Ines's slow escalation in her next 1:1", "add a note to Piotr's perf review"
    { re: String.raw`(?:raise|raised|flag|flagged|mention|mentioned|bring up|brought up|note|noted|record|recorded|log|logged|add (?:a |this )?(?:note|comment|line)|document|documented|discuss|discussed)\b[^.;!?]{0,50}?\b(?:in|to|on|at|into|during) (?<actor>his|her|their|[\w@.'-]+'s) (?:next |upcoming |annual |quarterly )?${ON_RECORD}`, target: 'actor', who: ONE_PERSON, personal: true },
    // "Escalate the on-call's slow response to his manager"
    { re: String.raw`(?:escalate|escalated|report|reported|raise|raised|flag|flagged|take|took) (?:the |a )?(?<actor>[\w@.-]+)'s [^.;!?]{1,40}?\bto (?:his|her|their|the) (?:line )?(?:manager|boss|supervisor|lead|skip-level|director)\b`, target: 'actor', who: ONE_PERSON, personal: true },
    // "Someone sits next to Thao during the cutover": a minder for a person
    { re: String.raw`(?:sits?|sat|sitting) (?:right )?(?:next to|beside|behind)|(?:looks?|looking|stands?|standing|sits?|sitting) over (?:the )?shoulders? of|watch(?:es|ing)? over`, target: 'object', who: ONE_PERSON },
    // "Get the night shift to actually read the alerts", "someone who'll actually watch": the
    // word says they do not today
    { re: String.raw`(?<act>(?:to|will|'ll|must|should|would|'d|can|ensure|make sure) actually) (?:answer|read|watch|follow|check|test|look|respond|pick up|use|open|bother|do|listen|review|verify|reply|acknowledge|show up)\b|(?<![Ww]e |I )actually (?:answers|reads|watches|follows|checks|tests|looks at|responds|picks up|uses|opens|bothers|listens|reviews|verifies|replies|acknowledges|shows up)\b`, target: 'subject', who: OTHERS, personal: true },
    // "Add Aleksi to the list of people who need sign-off before …"
    { re: String.raw`add (?<actor>[\w@.'-]+(?: [\w.'-]+)?) to (?:the |a )?(?:list|group|set|register) of (?:people|engineers|staff|users|those|names) (?:who|that) (?:need|needs|must|require|requires|have to)`, target: 'actor', who: ONE_PERSON, personal: true },
    // "Ivo will no longer be permitted to run migrations unsupervised"
    { re: String.raw`(?<act>(?:will|would|is|are|shall|should) (?:no longer|not) (?:be )?(?:permitted|allowed|authori[sz]ed|trusted|cleared)) to`, target: 'subject', who: ['name', 'handle', 'pronoun'], personal: true, notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:without|unless|until)\b[^.;!?]{0,30}\b(?:approval|review|ticket|change request|second|pipeline|check)` },
  ],
};
