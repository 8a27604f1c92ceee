/**
 * Blame as it is reported: news and statements put the cause on people without the words the
 * core rules look for ("traced to a senior engineer", "takes the blame", "an engineer's typo"),
 * and report what happened to them ("stepped down", "took pay cuts", "was suspended"). Merged
 * into RULE_DATA by rules.ts. Patterns, never one incident's wording.
 */
import type { Rule } from '../types.ts';
import type { HumanKind, PhraseSpec } from './rules.ts';

const INDIVIDUALS: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role'];

/** A noun for people at work, for patterns that do not tag the sentence. */
// people outside the organisation who attack it: blaming them is no blame of staff ("the
// intrusion was attributed to a criminal group")
const ATTACKERS = String.raw`(?:{DET} )?(?:[\w-]+ )?(?:criminal|criminals|hackers?|ransomware|state-sponsored|state-backed|attackers?|cyber-?criminals?|threat actors?|extortion(?:ists)?|espionage|nation-state|hacktivists?|hacking (?:group|gang|crew|collective|team)|state-(?:linked|affiliated|backed|sponsored) (?:[\w-]+ )?(?:group|actors?|hackers?)|threat (?:group|actors?)|criminal (?:gang|group|crew))\b`;
const STAFF = String.raw`(?:engineers?|developers?|programmers?|technicians?|employees?|workers?|staff(?: members?)?|staffers?|operators?|administrators?|admins?|contractors?|interns?|personnel|persons?|individuals?|guys?|techs?|members? of staff)`;

/** People at work, without the words that also name software ("workers", "operators"). */
const PEOPLE_AT_WORK = String.raw`(?:engineers?|developers?|programmers?|technicians?|employees?|staff(?: members?)?|staffers?|administrators?|admins?|contractors?|interns?|personnel|techs?|members? of staff)`;
/** Roles with no machine sense ("a driver crashing" may be a device driver; "a clerk re-running" is a person). */
const HUMAN_ONLY_ROLES = String.raw`(?:clerks?|tellers?|fitters?|nurses?|dispatchers?|pharmacists?|guards?|analysts?|cashiers?|bookkeepers?|accountants?|pilots?|mechanics?|electricians?|porters?|receptionists?)`;

/** Faults only hands do: "a worker bypassing a safety system" (a queue worker or a Kubernetes operator may delete, not switch off a guard). */
const HANDS_ON_FAULTS = String.raw`(?:bypassing|overriding|disabling|switching off|turning off|unplugging|muting|silencing) (?:the |a |an )?(?:[\w-]+ )?(?:safety|interlock|guard|alarm|breaker|sensor|lockout|switch|valve|cable|system|light curtain|curtain|e-?stop|emergency stop)\w*`;
/** Acts that are faults whoever does them: "due to a worker bypassing a safety system". */
const FAULTY_ACTS = String.raw`(?:bypassing|skipping|ignoring|disabling|overriding|forgetting|deleting|removing|muting|silencing|misreading|mistyping|misconfiguring|mislabell?ing|failing to|neglecting|switching off|turning off|unplugging|leaving (?:the |a )?[\w-]+ (?:open|running|unlocked|off|on)|(?:re-?)?running (?:the |a )?[\w-]+ (?:twice|again|by hand|manually))`;

/** Time off or a talk to learn, not a sanction: "taken off the rota for recovery leave", "spoken to as part of the timeline interviews". */
const REST_OR_INTERVIEW = String.raw`[^.;!?]{0,60}\b(?:rest|recover|recovery|leave|own request|needs? rest|next week|until (?:the |their |his |her )?(?:training|onboarding|course)|as part of|for the timeline|interviews?)\b`;

/** What of a person can be made the cause: their decision, their inexperience, their delay. */
const TRAIT = String.raw`(?:decision|decisions|choice|choices|reluctance|unwillingness|unfamiliarity|inexperience|overconfidence|over-confidence|delay|delays|haste|hastiness|negligence|inaction|carelessness|lack of (?:[\w-]+ )?(?:care|oversight|experience|training|judge?ment|diligence|attention|preparation|planning|testing)|refusal|insistence|complacency|indifference|arrogance|ignorance|inattention|slowness|hesitation|hubris|mishandling|poor (?:judge?ment|handling|planning|decisions?))`;

