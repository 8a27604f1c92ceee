/**
 * A person, role or group as the actor of a risky act: "Network engineer ran an unvetted
 * command", "support agent gave his credentials to a caller", "leadership sat on three
 * warnings", "the crew applied the wrong route settings". The verb phrase carries the blame
 * only with a human subject (found by humans.ts): "the job ran a bad query" is not blame.
 * Merged into RULE_DATA by rules.ts.
 */
import type { Rule } from '../types.ts';
import type { HumanKind, PhraseSpec } from './rules.ts';
import { TEAM_WORDS, TECH_NOUNS } from './lexicon.ts';

const PEOPLE: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role', 'group'];

// what people do to a system, in the past tense
const CHANGE_ACT = String.raw`(?:issued|wrote|written|assigned|removed|deleted|changed|configured|misconfigured|set|entered|typed|ran|pushed|deployed|installed|disabled|turned off|switched off|unplugged|pulled|rebooted|restarted|updated|upgraded|uploaded|modified|edited|executed|overwrote|shut down|clicked|published|granted|applied|merged|rolled out|flipped|toggled|killed|dropped|migrated|renamed|revoked|rotated|cut|moved|altered|truncated|purged|reconfigured|patched|flushed|terminated|detached|reverted|reset|resized|scaled|throttled|blocked|repointed|re-pointed|disconnected|unmounted|formatted|powered (?:down|off)|shut off|swapped|replaced|overrode|forced|force-pushed|expired|added|created|sent|keyed|loaded|opened|closed|plugged|approved|tapped|reimaged|re-imaged|wiped|re-ran|reran|enabled|triggered|initiated|copied|pasted|imported|decommissioned|provisioned|failed over|repurposed)`;
// the same acts in the present tense, as timeline cards tell them ("08:55 Pillai pushes v412 to all stores")
const CHANGE_NOW = String.raw`(?:force-pushes|force-pushed|closes|dismisses|acks|silences|mutes|bumps|scales|presses|descopes|imports|uploads|copies|swaps|resets|waves|signs off|pushes|runs|re-runs|reruns|loads|turns (?:on|off)|switches (?:on|off)|triggers|deletes|removes|applies|installs|deploys|flips|sets|changes|reimages|unplugs|merges|approves|drops|disables|restarts|reboots|edits|overwrites|truncates|wipes|kills|migrates|upgrades|fails over)`;
// any other verb in the present tense, as cards tell what someone does ("07:38 Operator launches
// the purge in permanent-delete mode rather than mark-for-deletion"); not the verbs of noticing,
// saying and responding that tell the recovery, nor "is", "has" and the like, nor a plural noun
// before the real verb ("ward clerks ignored …")
const NEUTRAL_NOW = String.raw`(?:is|was|has|does|says|asks|assumes|believes|expects|thinks|agrees|explains|notes|notices|realises|realizes|reports|confirms|wonders|feels|seems|appears|wants|tries|works|helps|follows|recovers|restores|fixes|resolves|mitigates|escalates|pages|calls|walks|carries|delivers|covers|stays|handles|reproduces|needs|gets|goes|comes|continues|remains|keeps|sees|finds|knows|means|becomes|looks|sounds|joins|arrives|answers|responds|acknowledges|investigates|checks|verifies|monitors|watches|notifies|alerts|informs|declares|opens|posts|spots|catches|briefs|documents|tracks|coordinates|leads|owns|receives|hears|learns|suggests|proposes|requests|wakes|logs in|signs in|takes over|picks up|hands off|rolls back|reverts|fails over|adds capacity|gives up)`;
const PRESENT_ACT = String.raw`(?!${NEUTRAL_NOW}\b)(?:[a-z]+-)?[a-z]{2,}(?<!ss|us|is|ys)s(?:\s(?:over|out|up|in|through|back|off|down))?(?! (?:[\w-]+ )?(?:[a-z]+ed|ran|took|made|let|sent|set|put|cut|kept|told|left|gave|wrote|chose|broke|forgot)\b)`;
// things that open a card as its subject and are not people ("Backup ran the same code", "Script
// replaced mid-run"): an unknown capitalised word is taken for a surname only when it is none of these
const MACHINE_OPENERS = `(?:${[...TECH_NOUNS, 'script', 'scripts', 'backup', 'backups', 'batch', 'cron', 'primary', 'replica', 'secondary', 'standby', 'traffic', 'load', 'system', 'systems', 'failover', 'migration', 'patch', 'certificate', 'cert', 'disk', 'canary', 'rollout', 'rollback', 'monitor', 'monitoring', 'pager', 'scanner', 'firewall', 'proxy', 'gateway', 'router', 'switch', 'sync', 'import', 'export', 'restore', 'storage', 'network', 'site', 'region', 'zone', 'feed', 'file', 'files', 'firmware', 'software', 'hardware', 'code', 'change', 'rule', 'rules', 'flag', 'filter', 'vendor', 'supplier', 'provider', 'power', 'generator', 'ups', 'link', 'line', 'lines', 'terminal', 'terminals', 'tool', 'portal', 'platform', 'process', 'schedule', 'timer', 'test', 'tests', 'check', 'checks', 'retry', 'retries', 'nobody', 'someone', 'everyone', ...TEAM_WORDS, 'facilities', 'marketing', 'sales', 'finance', 'legal', 'procurement', 'azure', 'okta', 'apple', 'google', 'stripe', 'postgres', 'snowflake', 'linode', 'oracle', 'microsoft', 'amazon']
  .map((word) => word[0].toUpperCase() + word.slice(1))
  .join('|')})`;
// an alarm dismissed for a stated reason is a judgement call, not neglect
const CHECKED_FIRST = String.raw`[^.;!?]{0,40}\b(?:after (?:confirming|checking|verifying)|as (?:a )?known|known false positive|as (?:planned|scheduled|agreed)|on schedule)`;
// what links an act to what came of it: "…, which", "… and", "…, thereby"
const LINK = String.raw`(?:(?:which|and|thereby|in turn) )?(?:(?:that|this|it) )?`;
// damage done to a service, never a repair ("…, which restored service")
const DAMAGE = String.raw`(?:(?:severed|severing|sever)\b|(?:things|everything|it all) went (?:downhill|south|sideways|wrong|red|dark)|(?:took|taking|knocked|knocking|brought|bringing)\b[^.;!?]{0,40}?\b(?:down|offline|out)\b|(?:cut|cutting|locked|locking|shut|shutting) [^.;!?]{0,40}?\b(?:off|out)\b|(?:wiped|wiping|erased|erasing|corrupted|corrupting|crashed|crashing|broke|breaking)\b|(?:caused|causing|triggered|triggering|sparked|sparking|set off|setting off|started|starting) (?:{DET} )?(?:[\w-]+ ){0,2}(?:outages?|incidents?|failures?|crash|disruptions?|breach|cascade|meltdown)\b|(?:everything|the (?:whole )?[\w-]+(?: [\w-]+)?|it all) (?:went|fell over|fell|was) (?:down|red|dark|offline|over)\b|leaving [^.;!?]{0,40}?\b(?:exposed|public|open|unprotected|vulnerable|stranded|unpaid|without power|offline|in the dark|unable to)\b|sending [^.;!?]{0,40}?\b(?:into|down|offline|crashing|tumbling|plunging|haywire)\b|(?:delayed|delaying) (?:the |our |their )?(?:response|recovery|fix|restoration|detection)|(?:led|leading|resulting|resulted) (?:directly )?(?:to|in) (?:the |a |an )?(?:loss|outage|failure|disruption|incident|downtime|breach|crash)|(?:grounding|stranding|cancell?ing|halting|freezing|disrupting|crippling|paralys?z?ing|locking out|taking out|knocking out|wiping out)\b|turn(?:ed|ing|s)? (?:a |an |the )?(?:minor|small|routine|contained|simple|bad|manageable) (?:[\w-]+ ){0,2}into (?:a |an |the )?(?:[\w$-]+ ){0,3}(?:loss|outage|disaster|catastrophe|storm|meltdown|crisis)|(?:extending|extended|prolonging|prolonged|lengthening|doubling) (?:the |our )?(?:outage|disruption|incident|downtime|recovery|impact)|(?:weeks|days|hours|minutes|shortly|just|moments) before (?:the )?(?:data was lost|outage|crash|failure|breach|incident|loss))`;

// Letters of names written in Latin script beyond ASCII ("Järvinen", "Dąbrowski", "Trần"): the
// rules are compiled without the u flag, so \w and [a-z] stop at them. Latin-1 keeps its capitals
// apart; the Extended blocks mix both cases letter by letter, so there a word's capital is not
// checked here (the tagger and humans.ts decide whether it is a name).
const LATIN = String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF`;
const NAME_WORD = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u1E00-\u1EFF][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF]+`;
// how a card's time opens it: "14:05", "[14:05]", "Tue 14:05", "Tuesday 03:40", "Jul 27", "22 Apr,
// 16:05 -", "2024-04-22 16:05", "14:05 UTC:"
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const CARD_TIME = String.raw`(?:\[?(?:${WEEKDAY}\.?,?\s+)?(?:(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ${MONTH}|\d{4}-\d\d-\d\d)[,:]?\s+)?(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:utc|gmt|[a-z]{1,2}t))?\]?:?\s+)?(?:[-\u2013\u2014|]\s+)?)?`;

// from a sentence's start (after a weekday or a time) over one to three words of its subject to
// the verb, which is not one of saying, noticing or recovering
const leadToVerb = (boundary: string, label = '') => String.raw`(?:^|(?<=${boundary}\s{1,3}))${CARD_TIME}${label}(?!(?:had|if|when|as|since|because|after|before|while|although|though|once|until|whenever|so|but|and|then|whoever|who|what|why|how|don't|do not|never|ask|let's)\b)(?:the |our |their |a |an |one |two |some )?(?:(?!(?:never|not)\b)[\w${LATIN}@.'-]+ ){1,3}?(?!(?:said|asked|assumed|believed|expected|thought|agreed|explained|noted|noticed|realised|realized|reported|confirmed|wondered|felt|seemed|appeared|wanted|tried|worked|helped|followed|recovered|restored|fixed|resolved|mitigated|escalated|paged|called|walked|carried|delivered|covered|stayed|handled|reproduced|recovered|rolled back|failed over|added capacity|thanked|praised|commended|credited|apologi[sz]ed)\b)`;
// past-tense acts from a sentence's start; cards in the present tense also after a semicolon
// ("Caller reports a failure; agent closes the ticket without escalating")
const LEAD_TO_VERB = leadToVerb('[.!?]');
const LEAD_TO_VERB_IN_CLAUSE = leadToVerb('[.!?;]', String.raw`(?:(?:next|that|the) (?:morning|day|night|evening|afternoon|week):\s+)?`);

