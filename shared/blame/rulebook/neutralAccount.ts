/**
 * How a sentence tells a person's act as part of the work rather than as the cause: a repair, a
 * planned step, what came of it (recovery), or the system that shaped it. The named-act rule
 * (roleActs.ts) leaves such sentences alone: "Okafor deployed the change during the agreed change
 * window, following the checklist", "Oyelowo deleted the poisoned cache entries and checkout
 * recovered", "Adaeze ran the migration (the tool pointed it at prod by default)".
 *
 * Tried as a guard on the classifier too, and not kept: purposes and recoveries are told as often
 * around blame ("deleted the production backups while attempting to free up disk space"), and on
 * the kept-out sets it lost blame without losing false positives.
 */
/** A character of the same sentence: a full stop counts only where a sentence could end ("v2.3.1" goes on). */
export const IN_SENTENCE = String.raw`(?:[^.;!?]|[.](?=\w))`;

export const REPAIR_WORDS = String.raw`(?:fix|fixes|fixed|hotfix|rollback|roll-back|revert|restore|restored|recovery|recovered|mitigation|workaround|failover|drill|rehearsal)`;
export const PLANNED = String.raw`(?:as (?:planned|scheduled|agreed|instructed|written|documented|approved)|(?:per|following|according to|in line with|under) (?:the |our |its )?(?:[\w-]+ )?(?:runbook|playbook|procedure|plan|checklist|change|ticket|mop|instructions?|schedule|sop|process)|(?:during|in|inside|within) (?:the |a |an |our )?(?:[\w-]+ )?(?:maintenance|change|agreed|scheduled|approved|planned) (?:window|slot)|on schedule|after (?:the )?(?:usual|two|both|three|all|review|approval|checks?|sign-?off|confirming|checking|verifying|it passed|ci|tests?)|with (?:two|both|three|the required|full) (?:approvals?|reviews?|sign-?offs?)|once (?:ci|the checks?|the tests?|the build) (?:was|were|passed|went))`;
export const PURPOSE = String.raw`to (?:fix|restore|recover|stop|end|contain|mitigate|unblock|undo|reverse|limit|clear|free|drain|relieve|shed|protect|break)`;
export const RESULT = String.raw`(?:(?:which|that) (?:restored|fixed|stopped|cleared|recovered|resolved|ended|contains?|contained|included)|(?:and|,) (?:[\w-]+ ){0,3}(?:cleared|recovered|resumed|resumes|recovers|returned|returns|came back|comes back|drained|dropped|stabili[sz]ed|could (?:[\w-]+ ){0,2}again)|(?:errors?|traffic|latency|service|alerts?|replication|queue|lag|things|everything|it) (?:cleared|recovered|dropped|back|resumes?|resumed|recovers|drains?|drained|looks? (?:stable|fine|ok|good|healthy|green)|(?:is|are) (?:stable|fine|ok|back|green|healthy))|back to (?:normal|baseline|green|false|true|the (?:old|previous|last)))`;
export const OUTCOME = String.raw`(?:${PURPOSE}|${RESULT})`;
export const SYSTEM_EXPLAINS = String.raw`(?:(?:the|its|a|an) (?:[\w-]+ )?(?:tool|cli|prompt|console|ui|validator|pipeline|system|automation|wizard|form|dialog|script|runbook|default|defaults|interface|screen|api) (?:had |has |was |were |is |are |did |does |never |silently |wrongly |then |still )?(?:[a-z]+ed|let|allowed|accepted|passed|pointed|picked|showed|gave|offered|defaults?|accepts|treats|shows|hides|lets|points|picks|gives)\b|defaults? to\b|not knowing\b|without (?:any )?(?:warning|prompt|confirmation) from)`;