export const ATTRIBUTION: Partial<Record<Rule, PhraseSpec[]>> = {
  fault: [
    // charged with it: "leadership was accused of starving the control room of staff", "the chief
    // executive was singled out by the committee for …"
    { re: String.raw`(?:was|were|has been|have been|had been|is|are|stands?|stood|got|gets|get) (?:[a-z]+ly |again )?(?:accused of|singled out(?![^.;!?]{0,60}\b(?:praise|credit|commend\w*|thanks)\b)(?: [^.;!?]{1,50}?)? for|criticised for|criticized for|censured for|faulted for)(?! (?:praise|credit|having (?:raised|flagged|warned)|flagging|raising|warning|nothing)\b)`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:unfairly|unjustly|wrongly|unfair|baseless|unfounded|stood by|stand by|back them|backed them|defended)\b|[^.;!?]{0,40}\bby (?:angry |upset |frustrated |furious |some |many |irate )?(?:customers|callers|users|passengers|patients|members of the public|commenters|critics|people online|the public|trolls|fans)\b` },
    // warnings waved away or a team starved by people: "brushing aside repeated warnings about staffing"
    { re: String.raw`(?:brush|brushed|brushing|brushes|wave|waved|waving|waves|shrug|shrugged|shrugging|shrugs) (?:aside|off|away) (?:the |repeated |several |multiple |many |two |three |all |those |these )?(?:[\w-]+ )?(?:warnings?|concerns?|requests?|alerts?|alarms?|complaints?|objections?)`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true, explained: true },
    { re: String.raw`starv(?:e|ed|es|ing) (?:the |its |their |our )?(?:[\w-]+ ){0,3}of (?:staff|staffing|funding|resources|investment|people|headcount|engineers)`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true },
    // a person's work equated with the failure: "Jannik's config change = line stop", "Ilse's
    // import, Ilse's problem"
    { re: String.raw`(?<actor>[\w@.-]+)'s (?:[\w-]+ )?(?:change|config|configuration|import|push|deploy|deployment|script|commit|migration|upload|edit|patch|update|job|file)s? ?(?:=|->|\u2192) ?(?!(?:the |a |an )?(?:no|zero|fewer|less|lower|reduced|minimal)\b|(?:[\w-]+ )?(?:errors?|latency|p\d+|rates?|load|traffic|queues?|cpu|memory|alerts?|pages|tickets|complaints|retries|timeouts|[45]xx) (?:down|fell|dropped|halved|reduced|cleared)\b|(?:[\w-]+ )?[\w-]+ (?:back|recovered|resolved|fixed)\b)(?:the |a |an |total |full |whole )?(?:[\w-]+ ){0,2}?(?:outage|stop|stoppage|downtime|incident|broken|breakage|down|crash|crashed|p1|sev ?\d|data loss|failure|failed|errors?|mess|chaos)\b(?! (?:rates?|counts?|budgets?|down|fixed|recovered|back|cleared|resolved|gone|dropped|fell|halved|reduced)\b)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
    { re: String.raw`(?<actor>[\w@.-]+)'s (?:problem|mess|doing|screw-?up|fuck-?up|own goal)(?=\s*[.!,;]|\s*$)`, target: 'actor', who: ['name', 'handle'], personal: true, negatable: true },
    // the blame itself, passive or as an idiom: "change by X staff blamed for outage",
    // "provider takes the blame", "pointed the finger at their supplier"
    {
      notFollowedBy: String.raw`[^.;!?]{0,20}\b(?:unfairly|unjustly|wrongly)\b`,
      re: String.raw`blamed for|(?:takes?|took|taken|taking|gets?|got|getting|accepts?|accepted|shoulders?|shouldered) (?:the |all the |full )?blame|point(?:s|ed|ing)? (?:the|a) finger|finger-pointing`,
      // "zero finger-pointing" is praise for the write-up
      notPrecededBy: String.raw`\b(?:zero|no|without|minimal|little|not much)`,
      negatable: true,
    },
    // "traced to a senior engineer who never updated …", "attributed to a technician"
    { re: String.raw`(?:traced|traces|trace|tracing|attributed|pinned|chalked up|put down)(?: back)? to`, target: 'object', who: [...INDIVIDUALS, 'group'], notFollowedBy: ATTACKERS },
    // a headline with a bare role: "IT meltdown pinned on contractor who switched off the power"
    { re: String.raw`(?<=\b(?:outage|meltdown|failure|crash|breach|chaos|blackout|disruption|incident|loss|leak|error|glitch)s? )(?:pinned|blamed) on(?= (?:[\w-]+ )?(?:contractor|engineer|technician|employee|worker|admin|administrator|intern|operator|staffer|developer|dev|clerk|manager)s? (?:who|that)\b)`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // the same with what was blamed in between: "traced the leak to an administrator", "pinned
    // the failure on a junior official", "blamed the outage on a contractor"
    { re: String.raw`(?:(?:traced|attributed|pinned|blamed|chalked up)(?: [\w'-]+){1,4}? (?:to|on)|(?:puts?|putting)(?: [\w'-]+){1,4}? down to)(?= (?:an?|the|one|two|three|some|several|its|their|his|her|a single|a junior|a senior) )`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: ATTACKERS },
    // a person as the object of blame: "officials blamed a contractor for …"
    { re: String.raw`blam(?:ed|es)(?= (?:an?|the|one|two|three|its|their|some|several) | (?:[\w-]+ )?${STAFF}\b(?! (?:interfaces?|tooling|tools?|onboarding|workflows?|shortages?|cuts|rostering|training|screens?|consoles?|software|errors?|fatigue|turnover|numbers)\b))`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: ATTACKERS },
    // "responsibility for the outage lies with the change author", "attributable to an engineer's …"
    // — responsibility for a failure, not for a service ("responsibility for the gateway lies
    // with the platform team" is ownership)
    { re: String.raw`responsibility for (?:the |this |that |our |its |today's |last week's )?(?:[\w-]+ ){0,3}(?:outage|incident|failure|breach|loss|error|mistake|disruption|mess|downtime|leak|crash|deletion|lapse|expiry|delay|stoppage|blackout|meltdown|fiasco)s? (?:lies|lay|rests|rested|sits|sat) (?:squarely |solely |entirely |firmly )?with|attributable to`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // blame set down before someone: "a loss officials laid squarely at the feet of the vendor's
    // staff", "places responsibility for the failures on the release staff"
    { re: String.raw`(?:laid|lay|lays|laying|placed|places|placing|put|puts|putting|pinned) (?:it |this |that |the (?:[\w-]+ )?(?:blame|failure|failures|loss|losses|outage|blackout|crash|breach|collapse|meltdown|disruption|delay|mess|fiasco) )?(?:squarely |firmly |solely |directly )?at the (?:feet|door|doorstep) of|(?:places?|placed|placing|puts?|putting|laid|lays?|laying) (?:the )?(?:responsibility|blame) for (?:the |this |that |its |their |these |those )?(?:[\w-]+ ){0,2}(?:outage|incident|failure|breach|loss|error|mistake|disruption|mess|downtime|leak|crash|deletion|lapse|delay|stoppage|blackout|meltdown)s? on|(?:places?|placed|placing|puts?|putting|laid|lays?|laying) (?:the )?(?:responsibility|blame) for (?:the |this |that |its |their |these |those )?(?:[\w-]+ ){0,2}losses on`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: ATTACKERS },
    // what a person did, named as the cause: "attributable to the actions of the shift leader",
    // "due to the decisions of the night shift"
    { re: String.raw`(?:due|attributable|down|owing|traced|traceable)(?: back)? to (?:the |a )?(?:[\w-]+ )?(?:actions?|decisions?|conduct|choices?|negligence|inaction|errors?|mistakes?|omissions?|lapses?|oversights?|carelessness|failings?) (?:of|by)`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: ATTACKERS, notPrecededBy: String.raw`\b(?:recovery|recovered|containment|contained|save|saved|survival|success|successful|limited|prevented|avoided|quick|quickly|fast|faster|rescue|restored|credit)\b[^.;!?]*` },
    // a person doing something, named as the cause: "due to a worker bypassing a safety system",
    // "caused by laboratory staff not noticing the empty worklist" (what people did well is no
    // cause: "thanks to an engineer spotting it")
    { re: String.raw`(?:caused by|due to|attributable to|(?:the )?(?:direct )?result of|owing to) (?:(?:a|an|one|the|its|their|two|several|some|our) )?(?:[\w-]+ )?(?:(?:${PEOPLE_AT_WORK}|${HUMAN_ONLY_ROLES}) (?:(?:not|never) (?!(?:having|being|getting|receiving|given)\b)[a-z]+(?:-[a-z]+)?ing|${FAULTY_ACTS})|(?:workers?|operators?) ${HANDS_ON_FAULTS})\b`, negatable: true },
    // "the blame here lies squarely with the devs"; "the blame lies with the process" names no one
    { re: String.raw`(?:the )?blame (?:here |this time |for (?:this |that |the |today's |it |[\w-]+'s )?(?:[\w-]+ )?)?(?:lies|lay|rests|rested|sits|sat|falls|fell|belongs) (?:squarely |solely |entirely |firmly |fully )?(?:with|on)`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // a person's or a role's slip as the cause: "an engineer's typo", "Eduardo's refactor
    // carried the typo" is not this, "a technician's slip took the network down" is
    {
      re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:own |simple |single |small |tiny |careless |costly )?{MISTAKE}`,
      target: 'actor',
      // not "someone's typo": a hypothetical someone is the generic case, not an accusation
      who: ['name', 'handle', 'role', 'group'],
      personal: true,
      negatable: true,
      notFollowedBy: String.raw`{METRIC}\b`,
    },
    // a role's faulty act as the cause: "a network engineer's faulty command had cut the data
    // centres off"; roles only, because "Acme's faulty update" is a company's product
    {
      re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:faulty|incorrect|incorrectly[- ]typed|mistyped|mis-typed|erroneous|wrong|botched|mistaken|careless|hasty|rushed|untested|unreviewed) (?:[\w-]+ )?(?:command|commands|change|changes|config|configuration|entry|input|keystroke|script|edit|push|setting|settings|query|rule|instruction)s?`,
      target: 'actor',
      who: ['role', 'handle'],
      personal: true,
      negatable: true,
      // what the system let through: "the console accepted the operator's incorrect input", "so the
      // operator's erroneous entry is rejected"
      notPrecededBy: String.raw`\b(?:accept|accepts|accepted|allow|allows|allowed|reject|rejects|rejected|block|blocks|blocked|catch|catches|caught|flag|flags|flagged|validate|validates|validated|so|let|lets|stop|stops|stopped)\s+(?:the\s+|an?\s+)?`,
      notFollowedBy: String.raw`[^.;!?]{0,20}?\b(?:is|was|were|gets|got|being|be) (?:silently |quietly |automatically )?(?:rejected|accepted|caught|blocked|flagged|allowed|let through|stopped)`,
    },
    // "a single programmer was responsible", "one engineer was to blame"
    { re: String.raw`(?:a single|a lone|one single|just one|only one|one) (?:[\w-]+ )?${STAFF} (?:was|were|is) (?:solely |entirely |directly |personally )?(?:responsible|to blame|at fault|behind)`, notPrecededBy: String.raw`\b(?:no|not)` },
    // a person's work as the agent of the damage: "Tidewell engineers' DNS automation takes
    // down half the internet", "Sam's migration deleted the index", "the author's handover let
    // attackers in"
    {
      re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:[\w-]+ ){0,2}(?:change|changes|commit|commits|pr|pull request|script|config|deploy|deployment|push|patch|query|command|migration|edit|refactor|fix|handover|decision|rollout|update|upgrade|code|automation|typo|order)\b[^.;!?]{0,40}?\b(?:broke|breaks|took down|takes down|brought down|brings down|caused|causes|deleted|deletes|wiped|wipes|knocked out|knocks out|corrupted|triggered|crashed|introduced|introduces|left|leaves|let|lets|froze|freezes|exposed|exposes|(?:was|is) the (?:direct |root |main |primary |sole |proximate |immediate )?cause)\b`,
      // "Sam's change broke nothing"
      notFollowedBy: String.raw`(?:nothing|no|none|anything)\b`,
      target: 'actor',
      who: ['name', 'handle', 'role', 'group'],
      personal: true,
    },
    // found or held responsible: "was found negligent", "those responsible will be …"
    { re: String.raw`(?:found|held|deemed|declared|ruled) (?:to be |to have been )?(?:personally )?(?:responsible|liable|guilty|at fault|negligent|culpable)`, negatable: true },
    { re: String.raw`(?:those|the (?:person|people|individuals?|ones?|employees?|engineers?|staff(?: members?)?|workers?|technicians?|officials?|contractors?|developers?|admins?|administrators?)) responsible(?=\s*(?:[.,;!?]|$|(?:have|has|had|will|would|were|was|are|is|should|must|and)\b))`, negatable: true },
    // "has only themselves to blame", "the blame has to be shared with the managers who …"
    { re: String.raw`(?:has|have|had) (?:only |nobody but |no one but )?(?:themselves|himself|herself|themself|yourself|yourselves) to blame|(?:the )?blame (?:has to|must|should|needs to) be shared (?:with|by|among)`, target: 'sentence', who: [...INDIVIDUALS, 'group', 'generic'], negatable: true },
    // the work of one person: "came down to one person making one bad keystroke", "the work of a
    // single employee"
    { re: String.raw`(?:(?:came|comes|boiled|boils|come) down to|the work of|because of|blamed on|(?:the )?result of) (?:one|a single|a lone|one single|just one) (?:[\w-]+ )?(?:person|individual|${STAFF})\b(?!'s)|(?:one|a single|a lone|just one) (?:person|individual|${STAFF})(?:'s|s') (?:[\w-]+ )?{MISTAKE}\b`, negatable: true },
    // "the chief executive … bore ultimate responsibility for the collapse"
    { re: String.raw`(?:bore|bears|bear|carries|carried|carry) (?:the )?(?:ultimate |final |overall |primary |personal |direct |full )?responsibility for (?:the |this |that |its |their )?(?:[\w-]+ ){0,2}(?:outage|failure|collapse|breach|loss|losses|incident|error|mistake|mess|disaster|crash|leak|downtime|disruption)s?\b`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true },
    // "the failure of records unit staff to verify …"
    { re: String.raw`failures? (?:of|by) (?<actor>(?:{DET} )?(?:[\w-]+ ){0,3}?[\w-]+) to (?!(?:receive|get|be|have|see)\b)[a-z]+`, target: 'actor', who: [...INDIVIDUALS, 'group'], explained: true },
    // "a rogue engineer", "a rogue trader"
    { re: String.raw`rogue (?:[\w-]+ )?(?:engineers?|employees?|admins?|administrators?|traders?|developers?|insiders?|staff(?:ers?)?|technicians?|workers?|contractors?)` },
    // the company's account puts a member of staff in the actor's seat: "the bank said an
    // employee had entered …", "officials admitted that two contractors …" — but not what staff
    // did to recover ("said an engineer was working on a fix")
    {
      re: String.raw`(?:said|says|admitted|admits|confirmed|confirms|acknowledged|acknowledges|revealed|disclosed|explained)(?: that)? (?:an?|one|two|three|several|some|its|their|a single|a junior|a senior|a new) (?:[\w-]+ ){0,2}${STAFF} (?!(?:had )?(?:was|were|is|are|has been|have been|had been|worked|restored|fixed|identified|noticed|discovered|detected|responded|spotted|raised|alerted|escalated|recovered|managed|replaced|repaired|rebuilt|reinstalled|rerouted|contained|mitigated|reverted|rolled|resolved|patched|reported|warned|followed|completed|finished|tested|verified|checked)\b)(?:had )?[a-z]+ed\b`,
    },
    { re: String.raw`{MISTAKE} on the part of`, target: 'object', who: [...INDIVIDUALS, 'group'] },
    // a person criticised for it: "the inspector general faulted the department's IT staff for
    // leaving default passwords …"
    { re: String.raw`(?:faulted|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|rebuked|censured|blasted|slammed|castigated|lambasted|chastised|condemned|reprimanded|berated|savaged|mocked|ridiculed|derided|lampooned|skewered)(?= (?:{DET}|[\w'-]+'s?) )(?=[^.;!?]{0,80}? for (?!(?:\w+ly )?(?:blaming|putting|calling|describing|framing|labell?ing|scapegoating|pinning|singling)\b)\w)`, target: 'object', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true, notFollowedBy: ATTACKERS },
    // a trait or choice of people given as the cause: "traces back to the desktop team's
    // decision to defer the update", "caused by the data team's choice of format",
    // "attributable to the engineering team's unfamiliarity with …"
    { re: String.raw`(?:caused by|trac(?:es|ed|ing)(?: back)? to|stemm(?:ed|ing|s) from|stems from|attributable to|(?:the )?(?:direct |ultimate )?result of|came down to|comes down to|down to|because of|blamed on|rooted in|owing to|due to) (?<actor>(?:{DET} |one |two |a single )?(?:[\w-]+ ){0,3}?[\w-]+)(?:'s|s') (?:[\w-]+ )?${TRAIT}`, target: 'actor', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // the same trait as the subject of the damage: "the programme leadership's overconfidence
    // was the primary cause", "one engineer's delay had left thousands stranded"
    { re: String.raw`(?<actor>(?:{DET} |one |two |a single )?(?:[\w-]+ ){0,2}?[\w-]+)(?:'s|s') (?:[\w-]+ )?${TRAIT}\b[^.;!?]{0,80}?\b(?:(?:was|were|is) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:cause|reason|trigger|factor|failure)|(?:led|leading|contributed|contributing) (?:directly )?to (?:the |this |a |an )?(?:[\w-]+ )?(?:outage|loss|losses|delay|breach|failure|incident|collapse|chaos|disruption|downtime|meltdown|crash|deletion)|caused|causing|(?:had )?left (?:[\w,-]+ ){1,5}(?:stranded|exposed|without|offline|stuck)|set the stage|made (?:it|things|a bad [\w-]+|the [\w-]+) (?:far |much |even )?(?:worse|inevitable)|(?:is what )?turned (?:a |an |the )?(?:[\w-]+ ){1,3}into|added (?:[\w-]+ ){0,3}(?:minutes|hours|days) to|(?:delayed|prolonged|slowed|lengthened|extended) (?:the )?(?:recovery|restoration|outage|response|fix))`, target: 'actor', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // an act that was not done, put on a person by "by": "Patch notice not forwarded by one IT
    // staffer", "account never deprovisioned by IT"
    { re: String.raw`(?:not|never|n't)(?: been| yet)? (?:[a-z]+ed(?: on| upon| up)?|done|seen|read|sent|run|given|taken|written|known|shown|caught|kept) by`, target: 'object', who: [...INDIVIDUALS, 'group'], personal: true },
    // a change checked only by the one who made it: "pushed at 04:43 by the same person who
    // wrote it"
    { re: String.raw`by the (?:same )?(?:person|engineer|dev|developer|author|one|guy|admin|contractor) who (?:wrote|authored|made|built|prepared|drafted|requested) it`, notPrecededBy: String.raw`\b(?:allow|allowed|allows|let|lets|permit|permits|permitted|enable|enabled|enables)\b[^.;!?]{0,60}` },
    // "the responsibility lay with him and his board"
    { re: String.raw`(?:the )?responsibility (?:lies|lay|rests|rested|sits|sat|lay squarely|lies squarely) (?:squarely |solely |entirely |firmly |fully )?with (?:him|her|them|me|the (?:[\w-]+ )?(?:engineer|technician|contractor|operator|employee|manager|director|executive|board|leadership|management|team|staff|ceo|cto|cio))\b`, negatable: true },
    // "a lack of rigour on the part of the supplier's configuration team"
    { re: String.raw`(?:lack|absence|want) of (?:[\w-]+ ){1,2}on the part of`, target: 'object', who: [...INDIVIDUALS, 'group'] },
    // "attributable to his actions", "down to their decisions"
    { re: String.raw`(?:attributable|due|down|owing) to (?:his|her|their) (?:own )?(?:actions?|conduct|decisions?|choices?|error|mistake|negligence|inaction|oversight|carelessness|behaviou?r)`, negatable: true },
    // the culprit named by "whoever": "I blame whoever runs that airline", "sponsored by whoever
    // approved that architecture"
    { re: String.raw`(?:blame|blamed|sponsored by|shame on|sack|fire|firing) whoever (?:(?:that|this|it) was\b|(?:[\w-]+ )?(?:approved|signed|designed|decided|chose|picked|built|wrote|configured|ran|runs|run|pushed|shipped|merged|thought|okayed|greenlit|allowed|set up|hired|manages|managed|is in charge|was in charge|made|came up))`, negatable: true },
    // "made in the boardroom, not in the call centre"
    { re: String.raw`(?:made|born|created|caused|started) in the boardroom`, notPrecededBy: String.raw`\b(?:decision|choice|call)[^.;!?]{0,40}\b(?:was|were)` },
    // "was authorised to be on site but not to do what he did"
    { re: String.raw`not to do what (?:he|she|they) did` },
    // "his call, his outage", "Lindqvist's script, Lindqvist's outage"
    { re: String.raw`(?:his|her|their|[\w'-]+'s) (?:call|change|script|decision|push|deploy|typo|config|fault|mistake|command),? (?:his|her|their|[\w'-]+'s) (?:outage|mess|incident|problem|fault|disaster|fire|failure)` },
    // "this oversight brought the network down"
    { re: String.raw`(?:this|that|the|their|his|her|an) (?:[\w-]+ )?oversight (?:brought|took|caused|led|left|meant|knocked|triggered|cost)`, target: 'sentence', who: [...INDIVIDUALS, 'group'] },
    // "gave investigators a misleading account"
    { re: String.raw`(?:gave|provided|offered|made) (?:[\w-]+ ){0,2}(?:a |an )?(?:misleading|false|inaccurate|untrue|dishonest) (?:account|statements?|evidence|picture|explanation|testimony)`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true },
    // "the inevitable result of managers shipping IT jobs overseas"
    { re: String.raw`(?:inevitable|predictable) (?:result|consequence|outcome) of (?:[\w'-]+ ){0,2}(?:managers?|management|leadership|executives?|the board|bosses|execs|directors|ministers)` },
    // "a lessons-learned talk on what he got wrong"
    { re: String.raw`what (?:he|she|they|he or she) (?:got|did|had done) wrong` },
    // "laying it instead on an engineer", "Kwame's flag flip = outage"
    { re: String.raw`lay(?:ing|s|ed)? (?:it|the blame|this|that) (?:instead |squarely |firmly )?on (?=(?:an?|the|one|two|its|their|some) )`, target: 'object', who: [...INDIVIDUALS, 'group'], notFollowedBy: ATTACKERS },
    { re: String.raw`(?<actor>[\w@.'-]+)(?:'s|s') (?:[\w-]+ ){0,2}[\w-]+ ?(?:=|->|\u2192) ?(?:outage|incident|downtime|disaster|sev ?\d|p[01])\b`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
    // "what one IT manager called 'an intern-grade scripting mistake'"
    { re: String.raw`(?:intern|amateur|junior|newbie|rookie|student|beginner)-(?:grade|level|tier|class|hour) (?:[\w-]+ )?(?:mistake|error|work|scripting|code|move|blunder)` },
    // "this outage came down to one engineer's command"
    { re: String.raw`(?:came|comes|boiled|boils|come) down to (?:one|a single|just one) (?:[\w-]+ )?(?:person|individual|engineer|developer|admin|employee|technician|contractor|operator|worker)'s`, negatable: true },
    // "the weak password had been set by an intern"
    { re: String.raw`(?:had been|has been|was|were) (?:set|chosen|created|configured|left|written|hard-?coded) (?:[\w-]+ ){0,3}by (?:an?|the|one) (?:[\w-]+ )?(?:intern|junior|contractor|employee|trainee|temp|staffer|new hire|former employee)`, negatable: true },
    // a person accused: "Senators accused chief executive X of failing …"
    { re: String.raw`accus(?:ed|es|ing)`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // the same charge with a title and a name, which the object search above stops short of:
    // "accused Kestrel Bank's chief executive of painting a rosy picture", "tore into chief
    // executive Owen Hargrave for dodging the hearing"; not a charge of blaming someone else, and
    // not the passive "were accused of lying by callers, and we stood by them"
    {
      re: String.raw`(?<!\b(?:were|was|been|being|are|is|be) )(?:accus(?:ed|es|ing)|tore into) (?!${ATTACKERS})(?<actor>(?:{DET} )?(?:[\w'.-]+ ){0,4}?[\w'.-]+) (?:of|for) (?!(?:\w+ly )?(?:blaming|putting|calling|describing|framing|labell?ing|scapegoating|pinning|singling)\b)(?:[a-z]+ing|negligence|incompetence|misconduct|dereliction|mismanagement|lying|complacency)\b`,
      target: 'actor',
      who: [...INDIVIDUALS, 'group'],
      negatable: true,
    },
    // … and in the passive: "bosses were accused of 'sleepwalking into disaster'"
    { re: String.raw`(?:was|were|been|being|stand|stands|stood) accused of(?! nothing\b)`, target: 'subject', who: INDIVIDUALS, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,30}\bby (?:angry |abusive )?(?:customers|callers|users|trolls)` },
    // a change, keystroke or lapse put on a person as the cause: "traced to a single keystroke by a
    // technician", "a last-minute change by a single developer", "a maintenance lapse by a third party"
    { re: String.raw`(?:keystroke|keystrokes|command|typo|edit|entry|click|change|step|lapse|slip|error|mistake|blunder|misstep|decision|omission|oversight|update|push) (?:made |entered |pushed |done |taken |committed )?by`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true,
      cue: String.raw`\b(?:traced|caused|causing|blamed|due to|down to|result of|resulted|triggered|triggering|began|started|introduced|behind|missed|contributed|responsible|last-minute|single|removed|flooded|knocked|crashed|wiped|deleted|took down|brought down)\b` },
    // the act in the passive, with its doer: "the command was run by one of the startup's first hires",
    // "the patch was installed by a maintenance contractor"; never a repair ("the fix was deployed by …")
    { re: String.raw`(?:was|were|had been|has been|got) (?:ran|run|pushed|typed|entered|deleted|removed|dropped|wiped|unplugged|disconnected|merged|deployed|installed|applied|issued|executed|loaded|keyed|switched off|turned off|pulled|changed|misconfigured|overwritten|overridden|skipped|bypassed|waived|overruled|ignored|dismissed|muted|silenced|snoozed|signed off)(?: in| through| off| out)? by`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true,
      notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:as (?:scheduled|planned)|went fine|without (?:incident|issue|problems?))`,
      notPrecededBy: String.raw`\b(?:fix|fixes|hotfix|rollback|revert|workaround|repair|mitigation|restore|backup|service|power|traffic)` },
    // a headline's verdict and its people: "software supplier to blame for lost orders", "blamed
    // management for the decision", "hanging a low-paid technician out to dry"
    { re: String.raw`to blame for`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true },
    { re: String.raw`blam(?:ed|es|ing) (?:~?\d+ |dozens of |hundreds of |some |several )?(?:management|leadership|executives|bosses|the board|ministers|managers|staff|the (?:[\w-]+ )?team)\b`, negatable: true },
    { re: String.raw`hang(?:ing|ed|s)? (?:[\w'-]+ ){1,4}out to dry`, negatable: true },
    // typed by one guy: "whole outage down to one config line typed by one guy"
    { re: String.raw`(?:typed|written|pushed|run|made|entered|done|approved|merged|deployed|keyed|clicked) by (?:one|a single|a lone|some|the one|just one) (?:[\w-]+ )?(?:guy|person|dev|developer|engineer|admin|intern|contractor|employee|tech|technician|operator|clerk|individual)\b`, notPrecededBy: String.raw`\b(?:fix|rollback|revert|patch|mitigation|workaround)\b[^.;!?]{0,15}` },
    // "Responsibility for the scan that missed the portal lay with the application security team", "caused
    // by the fares team uploading a bad file"
    { re: String.raw`responsibility for [^.;!?]{0,60}?\b(?:missed|failed|failure|outage|lapse|error|mistake|breach|loss|deleted|leak)\b[^.;!?]{0,30}? (?:lay|rested|sat) (?:squarely |solely |entirely |firmly )?with`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // … also last in a list of causes: "caused by poor planning and engineers working from home"
    { re: String.raw`caused by (?:[^.;!?]{0,50}? (?:and|as well as|plus) |[^.;!?]{0,50}?, )?(?:the |our |their |its )?(?:[\w-]+ )?(?:team|staff|department|engineers|operators|contractors|developers|technicians) (?!(?:being|getting|having)\b)(?:[a-z]+ing)\b`, negatable: true },
    // one person carrying what others did: "Reyes has taken the fall for the owners", "the
    // technician took the fall for a board decision"
    { re: String.raw`(?:took|taken|take|takes|taking) the fall for`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true },
    // a failure told as someone's tenure: "the second outage on her watch", "it happened on the
    // CTO's watch" (not a watch that went well: the sentence must name a failure)
    { re: String.raw`on (?:his|her|their|[A-Z][\w-]+'s|(?:the|our|its) (?:[\w-]+ )?(?:ceo|cto|cio|coo|cfo|ciso|chief|director|manager|boss|head|minister|chair|chairman|chairwoman|president|founder|board|leadership|management|administration|team lead|lead)'s) watch\b(?![^.;!?]{0,60}\b(?:no incidents?|without (?:a |an )?(?:incident|hitch|issue|problem)|dropped|fell|improved|halved|went smoothly)\b)`, cue: String.raw`\b(?:outages?|meltdowns?|failures?|breach(?:es)?|crash(?:es)?|disasters?|fiascos?|collapse|incidents?|went down|blackouts?|chaos|mess|happened|debacle|outage)\b` },
    // a leader's conduct judged by another: "called his company's failings 'serious and unacceptable'"
    { re: String.raw`(?:called|branded|described|labell?ed|termed) (?:his|her|their|the (?:[\w-]+ )?(?:company|firm|bank|operator|carrier|board|management|leadership|executives?|ceo|cto|minister|exchange|regulator|utility)(?:'s|s')|[A-Z][\w-]+(?:'s|s')) (?:[\w-]+ )?(?:failings?|failures?|conduct|handling|response|performance|behaviou?r|mistakes?)(?: of (?:the |its |their )?[\w-]+)? (?:as )?['"\u2018\u201c]?(?:[\w-]+ (?:and )?){0,3}(?:unacceptable|inexcusable|shameful|disgraceful|appalling|negligent|reckless)`, negatable: true },
    // "the chief executive was largely absent during the outage"
    { re: String.raw`(?:was|were) (?:largely |mostly |conspicuously |notably |nowhere to be seen and |completely )?(?:absent|invisible|silent|missing|unreachable|['"\u2018]unavailable['"\u2019]) (?:during|throughout|for (?:most of|much of|the whole of|all of)|all (?:morning|day|night|weekend))\b`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, explained: true },
    // "the failures were human rather than computer errors", "the contractor was 'overwhelmingly' to blame",
    // "thirteen hours to recover is entirely on their network team", "two disasters on one watch"
    { re: String.raw`(?:failures?|errors?|mistakes?) (?:were|was) (?:human|staff)(?: errors?| failures?)?,? (?:rather than|not) (?:computer|technical|system|software|machine|code)\b|on one watch\b(?! (?:rotation|schedule|shift|list))`, negatable: true },
    { re: String.raw`(?:is|was) (?:entirely |squarely |all |completely |100% |firmly )on (?:their|the|his|her) (?:[\w-]+ )?(?:team|engineers|staff|ops|admins?|devs|developers|people)\b`, negatable: true, cue: String.raw`\b(?:outage|failure|recover\w*|roll(?:ing)? back|mistake|error|incident|crash|breach|mess|blame|fault|downtime|hours)\b` },
    { re: String.raw`(?<=\b(?:is|was|were|are) (?:['"\u2018][\w-]+['"\u2019] |\w+ly )?)to blame\b(?! for)`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // "the batch failure was the work of 'an inexperienced operator'"
    { re: String.raw`(?:was|were|is|are) (?:all |entirely |largely )?the work of(?= (?:an? |the |one |some |a single )?['"\u2018\u201c]?(?:[\w-]+ )?(?:operator|engineer|technician|employee|contractor|admin|intern|developer|staffer|worker|individual|person|insider|programmer|tech)s?\b)`, negatable: true, cue: String.raw`\b(?:failures?|outages?|crash(?:es)?|breach(?:es)?|deletions?|mistakes?|errors?|blackouts?|disruptions?|problems?|mess|sabotage|meltdown|wip(?:e|ed)|down)\b` },
    // an anonymous someone as the cause: "Somebody somewhere made a decision that has led to this",
    // "It was a poorly thought-through change, and somebody wrote it"
    { re: String.raw`(?:somebody|someone) (?:somewhere |there |in (?:that|the) [\w-]+ )?(?:made (?:a|the|that) (?:decision|call|choice|mistake)|wrote it|pushed it|approved it|signed (?:it )?off on it)\b`, negatable: true, cue: String.raw`\b(?:led to|leading to|caused|causing|behind|responsible|outage|failure|crash)\b`, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:saved|fixed|restored|rescued|helped)\b` },
    // the blame laid on leaders: "laid it squarely on executives' decision to keep expanding"
    { re: String.raw`(?:(?:laid|lays|lay|laying|pinned|pins|pinning) (?:it|the blame|the failure|responsibility|the outage|the chaos|the meltdown|the fiasco)|(?:put|puts|putting|placed|places) (?:the blame|the failure|responsibility|the outage|the chaos|the meltdown|the fiasco|it squarely|it firmly|it directly|it solely)) (?:squarely |firmly |directly |solely |mostly |largely )?(?:on|at the (?:door|feet) of) (?:the )?(?:[\w'-]+ ){0,3}?(?:executives?'?|management|leadership|the board|bosses|board|ceo|cto|chiefs?|managers?|leaders)(?:'s?)?\b`, negatable: true },
    // leaders summoned to account: "lawmakers summoned the chief executive to explain in person how"
    { re: String.raw`(?:summoned|hauled|ordered) (?:[\w'.-]+ ){1,6}?to (?:explain|account for|answer for)\b`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true, cue: String.raw`\b(?:how|why|outage|failure|crash|collapse|breach|meltdown|chaos|blackout)\b` },
    // blame handed out as a turn: "let's blame the DBAs this time", "this time we get to blame the devs"
    { re: String.raw`(?:let's|lets|let us|we (?:get|got) to|time to|go ahead and) blame`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // the fault placed on people: "the fault lies squarely with the ministry"
    { re: String.raw`(?:fault|blame|culpability) (?:lies|lay|rests|rested|sits|sat) (?:squarely |solely |entirely |firmly |wholly )?with`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true },
    // a person picked out as the cause: "management singled out the engineer who issued the command"
    { re: String.raw`singl(?:ed|es|ing) out`, target: 'object', who: [...INDIVIDUALS, 'group'], negatable: true, notPrecededBy: String.raw`\b(?:reports?|claims?|media|coverage|stories|articles?|headlines?|accounts?|commentators?|critics)` },
    // the decision and who made it: "a decision by the IT manager to postpone updates",
    // "management's decision to defer the upgrade"
    { re: String.raw`(?:decision|choice|call) (?:made |taken )?by (?<actor>(?:{DET} )?(?:[\w'-]+ ){0,3}?[\w'-]+) (?:not )?to (?:postpone|delay|defer|skip|ignore|cut|shelve|cancel|waive|override|overrule|bypass|disable|push ahead|proceed|go ahead|freeze|hold off)\b`, target: 'actor', who: [...INDIVIDUALS, 'group'], negatable: true, cue: String.raw`\b(?:left|led to|caused|meant|exposed|outage|failed|failure|breach|despite|although|even though|warn\w*|down|offline|lost|loss|unpatched|stranded)\b` },
    { re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:decision|choice|refusal|reluctance|insistence) (?:not )?to (?:postpone|delay|defer|skip|ignore|cut|shelve|cancel|waive|override|overrule|bypass|disable|push ahead|proceed|go ahead|freeze|hold off|keep running)\b`, target: 'actor', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true, cue: String.raw`\b(?:left|led to|caused|meant|exposed|outage|failed|failure|breach|despite|although|even though|warn\w*|down|offline|lost|loss|unpatched|stranded)\b` },
    // the trait with what it did: "Leadership's insistence on the launch date left no room for …",
    // "Management's repeated deferral of the refresh left the site on batteries"
    { re: String.raw`(?<actor>[\w@.-]+)(?:'s|s') (?:repeated |continued |constant )?(?:insistence|deferral|deferrals|refusal|decision|choice|reluctance|postponement) (?:on|of|to)\b[^.;!?]{0,60}?\b(?:left (?:no |[^.;!?]{0,30}\b(?:exposed|without|unpatched|offline|stranded|running on|out of|open))|forced|caused|led to (?:the |a |an )?(?:[\w-]+ )?(?:outage|loss|failure|breach|crash|collapse|disruption|incident|downtime|delays?|damage)|(?:is|was) the reason|dropped|removed|killed)\b`, target: 'actor', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // the person wanted: "expects that person to be identified", "the individual responsible will be named"
    { re: String.raw`(?:that |the |this )?(?:person|individual|employee|engineer|staff member|official|people|individuals|employees) (?:responsible|involved|at fault) (?:to be|will be|must be|should be|be) (?:identified|named|found|held (?:personally )?(?:to )?account(?:able)?)`, negatable: true },
    // the framing that leaves one cause: "the only reason … is that Rahul re-ran the job"
    { re: String.raw`(?:the only reason(?=[^.;!?]{0,60}?\b(?:broke|doubled|duplicated|failed|outage|lost|down|crashed|deleted|corrupt\w*|went wrong|happened|wiped|leaked)\b)|the real (?:issue|problem|cause|reason)|the (?:simple|plain) truth)\b[^.;!?]{0,60}?\b(?:is|was) (?:simply )?(?:that|because) (?<actor>(?:{DET} )?(?:[\w@.'-]+ ){0,2}?[\w@.'-]+) (?:re-?ran|ran|pushed|deleted|dropped|skipped|ignored|forgot|missed|broke|changed|merged|deployed|did not|didn't|never|had not|hadn't|chose|decided|overrode)\b`, target: 'actor', who: [...INDIVIDUALS, 'group'], personal: true, explained: true },
    // a card that names a person's work as the cause: "Priya's regex = root cause", "Rafael = SPOF"
    { re: String.raw`(?<actor>[\w@.-]+)(?:'s [\w-]+)? ?= ?(?:the )?(?:root ?cause|cause|spof|single point of failure|culprit|problem)\b`, target: 'actor', who: ['name', 'handle'], supersedes: ['single-cause'] },
    // a card that hands the blame on: "Blame → offshore QA team"
    { re: String.raw`blame\s*(?:->|\u2192|=>|:)`, target: 'sentence' },
    // told it was not ready, did it anyway: "had been told the previous evening that the update had not passed testing"
    { re: String.raw`(?:had been|was|were) (?:told|warned|informed|advised)\b[^.;!?]{0,60}?\b(?:had not|hadn't|was not|wasn't|did not|didn't|not yet|never) (?:passed|safe|ready|tested|approved|been tested|been approved)\b[^.;!?]{0,60}?\b(?:and|but|yet) (?:still |then )?(?:went ahead|pushed|deployed|released|shipped|ran|merged|installed|applied|proceeded)`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true },
  ],
  punishment: [
    // gone, in a company's words: "the technician is no longer with the company", "the person
    // involved has been dealt with"
    { re: String.raw`(?:is|are|was|were) no longer (?:with|employed (?:by|at)|part of) (?:the |our |this |that )?(?:company|firm|organi[sz]ation|council|trust|bank|business|agency|department|airline|hospital|utility|operator|vendor|supplier|school|university|board)\b`, target: 'subject', who: [...INDIVIDUALS, 'generic'] },
    { re: String.raw`(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere) no longer (?:with|employed (?:by|at)|part of)(?= [A-Z][\w-]+)`, target: 'subject', who: [...INDIVIDUALS, 'generic'], caseSensitive: true },
    { re: String.raw`(?:has|have|had) been (?:dealt with|handled internally|spoken to|taken off (?:the )?[\w-]+)`, target: 'subject', who: [...INDIVIDUALS, 'generic'], negatable: true, notFollowedBy: REST_OR_INTERVIEW },
    // "Take Joost off firmware approvals"
    { re: String.raw`(?:take|took|taking|takes|pull|pulled|remove|removed) (?<actor>him|her|them|@?[\w.'-]+|the [\w-]+(?: [\w-]+)?) (?:off|from) (?:the |all |any )?(?:[\w-]+ )?(?:approvals?|rota|rotation|on-?call|duty|duties|access|deploys?|releases?|changes?|project|team|shift|list)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true, notFollowedBy: REST_OR_INTERVIEW },
    // "Introduce a three-strike policy for staff who click phishing tests": punishment as policy
    { re: String.raw`(?:\d|one|two|three)[- ]strikes?(?: and you're out)? (?:policy|rule|system|approach) (?:for|against) (?:any |all |our )?(?:[\w-]+ )?(?:staff|employees?|engineers?|users|people|anyone|workers?|agents|operators?|developers?|team members|those|whoever)\b` },
    // pressure on a person's job: "calls for Kallis to step aside grew louder", "MPs demand she
    // quit", "fighting to keep her job", "under pressure to resign"
    { re: String.raw`calls for (?:[\w'.-]+ ){1,4}?to (?:step aside|step down|resign|quit|be (?:fired|sacked|dismissed|suspended))\b|(?<=\b(?:demand(?:s|ed|ing)?|want(?:s|ed)?|urg(?:es|ed|ing)) (?:that )?)(?:she|he|they|him|her|them|(?:the |its )?(?:[\w-]+ )?(?:ceo|cto|cio|chief|boss|director|minister|head|chair(?:man|woman)?|executive|engineer|manager)s?|[A-Z][\w-]+) (?:should |must )?(?:quit|resign|step down|step aside|be fired|be sacked)\b|fighting (?:to keep|for|to save) (?:his|her|their) (?:job|jobs|position|post|seat|career)s?\b|under (?:growing |mounting |intense |heavy )?pressure to (?:quit|resign|step down|step aside)\b`, negatable: true },
    // the euphemisms of discipline: "had 'taken action' with that person", "speaking with the
    // individuals involved", "the board had 'lost confidence' in the network leadership team"
    { re: String.raw`(?:taken|take|taking|took) ['"\u2018\u201c]?(?:appropriate |disciplinary |swift |firm )?action['"\u2019\u201d]? (?:against (?:that|the|this|those|these|an?|one) (?:[\w-]+ )?(?:person|persons|employee|employees|individual|individuals|engineer|engineers|staff|worker|workers|people|staffer|contractor|technician|operator|member of staff)|with (?:that|the|this) (?:person|employee|individual|engineer|staffer|contractor|technician|operator|member of staff))\b(?! (?:affected|impacted))|lost (?:all )?['"\u2018\u201c]?confidence['"\u2019\u201d]? in (?:the |its |their |his |her )?(?:[\w-]+ ){0,2}(?:leadership|management|team|chief|ceo|cto|director|head|executives?|leaders?|engineers|staff)\b(?!['\u2019]s\b)`, negatable: true },
    // a person kept away from the work: "asked the firm to bar the man from touching anything else"
    { re: String.raw`(?:bar|ban|barred|banned|bars|bans) (?:the man|the woman|the guy|him|her|them|the (?:[\w-]+ )?(?:engineer|technician|contractor|worker|man|woman|guy|employee|tech|intern|admin|operator)) (?:away )?from (?:touching|working|entering|accessing|going near|operating)\b`, negatable: true },
    // penalties for the people found: "Financial penalties, and dismissal where warranted, for the staff identified"
    { re: String.raw`(?:financial )?(?:penalt(?:y|ies)|dismissals?|disciplinary (?:action|measures)|sanctions|fines?)\b[^.;!?]{0,40}\bfor (?:the |any |those |each )?(?:staff|engineers?|employees?|individuals?|people|persons?|person|operators?|technicians?|workers?|officials?)\b(?! (?:who (?:report|raise|flag)|affected))`, negatable: true, notPrecededBy: String.raw`\b(?:remove|drop|scrap|abolish|end|eliminate|no|without|stop)\b(?: [\w-]+){0,2}` },
    // "asked to hand in his badge pending review", "would be surprised if he was not considering his position"
    { re: String.raw`(?:asked|told|ordered|made) to (?:hand in|surrender|return|give up) (?:his|her|their) (?:badge|pass|keys|laptop|access card|credentials)|consider(?:ing|s|ed)? (?:his|her|their) (?:position|future)\b(?! (?:on|about|regarding)\b)`, negatable: true },
    { re: String.raw`(?:suspended|stood down|sent home|removed|placed on leave|put on leave)\b[^.;!?]{0,30}\bpending (?:a |an |the )?(?:review|investigation|inquiry|hearing)`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // moved away from the work: "has been moved to a post without access to the warning system"
    { re: String.raw`(?<=\b(?:has been|have been|had been|was|were|is being|been) )(?:moved|reassigned|transferred|redeployed|shifted) (?:to|into) (?:a |another |other |an? [\w-]+ )?(?:post|role|position|job|duties|desk|function)s? (?:without|away from|with no)\b|heads? (?:have |has |will |should |must |need to |needs to )?(?:actually |finally )?roll(?:ed|ing)?\b`, negatable: true },
    // "should be hauled in front of the committee", "will leave the lender with a package worth £1.4m"
    { re: String.raw`(?:should|must|needs? to|ought to|deserves? to) be (?:hauled|dragged|called|brought|frog-?marched) (?:in front of|before|into)\b|(?:leave|leaves|leaving|left|depart(?:s|ed|ing)?) (?:the )?(?:[\w-]+ ){0,2}with (?:a |an )?(?:[\w£$€.,-]+ ){0,3}(?:package|pay-?off|severance|payout|golden (?:handshake|parachute))\b`, negatable: true },
    // departures told as news: "is leaving the lender, five months after a botched migration", "both retired
    // within a fortnight of the disclosure", "shown the door"; pressure: "no longer had confidence in the man
    // running it"; access lost while the inquiry runs; "make him work his notice"; "Not fired, 'reassigned'"
    { re: String.raw`(?:is|are|was|were) leaving (?:the )?(?:[\w-]+ )?(?:company|firm|bank|lender|business|group|board|airline|carrier|operator|insurer|exchange|agency|authority)\b(?!['\u2019]s)(?=[^.;!?]{0,80}\b(?:after|following|in the wake of|amid|over)\b[^.;!?]{0,50}\b(?:outage|failure|breach|migration|meltdown|crash|glitch|collapse|blackout|incident|fiasco|chaos|hack)\b)|(?:retired|resigned|departed|left|quit|stepped down) within (?:a |two |three |four |six |\w+ )?(?:fortnight|weeks?|days?|months?) of (?:the )?(?:disclosure|breach|outage|failure|hack|incident|crash|meltdown|blackout)|(?:be |been |was |were |get |gets |got |being )(?:the one )?shown the door\b|no longer (?:had|has|have) (?:any )?confidence in (?:the (?:man|woman|people|person) (?:running|leading|in charge)|(?:the |its )?(?:[\w-]+ )?(?:ceo|chief executive|chief|boss|chair(?:man|woman)?|director|minister|leadership|management|board))\b|lost (?:their |his |her )?access to [^.;!?]{0,60}\b(?:while|pending|until) (?:the |an )?(?:investigation|inquiry|review)|work (?:his|her|their) notice\b|not fired,? ['"\u2018](?:reassigned|moved|redeployed|retired)|(?:straight )?off (?:executive|exec|their|his|her|management) (?:pay|salar(?:y|ies)|bonus(?:es)?)\b|\bno bonus(?:es)? for (?:\w+ )?(?:years?|the board|executives?|management)`, negatable: true },
    // "staff involved could face the sack", "the contractor is facing a £180k fine"
    { re: String.raw`fac(?:e|es|ing|ed) (?:the sack|the axe|the chop|(?:a |an )?(?:[£$€][\d.,]+[km]? |[\d.,]+[km]? |hefty |huge |record |personal )?(?:fine|penalty|prosecution|criminal charges))\b`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, negatable: true },
    // pay as the consequence: "including impacts to executive remuneration"
    { re: String.raw`(?:impacts? (?:to|on)|cuts? (?:to|in)|reductions? (?:to|in)|hit to) (?:executive|executives'|senior management|management|the (?:ceo|cto|cio|chief executive)'s) (?:pay|remuneration|bonus(?:es)?|compensation|incentives?)`, negatable: true },
    // pay as the consequence: "the disruption would be taken into account when bonuses are calculated"
    { re: String.raw`(?:taken into account|reflected|factored in) (?:in|when|in the) (?:[\w'-]+ ){0,3}(?:his|her|their|staff|employee|executive|executives'|management|engineers'|next year's|this year's|annual|year-end) bonus(?:es)?\b`, negatable: true },
    // consequences reported for people: "stepped down over the halt", "took pay cuts",
    // "no longer with the company", "face suspension", "disciplinary steps have been taken"
    {
      re: String.raw`(?:step(?:s|ped|ping)?|stood|stand(?:s|ing)?) down|resign(?:s|ed|ing|ation)?|(?:pushed|forced|eased|shown the door|escorted) out|(?:was|were|be|been|being|get|got) walked out|escorted (?:from|out of) the building|clear(?:s|ed|ing)? (?:out )?(?:his|her|their) desks?|no longer (?:with|at|employed by|working (?:for|at)) (?:the|our|its|their) (?:company|firm|bank|business|team|airline|agency)|no longer (?:working )?on (?:the|our|its|their) (?:account|contract)|jobless|out of a job|(?:took|take|takes|taking|given|handed|face|faces|faced|facing) (?:a )?(?:[\w%-]+ ){0,2}pay cuts?|cut (?:[\w.'-]+ ){1,5}pay|(?:claw(?:ed|ing|s)? back|dock(?:ed|s)?|withh(?:e|o)ld) (?:[\w-]+ ){0,3}bonus(?:es)?|face (?:suspension|dismissal|disciplinary)|\b(?:ceo|cto|cio|ciso|coo|cfo|vp|director|boss)s? (?:is |was )?out\b(?=\s*(?:$|\.\s*$|,? per (?:an? |the )?(?:internal )?memo|,? (?:after|over|following) (?:the )?(?:outage|breach|incident|failure|meltdown|crash)))|in the dock|convicted|(?:suspended|prison|jail) sentence|disciplinary (?:action|steps|measures|proceedings|hearing)|(?:boss|chief|ceo|cto|cio|ciso|director|head|minister|manager|president|chairman) quits|(?:ousted|sacked) (?:after|over|following|in the wake of|amid)|walks (?:away )?with (?:a |his |her |their )?(?:golden (?:handshake|parachute)|(?:full|fat|huge|big) (?:pay-?off|severance|bonus|pension))|show[- ]cause notices?|civil penalty proceedings|formal reprimand|reprimanded|issued? (?:a |an )?reprimand|plead(?:s|ed)? guilty|jail (?:the lot|him|her|every one of them|all of them|those responsible)|(?:hands?|handed|handing) back (?:his |her |their |an? )?(?:honou?rs?|cbe|obe|mbe|knighthood|awards?|bonus(?:es)?)|(?:rejects?|rejected|resist(?:s|ed)?|fac(?:es|ed|ing)|amid) calls (?:for (?:him|her|them) )?to (?:resign|quit|step down|go)|calls for (?:his|her|their) (?:resignation|sacking|dismissal|head)|referred (?:him|her|them) to (?:the )?[\w ]{0,40}? for (?:investigation|prosecution|disciplinary)|getting walked out|(?:described as|called|in what [\w ]{1,30}) (?:a )?["'\u2018\u201c]?(?:a )?managed exit|(?:fires|sacks|axes|ousts|dismisses|suspends) (?:its |the |their |a |an |two |three )?(?:[\w-]+ )?(?:chief|cto|ceo|cio|ciso|coo|cfo|head|director|boss|technician|staffer|manager|official|contractor)s?\b(?! (?:process|thread|job|pool|node)\b)|(?:leave|leaves|left|quit|quits|exit|exits) (?:the )?(?:cabinet|board|government) (?:as|after|over|amid)\b|(?:officer|officers|chief|director|head|ceo|cto|cio|ciso|president|minister|manager)s? (?:is |are |to )?(?:retiring|retire|resigning|resign|stepping down|step down|leaving|leave|departing|depart)s? (?:with immediate effect|effective immediately)|(?:sent|placed|put) on (?:compulsory|forced|mandatory|administrative|gardening|enforced) leave|(?:appropriate|disciplinary|necessary) (?:measures|action|steps) (?:had been |have been |were |was |has been )?taken (?:with|against) (?:the )?(?:employees?|staff|individuals?|those|people|workers?)|(?:want|wants|need|needs) (?:sacking|the sack)|(?:should|must|ought to|make (?:them|him|her)) pay\b[^.;!?]{0,40}out of (?:their|his|her) own (?:wages|pocket|salary|pay)|(?:examine|investigate|establish|determine) (?:the )?individual responsibilit(?:y|ies)|individual responsibilit(?:y|ies) of those who|disciplinary (?:matter|offen[cs]e)|(?:isn't|is not|won't be|not) getting (?:a|an|their|his|her) (?:[\w-]+ )?bonus|earned (?:a|an) (?:very long|permanent|extended) (?:holiday|vacation|leave)`,
      negatable: true,
    },
    // "Exams watchdog head quits over grading fiasco" (resigns, steps down: above, whatever follows)
    { re: String.raw`quits(?= (?:over|after|amid|following) (?:[\w-]+ ){0,4}?(?:fiasco|failure|outage|breach|blunder|debacle|chaos|meltdown|crash|errors?|scandal|glitch|shambles|hack|leak|mess|disaster|failings?|collapse|blackout|row)\b)`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true },
    // headlines drop the auxiliary: "Hospital director suspended as toll rises", "engineer who signed
    // off on faulty file placed on leave"
    { re: String.raw`(?:suspended|sacked|fired|axed|ousted|placed on (?:leave|administrative leave|gardening leave)|put on leave|stood down|arrested|jailed)(?=,| (?:as|after|over|amid|following|pending|for|in|while|reports?)\b|{END})`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true },
    { re: String.raw`(?:access|rights|privileges|permissions)(?: [\w-]+){0,3} (?:have been|has been|were|was|got) (?:pulled|revoked|removed|suspended|withdrawn|taken away)`, target: 'sentence', who: INDIVIDUALS, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,30}\b(?:per|as part of|under|in line with) (?:the |our )?(?:offboarding|leaver|standard|routine)` },
    { re: String.raw`(?<actor>[\w@.-]+)'s (?:[\w-]+ ){0,2}(?:access|rights|privileges|permissions) (?:have been|has been|were|was|got) (?:pulled|revoked|removed|suspended|withdrawn|taken away)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,30}\b(?:per|as part of|under|in line with) (?:the |our )?(?:offboarding|leaver|standard|routine)` },
    { re: String.raw`(?:has been|have been|was|were) removed from (?:the |his |her |their )?(?:[\w-]+ ){0,2}(?:account|contract|project|rota|roster|team|site|post|role)\b`, target: 'subject', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: String.raw`[^.;!?]{0,30}\bwhile (?:on|she|he|they) (?:is |are |was )?(?:on )?(?:leave|parental|holiday|sick|sabbatical)` },
    // kept away from the work: "the technician involved has been barred from the site", "have had their
    // access revoked pending the investigation", "stripped of their honours"
    { re: String.raw`(?:barred|banned|suspended|removed|excluded) from (?:the |all )?(?:site|building|premises|system|systems|network|environment|project|control room|depot|yard)|(?:access|privileges|rights|permissions)(?: [\w-]+){0,4} revoked (?:pending|while|until)|stripped of (?:their|his|her) (?:honours|honors|titles?|bonus(?:es)?|pay|role|position|knighthood|awards?)`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true },
    // wished: "that person should never be allowed to design anything again", "whoever made that call
    // should never work in IT again"
    { re: String.raw`(?:should|must|ought to|deserves? to|needs? to) never (?:again )?(?:be allowed (?:to|near)|be let near|be (?:employed|hired|trusted)|work (?:in|for|at) [\w ]{1,20}?again)\b`, target: 'subject', who: [...INDIVIDUALS, 'generic'], personal: true, negatable: true },
    // performance taken up with HR: "Review the relocation crew's performance with HR"
    { re: String.raw`(?:performance|conduct|behaviou?r|actions)\b[^.;!?]{0,20}\bwith (?:hr|human resources|(?:their|his|her) (?:line )?managers?)\b`, target: 'sentence', who: [...INDIVIDUALS, 'group'] },
    // "ordered that he be suspended", "she has been moved off the platform team"
    { re: String.raw`(?:be|been|was|were|is|are|being|get|got) (?:suspended|moved off|removed from (?:his|her|their|the) (?:[\w-]+ )?(?:post|role|position|job|duties|rotation|roster|team|project)|relieved of (?:his|her|their) (?:duties|post|command|position|responsibilities)|banned|reassigned to other duties|demoted|stood down|placed on (?:leave|administrative leave|gardening leave)|put on (?:leave|administrative leave|a performance plan)|arrested|charged|prosecuted|sued|jailed|sentenced|investigated|questioned by police)`, target: 'subject', who: INDIVIDUALS, negatable: true },
    // "the engineer who ran the script has since left the company"
    { re: String.raw`(?:has|have|had) since (?:left|departed|quit|exited) (?:the|our|his|her|their) (?:company|firm|bank|business|team|organisation|organization|agency|department)`, target: 'subject', who: INDIVIDUALS },
    // "consequences for the people involved", "cut ties with the vendor employee"
    { re: String.raw`consequences for (?:the )?(?:people|person|individuals?|staff|those|employees?|engineers?|team)(?: (?:involved|responsible))?|(?:cut|severed) ties with|parted ways with|terminated (?:the |its |their )?contract (?:of|with)`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true },
    // job-hunting jokes: "someone at that company is updating their LinkedIn right about now"
    { re: String.raw`(?:updating|polishing|dusting off) (?:their|his|her|a) (?:linkedin|cvs?|resumes?|r\u00e9sum\u00e9s?)|(?:looking for|on the hunt for) a new job`, negatable: true },
    // shown the door: "told the new hire to pack up and not come back", "clearing out their desk"
    { re: String.raw`pack(?:s|ed|ing)? up (?:his|her|their) desk|pack up and (?:not|never) come back`, negatable: true },
    // prison wished on the people responsible ("should be behind bars", "why aren't they in jail?");
    // not on the criminals of a breach
    {
      re: String.raw`(?<act>(?:should|ought to|needs? to|must|deserves? to) (?:be |go |end up )?)(?:behind bars|in (?:jail|prison)|locked up)|why (?:aren't|isn't|are(?:n't| not)) (?:they |he |she )?(?:behind bars|in (?:jail|prison)|locked up)`,
      target: 'sentence',
      who: [...INDIVIDUALS, 'group', 'generic'],
      notPrecededBy: String.raw`${ATTACKERS}\b[^.;!?]{0,60}|\b(?:phish\w*|hack\w*|breach\w*|ddos\w*|attack\w*|stole|steal\w*|extort\w*|ransom\w*)\b[^.;!?]{0,40}`,
    },
    // departures and warnings after the event: "will leave at the end of the month", "was given a
    // final written warning"
    { re: String.raw`(?:will|is to|is set to|is due to) (?:leave|depart|step aside|exit) (?:the (?:company|bank|firm|role|post|business|board)|at the end of|with immediate effect)|(?:will|is to|is set to) (?:leave|step aside|step down) (?:immediately|effective immediately)|(?:is|are) (?:leaving|stepping aside|stepping down) (?:the (?:company|bank|firm|role|post|business|board) )?(?:with immediate effect|immediately|effective immediately)|(?:given|issued|received|handed|got|gets) (?:a |an )?(?:(?:final|formal|written|verbal|first) )+warnings?|(?:(?:final|formal|written|verbal) )+warnings? (?:for|to|against)|(?:will be|to be|are to be|is to be) (?:closely |more closely )?(?:supervised|monitored)`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true },
    // "reassigned after the ransomware attack", "raised with the engineer's manager", "would face
    // a professional conduct hearing"
    { re: String.raw`reassigned (?:after|following|in the wake of|over)|raised with (?:the |his |her |their )?(?:[\w-]+'s )?(?:line )?(?:manager|boss|supervisor|hr)\b|(?:face|faces|facing|faced) (?!no\b|any\b)(?:a |an )?(?:[\w-]+ ){0,2}(?:hearing|tribunal|disciplinary|dismissal|misconduct|charges?|prosecution)`, target: 'sentence', who: INDIVIDUALS, negatable: true },
    // a question to find the culprit: "Find out who disabled the backup alerts and follow up"
    { re: String.raw`(?:find out|figure out|establish|determine|identify|work out|track down) who (?:[\w-]+ ){0,2}?(?:disabled|deleted|pushed|approved|changed|broke|caused|ran|did|made|merged|deployed|turned off|switched off|removed|missed|left|clicked|leaked)` },
    // HR brought in over a person: "HR follow-up with the engineer involved"
    { re: String.raw`HR (?:follow-?up|meeting|conversation|review|process|case|investigation|referral|complaint)|(?:refer|referred|report|reported|escalate|escalated) (?:[\w'-]+ ){1,4}to HR`, target: 'sentence', who: INDIVIDUALS, caseSensitive: true },
    // a person's performance put under review: "Review Olusegun's performance in light of …"
    { re: String.raw`(?:review|assess|evaluate|discuss|document|examine|look into|scrutini[sz]e) (?<actor>(?:{DET} )?[\w.'-]+)(?:'s|s') (?:job )?(?:performance|conduct|behaviou?r|competence|judge?ment|suitability|fitness)`, target: 'actor', who: INDIVIDUALS, personal: true },
    // "Move Rasmussen off the release rotation", "take the new hire off on-call"
    { re: String.raw`(?:move|moved|moving|take|took|taken|taking|pull|pulled|kick|kicked|remove|removed|removing|drop|dropped|bench|benched) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+) (?:off|from) (?:{DET} )?(?:[\w-]+ ){0,2}(?:rotation|roster|on-?call|team|project|account|release train|schedule|duties|shift)\b`, target: 'actor', who: INDIVIDUALS, personal: true },
    // a firing demanded outright: "Fire whoever decided …", "sack the person responsible"
    { re: String.raw`{START}(?:just |so )?(?:fire|sack|ban|bar|remove) (?:whoever|whomever|the (?:person|people|guy|engineer|dev|developer|idiot|one|ones|team|admin|manager)s? (?:who|responsible))` },
    // access taken as a penalty: "needs their commit access revoked", "should have his badge pulled"
    { re: String.raw`(?:needs?|deserves?|should (?:have|get)|ought to have) (?:their|his|her) (?:[\w-]+ ){0,2}(?:access|rights|privileges|keys|licen[cs]e|badge|permissions|credentials) (?:revoked|pulled|removed|taken away|suspended|stripped|cancelled|canceled)` },
    // out of a job, wished: "Somebody in that NOC should be unemployed", "should be gone too"
    { re: String.raw`(?:should|must|needs? to|ought to|deserves? to) (?:all |both )?be (?:unemployed|gone|out of a job|looking for (?:a |another )?(?:new )?(?:job|work)|shown the door|walked out|out the door|on (?:the )?street)\b`, target: 'subject', who: [...INDIVIDUALS, 'group', 'generic'], personal: true },
    // "had let go of the contractor who entered the payment"
    { re: String.raw`let go of (?<actor>(?:{DET} |two |three |several |some )?(?:[\w-]+ )?[\w-]+)`, target: 'actor', who: [...INDIVIDUALS, 'group'] },
    // departures right after the event: "the CIO and CSO left within days of the disclosure",
    // "Harlan retired weeks later"
    { re: String.raw`(?:left|departed|quit|resigned|retired|exited|(?:was|were|been) (?:replaced|ousted|demoted|pushed out|moved aside))(?: (?:the (?:company|firm|bank|business|board|agency|organi[sz]ation|ministry)|(?:his|her|their) (?:post|role|job|position)s?))?(?: (?:abruptly|suddenly|quietly|unexpectedly))?(?:,? on (?:mon|tues|wednes|thurs|fri|satur|sun)day,?)? (?:in the (?:days|weeks|months) (?:after|following)|within (?:days|weeks|hours|months|a (?:week|month|fortnight))(?: of)?|(?:(?:two|three|four|five|six|several|a few|\d+) )?(?:days|weeks|months|a (?:week|month|few weeks)) (?:later|after)|shortly (?:after|afterwards)|soon after)(?= (?:the|this|that|its|their) (?:[\w-]+ )?(?:outage|breach|incident|disclosure|failure|crash|meltdown|attack|collapse|storm|report|hack|leak|fiasco)|\s*[.,;]|\s*$)`, target: 'subject', who: ['name', 'role', 'group'], personal: true },
    // "appropriate steps have been taken with the individuals involved"
    { re: String.raw`(?:taken|dealt with)["']? (?:with|against) (?:that|this|the) (?:person|individual|employee|engineer|staffer|member of staff|contractor|technician)\b|(?:have|has|had|will have) dealt with (?:that|this) (?:particular |specific )?(?:person|individual|employee|staffer|member of staff)\b|(?:welcomed|demanded|called for|accepted|forced|announced|prompted) (?:the )?resignations? of|(?:steps|action|actions|measures) (?:have|has|had|will be|would be) (?:been )?taken (?:with|against|regarding|in respect of) (?:the |those )?(?:individuals?|employees?|staff(?: members?)?|persons?|people|engineers?|members? of staff)(?: (?:involved|concerned|responsible))?` },
    // named in the report as the penalty: "Name the engineer who approved it in the final report"
    { re: String.raw`{START}(?:name|publicly name) (?:the|every|each|all|any) (?:[\w-]+ )?(?:engineers?|persons?|people|developers?|employees?|staff|individuals?|admins?|operators?|reviewers?|approvers?|technicians?|contractors?) (?:who|responsible)` },
    // "bar the engineer from our sites", "ban the contractor from production"
    { re: String.raw`(?:bar|ban|exclude|blacklist) (?:the|that|this|any|those) (?:[\w-]+ )?(?:engineers?|technicians?|contractors?|persons?|employees?|developers?|admins?|operators?|individuals?|staff) (?:from|involved)` },
    // "Put Darren's team on notice", "the supervisors were put on notice"
    { re: String.raw`(?:put|puts|putting|placed|place|been put|were put|was put) (?:(?<actor>(?:{DET} )?(?:[\w'-]+ ){0,3}?[\w'-]+) )?on notice`, target: 'sentence', who: [...INDIVIDUALS, 'group'] },
    // "Issue a written warning to staff found reusing passwords"
    // (not the last warning a tool shows: "the final warning in the delete dialog")
    { re: String.raw`(?:written|formal|verbal|final) warnings?`, target: 'sentence', who: [...INDIVIDUALS, 'group'], negatable: true, notFollowedBy: String.raw`(?:dialog|dialogue|prompt|pop-?up|banner|screen|message|box|modal|page|label|sign|step|light|beep|tone)s?\b|(?:in|on) (?:the|a|an|its|that) (?:[\w-]+ ){0,2}?(?:dialog|dialogue|prompt|pop-?up|banner|screen|ui|console|tool|form|wizard|modal|page|cli|window|panel|app)\b` },
    // an apology or a resignation demanded of a person: "demanded that producer X apologise"
    { re: String.raw`(?:demanded|called for|urged) (?:that )?(?:[\w.'-]+ ){1,5}?(?:apologi[sz]e|resign|step down|be (?:fired|sacked|dismissed|named|held accountable))`, notPrecededBy: String.raw`\b(?:someone|somebody|people|everyone|they|commenters|the comments)(?: here)? ` },
    // a departure dated by the event: "the CTO's departure weeks after the outage"
    { re: String.raw`(?:departure|exit|resignation|ousting|firing|sacking|dismissal|removal|replacement) (?:just |only )?(?:days|weeks|months|hours|a (?:week|month|fortnight)|shortly|soon|right) after`, target: 'sentence', who: [...INDIVIDUALS, 'group'] },
    // taken off the work: "had been taken off the account"
    { re: String.raw`(?:be|been|was|were|is|are|being|get|got) taken off (?:the |his |her |their )?(?:account|project|team|case|contract|job|programme|program)\b`, target: 'subject', who: INDIVIDUALS, personal: true },
    // "shouldn't have a job by Friday"
    { re: String.raw`(?:shouldn't|should not|doesn't deserve to|does not deserve to|don't deserve to) (?:have|keep|still have) (?:a|his|her|their|the) (?:job|jobs|position|seat|role)` },
    // "Add a note to Ahmed Karimi's performance file"
    { re: String.raw`(?<actor>[\w@.'-]+)(?:'s|s') (?:performance|personnel|hr|disciplinary|conduct) (?:file|record|review|plan|log|note)s?\b`, target: 'actor', who: [...INDIVIDUALS], personal: true },
    // "ought to cost somebody their sudo rights", "Somebody had a very uncomfortable 1:1 that week",
    // "Somebody's getting a very short reference letter", "nobody to blame but their own IT"
    { re: String.raw`cost (?:somebody|someone|him|her|them|the [\w-]+) (?:their|his|her) (?:job|jobs|sudo|access|rights|bonus|position|badge|keys)|(?:had|has|having|got|getting|be|is|was) (?:a |an )?(?:very |really )?(?:uncomfortable|awkward) (?:1:1|one-on-one|chat|talk|appraisal|performance review)|(?:short|brief|bad|glowing) reference letter|(?:nobody|no one|no-one) to blame but|only (?:themselves|himself|herself) to blame|bonus (?:untouched|intact|still paid|paid out)` },
    // "fined the former CIO personally", "moved into a newly created advisory role", "needs to find a
    // new line of work", "left carrying the can for a boardroom decision", "hanging a contractor out to dry"
    { re: String.raw`fined (?:[\w'-]+ ){0,5}(?:personally|individually)|(?:quietly |swiftly )?moved (?:into|to) an? (?:newly[- ]created |non-executive |advisory |lesser |junior )+(?:role|position|post|job)|(?:find|look for|consider|go find|needs?) an? (?:new|different) (?:line of work|career|job|industry)|carr(?:y|ying|ied|ies) the can|holding the (?:baby|bag)|hung (?:[\w-]+ ){0,2}out to dry|hanging (?:[\w-]+ ){0,2}out to dry|boardroom decision` },
    // "'certain individuals' will face consequences"
    { re: String.raw`(?:face|faces|facing|faced) (?!no\b|any\b)(?:the |serious |real )?(?:consequences|discipline|sanctions|repercussions)`, target: 'subject', who: INDIVIDUALS, personal: true, negatable: true },
    // "he has since been reassigned", "a review of 'individual conduct'", "quietly moved off production access"
    { re: String.raw`(?:has|have|had) since been (?:reassigned|redeployed|moved|transferred|removed|let go|dismissed)|individual conduct|(?:been|was|were) (?:quietly |swiftly |quickly )?moved off (?:[\w-]+ ){0,2}(?:access|duties|the team|the rota|the rotation|the account)`, negatable: true },
    // "Bar Bauwerk's site foreman from all future works"
    { re: String.raw`(?:bar|ban|exclude|blacklist) (?<actor>(?:{DET} )?(?:[\w'-]+ ){0,2}[\w'-]+) from(?= (?:all|any|future|our|the|working)\b)`, target: 'actor', who: INDIVIDUALS, personal: true },
    // "no longer works there", "moved away from student-facing duties"
    { re: String.raw`no longer works? (?:there|here|at|for)|moved away from (?:[\w-]+ ){0,2}(?:duties|roles?|work|access)` },
    // "fined five senior managers", "ban him from publishing"
    { re: String.raw`fined|ban|bans|banned|suspend|suspends|suspended|sacked`, target: 'object', who: INDIVIDUALS },
    // consequences promised: "accountability will follow", "there will be consequences"
    { re: String.raw`accountability (?:will|would|must|is going to|shall) (?:follow|come)|there (?:will|must|shall|needs to) be (?:real |serious )?consequences`, target: 'sentence', who: INDIVIDUALS, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,20}\b(?:for|to) (?:customers|users|latency|services?|the service|the business|clients|the system)\b|\s*from the (?:system|process|tooling)` },
    // a reprimand promised in a comment: "enjoy your performance review", "needs a long chat with HR"
    { re: String.raw`enjoy (?:your|the|their|his|her) (?:next )?(?:performance review|perf review|1:1|one-on-one|chat with hr|meeting with hr|exit interview|pip)|(?:needs?|getting|gets|get|is getting|deserves?) (?:a )?(?:long |little |quick |short |serious |very long )?(?:chat|talk|meeting|conversation|word|sit-down) with hr\b` },
    // taken off the work until they prove themselves: "Kofi off the rotation until he redoes training",
    // "juniors lose merge rights until …"
    { re: String.raw`off (?:the )?(?:on-call |pager |support |weekend )?(?:rotation|rota|on-call|pager|roster|schedule) until (?:he|she|they) (?:redoes|redo|retakes?|completes?|passes|pass|proves?)\b`, negatable: true },
    { re: String.raw`los(?:e|es|ing|t) (?:their |his |her |all )?(?:merge|commit|prod|production|admin|root|deploy|write|push|console) (?:rights|access|privileges|permissions)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true, negatable: true,
      // offboarding and hygiene: "leavers lose prod access on their last day"
      notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:on (?:their|his|her) last day|when (?:their|his|her|the) [\w-]+ ends|after \d+|automatically|inactiv\w*)` },
    // "Whoever approved the change to explain themselves", "IT director to personally answer for the decision"
    { re: String.raw`explain (?:themselves|himself|herself|yourselves|yourself)\b|(?:to |must |should |will |needs? to )(?:personally )?(?:answer for|own up to|own up)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true, negatable: true },
    // "would leave his post at the end of the month", "Fire the whole IT department"
    { re: String.raw`(?:would|will) (?:leave|vacate|give up|step away from) (?:his|her|their) (?:post|position|role|job|seat|office)|fire (?:the whole|the entire|all (?:of )?the|everyone in the|every single) (?:[\w-]+ )?(?:team|department|dept|staff|lot|crew|ops|engineers?|devs?|developers|people|leadership|management|board)\b`, negatable: true, contexts: ['document', 'card'] },
    // "Sakamoto off core-banking team after this"
    { re: String.raw`off (?:the )?(?:[\w-]+ ){0,2}(?:team|project|account|rota|rotation|desk) (?:after (?:this|that|the (?:outage|incident))|because of (?:this|that|the (?:outage|incident))|until (?:he|she|they) (?:redoes|redo|completes?|passes|pass|proves?|retakes?|has (?:redone|completed|passed|retaken)))`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'] },
    // "HR to review Ishikawa-san's access", "written explanation of why he deviated"
    { re: String.raw`\bhr (?:to|will|should|must|needs to) (?:review|look at|investigate|assess|follow up on|talk to|speak to|speak with|meet with) (?:[\w@.'-]+'s|his|her|the (?:engineer|operator|technician|contractor|employee|person|individual|dba|admin)s?)\b|written explanation (?:from (?:him|her|them|the (?:engineer|operator|technician|contractor|employee|dba|admin))|of why (?:he|she|they))` },
    // "walked Haddad out of the building", "will be dealt with", "calling for the CIO's head"
    { re: String.raw`(?:walk|walked|march|marched|escort|escorted) (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w'-]+)?) (?:out of|off) the (?:building|premises|site|floor)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    { re: String.raw`(?<act>(?:will|would|to) be) dealt with(?! by\b)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true, negatable: true },
    { re: String.raw`(?:calling|called|calls) for (?:the )?(?:[\w'-]+ ){0,3}(?:head|scalp|resignation)\b(?! of)|frozen out`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'], negatable: true },
  ],
};