// a card that opens with a time (or a weekday) and a surname nobody knows: "Sat 18:00 Halvorsen …", "09:41 S. Achterberg …"
const CARD_SURNAME = String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s+(?:\d{1,2}:\d\d\s+(?:UTC\s+)?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}:?\s+(?:\d{1,2}:\d\d\s+)?|\d{1,2}:\d\d\s+(?:UTC\s+)?)(?:[A-Z]\.\s?)?(?!${MACHINE_OPENERS}\b)${NAME_WORD}(?:(?: (?:van|von|de|der|den|da|del|di|le|la|bin|al))* ${NAME_WORD})?(?<!er|tor|sor|ix|ops|ics) `;

/** How a card's surname is checked: it must be the verb's subject and nothing else makes it a person. */
const SURNAME_ON_CARD = { caseSensitive: true, target: 'subject', who: ['name'], personal: true, verbGroup: true, explained: true } satisfies Partial<PhraseSpec>;

// how an act went wrong, said in a few words beside it: the marks a card puts on a person's act
// The marks a present-tense card needs: "instead of", "by hand", "again", "at once", "despite" and
// "during the freeze" are as common in recovery cards ("Nakashima promotes the replica rather than
// waiting", "Agents handle refunds by hand while the CRM is down"), so only these count there
const WRONG_NOW = String.raw`\b(?:no (?:[\w-]+ )?(?:pr|tests?|testing|reviews?|reviewer|ticket|cab|approvals?|sign-?off|second (?:person|reviewer|pair of eyes)|dry[- ]?runs?|load test|canary|staging|call-?backs?|verification|id check|handover|announcement|notice)\b(?! (?:required|needed|necessary))|without (?:first )?(?:telling|asking|checking|testing|escalating|a review|approval|sign-?off|reading|warning|notice)|skipp\w*|skips\b|bypass\w*|ignor(?:e|es|ed|ing)\b|overrid(?:e|es)\b|overr(?:ode|uled)|silenc(?:e|es)\b(?! (?:period|window))(?![^.;!?]{0,60}\b(?:decommissioned|retired|known|planned|maintenance|false|duplicate|test)\b)|where (?:the |our |its )?(?:[\w-]+ )?(?:playbook|runbook|procedure|plan|ticket|spec|change request|mop|checklist|instructions?) (?:wanted|said|called for|required|specified|asked for|says|calls for|requires)|(?:the|a|an) (?:superseded|outdated|out-of-date|stale|obsolete|expired|last year's) (?:[\w-]+ ){0,2}(?:method of procedure|procedure|mop|runbook|playbook|version|file|build|config|copy|script|template|list|doc|docs|document|image|spreadsheet|sheet)|call(?:s|ed)? it (?:done|good|fixed|a day|finished)|while (?:everyone|everybody|the rest(?: of [\w-]+)?|others) (?:else )?(?:is |are |was |were )?(?:still )?(?:on|in|working|fighting|firefighting|drafting|debugging)|finally (?:thinks|thought|remembers|remembered|decides|decided|gets around|got around|bothers|bothered|notices|noticed|admits|admitted|concedes|conceded) to\b|finally (?:admits|admitted|concedes|conceded|acknowledges|owns up)|after everyone else|with (?:the |a |an )?(?:[\w'-]+ ){1,4}(?:missing|left out|commented out|omitted)\b|before (?:checking|confirming|verifying|testing)\b|(?<!\bnot )knowing (?:that |full well |the |it )|(?:and|then) (?:just )?(?:leaves|left) it (?:there|at that|alone|for (?:the )?(?:morning|next shift|day shift|later))|(?:on|to|in|against) the (?:wrong|staging|test) [\w-]+|wrong (?:terminal|host|box|server|window|tab|db|database|cluster|node|region|account|machine|rack|cable|port|shell|console|breaker|file|list)\b|despite (?:the |a |an |two |three |several |repeated |multiple )?(?:[\w-]+ ){0,2}(?:warnings?|alerts?|objections?|concerns?|red|failing|failed)|during (?:the |a )?(?:change |code )?freeze(?! to protect)|earlier than (?:instructed|planned|scheduled|agreed|approved)|a (?:day|night|week) early|brought forward|instead of (?:the |a )?(?:[\w-]+ )?(?:test|drill|hold|staging|draft|dev|sandbox)(?: (?:message|template|server|host|db|database|environment|alert|one|copy))?\b|w/o (?:authori[sz]ation|approval|sign-?off|review|a ticket|testing)|to (?:dodge|get around|sidestep|beat) (?:the )?(?:[\w-]+ ){0,2}(?:rollout|review|cab|freeze|approval|checks?|gate|canary|change window)\b(?! queue)|(?<!\b(?:hands?|handed|handing|over|after recovery|closes the bridge|closed the bridge|confirmed (?:recovery|green)|resolved)\b[^.;!?]{0,60})(?:goes|went|going) back to (?:sleep|bed)|and forgets\b|(?:with )?no where(?: clause)?\b|without a where\b)`;
// … said in words, for the past tense: the older, looser marks and the present tense's strong ones
// (the arrow of a cause chain and a closing "this" are weaker marks, below)
const MARKED_WRONG = String.raw`\b(?:(?<!\b(?:working|running|up|online|back|available|normally|calls|payments|service|flowing|flowed|moving|traffic) )again|despite|anyway|regardless|not (?:staging|dev|test|the (?:replica|backup|standby|copy))|not (?:the )?(?:\d+% |canary |pilot |first |test )?(?:ring|canary|pilot|cohort|wave|group)|straight (?:to|into|onto|in|on) (?:the )?(?:prod|production|main|master|live)|force-?pushed|by hand(?!,? (?:as|per) )|at peak|(?:his|her|their) own (?:pr|change|code|review|ticket)|ignored|bypass\w*|skipp\w*|skips\b|told no ?one|sat on|overr(?:ode|uled)|insisted|over-?promised|cheapest|as usual|(?:\d+|third|second|fourth)(?:st|nd|rd|th)? time|used it|thinking (?:it|he|she|they) (?:was|were)|left behind|no ?(?:one|body) watching|(?<!\b(?:handed over|handing over|confirmed (?:recovery|green)|as scheduled|after (?:handover|recovery))\b[^.;!?]{0,40})(?:(?:went|goes|going) (?:back )?to (?:lunch|bed|sleep)|log(?:s|ged)? off)|(?:and|then) went home|(?:went|goes|going) (?:on|off on) (?:pto|leave|holiday|vacation)|left for the (?:day|weekend|night)|\d+ of \d+(?![^.;!?]*\b(?:as planned|per the|as the runbook|for the canary)\b)|walked (?:off|away)|on silent|\d+ ?(?:min|mins|minutes|h|hrs|hours) late|finally (?:reverts|acks|rolls back|responds|escalates|answers|reverted|acked|rolled back|responded|escalated|answered)|no (?:[\w-]+ )?(?:pr|tests?|testing|reviews?|ticket|cab|approvals?|backups?|rollback|rollouts?|second|checks?|sign-?off|canary|staging)|unannounced|let (?:the |a |an |our )?[\w-]+(?: [\w-]+)? (?:lapse|slide)|this one's on|instead of|rather than|whereas|although|even though|(?:thought|sure) (?:it|he|she|they|this|that) (?:was|were|had)|(?:all )?at once|in (?:one|a single) (?:wave|go|batch|push|step|shot|hit)|(?:to|across) (?:all|every) (?:[\d.,]+[km]? )?(?:[\w-]+ )?(?:regions?|stores?|servers?|nodes?|routers?|customers?|sites?|branches?|hosts?|devices?|terminals?|lines?|pods?|clusters?|users?|accounts?|sensors?|machines?|endpoints?|laptops?|workstations?|tills?|atms?|kiosks?|tenants?|shards?|instances?|vms?|phones?)|(?:for|to|across) the (?:full|whole|entire) (?:estate|fleet|customer base|network|base)|still (?:red|failing|amber|open|unresolved|running|behind|lagging)|mid-?peak|during peak|earlier than (?:instructed|planned|scheduled|agreed|approved)|without (?:first )?[a-z]+ing|w/o|no (?:fallback|way back|backout|(?:[\w-]+ )?count)|still (?:armed|live|energi[sz]ed|connected|attached|mounted|in use)|close enough|assum(?:es|ed|ing) (?:it's|it was|it is|this was|that was|they were|it had)|(?:his|her|their) own (?:copy|version|script|branch|sheet|spreadsheet)|not the (?:shared|live|right|correct|current|latest|approved|production) (?:one|copy|version|sheet|file|branch)|(?:ran|run|pushed|applied|sent|clicked|restarted|rebooted|loaded|retried|re-ran|reran)\b[^.;!?]{0,30}?\b(?:\d|two|three|four|five)(?:x| times)\b|(?:\d+ )?open (?:sev-?\d+s?|p\d+s?|defects?|bugs?|issues?|findings?)|in (?:one|a single) (?:night|window)|to ["'\u2018]?save\b|(?:on|to|in|against) the (?:wrong|staging|test) [\w-]+|from an? (?:old|outdated|stale|random|expired) (?:wiki|doc|page|runbook|email|ticket|post|thread|script|note)|(?:interlock|safety|alarm|guard|breaker|limiter|check)s? off|not (?:via|through) the|after (?:the )?(?:[\w-]+ )?(?:rejects?|reject rates?|errors?|error rates?|failures?|alarms?|warnings?|alerts?|latency|temperature|pressure)(?: [\w-]+)? (?:hit|exceeded|reached|topped|crossed|went over))\b|${WRONG_NOW}`;
const ACT_GONE_WRONG = String.raw`${MARKED_WRONG}|(?:\u2192|->)(?!\s*(?:[\w-]+ ){0,2}(?:cleared|recovered|resolved|fixed|restored|green|normal|ok|stable|back|healthy)\b)|\bthis\s*[.!]*$`;

// a repair told with a mark of scope: "rolled out the fix to all regions at once", "pushed the
// revert again", "…, which ended the outage" (a full stop inside "v2.3.1" does not end the sentence)
const REPAIR_TOLD = String.raw`(?:(?:(?:out|in|up|through) )?(?:the |a |an )?(?:[\w-]+ )?(?:fix|rollback|revert|hotfix|roll-back|patch)\b|(?:[^.;!?]|[.](?=\w))*\bwhich (?:ended|restored|fixed|stopped|cleared|resolved)\b)`;

export const ROLE_ACTS: Partial<Record<Rule, PhraseSpec[]>> = {
  fault: [
    // work put off, or a launch chosen, in the face of warnings: "staff repeatedly put off the
    // maintenance despite years of high readings", "officials chose to launch even after being told …"
    { re: String.raw`(?<act>(?:repeatedly |again |still )?(?:put off|postponed|deferred|delayed|shelved|deprioriti[sz]ed|skipped|chose to|decided to|elected to|opted to|went ahead|pressed ahead|pushed ahead|insisted on))\b[^.;!?]{0,80}?\b(?:despite|even after|in spite of|even though|although) (?:being (?:told|warned|advised)|(?:the |repeated |several |multiple )?(?:[\w-]+ ){0,2}?(?:warnings?|objections?|concerns?|advice)|(?:years|months|weeks) of (?:[\w-]+ ){0,3}?(?:readings?|alerts?|alarms?|reports?))`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // a person's wish as the cause: "went out early because the product lead wanted it for the launch"
    // (only where it was rushed or cut short: "went out late because the vendor insisted on another test pass" blames no one)
    { re: String.raw`because (?<actor>(?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+) (?:wanted|demanded|insisted on|didn't want|did not want)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, cue: String.raw`\b(?:early|rushed|in time for|skipp\w*|untested|no time|cut short|half-tested)\b` },
    // someone's push as the cause: "Leadership's push to ship before quarter-end left the team no time"
    { re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:push|pressure|insistence|demands?|rush|drive) (?:to|for)\b[^.;!?]{0,80}?\b(?:left (?:[\w-]+ ){0,3}?(?:no|little|too little|barely any) (?:time|room|chance|slack)|forced (?:[\w-]+ ){0,3}?(?:to skip|to rush|to cut|through)|meant (?:skipping|cutting|rushing|no)|(?:led|contributed) (?:directly )?to (?:the |this |that )?(?:outage|incident|failure|breach|crash))`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "the engineer elected to deploy globally, and that decision is what triggered the outage"
    { re: String.raw`(?:that|this|his|her|their) (?:decision|choice|call) (?:is|was) (?:what|the thing that|exactly what) (?:triggered|caused|started|led to|took down|broke)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "CTO was warned in March, did nothing", "leadership did absolutely nothing"
    { re: String.raw`(?<act>(?:did|does|do|has done|have done|had done)) (?:absolutely |literally |precisely |exactly )?nothing\b(?! (?:wrong|unusual|unreasonable|improper|out of the ordinary|different|outside|beyond|against|other than|that|which|anyone|any|to (?:cause|deserve)))`, target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:runbook|procedure|playbook|as (?:planned|designed|instructed))\b` },
    // falling for an attacker: "employees fell for a phone scam", "clicked the phishing link"
    // (and what came with it: "downloaded a malicious file", "clicking on and opening a malicious spreadsheet")
    { re: String.raw`fell for|falls for|(?:(?:clicked|clicking|clicks) (?:on )?and )?(?:clicked|clicking|clicks|opened|opening|opens|downloaded|downloading|downloads|installed|installing|ran|executed|executing) (?:on )?(?:{DET} )?(?:[\w-]+ )?(?:phishing|malicious|dodgy|suspicious|infected|booby-trapped|fake|rogue|weaponi[sz]ed) (?:link|e-?mail|attachment|message|file|spreadsheet|document|invoice|pdf|macro|app|program|installer|update|software|tool|browser extension|extension)`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`[^.;!?,]{0,40}\b(?:in|to|into|inside) (?:a |an |the |our |its )?(?:sandbox(?:ed)?|isolated|vm|virtual machine|quarantine)|[^.;!?,]{0,60}\bto (?:analy[sz]e|study|examine|inspect|detonate|reproduce|confirm (?:the|its) hash)\b|\s*(?:tests?|simulations?|exercises?|drills?|campaigns?)\b|[^.;!?]{0,60}\bas part of (?:an? |the |our )?(?:authori[sz]ed |planned |scheduled )?(?:test|exercise|simulation|drill|red[- ]team)`, notPrecededBy: String.raw`\b(?:ir|red|blue|purple|soc|security|incident[- ]response|forensics?|threat[- ]intel(?:ligence)?) (?:team|analysts?|engineers?|crew)|\banalysts?` },
    // handing over secrets: "gave his credentials to a caller posing as IT"
    { re: String.raw`(?:gave|handed|handing|giving|shared|sharing|read out|reading out|disclosed|leaked)(?: away| over| out)? (?:{DET} )?(?:[\w-]+ )?(?:credentials|password|passwords|login|logins|keys|api keys?|tokens?|2fa codes?|mfa codes?|one-time codes?|publish rights|(?:commit|admin|root|write|maintainer|merge|push) rights|access)`, target: 'subject', who: PEOPLE, personal: true },
    // a risky command run by a person: "ran an unvetted command", "ran rm -rf at the root"
    { re: String.raw`(?:ran|run|typed|executed|issued|entered|pasted) (?:{DET} )?(?:(?:unvetted|untested|unreviewed|wrong|bad|destructive|dangerous|risky|unchecked|ad-hoc|ad hoc|manual) )+(?:[\w-]+ )?(?:command|commands|script|scripts|query|queries|migration|change|update)|(?:ran|typed|executed|issued|entered) (?:a |an |the )?(?:rm -rf|drop (?:table|database)|delete from|truncate)`, target: 'subject', who: PEOPLE, personal: true },
    // shipping something broken: "The SRE on shift deployed a broken build"
    { re: String.raw`(?:deployed|pushed|shipped|merged|released|rolled out|committed|published|applied|uploaded|installed) (?:{DET} )?(?:(?:broken|bad|buggy|faulty|untested|incorrect|wrong|malformed|corrupt|corrupted|flawed|defective|compromised|infected|malicious|trojani[sz]ed|backdoored|tampered|half-finished|unfinished|unreviewed|unaudited|unvetted|unsigned|misconfigured))`, target: 'subject', who: PEOPLE, personal: true },
    // going live before the checks were done: "deployed build 4.12.0 before the integration
    // suite had finished"
    { re: String.raw`(?:deployed|pushed|shipped|released|merged|promoted|rolled out|cut over)\b(?:[^.;!?]|\.(?=\d)){0,60}?\bbefore (?:the |any )?(?:[\w-]+ )?(?:tests?|suites?|checks?|ci|build|pipeline|reviews?|canary|backups?|migration|replication|sign-?off|approval)(?: [\w-]+)? (?:had |has |was |were )?(?:finished|completed|passed|run|ended|come back|been (?:run|reviewed|approved|completed|given))`, target: 'subject', who: PEOPLE, personal: true },
    // the risky step before the safe one: "restarted the node before moving customers off it"
    { re: String.raw`(?:restarted|rebooted|deleted|removed|pushed|deployed|ran|applied|shut down|switched|swapped|replaced|migrated|dropped|wiped|upgraded|reset)\b[^.;:!?]{0,60}?\bbefore (?:moving|draining|checking|backing up|confirming|verifying|testing|failing over|notifying|stopping|waiting|taking|copying|snapshotting)`, target: 'subject', who: PEOPLE, personal: true },
    // knowing for a long time: "managers had known about the bug since March"
    { re: String.raw`(?:had|have|has) known (?:about )?(?:{DET} )?[^.;!?]{0,40}?\b(?:since|for (?:months|years|weeks|ages))\b`, target: 'subject', who: PEOPLE, personal: true },
    // clicking through warnings: "click through every warning without reading it"
    { re: String.raw`click(?:ed|s|ing)? (?:straight )?(?:through|past|away) (?:every |the |all |any )?(?:[\w'-]+ )?(?:warnings?|alerts?|prompts?|dialogs?|dialogues?|pop-?ups?|confirmations?)`, target: 'subject', who: PEOPLE, personal: true },
    // money spent elsewhere: "spent a decade on buybacks instead of replacing a mainframe"
    { re: String.raw`spent (?:[\w-]+ ){0,4}on (?:stock )?(?:buybacks|bonuses|dividends|marketing|acquisitions|executive pay|rebranding|offices?) (?:instead of|rather than|while)`, target: 'subject', who: PEOPLE, personal: true },
    // a choice against the safe option: "chose to pursue a theory … rather than roll back"
    { re: String.raw`(?:chose|decided|opted|elected|continued|kept|insisted on)(?: to)? [^.;!?]{0,60}? (?:rather than|instead of) (?:roll(?:ing)? ?back|fail(?:ing)? ?over|escalat\w*|revert\w*|abort\w*|pag\w*|call\w* (?:for help|in))`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // secrets written into code: "hard-coded the test API key into the production configuration"
    { re: String.raw`hard-?cod(?:ed|ing) (?:a |the )?(?:[\w-]+ ){0,2}(?:keys?|passwords?|credentials|tokens?|secrets)`, target: 'subject', who: PEOPLE, personal: true },
    // alarms ignored as a habit: "treats alerts as background noise"
    { re: String.raw`treat(?:s|ed|ing)? (?:the |all |every |those )?(?:[\w-]+ )?(?:alerts?|alarms?|pages?|warnings?) as (?:background )?(?:noise|false alarms?|optional)`, target: 'subject', who: PEOPLE, personal: true },
    // promising what nobody checked: "PM promised the date to the client", "Sales over-promised"
    { re: String.raw`over-?promised|promised (?:the |a |an )?(?:date|deadline|fix time|eta|launch|capacity|delivery|go-live)|promised (?:customers|the client|clients|the board|the customer) (?:a |the )?(?:date|deadline|delivery|launch|go-live|zero downtime|no downtime|(?:\d+|full) (?:percent|%) uptime|capacity)`, target: 'subject', who: PEOPLE, personal: true },
    // knowing and doing nothing: "knew the portal lacked MFA and left it that way"
    { re: String.raw`knew\b[^.;!?]{0,60}?\band (?:left it|did nothing|said nothing|told no one|told nobody|kept (?:it )?quiet|sat on it|moved on|let it slide|let it ride)`, target: 'subject', who: PEOPLE, personal: true },
    // warned and going ahead: "management knew the backups were untested and signed off
    // anyway", "were told in writing … and shipped regardless"
    { re: String.raw`(?:knew|were told|was told|had been told|were warned|was warned|had been warned|had been told|(?:was|were) (?:fully |well )?aware)\b[^.;!?]{0,140}?\b(?:anyway|regardless|nonetheless|all the same|nevertheless|(?:went|go|going) ahead(?: [\w-]+){0,2} (?:unchanged|as planned|as scheduled))\b`, target: 'subject', who: PEOPLE, personal: true },
    // going ahead over a warning: "held the launch date even though the load test failed"
    { re: String.raw`(?:held|kept|pushed|went ahead|pressed ahead|pushed ahead|ploughed ahead|forged ahead|accepted|shipped|launched|proceeded|proceed|continued|carried on|signed off|approved|released|deployed|merged|cut over)\b[^.;!?]{0,60}?\b(?:even though|despite|although|in spite of|regardless of|while)\b[^.;!?]{0,60}?\b(?:failed|failing|defects?|warn\w*|not ready|every sign|all the signs|warning signs|red flags|flagged|objections?|objected|concerns?|outstanding|unresolved|open (?:bugs|issues|findings)|red|firing|alarms?|alerts?)\b`, target: 'subject', who: PEOPLE, personal: true },
    // a choice not to act: "had been made aware of the fault but chose not to escalate it"
    { re: String.raw`(?:chose|decided|opted|elected) not to [a-z][\w-]+`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // against the rules, with a person in the sentence: "Contrary to policy, the support agent …"
    { re: String.raw`(?:contrary to|in breach of|in violation of|against) (?:{DET} )?(?:company |internal |written |standing |our )?(?:[\w'-]+ ){0,3}(?:{PROCESS}|advisor(?:y|ies)|advice|guidance|recommendations?)`, target: 'sentence', who: PEOPLE, personal: true,
      // "checked the config against the advisory" compares; it does not break a rule
      notPrecededBy: String.raw`\b(?:check|validat|test|verif|compar|review|audit|measur|benchmark)\w*\b[^.;]{0,40}|\bno (?:employee|member of staff|staff member|one|individual|engineer|person|worker)\b[^.;]{0,30}` },
    // the act against what was written down: "disconnected both feeds, although the work order
    // specified only feed B"
    { re: String.raw`(?:although|even though|despite|when|while) (?:the |his |her |their )?(?:work order|runbook|ticket|procedure|plan|checklist|change request|instructions?|job card|permit)s? (?:clearly |explicitly )?(?:specified|said|stated|required|called for|listed|limited|named)`, target: 'sentence', who: PEOPLE },
    // a responsibility and the omission: "was responsible for validating the renewal and did
    // not complete the task"
    { re: String.raw`(?:was|were) responsible for [a-z]+ing\b[^.;!?]{0,80}?\b(?:and|but) (?:did not|didn't|never|failed to|had not|hadn't)`, target: 'subject', who: PEOPLE, personal: true },
    // reminded, as the fix: "the individuals involved have been reminded of the requirement"
    { re: String.raw`(?:have|has|had) been ["'\u2018\u201c]?(?:reminded|re-?briefed|retrained|counsell?ed|spoken to|coached|warned)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // a delay put on a person: "did not begin investigating until 02:51"
    { re: String.raw`(?:did not|didn't|wasn't|was not|weren't|were not) (?:begin|start|respond|act|react|look|escalate|investigate|join|notice|reply|acknowledge|answer)\w* (?:[\w:-]+ ){0,5}?until`, target: 'subject', who: PEOPLE, personal: true },
    // leaving the post: "the duty manager went home early, leaving a trainee alone", "acked the
    // page and went back to sleep"
    { re: String.raw`(?:went home|left (?:work |the (?:site|building|desk|room|control room|office) )?early|left (?:his|her|their) (?:post|desk|station|shift)|walked away from|abandoned (?:his|her|their|the) (?:post|desk|station|console)|went back to (?:sleep|bed)|fell asleep|dozed off|(?:was|were) asleep|slept through|sleeping through)`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`[^.;!?]{0,30}\b(?:as (?:scheduled|planned|usual|rostered)|on time|at the end of (?:the|their|his|her) shift)` },
    // doing nothing about it: "had been warned … but took no action"
    { re: String.raw`(?:took|taken|take|takes|taking) no (?:action|steps)|did nothing about|(?:and|but|yet|then|still) (?:they |he |she |management |leadership |nobody |no one )?did nothing\b`, target: 'sentence', who: PEOPLE },
    // "management should be the ones answering for this"
    { re: String.raw`(?:(?:should|must|needs? to|ought to) be (?:the )?ones? )?answer(?:ing|s)? for (?:this|it|that|the (?:outage|failure|breach|incident|loss|mess))`, target: 'subject', who: PEOPLE, personal: true },
    // pressure from above: "rushed by PM to hit the demo date"
    { re: String.raw`(?:rushed|pressured|pushed|forced|hurried|leaned on) by (?:the |our |their )?(?:pm|pms|management|mgmt|leadership|the business|sales|product|execs?|executives?|the boss|bosses|(?:[\w-]+ )?managers?|directors?|cto|ceo|vp|vps|the board)\b` },
    // cutting the people who kept it running: "Management gutted the SRE team last year"
    { re: String.raw`(?:gutted|slashed|axed|decimated|hollowed out|halved|shrank|trimmed|cut (?:back )?|laid off|lay off|laying off|outsourced|disbanded)(?: [\w'-]+){0,3} (?:team|teams|staff|budget|budgets|headcount|department|ops|sre|qa|testing|security|engineers|sysadmins|people|folks|advisors|advisers|workers|employees|jobs|roles|positions|testers|specialists|experts)\b`, target: 'subject', who: PEOPLE, personal: true },
    // an alarm silenced by a person: "read the alarm as a sensor fault and silenced it"
    { re: String.raw`(?:silenced|muted|snoozed|acked and ignored|cleared|suppressed) (?:it|them|the (?:[\w-]+ )?(?:alarms?|alerts?|pages?|pagers?|warnings?|alarm))\b`, target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: CHECKED_FIRST },
    // the rule the sentence says was not kept: "did not use the validation tool as required"
    { re: String.raw`\bas (?:required|mandated|instructed)\b(?! only)`, target: 'sentence', who: PEOPLE, cue: String.raw`\b(?:not|n't|never|without|failed|instead)\b` },
    // going ahead regardless: "said 'it's fine' and merged anyway"
    { re: String.raw`(?:merged|shipped|deployed|pushed|released|launched|went ahead|approved|signed off|ran|applied)(?: (?:it|this|that|the [\w-]+))? anyway`, target: 'subject', who: PEOPLE, personal: true },
    // "Tell night shift to stop silencing the alarms", "Ensure release managers follow the
    // checklist - no exceptions"
    { re: String.raw`(?:tell|ask|remind|get|make|instruct|warn) (?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ (?:to )?stop [a-z]+ing|(?:ensure|make sure) (?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ (?:always |actually |properly |now )?(?:follows?|sticks? to|adheres? to|uses?) (?:{DET} )?(?:[\w-]+ ){0,2}{PROCESS}|(?:ensure|make sure) (?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ (?:always |actually |properly |now )?(?:reads?|checks?|double-checks?|verif(?:y|ies)|confirms?|tests?) (?:{DET} )?[\w-]+`, target: 'sentence', who: ['name', 'handle', 'role', 'group'] },
    // people told to stop: "DBAs must stop running ad-hoc SQL in prod"
    { re: String.raw`(?:must|need to|needs to|have to|has to|should|will) (?:stop|quit|cease|no longer be allowed to) [a-z]+ing`, target: 'subject', who: ['name', 'handle', 'role', 'group'], personal: true },
    // a Friday push, the comment threads' favourite: "somebody pushed that at 5pm on a Friday"
    { re: String.raw`(?:pushed|deployed|shipped|merged|released|rolled out)\b[^.;!?]{0,40}?\b(?:at \d{1,2}(?::\d\d)? ?(?:pm|am) )?on a friday(?: (?:afternoon|evening|night))?`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'], personal: true },
    // reports closed unread: "closing every ticket the network team filed as won't-fix"
    { re: String.raw`clos(?:ed|ing|es) (?:[\w'-]+ ){0,6}?as (?:won'?t[- ]?fix|not a bug|duplicate|invalid|works as intended)`, target: 'subject', who: PEOPLE, personal: true },
    // safety switched off by a person: "disabled MFA for the entire tenant"
    { re: String.raw`(?:disabled|turned off|switched off|removed|bypassed) (?:the |all |every )?(?:[\w-]+ )?(?:mfa|2fa|multi-factor(?: authentication)?|firewall|antivirus|encryption|audit logging|logging|monitoring|alerting|interlocks?|safety (?:checks?|interlocks?))\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // outside one's authority: "acting outside their authorised permissions"
    { re: String.raw`acting (?:outside|beyond|without) (?:their|his|her|its) (?:authori[sz]ed )?(?:permissions|authority|remit|role|mandate)` },
    // staff reminded as the fix, active: "We have reminded all engineers of …"
    { re: String.raw`(?:have|has|had) reminded (?:all |every |our |the )?(?:[\w-]+ )?(?:engineers|staff|operators|employees|developers|team|everyone|agents|clerks|controllers)\b` },
    // a check left out, passive: "a simple pre-deployment check … was omitted on this occasion"
    { re: String.raw`(?:checks?|steps?|reviews?|tests?)\b[^.;!?]{0,60}?\b(?:was|were|had been) (?:omitted|missed|left out)`, target: 'agent' },
    // overruling a safeguard: "mgmt overruled the freeze", "overrode the engineers' objections"
    { re: String.raw`(?:overrul(?:ed|es|ing)|overr(?:ode|ides|iding|idden)|waived|lifted|scrapped|cancelled|canceled|silenced|muted) (?:{DET} )?(?:[\w'-]+ ){0,2}(?:freeze|objections?|warnings?|concerns?|veto|review|reviewers?|engineers?|safety (?:check|team)s?|security team|alerts?|alarms?|safeguards?|interlocks?|limits?|guardrails?)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: CHECKED_FIRST },
    // an unauthorised act: "a contractor … had made an unauthorised change"
    { re: String.raw`(?:made|pushed|ran|applied|deployed|installed|executed|carried out) (?:an? |the |several |two |three )?(?:unauthori[sz]ed|unapproved|unsanctioned|unannounced|undocumented|off-the-books)`, target: 'subject', who: PEOPLE, personal: true },
    // a decision of a person called the failure: "the security chief's decision to pay … was the
    // single largest failure"
    { re: String.raw`(?:[\w.-]+'s|[\w-]+s'|his|her|their) (?:decision|insistence|refusal|push|choice|demand) (?:to|on) [^.;!?]{0,80}? (?:was|is) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:failure|mistake|error|blunder|factor|cause)|(?:[\w.-]+'s|[\w-]+s'|his|her|their) (?:decision|insistence|refusal|push|choice|demand) (?:to|on) [^.;!?]{0,80}?(?:directly |ultimately )?(?:led(?: directly| ultimately)? to|caused|resulted in|triggered)(?! (?:a |the )?(?:full |quick |fast |rapid |swift |early )?(?:recovery|restoration|resolution|fix|improvement|rollback))` },
    // reviewing without reading: "reviewers skimmed all 400 files", "waved it through"
    { re: String.raw`skimm(?:ed|ing)|glossed over|waved (?:it|this|them|(?:the|a|an) (?:[\w-]+ ){0,2}[\w-]+) through|rubber-stamped`, target: 'subject', who: PEOPLE, personal: true },
    // sitting on it, subject or not: "two months after sitting on it"
    { re: String.raw`(?:sat|sitting) on (?:it|the (?:news|report|warnings?|findings?|alerts?|fix|breach))\b` },
    // reported speech: a company or agency says its staff did the act that set it off
    // ("Contract staff removed the files …, the agency said"); not "replaced", which reports
    // far more repairs ("technicians replaced the faulty card") than causes
    {
      re: String.raw`(?:removed|deleted|changed|configured|misconfigured|set up|entered|typed|ran|pushed|deployed|installed|disabled|turned off|switched off|unplugged|rebooted|restarted|uploaded|modified|edited|executed|overwrote|wiped|shut down|clicked|granted|opened|applied)\b`,
      target: 'subject',
      who: ['name', 'role', 'group'],
      cue: String.raw`\b(?:said|says|told (?:reporters|journalists|mps|lawmakers|senators|investors|the [\w-]+)|according to|admitted|confirmed|acknowledged|explained|disclosed|blamed)\b`,
      contexts: ['document'],
    },
    // a card that opens with a person's name or handle as the actor of an act only people do:
    // "Maria signed off on the migration during peak week", "@opsguy poked at a library"
    {
      re: String.raw`{START}(?:[A-Z][a-z]+ )?(?<actor>@[\w.-]+|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) (?:signed|typed|approved|merged|pushed|ran|knew|told|sat|set|ignored|skipped|forgot|decided|chose|clicked|entered|deleted|dropped|removed|disabled|rebooted|restarted|changed|edited|gave|granted|assumed|poked|copied|pasted|wrote|kept|left|turned|switched|shipped|deployed|force-pushed|overrode|bypassed)\b(?! (?:the |a |an )?(?:rollback|revert|fix|hotfix|patch|restore)\b)(?![^.!?]{0,60}\b(?:and (?:traffic|service|the link|it|everything) (?:recovered|came back|returned)|per the runbook|as planned))`,
      target: 'actor',
      // names the tagger knows, and handles: an unknown capitalised word opening a card is as
      // often a component ("Helpline told …", "Library deployed …")
      who: ['name', 'handle'],
      caseSensitive: true,
      contexts: ['card'],
    },
    // sitting on a warning: "leadership sat on three warnings", "Ong sat on the alert"
    { re: String.raw`(?:sat|sits|sitting) on (?:it|this|that|them|{DET}|two|three|four|five|several|multiple|repeated)\b`, target: 'subject', who: PEOPLE, personal: true },
    // priorities set against safety by the people in charge
    { re: String.raw`(?:repeatedly |kept |consistently )?(?:deprioriti[sz](?:ed|ing|es)|shelved|vetoed|turned down|starved (?:[\w-]+ ){0,3}of|refused to (?:fund|pay for|approve|invest)|deferr(?:ed|ing) (?:{DET} )?(?:[\w-]+ ){0,2}(?:investment|spending|upgrade|migration|replacement|fix|patch|work|budget|tooling|tools|automation|recovery|hardening|remediation|training|funding)s?|(?:punt(?:ed|ing)|kick(?:ed|ing) the can|postpon(?:ed|ing)|push(?:ed|ing)) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:to|into) (?:next|the next|another|a later))`, target: 'subject', who: PEOPLE, personal: true, explained: true,
      // "years of deferred investment": a participle that describes, not an act
      notPrecededBy: String.raw`\bof`,
      notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:after (?:the |a )?(?:[\w-]+ )?(?:review|assessment|analysis)|as (?:planned|agreed))` },
    // covering up: "knew about the break-in and covered it up"
    { re: String.raw`cover(?:ed|ing|s)? (?:it|this|that|them|the [\w-]+(?: [\w-]+)?) up|covered up`, target: 'subject', who: PEOPLE, personal: true },
    // a person's act and the damage it did, in one breath: "the administrator changed the
    // rule, cutting off the payment service", "restarted the database, which wiped the cache",
    // "pushed the config and everything went red"; a repair ("…, which restored service")
    // names no damage
    {
      re: String.raw`${CHANGE_ACT}\b(?:[^.;!?]|\.(?=\d)){0,70}?,? ${LINK}${DAMAGE}`,
      target: 'subject',
      who: PEOPLE,
      personal: true,
    },
    // data sent where it must not go: "emailed the unredacted spreadsheet to an external
    // address", "posted the customer list to a public channel"
    { re: String.raw`(?:e-?mailed|sent|forwarded|uploaded|posted|shared|leaked|copied|pasted|attached|published|committed|pushed|checked in)\b[^.;!?]{0,60}?\b(?:(?:live|production|prod|secret|private|unrotated) (?:api )?(?:keys?|tokens?|credentials|secrets|passwords?)|(?:unredacted|unencrypted|unprotected|confidential|sensitive|classified|private|personal|internal|customer|patient|payroll) (?:[\w-]+ )?(?:data|details|records|files?|spreadsheets?|lists?|documents?|keys?|credentials)|to (?:an? |the )?(?:external|personal|private|public|wrong|outside|unknown) (?:[\w-]+ )?(?:address|account|recipient|inbox|channel|repo|repository|bucket|site|party|contact|list|mailing list|distribution list|group|server))`, target: 'subject', who: PEOPLE, personal: true },
    // a weak secret chosen by a person: "an administrator had set a weak password"
    { re: String.raw`(?:reused|re-used|recycled|shared|share|sharing|shares|wrote down|written down) (?:a |an |the |his |her |their |one )?(?:[\w-]+ ){0,2}(?:passwords?|credentials|passphrases?)|(?:set|chose|picked|used|reused|re-used|kept|left) (?:a |the |an )?(?:weak|default|shared|simple|guessable|trivial|blank|factory|reused|easy|short) (?:admin |root |master )?(?:passwords?|passphrases?|pins?|credentials)`, target: 'subject', who: PEOPLE, personal: true },
    // the wrong target named by what it replaced: "keyed in 1.2 billion shares instead of 1.2
    // million", "restarted the primary instead of the replica"
    // the act told with how far it went or what it went against: "applied the removal to all
    // twelve routers, whereas the plan covered two", "changed the rule while believing she was in
    // the sandbox", "ran the batch a second time", "published v412 to the full estate in a single wave"
    { re: String.raw`${CHANGE_ACT}\b(?:[^.;!?]|\.(?=\d)){0,90}?\b(?:whereas|although (?:the|it|its|this|that|they|he|she)|even though|while (?:believing|thinking|assuming)|a second time|(?:for|to|across) the (?:full|whole|entire) (?:estate|fleet|customer base|network)|in (?:one|a single) (?:wave|go|batch|push|step)|all at once)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    { re: String.raw`${CHANGE_ACT}\b(?:[^.;!?]|\.(?=\d)){0,70}?\b(?:instead of|rather than)(?! (?:waiting|asking|checking|using|going|doing)\b)`, target: 'subject', who: PEOPLE, personal: true },
    // an error put on a person by "by": "the payroll error … was made by a clerk", "a
    // misconfiguration by a network engineer … caused"
    { re: String.raw`(?:{MISTAKE}|misconfiguration|misconfigurations|lapse|lapses|failure|failures|deletion|leak|breach|wipe) (?:(?:was|were|had been|has been) )?(?:(?:made|caused|introduced|committed|entered|triggered|pushed|carried out|done|performed) )?by`, target: 'object', who: PEOPLE, personal: true },
    // the act put on a person by "by", in a sentence about what went wrong: "a mistyped command
    // entered by a network administrator", "the faulty file had been uploaded by a single employee"
    { re: String.raw`(?:mistyped|faulty|wrong|bad|incorrect|erroneous|mistaken|malformed|corrupt\w*|duplicate|untested|unapproved|unauthori[sz]ed|offending|broken|deletion|outdated)\b[^.;!?]{0,60}?\b(?:had been |has been |was |were |been )?(?:entered|typed|run|made|issued|pushed|written|sent|uploaded|deployed|approved|submitted|loaded|applied|executed|performed|carried out|keyed in|installed|configured|changed|deleted|removed) by`, target: 'object', who: PEOPLE, personal: true },
    // a laptop or file left behind: "had been left on a commuter train by a locum doctor"
    { re: String.raw`(?:left|lost|misplaced|abandoned|forgotten) (?:[\w-]+ ){0,5}?(?:on|in|at) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:train|bus|taxi|cab|car|pub|bar|cafe|restaurant|plane|airport|station|tram) by`, target: 'object', who: PEOPLE, personal: true },
    // told not to, and so did it: "staff had been repeatedly told not to open attachments"
    { re: String.raw`(?:had been|have been|has been|(?:he|she|they|we|i|you)'d (?<act>been)|were|was|after being|despite being|despite having been|after having been) (?:repeatedly |explicitly |specifically |clearly |already |often )?(?:told|warned|instructed|reminded|trained|asked) (?:not to|never to)(?! (?:worry|panic|fret|bother|stress)\b)`, target: 'subject', who: PEOPLE, personal: true },
    // forcing a release through: "Mgmt forced the Friday release"
    { re: String.raw`(?:forced|insisted on|demanded|mandated|pushed for) (?:through )?(?:{DET} )?(?:[\w-]+ ){0,2}(?:release|launch|deploy|deployment|cutover|migration|change|go-live|ship date|upgrade)s?\b`, target: 'subject', who: PEOPLE, personal: true },
    // the event dated by a person's act: "the outage began when a technician rebooted the
    // controller", "problems started after Sam pushed …"
    {
      re: String.raw`(?:outage|outages|incident|problems?|disruption|failure|trouble|chaos|meltdown|crash|breach|downtime|blackout|cascade)s? (?:began|started|happened|occurred|unfolded|was triggered|kicked off|hit|struck)(?: [\w-]+){0,2}? (?:when|after|once|as soon as)`,
      target: 'object',
      who: PEOPLE,
      personal: true,
      // a machine with a job title: "when the primary controller rebooted"
      notFollowedBy: String.raw`(?:{DET} )?(?:[\w-]+ )?(?:controller|driver|worker|agent|runner|operator|manager|scheduler|supervisor)s?\b`,
    },
    // a person with the wrong thing: "set up the environment with the wrong settings",
    // "had applied the wrong configuration", "swapped the wrong disk"
    // (cards drop the article: "Vendor tech pulled wrong cable")
    { re: String.raw`(?:(?:the|a|an) |(?<=\b(?:[a-z]+ed|took|ran|hit|put|cut|set|got|on) ))(?:wrong|incorrect|erroneous|invalid|mistyped) (?:[\w-]+ ){0,2}?[\w-]+`, target: 'subject', who: PEOPLE, personal: true,
      // a passive step has no actor: "nothing stopped them being done in the wrong order"
      notPrecededBy: String.raw`\b(?:being|been|be|is|are|was|were|get|got) [\w-]+(?<!ing)(?: [\w-]+)? (?:in|on|to|with|from|at|into|onto)|\b(?:led|caused|prompted|forced|made|tricked|misled|sent)\s+(?:[\w-]+\s+){0,3}(?:to\s+)?(?:[\w,-]+\s+){0,8}` },
    // a person's act told with the missing safeguard beside it: "Marcus pushed the config at
    // 02:42, no second pair of eyes", "Change team removed the route filter, no peer review",
    // "ran the removal playbook alone"
    { re: String.raw`${CHANGE_ACT}\b[^.;!?]{0,80}?(?:,|\bwith|\band|\s[-\u2013\u2014])\s(?:no |zero |without (?:a |any )?)(?:second (?:look|pair of eyes|check|person|opinion|reviewer|approver)|peer review|reviews?|reviewer|sign-?off|approvals?|supervision|tests?|testing|backups?|rollback plan|dry[- ]run|change (?:ticket|request|record)|ticket|canary|staging)\b`, target: 'subject', who: PEOPLE, personal: true },
    // aware, and chose otherwise: "was aware of the advisory and chose to prioritise feature work"
    { re: String.raw`(?:aware|informed|warned|told|notified)\b[^.;!?]{0,100}?\b(?:(?:(?:and|yet) (?:still|nonetheless)|but(?: still| nonetheless)?) (?:chose|decided|opted|elected|continued|went on)\b|(?:chose|decided|opted|elected) (?:to (?:defer|delay|postpone|ignore|skip|wait|continue|proceed|ship|push|launch|keep)|not to)\b)`, target: 'subject', who: PEOPLE, personal: true },
    // priorities chosen over safety: "chose to prioritise feature work over patching"
    { re: String.raw`(?:chose|decided|opted|elected) to (?:prioriti[sz]e|put|favou?r|focus on) (?:[\w-]+ ){1,4}(?:over|ahead of|before|instead of) (?:[\w-]+ ){0,2}(?:patch\w*|security|safety|testing|resilience|reliability|maintenance|upgrades?|fix\w*|backups?)`, target: 'subject', who: PEOPLE, personal: true },
    // "Because the change team downgraded the risk from high to low, …"
    { re: String.raw`(?:downgraded|downplayed|underestimated|understated|played down|misjudged|misclassified|mis-classified) (?:{DET} )?(?:[\w-]+ ){0,2}(?:risk|severity|impact|priority|threat|warning|danger|seriousness)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // doing on and on after it went bad: "Schedulers kept accepting reassignments long after the
    // queue had become unworkable"
    { re: String.raw`(?:kept|continued|went on) (?:[a-z]+ing|to [a-z]+)\b[^.;!?]{0,60}?\b(?:long|well) after`, target: 'subject', who: PEOPLE, personal: true },
    // time lost by people: "Engineers wasted the first four hours chasing a theory"
    { re: String.raw`(?:wasted|squandered|burned|burnt) (?:the (?:first|next|best part of|critical|crucial) )?(?:[\w-]+ )?(?:hours?|minutes|days|weeks|time) (?:chasing|arguing|debating|looking at|blaming|swapping|replacing|guessing|rebooting|on the wrong|in meetings|waiting for (?:approval|a manager))`, target: 'subject', who: PEOPLE, personal: true },
    // acting beyond the task: "took it upon themselves to fix a sync problem nobody had asked
    // them to touch"
    { re: String.raw`took it upon (?:themselves|himself|herself|themself)|(?:nobody|no one|no-one) had asked (?:them|him|her) to|(?:without|before) (?:being|anyone) (?:asked|told)(?: to)?`, target: 'sentence', who: PEOPLE },
    // "If the security team had kept the certificate current, the exfiltration would have been
    // spotted": any act of a person, undone in the counterfactual
    { re: String.raw`\bif (?<actor>(?:{DET} )?(?:[\w@.'-]+ ){0,3}[\w@.'-]+) had (?!been\b)(?:not |never |only |just |actually )?[a-z]+(?:ed|en|wn|ne|ght|pt|nt|ld)\b[^.;!?]{0,100}?\bwould(?:n't| not| never| have| 've)`, target: 'actor', who: PEOPLE, personal: true },
    // the slowness put on a person, card style: "On-call engineer slow to escalate to vendor"
    { re: String.raw`(?:was |were |is |are |too |very |so )?(?:slow|late|reluctant|hesitant) to (?:escalate|respond|react|act|page|notice|acknowledge|call|roll ?back|revert|fail ?over|declare|communicate|inform|admit|patch|answer|report)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // a role, group or name saw it and did nothing: "SOC saw the malware alerts and ignored them"
    { re: String.raw`(?:saw|seen|noticed|spotted|received|got|had) (?:{DET} )?(?:[\w-]+ ){0,3}(?:alerts?|alarms?|warnings?|pages?|reports?|emails?|tickets?|notices?|advisor(?:y|ies))\b[^.;!?]{0,40}?\b(?:and|but) (?:then )?(?:just |simply |quietly )?(?:ignored|dismissed|closed|muted|silenced|snoozed|sat on|did nothing|deleted|archived|shrugged)`, target: 'subject', who: PEOPLE, personal: true,
      // handled as they should be: "deleted them, as trained", "closed them once the fix shipped"
      notFollowedBy: String.raw`(?:them|it|those|these)?[,\s]*(?:as (?:trained|instructed|required|documented|expected|designed)|once|after|because)\b` },
    // a risky secret put in public: "pushed it to a public repo", "posted the password on GitHub"
    { re: String.raw`(?:pushed|posted|committed|uploaded|published|pasted|leaked|left)\b[^.;!?]{0,40}?\b(?:to|on|in|into) (?:a |the |their |his |her )?(?:public (?:repo|repository|github|gitlab|bucket|channel|forum|paste|gist|page|site)|github|pastebin|stack ?overflow)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, cue: String.raw`\b(?:password|passwords|credentials|creds|keys?|tokens?|secrets?)\b` },
    // a card or a line that opens with a person, role or group doing something, told with a
    // marker of how it went wrong: "Sam pushed to all regions at once, again", "DBA ran
    // DELETE w/o WHERE", "Ops rotated keys, told no one", "Lead overruled rollback → 3h fix"
    {
      // the verb, a few words into its sentence; its subject is found by humans.ts
      re: String.raw`${LEAD_TO_VERB}(?<!['\u2019]s )(?<act>(?<verb>[a-z]+(?:ed|'d)|ran|took|made|let|sent|sat|set|put|shut|cut|kept|told|left|gave|wrote|hit|chose|broke|forgot|overrode|went|read|picked|did|drove|knew|re-ran|reran|signed off|force-pushed|${CHANGE_NOW}))\b(?=[^.!?]{0,70}(?:[.!?]|$))`,
      target: 'subject',
      who: PEOPLE,
      // a surname nobody knows counts here too: the mark says a person did it
      personal: true,
      verbGroup: true,
      // "missed the page since the phone was on silent" gives the reason: the blameless account
      explained: true,
      cue: ACT_GONE_WRONG,
      notFollowedBy: REPAIR_TOLD,
    },
    // … in the present tense, as a card tells it ("Rollout lead green-lights file 517 despite the
    // validator warning"), with a mark in words: an arrow alone is how neutral cards chain causes
    {
      re: String.raw`${LEAD_TO_VERB_IN_CLAUSE}(?<act>(?<verb>${PRESENT_ACT}))\b(?=[^.!?]{0,90}(?:[.!?]|$))`,
      target: 'subject',
      who: PEOPLE,
      personal: true,
      verbGroup: true,
      explained: true,
      cue: WRONG_NOW,
    },
    // … and after people in the plural, whose present-tense verb has no -s ("00:35 Norvik techs grab the
    // superseded method of procedure", "Core-site staff pull the route filter with no second reviewer")
    {
      re: String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:\d{1,2}:\d\d\s+)?(?:the |our |their )?(?:[\w-]+ ){0,2}(?:techs|technicians|engineers|staff|operators|admins|devs|developers|contractors|agents|crews|schedulers|controllers|clerks|supervisors|managers|leads|personnel)\s(?<act>(?<verb>(?!(?:are|were|have|had|do|did|say|said|ask|asked|see|saw|notice|check|confirm|follow|restore|fix|resolve|escalate|page|call|start|begin|work|help|try|need|get|go|come|keep|know|find|look|join|respond|report|investigate|monitor|watch|declare|open|post|spot|catch|take over|pick up|roll back|revert)\b)(?![a-z]+(?:ed|ing)\b|(?:kept|ran|took|made|sent|left|gave|wrote|chose|broke|forgot|went|began|brought|thought|held|led|spent|stood|told|found|got|put|set|cut|let|hit|read)\b)[a-z]{3,}(?:\s(?:over|out|up|in|through|back|off|down))?))\b(?=[^.!?]{0,90}(?:[.!?]|$))`,
      target: 'subject',
      who: PEOPLE,
      verbGroup: true,
      explained: true,
      cue: WRONG_NOW,
    },
    // the same with a surname nobody knows, which only a card's opening makes a person: "Sat 18:00
    // Halvorsen flipped the flag for all customers at once", "Lindgren set retention to 0 (thought it
    // was sandbox)". Words shaped like a component (Autoscaler, Orchestrator, Ingestix, DevOps) are
    // left out: a card that opens with one is about a machine.
    {
      re: String.raw`${CARD_SURNAME}(?<act>(?<verb>${CHANGE_ACT}|${CHANGE_NOW}|did|copy-pasted|said go|says go|gave the go(?:-ahead)?|green-?lit|signed off|swapped|bumped|scaled|descoped|waved))\b(?=[^.!?]{0,90}(?:[.!?]|$))`,
      ...SURNAME_ON_CARD,
      cue: ACT_GONE_WRONG,
    },
    // … and in the present tense, with a mark in words ("09:41 S. Achterberg types 40 where the playbook wanted 4")
    {
      re: String.raw`${CARD_SURNAME}(?<act>(?<verb>${PRESENT_ACT}))\b(?=[^.!?]{0,90}(?:[.!?]|$))`,
      ...SURNAME_ON_CARD,
      cue: WRONG_NOW,
    },
    // … and with no time, where a surname opens the sentence: "Kowalski ran the migration on prod, not staging",
    // "Lindqvist pushed cert rotation to ALL regions at once". A vendor's name opening a card is
    // as likely here; names shaped like products (-ly, -fy, -io, -soft, -ware, -hub …) and words the tagger does not
    // know as names are left out, and so is a fix ("… pushed the revert again").
    {
      re: String.raw`^(?!${MACHINE_OPENERS}\b)${NAME_WORD}(?:(?: (?:van|von|de|der|den|da|del|di|le|la|bin|al))* ${NAME_WORD})?(?<!er|tor|sor|ix|ops|ics|ly|fy|io|soft|net|ware|cloud|flare|base|hub|lab|labs|tech) (?<act>(?<verb>${CHANGE_ACT}|${CHANGE_NOW}|did|copy-pasted|said go|says go|gave the go(?:-ahead)?|green-?lit|signed off|swapped|bumped|scaled|descoped|waved))\b(?! by\b)(?!\s*${REPAIR_TOLD})(?=[^.!?]{0,90}(?:[.!?]|$))`,
      caseSensitive: true,
      target: 'subject',
      who: ['name'],
      verbGroup: true,
      explained: true,
      cue: ACT_GONE_WRONG,
      contexts: ['card', 'document'],
    },
    // a decision or acceptance put on people by "by", told with what was wrong with it: "was
    // taken by the programme board despite two open defects", "accepted by the migration lead
    // without the review", "left open by regional IT", "rostering decisions by operations
    // management meant …"
    { re: String.raw`(?:(?:was|were|had been|has been) (?:taken|made|accepted|approved|reclassified|downgraded|signed off|waved through|deferred|declined|rejected|overruled|shelved|parked|binned|ignored|dismissed|closed|left open|left unpatched|sat on|vetoed|buried)|(?:decisions?|choices?|cuts|cutbacks) (?:made |taken )?|(?:ignored|overlooked|shelved|binned|parked|vetoed|left open|left unpatched|sat on|buried|dismissed)(?: for)?(?: [\w-]+){0,3}?) by`, target: 'object', who: PEOPLE, personal: true,
      cue: String.raw`\b(?:originat\w*|stemm\w*|came from|despite|without|rather than|instead|removing|although|even though|contrary|chose|never|open|unpatched|declined|deferred|ignored|meant|left|led|'no budget'|no budget|weeks?|months?|years?|wks|mos?)\b` },
    // an act that is damage in itself, done by a role: "an engineer disconnected the power supply",
    // "vendor tech unplugged both PSUs", "intern deleted the S3 bucket", "an employee had mistyped an
    // input" — no mark of what went wrong is needed; what was done to the system is the mark
    // (a repair, a planned step or a containment says so and is left alone)
    { re: String.raw`(?<=\b(?:engineer|technician|tech|admin|administrator|sysadmin|operator|contractor|developer|dev|employee|worker|staffer|intern|analyst|dba|sre|clerk|agent|electrician|programmer|staff|personnel|user)s? (?:accidentally |mistakenly |inadvertently |then |had |has |apparently |reportedly |just )?)(?:deleted|wiped|erased|truncated|overwrote|dropped (?:the|a|an|our|their|its) (?:[\w-]+ )?(?:table|database|db|bucket|volume|index|partition|cluster|schema)|unplugged|disconnected|cut (?:the|a|an|through|into) (?:[\w-]+ )?(?:cable|fibre|fiber|power|line|link|feed|wire)|pulled (?:the|a) (?:wrong |live |main )?(?:[\w-]+ )?(?:cable|power|breaker|fuse|wire)|(?:switched|turned|shut) off (?:the )?(?:[\w-]+ )?(?:power|ups|cooling|breaker|supply|generator)|mistyped|misconfigured|fat-fingered|mislabell?ed|unplugs|disconnects|wipes|erases|truncates|mistypes|misconfigures|(?:switches|turns|shuts) off (?:the |a )?(?:[\w-]+ )?(?:power|ups|cooling|breaker|supply|generator)|(?:opened|clicked(?: on)?) (?:a |an |the )?(?:malicious|phishing|infected|booby-trapped|dodgy|suspicious|rigged|fake) (?:[\w-]+ )?(?:spreadsheet|attachment|document|file|email|link|invoice|macro))\b`,
      target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: String.raw`${CHECKED_FIRST}|[^.;!?]{0,60}\b(?:to (?:contain|isolate|stop|halt|limit|protect|restore|recover)|as (?:planned|scheduled|instructed|agreed|part of)|per the|on purpose to|safely|(?:while|when|by) following|to (?:study|analy[sz]e|examine|inspect|detonate|reproduce)|in (?:a|an|the) (?:isolated|sandbox(?:ed)?|test|lab|quarantined?)|before (?:replacing|repairing|swapping|servicing|working on|re-?imaging)|after (?:archiving|backing (?:it |them )?up|exporting|copying|confirming|checking|verifying|snapshotting)|(?:which|as) (?:the )?(?:[\w-]+ )?polic(?:y|ies) requires?|within (?:minutes|the hour|seconds) of (?:the )?(?:alert|detection|breach))\b|(?:the |an? |every |all )?(?:infected|compromised|stolen|lost|phishing|malicious|rogue|faulty|failed|failing|dead|broken|affected|suspicious|spam|quarantined|burning|flooded|overheating) ` },
    // the victim's click told as the cause: "resulted from the user of the workstation opening a
    // malicious spreadsheet", "someone in that building clicked a link and now a whole city …"
    { re: String.raw`\b(?:user|employee|staff(?:er)?|worker|clerk|admin|member of staff|someone|somebody)s?\b(?:(?! who )[^.;!?]){0,50}?\b(?:opened|opening|clicked(?: on)?|clicking(?: on)?) (?:a |an |the )?(?:(?:malicious|phishing|infected|booby-trapped|dodgy|suspicious|rigged|fake) (?:[\w-]+ )?(?:spreadsheet|attachment|document|file|email|link|invoice|macro)|link and (?:now|then|suddenly))`, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,80}\b(?:simulation|simulated|drill|exercise|phishing test|training|which is what it is for)` },
    // away when it broke: "the engineer rostered to look after it was at home when both computers went down"
    { re: String.raw`(?:was|were) (?:still |already )?(?:at home|off-site|at lunch|out of the office|on (?:a )?(?:break|lunch break)) when\b(?! (?:(?:first |they were |he was |she was )?(?:paged|called|alerted|woken)|the (?:page|call|alert)))`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // the decision placed with the board: "was taken at board level without adequate consideration of the risks"
    { re: String.raw`(?:taken|made|pushed through|signed off) (?:at board level|by the board|by (?:senior |top )?management|at (?:the )?(?:executive|leadership) level) (?:without|despite|against|in spite of|over)\b(?! (?:delay|hesitation|objection|issue|incident|problems?|fuss|a hitch)\b)` },
    // a step left out: "the supplier's staff left out a step when applying the patch"
    { re: String.raw`(?:left out|skipped|missed|omitted|forgot|dropped) (?:a|one|the|an|two|a whole|an entire|a critical|a key) (?:[\w-]+ )?(?:step|line|flag|check|parameter|setting|stage|phase)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // "spent forty minutes trying to wake colleagues instead of following the escalation policy"
    { re: String.raw`(?:instead of|rather than) (?:following|using|reading|checking|escalating via|going through) (?:the |our |their |an? )?(?:[\w-]+ ){0,2}(?:policy|process|procedure|runbook|playbook|checklist|escalation path|rota|plan)\b`, target: 'subject', who: PEOPLE, personal: true },
    // cards in the passive with the doer and no auxiliary: "Step 1 skipped by the vendor team"
    { re: String.raw`(?<=\b[\w)]+ )(?<!\b(?:is|are|was|were|be|been|being|gets?|got) )(?:skipped|bypassed|ignored|overridden|overruled|waived|waved through|dismissed|silenced|muted) by`, target: 'object', who: PEOPLE, personal: true, notFollowedBy: String.raw`[^.;!?]{0,60}\bby design\b` },
    // a supervisor at a person's side as the fix: "A supervisor sits next to Kang for all router work"
    { re: String.raw`(?:a |the )?(?:supervisor|senior|lead|manager|mentor)(?: engineer)?s? (?:to )?(?:(?:sits?|sitting|sit) (?:next to|beside|alongside|with)|watch(?:es)? over|shadows?|pairs? with|supervises?) (?:[A-Z][a-z][\w-]+|him|her|them)\b(?= (?:for|on|during|at|whenever|every|until|in)\b)`, caseSensitive: true },
    // "Add 'zero self-caused outages' to every engineer's objectives for the year"
    { re: String.raw`(?:to|into|in) (?:every|each|all|the) (?:[\w-]+ )?(?:engineer|employee|staff member|developer|operator|person|individual)(?:'s|s') (?:[\w-]+ )?(?:objectives|goals|okrs|targets|performance reviews?|appraisals?|scorecards?)\b` },
    // "somebody on that desk decided to ignore every single one", "received 90 warnings but did not act on any of them"
    { re: String.raw`(?:decided|chose|opted|elected) to ignore\b|(?:did not|didn't|failed to|never) act on (?:any of |either of |all of |one of )?(?:them|it|those|these|the (?:[\w-]+ )?(?:warnings?|alerts?|emails?|alarms?|reports?))\b`, target: 'subject', who: [...PEOPLE, 'generic'], personal: true },
    // leaders paid or deciding for others: "the bosses bank $6 million in bonuses", "somebody at head office decided the
    // computer could never be wrong", "the board accepted assurances about readiness without sufficient challenge"
    { re: String.raw`(?:bosses|executives|execs|the ceo|directors|management|leadership|the board) (?:still )?(?:bank|banked|pocket|pocketed|collect|collected|take|took|pay themselves) (?:[\w$£€.,-]+ ){0,3}(?:in )?bonus(?:es)?\b(?! (?:approval|for (?:everyone|staff|the team)))|(?:someone|somebody) (?:at|in|on) (?:head office|the boardroom|the board|hq|the c-suite|the top|management|the executive floor) (?:decided|chose|thought)\b|(?:accepted|took) (?:[\w'-]+ ){0,3}assurances? (?:[\w-]+ ){0,4}?without (?:sufficient |adequate |proper |any |real )?(?:challenge|scrutiny|question(?:ing)?)` },
    // a person's change as what did the damage: "Priyanka's capacity check takes out the whole backbone"
    { re: String.raw`(?<actor>[\w-]+)(?:'s|s') (?:[\w-]+ ){0,2}(?:check|change|command|script|push|update|query|config|edit|deploy|migration|patch|test|typo|keystroke) (?:takes|took|knocks|knocked|brings|brought|wipes|wiped|drops|dropped|kills|killed) (?:out |down )?(?= ?(?:the|all|every|our)\b)`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
    // slow to arrive or answer: "on-call (Hargreaves) takes 90 min to get in to site"; nobody answering: "nobody acks for 40 min"
    { re: String.raw`(?:takes|took|taking) (?:\d+|two|three|four|five|six|ninety|forty|fifty|sixty|thirty|\w+ty) ?(?:min(?:ute)?s?|mins|hrs?|hours) to (?:get|respond|ack(?:nowledge)?|answer|arrive|show up|turn up|join|react|notice|pick up)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    { re: String.raw`(?:nobody|no one|no-one) (?:acks?|acked|acknowledges|acknowledged|responds|responded|picks? up|picked up|answers|answered|looks|looked) (?:at )?(?:it |the page |the alert |the alarm )?for (?:\d+|forty|thirty|twenty|an?|two|three|several) ?(?:min|mins|minutes|hours?|hrs?)\b`, notPrecededBy: String.raw`\b(?:so|because|since)\s*`, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:no (?:page|alert|call) (?:ever )?(?:arrived|came|fired)|because|since the pag)` },
    // "crew schedulers lost track of where hundreds of pilots were", "the change board knocked phase 6 down from high to low risk",
    // "Priyanka on the outsourced desk set the payment up wrong"
    { re: String.raw`knocked (?:[\w -]{1,20} )?down from (?:high|critical|medium|severe) to (?:low|medium|minimal)\b`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`${CHECKED_FIRST}|[^.;!?]{0,60}\bafter (?:confirming|checking|verifying)` },
    { re: String.raw`lost track of\b|(?:set|wired|configured|keyed|typed) (?:[\w-]+ ){0,3}(?:up )?wrong\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role'], personal: true, notFollowedBy: String.raw`${CHECKED_FIRST}|[^.;!?]{0,60}\bafter (?:confirming|checking|verifying)` },
    // "NOC waves the alarms off as planned-maintenance noise"
    { re: String.raw`wave(?:s|d)? (?:the |all |every )?(?:[\w-]+ )?(?:alarms?|alerts?|warnings?|reports?|pages?) (?:off|away)\b`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`${CHECKED_FIRST}|[^.;!?]{0,60}\bafter (?:confirming|checking|verifying)` },
    // reports waved away: "13:10 Call centre dismisses third report of failed emergency calls"
    { re: String.raw`(?:dismiss(?:es|ed|ing)?|brush(?:es|ed|ing)? off|shrug(?:s|ged)? off|wave(?:s|d)? (?:off|away)|laugh(?:s|ed)? off) (?:a |the |another |(?:first|second|third|fourth|fifth|repeated|several|multiple|\d+(?:st|nd|rd|th)?) )?(?:[\w'-]+ )?(?:reports?|warnings?|complaints?|calls?|tickets?|concerns?)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: String.raw`${CHECKED_FIRST}|[^.;!?]{0,60}\b(?:already (?:linked|handled|known|resolved|tracked)|as duplicates?)\b|[^.;!?]{0,60}\b(?:confirmed|verified|established) (?:that )?(?:they|it|these|those) (?:were|was)|[^.;!?]{0,60}\bfalse positives?\b` },
    // "bypassing the staggered rollout", "went around the company's safeguards"
    { re: String.raw`(?:bypass(?:ed|ing|es)?|circumvent(?:ed|ing|s)?|sidestep(?:ped|ping|s)?|skirt(?:ed|ing|s)?|skipp(?:ed|ing)|skips?|(?:went|going|goes|go|got|gets|get) around|(?:went|go|gone) round) (?:{DET} |[\w'-]+'s? )?(?:[\w-]+ ){0,2}(?:rollouts?|safeguards?|controls?|checks?|reviews?|gates?|approvals?|canary|canaries|canary rings?|stag(?:es|ing)|peer review|sign-?offs?|checklists?|procedures?|protocols?|runbooks?|interlocks?)`, target: 'subject', who: PEOPLE, personal: true },
    // "outside the change freeze they had agreed to"
    { re: String.raw`outside (?:{DET} )?(?:agreed |approved |change |maintenance )?(?:freeze|change window|maintenance window|approved window|change process|approval process)`, target: 'sentence', who: PEOPLE },
    // "passed on without further checks", "was merged without review"
    { re: String.raw`(?:was|were|had been|got) (?:passed on|passed|approved|accepted|merged|deployed|pushed|applied|signed off|released|shipped|rolled out) without (?:any |further |a |the |proper |adequate )?(?:checks?|review|reviews|testing|tests|verification|approval|sign-?off|scrutiny)`, target: 'agent' },
    // a choice made though the safe one was there: "chose the permanent deletion mode, although
    // the soft-delete mode was available to him"
    { re: String.raw`(?:chose|picked|opted for|selected|used)\b[^.;!?]{0,60}?\b(?:although|even though|when|while|despite)\b[^.;!?]{0,60}?\b(?:was|were) (?:available|an option|possible|right there)`, target: 'subject', who: PEOPLE, personal: true },
    // "carried on regardless", "in no state to be making destructive changes"
    { re: String.raw`(?:carried|pressed|pushed|ploughed|plowed|soldiered|ploughing|pressing|carrying) on (?:regardless|anyway|nonetheless|undeterred)|in no (?:fit )?state to`, target: 'sentence', who: PEOPLE },
    // a safety step taken lightly: "treated the UPS bypass as routine", "treated template update
    // as 'just data'"
    { re: String.raw`treat(?:ed|s|ing)? (?:[\w'-]+ ){1,4}as ["']?(?:(?:somebody|someone) else's (?:job|problem)|routine|housekeeping|(?:just |mere )?data|an afterthought|a formality|optional|a nuisance|noise|theoretical|cosmetic|low[- ]risk|trivial|harmless|a box[- ]ticking exercise)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "rushed a network change", "rushed the release"
    { re: String.raw`rushed (?:{DET} )?(?:[\w-]+ ){0,2}(?:change|release|deploy|deployment|migration|fix|patch|update|rollout|launch|cutover|upgrade)s?\b`, target: 'subject', who: PEOPLE, personal: true },
    // "knew the storm was coming for a week and still ran a full schedule"
    { re: String.raw`knew\b[^.;!?]{0,80}?\b(?:(?:and|but|yet) (?:still|nonetheless|anyway) [a-z]+|(?:and|but|yet),? (?:had |have |has )?(?:carried on|continued|kept on|kept going|went on))`, target: 'subject', who: PEOPLE, personal: true },
    // "had a history of confusing drills with real events"
    { re: String.raw`(?:had|has|have) (?:a )?(?:long |documented |known )?(?:history|habit|pattern) of [a-z]+ing`, target: 'subject', who: PEOPLE, personal: true },
    // "called it done" after part of the job
    { re: String.raw`called it (?:done|fixed|a day|good|finished|complete)`, target: 'subject', who: PEOPLE, personal: true, cue: String.raw`\b(?:\d+ of \d+|half|some|most|without|never|only|partly|didn't)\b` },
    // "knew better than to run commands on production that late"
    { re: String.raw`knew better than to`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`[^.;!?]{0,60}?,\s*so\b` },
    // "crew didn't know the power-up order"
    { re: String.raw`(?:didn't|did not|doesn't|does not|never|don't|do not) (?:even )?(?:know|knew|understand|understood|learn|learned|learnt) (?:the |about the |how (?:to|the) |their |its )?(?:[\w-]+ ){0,2}(?:order|procedure|sequence|steps?|limits?|runbook|process|rules?|basics|system|checklist|playbook)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "the SOC clicked dismiss", "clicked approve on a prompt they had not asked for"
    { re: String.raw`click(?:ed|s|ing)? ["']?(?:dismiss|ignore|snooze|ok|okay|accept|approve|allow|yes|continue|send|live|confirm)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "On-call took 40 min to ack", "took three hours to escalate"
    { re: String.raw`took (?:(?:\d+|[a-z]+|an?|over an?|almost an?|nearly an?) )?(?:min|mins|minutes|hours?|hrs?|h|days?) (?:to |before (?:they|he|she) (?:would )?)(?:work out|figure out|realis\w*|realiz\w*|spot|find|identify|understand|turn up|show up|arrive|get (?:there|in|online)|come in|ack|acknowledge|respond|answer|escalate|notice|join|reply|act|pick up|look)`, target: 'subject', who: PEOPLE, personal: true },
    // "IT let the XP boxes rot for years", "let the certificate lapse"
    { re: String.raw`let (?:the |their |our |its |his |her )?(?:[\w-]+ ){0,4}(?:rot|decay|lapse|fester|languish)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "clearly didn't understand what they were typing"
    { re: String.raw`(?:didn't|did not|doesn't|does not|don't|do not) (?:even |really )?(?:understand|know|realise|realize) what (?:they|he|she|you) (?:were|was|are|is) (?:doing|typing|running|changing|deleting|pushing|touching)`, target: 'subject', who: PEOPLE, personal: true },
    // "prioritised the launch date over the remaining defect backlog"
    { re: String.raw`prioriti[sz](?:ed|ing) (?:[\w-]+ ){1,4}(?:over|ahead of|above) (?:the |a )?(?:[\w-]+ ){0,2}(?:defects?|bugs?|backlog|patch\w*|security|safety|testing|resilience|reliability|fix\w*|maintenance|upgrades?)`, target: 'subject', who: PEOPLE, personal: true },
    // "reconnected it in an uncontrolled way"
    { re: String.raw`in an? (?:uncontrolled|unsafe|careless|improper|unauthori[sz]ed|ad[- ]hoc|haphazard|sloppy|cavalier) (?:way|manner|fashion)`, target: 'subject', who: PEOPLE, personal: true },
    // "Execs starve engineering for a decade and then act shocked"
    { re: String.raw`(?:then |and )act(?:ed|s|ing)? (?:all )?(?:shocked|surprised|confused|baffled)` },
    // "staff had not kept to the technical standards"
    { re: String.raw`(?:had not|hadn't|did not|didn't|never) (?:kept|keep|adhered|adhere|complied|comply|stuck|stick) (?:to|with) (?:{DET} )?(?:[\w-]+ ){0,3}{PROCESS}`, target: 'subject', who: PEOPLE, personal: true },
    // "Operator panicked, hit live"
    { re: String.raw`panick(?:ed|ing)|froze up|lost (?:his|her|their) (?:head|nerve|cool)`, target: 'subject', who: PEOPLE, personal: true },
    // "some bureaucrat can't read a dropdown"
    { re: String.raw`(?:can't|cannot|couldn't) (?:even )?(?:read|count|spell)(?= (?:a|an|the|their|his|her|simple|basic) )`, target: 'subject', who: ['name', 'handle', 'role', 'group'], personal: true },
    // "its staff had not verified the failover settings in years"
    { re: String.raw`(?:had not|hadn't|has not|hasn't|have not|haven't)(?: even| once)? (?:verified|tested|checked|reviewed|patched|updated|applied|renewed|rotated|backed up|restored|monitored|escalated|rehearsed|exercised|visited|inspected|consulted|contacted|attended)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // "Patch email sat unread in Hasan's inbox for 2 months"
    { re: String.raw`(?:sat|went|lay|left|stayed) unread|unread in (?:[\w'-]+'s|his|her|their) inbox`, target: 'sentence', who: PEOPLE },
    // "management refusing to invest in crew scheduling", "had not taken the warning seriously"
    { re: String.raw`refus(?:ed|ing|es) to (?:invest|fund|pay|hire|upgrade|replace|spend|staff)`, target: 'subject', who: PEOPLE, personal: true , notFollowedBy: String.raw`[^.;!?]{0,20}\b(?:ransom|extortion|the attackers|the hackers|the criminals)` },
    { re: String.raw`(?:not|n't|never) (?:taken?|took|taking) (?:the |this |it |that |these |those |any )?(?:[\w-]+ )?(?:warnings?|threats?|risks?|alerts?|advice|it|this|them) seriously` },
    // "Exec sign-off given with 40% of test cases still red"
    { re: String.raw`(?:sign-?off|approval|go-ahead|green light) (?:was )?given (?:with|despite|while|although)`, target: 'sentence', who: PEOPLE },
    // "slept on the audit report for a year"
    { re: String.raw`(?:slept|sleeping) on (?:it|this|that|the (?:[\w-]+ )?(?:report|warning|alert|findings?|email|ticket|audit|advisory|risk|memo))\b`, target: 'subject', who: PEOPLE, personal: true },
    // "placed an untested build into production", "read the one-time code to the caller",
    // "pressed ahead even though testing was incomplete"
    { re: String.raw`(?:placed|put|brought) (?:{DET} )?(?:[\w-]+ ){0,2}(?:untested|broken|faulty|misconfigured|unreviewed|unaudited|bad) (?:[\w-]+ ){0,2}into (?:service|production|prod|live|use)\b`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`read (?:{DET} )?(?:[\w-]+ ){0,2}(?:code|codes|password|passwords|credentials|pin|otp|passcode) (?:out |back |aloud )?(?:to|over the phone)\b`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:pressed|pushed|ploughed|plowed|forged|went) ahead\b[^.;!?]{0,60}?\b(?:even though|despite|although|though)\b[^.;!?]{0,60}?\b(?:incomplete|unfinished|not ready|untested|failing)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "had been 'warned more than once'", "Tell the network team to actually do their job"
    { re: String.raw`warned (?:more than once|repeatedly|twice|several times|multiple times|again and again)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:actually|just|even) do (?:their|his|her|your) (?:job|jobs)\b` },
    // "simply required the on-call engineer to install the certificate"
    { re: String.raw`(?:simply|just|merely|only) (?:required|needed|meant|involved) (?:{DET} )?(?:[\w-]+ ){0,2}(?:engineer|admin|operator|person|team|staff|technician|developer|clerk|someone|somebody)\b` },
    // a procedure left: "the field crew departed from the approved procedure", "waved through their own
    // go/no-go criteria", "analysts closed them without escalating"
    { re: String.raw`departed from (?:{DET} )?(?:own )?(?:approved |agreed |written |standard |documented |established )?(?:[\w-]+ )?(?:procedure|process|plan|runbook|method|sequence|instructions?|protocol|checklist)s?`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`waved (?:through|past) (?:its|their|his|her) own|waved (?:its|their|his|her) own (?:[\w/-]+ ){1,3}(?:through|past)|waved (?:it|the (?:change|release|exception|risk|deploy|go-live|defects?|criteria|exit criteria))(?: [\w/-]+){0,2} (?:through|past)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:closed|dismissed|resolved|acknowledged|acked|silenced|muted|snoozed|cleared)\b[^.;!?]{0,30}?\bwithout (?:first )?(?:escalating|investigating|checking|looking|reading|telling|reporting|raising|reviewing|opening)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // going on after the warning or the better option: "carried on treating patients after two reported
    // reactions, rather than referring the cases", "despite repeated instructions, certain
    // constituents continued to draw"
    { re: String.raw`(?:carried on|continued|kept|went on)\b[^.;!?]{0,80}?\b(?:rather than|instead of) (?:[a-z]+ing|the (?:updated|new|approved|correct|current|right|official|shared)\b)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:despite|in spite of|ignoring) (?:repeated |several |multiple |numerous |many |two |three |four |five )?(?:instructions|warnings|directions|orders|requests|reminders|alarms|alerts|pleas|calls)\b[^.;!?]{0,80}?\b(?:continued|kept|carried on|went on|persisted|pressed on|pushed on)\b`, target: 'sentence', who: [...PEOPLE, 'generic'] },
    // found by the inquiry: "ward staff were found to have relied on …"
    { re: String.raw`(?:was|were|had been|has been|have been) found to have (?!(?:acted (?:correctly|appropriately|reasonably|properly|in good faith|within|in line with|in accordance)|followed|complied|done (?:nothing|everything)|been (?:unaware|given|told))\b)[a-z]+`, target: 'subject', who: PEOPLE, personal: true },
    // a trust put at the top: "were ultimately responsible for the conditions that made the error possible"
    { re: String.raw`(?:ultimately|directly|personally|primarily|squarely|chiefly) responsible for (?:the |this |that |these |its |their )?(?:[\w-]+ ){0,2}(?:{BADTHING}|conditions|failings?|losses|deaths|collapse|harm|staffing)\b`, target: 'subject', who: PEOPLE, personal: true, negatable: true },
    // years of not doing it: "deferred maintenance for decades", "sat on the amendments for two years"
    { re: String.raw`(?:deferred|postponed|put off|shelved|delayed) (?:[\w-]+ ){0,2}(?:maintenance|upgrades?|repairs?|replacement|investment|patching|renewals?)\b[^.;!?]{0,30}?\b(?:for (?:years|decades|a decade|months|(?:two|three|four|five|six|\d+) (?:full )?years)|repeatedly|year after year)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`sat on (?:{DET} )?(?:[\w-]+ ){0,4}for (?:(?:two|three|four|five|six|several|many|\d+) )?(?:full )?(?:years|months|weeks|decades|a year|a decade)`, target: 'subject', who: PEOPLE, personal: true },
    // the live thing taken for the dead one: "deleted files that turned out to be in use by both"
    { re: String.raw`(?:deleted|removed|wiped|dropped|killed|unplugged|disconnected|reimaged|formatted|purged|decommissioned) (?:[\w'-]+ ){0,3}(?:that|which) (?:turned out to be|were|was) (?:still )?(?:in use|live|needed|active|in production|required|the primary|the live one)`, target: 'subject', who: PEOPLE, personal: true },
    // a phishing attachment opened: "opened a spreadsheet attached to a phishing email"
    { re: String.raw`(?:opened|clicked|downloaded|ran|enabled) (?:{DET} )?(?:[\w-]+ ){0,2}(?:attachment|spreadsheet|document|file|link|macro|invoice|pdf)s? (?:attached to|in|from|sent in|inside) (?:{DET} )?(?:[\w-]+ )?(?:phishing|malicious|spoofed|fake|fraudulent|suspicious|scam) (?:e-?mail|message|text|link)`, target: 'subject', who: PEOPLE, personal: true },
    // a safeguard taken out: "the officials who designed the scheme removed the manual check"
    { re: String.raw`(?:removed|disabled|dropped|scrapped|eliminated|turned off|switched off|abolished) (?:{DET} )?(?:[\w-]+ ){0,2}(?:manual |human |second |independent |safety )(?:checks?|reviews?|approvals?|interlocks?|confirmations?|sign-?offs?|safeguards?)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true, notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:replaced|in favou?r of|with (?:an )?automated)` },
    // running on past the line: "kept lines A to D running for two hours after reject rates exceeded 60%"
    { re: String.raw`kept (?:[\w-]+ ){0,4}(?:running|going|open|live|on|in service)\b[^.;!?]{0,40}?\bafter (?:[\w-]+ ){0,2}(?:(?:rejects?|reject rates?|errors?|error rates?|failures?|latency|temperature|pressure)(?: [\w-]+)? (?:hit|passed|exceeded|reached|topped|crossed|went over)|(?:the )?(?:alarms?|warnings?|alerts?) (?:sounded|fired|went off))\b`, target: 'subject', who: PEOPLE, personal: true },
    // out of reach while needed: "CTO unreachable for 4 hrs"
    { re: String.raw`(?:was |were |went )?(?:unreachable|uncontactable|awol|mia|missing in action|not answering|off the grid) for (?:over |more than |nearly |almost )?(?:\d+|an?|two|three|four|five|several)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true, explained: true },
    // the date fixed from above: "cutover date fixed by board before test plan existed"
    { re: String.raw`(?:date|deadline|go-?live|launch|cutover|timeline|schedule|budget)s? (?:was |were |had been )?(?:fixed|set|chosen|picked|locked|announced|imposed|dictated|mandated|cut) by (?:the )?(?:board|management|mgmt|execs?|executives?|leadership|ceo|cto|cio|directors?|ministers?|government|sales|marketing|pms?)\b` },
    // advice overruled: "Secretary overrules legal advice 2x", "overrode a red status"
    { re: String.raw`overr(?:ode|ides|ide|ule|uled|ules|uling|iding) (?:{DET} )?(?:[\w'-]+ ){0,2}(?:advice|warnings?|objections?|recommendations?|red|status|concerns?|engineers?|experts?|lawyers?|safety|rollback|team|interlock|no-go)\b`, target: 'subject', who: PEOPLE, personal: true },
    // money put elsewhere: "chose to prioritise other spending", "cutting headcount while paying out record dividends"
    { re: String.raw`(?:chose|decided|opted|preferred) to (?:prioriti[sz]e|spend (?:the |that |its |their )?(?:money|budget|cash)|put (?:the |that )?money|fund|invest in) (?:on |in )?(?:other|something else|elsewhere|buybacks|dividends|bonuses|marketing)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:cutting|cut|slashing|slashed|gutting|gutted) (?:[\w-]+ ){0,3}(?:headcount|staff|jobs|budgets?|teams?|engineers)\b[^.;!?]{0,40}?\b(?:while|and) (?:paying|handing|awarding|giving|taking|pocketing)` },
    // the date kept: "managers kept the launch date anyway"
    { re: String.raw`(?:kept|held|stuck to|pressed on with|went ahead with) (?:the |its |their )?(?:launch|go-?live|release|cutover|migration|ship|delivery|original) (?:date|deadline|schedule|plan)s?\b(?:[^.;!?]{0,30})?\b(?:anyway|regardless|nonetheless|all the same)`, target: 'subject', who: PEOPLE, personal: true },
    // over the objections: "fast-tracked the pipeline over objections from engineers"
    { re: String.raw`over (?:the )?(?:repeated |strong |written )?(?:objections?|warnings?|protests?|concerns?) (?:of|from) (?:its |their |the |his |her )?(?:own )?(?:engineers?|staff|experts?|testers?|team|safety|lawyers?|advisers?|advisors?|security)`, target: 'sentence', who: PEOPLE },
    // approving one's own work: "approves his own change", "signed off his own work"
    { re: String.raw`(?:approv(?:ed|es|e|ing)|sign(?:ed|s|ing)? off(?: on)?|merg(?:ed|es|e|ing)|review(?:ed|s|ing)?|certif(?:ied|ies|y|ying)|mark(?:ed|s)? (?:as )?(?:done|complete)) (?:his|her|their) own (?:change|changes|pr|prs|work|code|request|ticket|release|config|test|design)s?\b`, negatable: true, notPrecededBy: String.raw`\b(?:cannot|can't|prevent\w*|block\w*|stop\w*|from|no longer|not|never)\b[^.;!?]{0,20}` },
    // "not one person at Coralink thought to test it", "nobody actioned it"
    { re: String.raw`(?:not one (?:person|of them|engineer|manager)|nobody|no one|no-one)(?: (?:at|in|on|from) (?:the |that )?[\w-]+)? (?:thought|bothered|cared|remembered) to\b|(?:nobody|no one|no-one) (?:actioned|followed up on|acted on|picked up) (?:it|this|that|them|the [\w-]+)`, notPrecededBy: String.raw`\b(?:when|if|once|until|whenever)` },
    // going on regardless: "the night team had every warning it needed and kept loading anyway"
    { re: String.raw`(?:kept|carried on|went on|continued) [a-z]+ing\b[^.;!?]{0,40}?\b(?:anyway|regardless|nonetheless|all the same)\b`, target: 'subject', who: PEOPLE, personal: true },
    // an unready person sent in: "let an unsupervised junior run a bulk import on a Friday evening"
    { re: String.raw`let (?:an? |the |one )?(?:unsupervised|inexperienced|untrained|junior|lone) (?:[\w-]+ )?(?:junior|intern|engineer|contractor|trainee|tech|technician|person|hire|starter|dba|admin|operator)s? (?:run|push|change|touch|deploy)\b` },
    // a test never run: "which had not run a single load test"
    { re: String.raw`(?:had not|hadn't|never|did not|didn't|has not|hasn't) (?:run|done|performed|carried out|conducted|held|attended|read|opened) (?:a single|one single|even one)\b`, target: 'subject', who: PEOPLE, personal: true },
    // time spent on the wrong theory: "spent the first forty minutes insisting it was a DNS problem"
    { re: String.raw`spent (?:the first |the next |a full |the whole |the entire )?(?:[\w-]+ ){0,2}(?:minutes|hour|hours|day|days|week|weeks|morning|night) (?:insisting|arguing|blaming|convinced)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // a risk rated down: "reclassified the change from high to low risk"
    { re: String.raw`(?:reclassified|downgraded|re-?rated|re-?graded|marked down) (?:the |a |its |their )?(?:[\w-]+ )?(?:change|risk|finding|defect|bug)s?\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // features before safety: "chose to put features first", "pushed dead-code removal down the list"
    { re: String.raw`put (?:new )?(?:features|growth|revenue|speed|the launch|the date|deadlines?|profits?|delivery|sales) (?:first|ahead of (?:safety|security|resilience|stability|testing|maintenance))`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`pushed (?:[\w-]+ ){0,3}(?:security|safety|resilience|patch\w*|fix\w*|maintenance|dead-code|removal|upgrades?|backups?|test\w*|dr|recovery)\b(?: [\w-]+){0,2} down the (?:list|priority list|backlog|queue|road|agenda)`, target: 'subject', who: PEOPLE, personal: true },
    // approval alone: "shipped the next morning with his sign-off alone"
    { re: String.raw`(?:his|her|their) (?:sign-?off|approval|say-so|review) alone|on (?:his|her|their) own (?:say-so|authority)|on (?:[\w-]+)'s (?:own )?say-?so` },
    // the end as anyone would expect: "and it went about the way you would expect"
    { re: String.raw`went about (?:the way|how|as) (?:you|you'd|you would|anyone|anyone would|one would|we all) (?:would )?(?:expect|predict|guess)` },
    // "someone's getting a very long 1:1 on Monday"
    { re: String.raw`(?:getting|get|gets|got|having|have|has) (?:a |an )?(?:very |really )?(?:(?:long|awkward|uncomfortable|difficult|stern|painful) (?:1:1|1-1|one-on-one|one to one|chat|talk|meeting|conversation)(?: with (?:hr|their (?:boss|manager)|the boss))?|(?:proper |long |stern )?(?:talking-to|dressing-down|telling-off|bollocking|roasting))` },
    // "still managed to get the argument wrong"
    { re: String.raw`still managed to (?:break|miss|delete|forget|mess|screw|type|push|lose|get (?:it|the [\w-]+) wrong)\b` },
    // "told the board what it wanted to hear"
    { re: String.raw`what (?:it|they|he|she|the board|management|ministers|the ceo) wanted to hear` },
    // to the cheapest bidder: "handing data-centre operations to the cheapest bidder"
    { re: String.raw`(?:to|with|from|by) the (?:cheapest|lowest) (?:bidder|tender|vendor|supplier|contractor|offer)` },
    // "retired within weeks of the disclosure"
    { re: String.raw`(?:retired|resigned|left|quit|departed|stepped down|were replaced|was replaced) within (?:days|weeks|a week|a month|months|hours) of (?:the )?(?:disclosure|breach|outage|incident|report|hearing|attack|crash|failure|announcement)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    // "Nobody on the infrastructure team seems to have asked …"
    { re: String.raw`(?:nobody|no one|no-one)(?: [\w-]+){0,5}? seems? to have (?:asked|checked|considered|thought|tested|noticed|questioned|wondered)` },
    // "let the country down"
    { re: String.raw`let (?:the country|the nation|everyone|customers|us|the public|patients|passengers|their customers|its customers|members|students|staff) down`, target: 'subject', who: PEOPLE, personal: true },
    // "Put plainly, this outage came down to a typo."
    { re: String.raw`(?:came|comes|boiled|boils) down to (?:a |one |a single |one single )?(?:simple |single |stupid |silly )?(?:typo|keystroke|slip|fat[- ]finger|brain fart)`, negatable: true },
    // "alerts were flying for half an hour before anyone upstairs pulled the plug"
    { re: String.raw`(?:minutes|hours|days|weeks|half an hour|an hour|a day|a week) before (?:anyone|anybody|somebody|someone)(?: [\w-]+)? (?:pulled|noticed|acted|did|stopped|called|reacted|responded|looked|checked|escalated|told|picked up|bothered)\b` },
    // "knew of the bugs by 2001, leaked documents suggest", "warned the registry in 2015"
    { re: String.raw`(?:knew|had known|was warned|were warned|had been warned) (?:of|about) [^.;!?]{1,50}? (?:by|since|as early as|as far back as|back in|in) (?:19|20)\d\d\b` },
    // "They just didn't want to hear it": warned people who chose not to listen
    { re: String.raw`(?:just |simply )?(?:(?:didn't|did not|don't|do not|never) want(?:ed)? to|refused to) (?:hear|listen to|know about) (?:it|that|this|them|us|the warnings?|the advice)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "nobody upstairs wanted to hear it", "tellers had been raising the alarm with their managers"
    { re: String.raw`(?:nobody|no one|no-one)(?: [\w-]+){0,2}? wanted to (?:hear|listen|know)\b|(?:had been|were|was) raising the alarm (?:with|to) (?:their|the|its) (?:managers|bosses|board|management|leadership|superiors)` },
    // signed off with the defects open: "signed the go-live certificate with 1,200 defects still open"
    { re: String.raw`(?:signed|approved|released|shipped|launched|went live|certified|accepted)\b[^.;!?]{0,40}?\bwith (?:[\d,]+ |many |hundreds of |dozens of |several )?(?:[\w-]+ )?(?:defects|bugs|issues|findings|sev-?\d\w*|criteria) (?:still )?(?:open|unresolved|outstanding|red|amber)`, target: 'subject', who: PEOPLE, personal: true },
    // away when needed: "VP was on the golf course", "mgmt 'accepted the risk'"
    { re: String.raw`(?:was|were) (?:on the golf course|out golfing|golfing|on a yacht|at the races)`, target: 'subject', who: PEOPLE, personal: true },
    { re: String.raw`(?:mgmt|management|leadership|the board|execs?|executives|directors?)\s+[\"'\u2018\u201c]accepted (?:the )?risk` },
    // "(DG's call)": the decision put on its maker in a card's aside
    { re: String.raw`\((?<actor>[\w@.-]+)'s (?:call|decision|idea|doing)\)`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true, cue: String.raw`\b(?:waived|skipped|relaxed|disabled|removed|no|without|bypass\w*|ignored|overr\w*|dropped|cut)\b` },
    // a second person set to watch, with when and where between: "Second planner on call every weekend to
    // watch the batch run", "Add a second IT engineer on site at each hub every morning to watch …"
    { re: String.raw`{START}(?:add |have |put |station )?(?:a )?second (?:[\w-]+ ){1,2}(?:on call|on site|on shift|on duty|at|in|every|each)\b[^.;!?]{0,40}?\bto (?:watch|monitor|oversee|supervise|observe|double-check|check over|sit with|shadow|look over)\b` },
    // "was ultimately down to one planner loading an untested file"
    { re: String.raw`(?:(?:was|is|came|comes) (?:ultimately |all |simply |really )?down to|boiled down to) (?:one|a single|a lone|just one) (?:[\w-]+ )?(?:person|individual|engineer|developer|admin|employee|technician|contractor|operator|worker|planner|clerk|guy|dev|scheduler|dba|analyst)\b`, negatable: true },
    // what people were told to be or do, as the fix: "Desk agents to stay calm and polite", "Planners to
    // double-check file formats", "engineers to confirm isolation verbally", "Head of IT to report weekly to cabinet"
    { re: String.raw`(?:{START}(?:[\w'-]+ ){1,3}?(?<act>to)|(?<act2>must|should|needs? to)) (?:(?:stay|remain|be|keep) (?:calm|polite|vigilant|alert|careful|patient|focused|courteous)|(?:always |manually |personally )?(?:double-check|triple-check|re-?check|eyeball|proof-?read)|confirm (?:[\w-]+ ){0,3}(?:verbally|in writing|by phone|in person)|(?:personally )?(?:account|answer|report) (?:weekly |monthly |personally |directly )?to (?:the )?(?:board|cabinet|council|ministers?|parliament|regulator))\b`, target: 'subject', who: ['name', 'handle', 'role'], personal: true },
    // failures written into a person's record: "Add repeat phishing-test failures to the annual appraisal"
    { re: String.raw`(?:failures?|mistakes?|errors?|incidents?|misses|slips|clicks) (?:[\w-]+ ){0,3}(?:to|in|into|on) (?:the |their |his |her |each person's )?(?:annual )?(?:appraisals?|performance reviews?|performance records?|personnel files?|hr files?)\b`, negatable: true },
    // "comms team said nothing for 9 days"
    { re: String.raw`(?:said|says) nothing for (?:\d+|two|three|four|five|several|many) (?:days|hours|weeks)|went (?:silent|quiet|dark) for (?:\d+|two|three|four|five|several|many) (?:days|hours|weeks)`, target: 'subject', who: PEOPLE, personal: true },
    // "and he ran apply anyway": an act done over what the person knew
    { re: String.raw`(?<act>(?!(?:paged|asked|checked|escalated|called|notified|informed|warned|rang)\b)(?:[a-z]+ed|ran|went|did|kept|made|sent|hit|set|shipped|pushed|merged|deployed|approved|signed off|pressed|clicked))\b[^.;!?]{0,50}?\b(?:anyway|regardless|all the same)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true, explained: true, notFollowedBy: String.raw`,?\s*(?:to be safe|just in case|as a precaution)` },
    // "left the council by mutual agreement"
    { re: String.raw`left (?:the |his |her |their )?(?:[\w-]+ ){0,2}by mutual (?:agreement|consent)|(?:exit|departure|leaving) by mutual (?:agreement|consent)` },
    // a person's work launched with the card's mark: "bulk job kicked off by a platform eng …, no review"
    { re: String.raw`(?:kicked off|started|launched|triggered|pushed|run|deployed|merged|applied) by (?:a|an|the|one) (?:[\w-]+ ){0,2}(?:eng|engineer|dev|developer|admin|intern|contractor|tech|lead|manager|dba|sre)\b`, cue: ACT_GONE_WRONG },
    // "checklist step 14 ticked as done but it wasn't"
    { re: String.raw`ticked (?:as |off as )?(?:done|complete|completed|off|passed) but (?:it|they|this) (?:wasn't|weren't|was not|were not|had not|hadn't)` },
    // "Anyone who had looked at the codebase could see …", "was simply a matter of turning off one flag"
    { re: String.raw`anyone (?:who|with|that) [^.;!?]{0,60}? could (?:have|'ve) (?:seen|told|spotted)\b|anyone who had [^.;!?]{0,60}? could (?:see|tell|spot)\b|(?:was|is|would have been) (?:simply |just |only |merely )a (?:simple )?matter of` },
    // "Asked by senators who made the call to wait …"
    { re: String.raw`asked (?:by [^,.;]{1,30} )?who (?:made the (?:call|decision)|decided|approved|signed off)` },
    // the call named with who made it: "a call the programme board made in order to …"
    { re: String.raw`(?:a|the) (?:call|decision|choice) (?:that )?(?<actor>(?:{DET} )?(?:[\w-]+ ){0,2}[\w-]+) (?:made|took)\b`, target: 'actor', who: ['name', 'role', 'group'], cue: String.raw`\b(?:wrong|bad|despite|led to|caused|against|without|although|even though|objections?|amber|red|open|defects?|in order to)\b` },
    // "nah, Farid just didn't check": the plain omission, said as the whole story
    { re: String.raw`just (?:didn't|did not|never|forgot to|wouldn't|would not) (?:check|test|look|read|verify|ask|bother|listen|care|think|follow)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, explained: true },
    // "night shift saw the disk at 97% and decided it could wait"
    { re: String.raw`(?:decided|figured|thought|assumed|reckoned|judged) (?:that )?(?:it|this|that|the [\w-]+(?: [\w-]+)?) could wait`, target: 'subject', who: PEOPLE, personal: true, explained: true, cue: String.raw`\b(?:despite|warn\w*|alarm\w*|alert\w*|full|critical|red|already|failing)\b|\d+ ?%` },
    // "call-takers had simply stopped answering"
    { re: String.raw`(?:simply |just )?stopped (?:answering|responding|picking up|checking|reading|monitoring|showing up|caring|looking)`, target: 'subject', who: PEOPLE, personal: true, explained: true,
      // alert fatigue is the system's finding, and stopping once it is over is no neglect
      notPrecededBy: String.raw`\b(?:after|once|when)\b[^.;!?]{0,80}`, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:false|noise|noisy|fatigue)` },
    // told and did it anyway: "had been trained on this procedure twice and still executed …"
    { re: String.raw`(?:trained|told|warned|reminded|shown|taught|briefed)\b[^.;!?]{0,50}?\b(?:and|but|yet) (?:still|nevertheless|nonetheless|anyway) (?:executed|energi[sz]ed|pushed|ran|deployed|restarted|skipped|ignored|approved|merged|shipped|opened|closed|did|went|chose|decided|clicked|deleted|dropped|overrode|bypassed|switched|turned|applied|ran)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "management deferred the expansion" after a warning; "CFO froze the storage refresh -> SAN dies"
    { re: String.raw`(?<actor>management|leadership|the board|execs?|executives|(?:the )?(?:cfo|ceo|cto|cio|coo)|directors|finance|senior management|budget holders) (?:repeatedly |again |twice )?(?:deferred|postponed|delayed|shelved|cancell?ed|cut|rejected|froze|vetoed|turned down|sat on|pushed back)\b`, target: 'actor', who: ['role', 'group'], cue: String.raw`\b(?:warn\w*|flagg?\w*|despite|although|even though)\b|->|\u2192` },
    // waved it through: "QA waved it thru"
    { re: String.raw`wav(?:ed|es|ing) (?:it|this|that|them|the [\w-]+(?: [\w-]+)?) (?:through|thru)`, target: 'subject', who: PEOPLE, personal: true },
    // a review too fast to be one: "approved the pull request eleven seconds after it was opened"
    { re: String.raw`(?:approved|merged|signed off|reviewed|ticked|okayed|ok'd)\b[^.;!?]{0,40}?\b(?:\d+|one|two|three|four|five|ten|eleven|twelve|fifteen|twenty|thirty|forty|ninety) seconds after (?:it|the (?:pr|pull request|change|mr|merge request|diff|ticket|request)) was (?:opened|raised|submitted|posted|created|filed)`, target: 'subject', who: PEOPLE, personal: true },
    // going on past the warning: "chose to proceed after the canary showed elevated errors"
    { re: String.raw`(?:chose|decided|elected|opted) to (?:proceed|continue|go ahead|push on|carry on|press on|ship|deploy|push|release)\b(?! with (?:the )?(?:rollback|revert|drain|failover|restore))[^.;!?]{0,40}?\b(?:despite|even though|although) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:showed|flagged|warned|failed|reported|alerted|was red|were red|errors?|alarms?|warnings?|alerts?)`, target: 'subject', who: PEOPLE, personal: true },
    // warned more than once: "had been told twice in the channel that the flag was still read"
    { re: String.raw`(?:had been|was|were|been) (?:told|warned|reminded|advised) (?:twice|three times|four times|repeatedly|several times|more than once|many times|\d+ times)`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: String.raw`\s*by (?:customers|users|clients|callers|the press|reporters)` },
    // "and still chose to debug the live system", "yet still pressed on"
    { re: String.raw`(?:and|but|yet) still (?:chose|decided|went ahead|opted|pressed|pushed|ran|deployed|restarted|approved|merged|shipped)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "overruled it in favour of finishing his hotfix", "overrode the pipeline gate"
    { re: String.raw`overr(?:ode|uled|ides|ules|iding|uling) (?:it|them|this|that|(?:{DET} )?(?:[\w-]+ ){0,2}(?:rollback|gate|check|checks|objections?|decision|team|advice|warnings?|alarms?|interlock|lock|block|freeze|policy|veto|recommendation|engineers?|sre|dba|on-call))\b`, target: 'subject', who: PEOPLE, personal: true, explained: true,
      // an override the procedure provides for: "Per the emergency procedure, the on-call overrode the gate"
      notPrecededBy: String.raw`\b(?:per|as per|under|following|according to) (?:the )?(?:[\w-]+ ){0,2}(?:procedure|runbook|process|policy|playbook)\b[^.;!?]{0,60}` },
    // knowing the state and starting anyway: "knew the pool had one healthy node left when she began …"
    { re: String.raw`knew\b[^.;!?]{0,80}?\bwhen (?:he|she|they|it) (?:began|started|decided|went ahead|chose|pushed|ran|approved|signed)`, target: 'subject', who: PEOPLE, personal: true },
    // the decision given a single owner: "The decision to skip the canary was Vikram's alone"
    { re: String.raw`(?:decision|call|choice)\b[^.;!?]{0,50}?\b(?:was|were) (?<actor>[\w@.'\u00C0-\u024F-]+)'s (?:alone|and (?:his|hers|theirs) alone|own)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
    // marked as done when it was not: "signed off the patch as tested, yet the logs show …"
    { re: String.raw`(?:signed(?: off)?|marked|ticked|reported|recorded|logged|certified)\b[^.;!?]{0,40}?\bas (?:tested|done|complete|completed|verified|checked|installed|fixed|resolved)\b[^.;!?]{0,80}?\b(?:yet|but|although|though|even though) (?:the )?(?:logs|records|evidence|tests?|data|audit|screenshots?)(?: [\w-]+){0,2} (?:show|showed|shows|indicate|indicated|prove|proved)`, target: 'subject', who: PEOPLE, personal: true },
    // "a system they knew was fragile"
    { re: String.raw`(?<!\b(?:replaced|swapped|swapped out|removed|decommissioned|retired|fixed|patched|pulled) (?:the|a|an) [\w-]+ )(?:they|he|she) knew (?:was|were|to be|had been) (?:fragile|broken|unsafe|faulty|risky|failing|vulnerable|outdated|unreliable|unsupported|end-of-life)` },
    // "acted outside his authority"
    { re: String.raw`acted (?:outside|beyond|without) (?:his|her|their|its) (?:authority|remit|instructions|role|permissions|mandate)`, target: 'subject', who: PEOPLE, personal: true },
    // "chose convenience over security"
    { re: String.raw`(?:chose|choosing|chooses|put|putting|puts|picked|prioriti[sz]ed) (?:convenience|speed|the deadline|deadlines|cost|costs|cost savings|expedience|the easy option|the shortcut|shipping|the launch|profits?|optics) (?:over|ahead of|before) (?:security|safety|testing|stability|reliability|process|patients|customers|the process)`, target: 'subject', who: PEOPLE, personal: true },
    // "Despite clear written instructions, the on-call engineer restarted both nodes"
    { re: String.raw`despite (?:the )?(?:clear|explicit|written|repeated|standing|direct)(?: [\w-]+)? (?:instructions|warnings|guidance|orders|advice|objections|procedures)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "tested in production": the joke told about a person
    { re: String.raw`test(?:ed|ing|s)? (?:it |this |that |the [\w-]+ )?(?:in|on|against) (?:prod|production|live)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:game ?day|chaos|drill|shadow|scheduled|planned|dark launch|feature flag)` },
    // "saw the disk alarm for six hours"
    { re: String.raw`(?:saw|ignored|sat with) (?:the |that |an? )?(?:[\w-]+ ){0,2}(?:alarms?|alerts?|pages?|warnings?|errors?|red dashboard|graph) for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many) (?:hours|hrs|minutes|mins|days)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // "The report named the on-duty network engineer as responsible"
    { re: String.raw`nam(?:ed|es|ing) (?<actor>(?:{DET} )?(?:[\w-]+ ){0,3}[\w-]+) as (?:responsible for (?:the |this )?(?:outage|incident|failure|breach|loss|error|misconfiguration|crash|deletion|delays?)|the cause|at fault|the culprit|the person responsible|the source of the (?:outage|incident|failure|breach))`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, negatable: true },
    // "This wasn't a glitch, this was Dmitri from platform deciding …"
    { re: String.raw`(?:wasn't|was not|isn't|is not|not) (?:a |an )?(?:glitch|bug|accident|outage|act of god|freak (?:event|accident)),? (?:this|that|it) (?:was|is) (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w@.'\u00C0-\u024F-]+)?)`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
    // "is the real villain of this story", "the weak link"
    { re: String.raw`(?:is|was|are|were) (?:the |our |their )?(?:real |true |obvious )?(?:villain|bad guy)s?\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    // "if Tuomas hadn't muted the alert", "Had the trainee not overridden the lock"
    // not the rescue that did happen ("If Maria hadn't noticed the lag, we would have lost a day")
    { re: String.raw`if (?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:hadn't|had not) (?!(?:noticed|spotted|caught|escalated|flagged|raised|paged|called|acted|intervened|stepped|checked|asked|warned)\b)(?:[a-z]+ed|overridden|run|ran|driven|taken|gone|put|set|cut|shut)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    { re: String.raw`{START}had (?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) not (?!(?:noticed|spotted|caught|escalated|flagged|raised|paged|called|acted|intervened|stepped|checked|asked|warned)\b)(?:[a-z]+ed|overridden|run|driven|taken|gone|put|set|cut|shut)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "the same engineer was involved in a similar incident in March"
    { re: String.raw`the same (?:engineer|person|operator|technician|developer|admin|contractor|individual|employee|dba) (?:was|had been) (?:involved|responsible|behind) (?:in )?(?:a|an|the|another) (?:similar|previous|earlier|prior|near-identical) (?:incident|outage|failure)` },
    // "The root cause was not the tooling but Esra's decision to bypass …"
    { re: String.raw`not (?:the )?(?:tooling|tool|system|process|software|platform|config|pipeline|design)\b,? but (?<actor>[\w@.-]+)'s`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
    // "had cut the IT budget so far that …"
    { re: String.raw`(?:cut|slashed|gutted|starved|squeezed)\b (?:the |its |their )?(?:[\w-]+ )?(?:budget|funding|headcount|staffing)\b`, target: 'subject', who: ['name', 'role', 'group'], personal: true, cue: String.raw`\b(?:so (?:far|much|deep)|until|that the|one failure|collapse|outage|failed|fragile|brittle|down)\b` },
  ],
  'human-error': [
    // taking one thing for another: "a staff member mistook a list of applicants for a list of admits",
    // "sent the email in error"
    { re: String.raw`mistook\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // (a firm that paid "in error" is a firm's process, not a person: roles and pronouns only)
    { re: String.raw`(?:sent|e-?mailed|mailed|deleted|published|released|posted|shared|uploaded|issued|paid|transferred|disabled|removed|approved|wiped|closed|cancell?ed)(?: [\w'-]+){0,5}? in error\b`, target: 'subject', who: ['pronoun', 'role', 'handle'], personal: true, explained: true },
    // a slip named by its verb: "an engineer mistyped a command", "the admin misconfigured
    // the balancer"; not when the sentence gives the reason ("misread the dashboard because
    // the units were unlabelled"), which is the blameless account
    { re: String.raw`typo'?d|typoed|mis-?(?:typed|typing|configured|configuring|keyed|keying|clicked|clicking|labell?ed|labell?ing|routed|routing|applied|applying|read|reading|judged|judging|entered|entering|spelt|spelled|spelling|named|naming|set|setting|handled|handling|dialled|dialed|dialling|dialing)\b`, target: 'subject', who: PEOPLE, personal: true, explained: true },
  ],
  'non-compliance': [
    // advice nobody took: "the advice was never acted upon", "RLDC messages ignored"
    { re: String.raw`(?:advice|warnings?|recommendations?|findings?|reports?|alerts?|alarms?|messages?|reminders?|e-?mails?|tickets?|requests?|instructions|directions)(?: (?:was|were|got|had been))? (?:(?:never|not) (?:acted (?:up)?on|actioned|heeded)|(?:repeatedly |simply |all |routinely )?(?:ignored|disregarded|brushed off|unactioned))\b|(?:warnings?|alerts?|alarms?|advice|reminders?) (?:went|had gone|were left|was left) (?:unheeded|unread|ignored)`, explained: true, negatable: true },
    // "had not followed the correct procedure", "couldn't follow a checklist"
    { re: String.raw`(?:had not|hadn't|has not|hasn't|have not|haven't|could not|couldn't|can't|cannot|would not|wouldn't)(?: even)? (?:follow(?:ed)?|complete(?:d)?|carr(?:y|ied) out|perform(?:ed)?|finish(?:ed)?|sign(?:ed)? off|do(?:ne)?|obtain(?:ed)?|get|got|s(?:ee|ou)ght|request(?:ed)?) (?:{DET} )?(?:[\w-]+ ){0,3}(?:{PROCESS}|checks?|steps?|examinations?|inspections?|tests?|verifications?|handovers?|briefings?|approvals?|sign-?offs?|permission|authori[sz]ation)\b`, target: 'subject', who: PEOPLE, personal: true, supersedes: ['failed-to'] },
    // skipping a step: "Tech skipped the drain step in the restart checklist"
    { re: String.raw`(?:skipp(?:ed|ing)|skips?) (?:{DET} )?(?:[\w-]+ ){0,2}(?:step|steps|check|checks|test|tests|review|reviews|stage|drain|backup|verification|rollout|canary|canaries|staging|dry run|pilot)`, target: 'subject', who: PEOPLE, personal: true },
    // ignoring what people sent them: "ignored three renewal reminder emails"
    { re: String.raw`(?:ignor(?:ed|ing|es)?|disregard(?:ed|ing|s)?|dismiss(?:ed|ing)|waved off|waved away|brushed off|brushed aside|swept aside|pushed aside|shrugged off|snoozed|silenced) (?:{DET} |[\w-]+ ){0,4}(?:reminders?|e-?mails?|tickets?|requests?|advice|reports?|complaints?|concerns?|recommendations?|findings?|policy|policies|audits?|pages?|alerts?|alarms?|warnings?|notifications?|bulletins?|advisor(?:y|ies)|notices?|memos?|guidance|forecasts?|predictions?|patches|(?:phone )?calls? from (?:the |a |an )?(?:[\w-]+ ){0,2}(?:field|crews?|utility|team|staff|customers?|engineers?|operators?|neighbou?ring|control room|dispatch|site)|tip-?offs?|escalations?)`, target: 'subject', who: PEOPLE, personal: true, notFollowedBy: CHECKED_FIRST },
    // a patch left waiting: "did not apply a patch that had been available for two months"
    { re: String.raw`(?:did not|didn't|never|failed to|neglected to|had not|hadn't) (?:apply|install|deploy|roll out) (?:a |the |an )?(?:[\w-]+ )?(?:patch|update|fix|upgrade)(?:es|s)?\b[^.;!?]{0,50}?\b(?:available|released|issued|out|published) (?:for|since)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // "had not read the release notes before applying the patch"
    { re: String.raw`(?:had not|hadn't|did not|didn't|never|had never) (?:read|checked|reviewed|tested|verified|looked at|opened|run|tried)\b[^.;!?]{0,50}?\bbefore (?:applying|deploying|running|pushing|merging|making|starting|rolling|shipping|releasing|executing|installing|upgrading)`, target: 'subject', who: PEOPLE, personal: true, explained: true },
    // the check the procedure names, left out: "without the callback verification listed in the procedure"
    { re: String.raw`without (?:the |any |a )?(?:[\w-]+ ){0,2}(?:check|verification|approval|review|sign-?off|callback|step|confirmation)s? (?:listed|required|set out|described|mandated|specified|called for) (?:in|by) (?:the |our |its )?(?:procedure|runbook|policy|process|checklist|playbook|sop)`, target: 'sentence', who: PEOPLE, explained: true },
    // the step left out, and the rule that asks for it: "approved the transfer without verifying the
    // payload, which our custody procedure explicitly requires"
    { re: String.raw`without (?:first )?(?!(?:losing|dropping|causing|breaking|exceeding|affecting|interrupting|impacting|disrupting|missing|failing|needing|requiring)\b)(?:[a-z]+ing)\b[^.;!?]{1,80}?,? which (?:the |our |its |their )?(?:[\w-]+ ){0,2}(?:procedure|runbook|policy|process|checklist|playbook|sop|rules?|standard|regulations?)s? (?:explicitly |clearly |specifically |also )?(?:requires?|required|mandates?|mandated|demands?|calls? for)\b`, target: 'subject', who: PEOPLE, personal: true },
    // "ground staff had not responded as trained"
    { re: String.raw`(?:not|n't|never|failed to) (?:respond(?:ed)?|act(?:ed)?|react(?:ed)?|behave(?:d)?|perform(?:ed)?) as (?:trained|instructed|required|expected|briefed|drilled)`, target: 'subject', who: PEOPLE, personal: true },
  ],
};
