/**
 * The blame-language rules as data (BLAMELESS.md §1 and §2). The matching logic lives in
 * ../match.ts; this file only says what to look for, who must be involved, and what to say.
 *
 * Extending: add a phrase to a rule's `phrases`. `re` is regular-expression source, matched
 * case-insensitively on word boundaries against the text; a single space stands for any
 * run of whitespace, and `{NAME}` expands to MACROS.NAME. Straight and curly apostrophes are
 * the same (the text is normalised to "'" first).
 */
import type { CheckContext, Rule } from '../types.ts';
import { ATTRIBUTION } from './attribution.ts';
import { CONTEMPT } from './contempt.ts';
import { ROLE_ACTS } from './roleActs.ts';
import { AS_TERM_OF_ART } from './lexicon.ts';
import { SUPERVISION } from './supervision.ts';

/** Who a human-target test accepts (see ../humans.ts for how tokens are classified). */
export type HumanKind =
  | 'name' // personal name (compromise #Person, not a product)
  | 'handle' // @sam
  | 'pronoun' // he, she, they, you, who, someone
  | 'self' // I, me
  | 'we' // we, us: the organisation speaking for itself
  | 'role' // the intern, the engineer, ops
  | 'group' // the team, the company
  | 'generic'; // anyone, people, a person

export interface PhraseSpec {
  re: string;
  /**
   * Where a human target must be for the phrase to count as blame:
   * - 'none' (default): the phrase alone is enough ("human error");
   * - 'subject': the actor of the phrase, found by walking left ("Sam failed to …"); a phrase that
   *   matches from the start of its clause marks its verb `(?<act>…)`, and the walk starts there;
   * - 'object': the noun phrase right after it ("fire him", "caused by Sam");
   * - 'actor': inside the named group `(?<actor>…)` of `re` ("why did you …");
   * - 'sentence': anywhere in the sentence ("Obviously the engineer …");
   * - 'agent': a passive with no "by" agent, or a human one ("should have been caught").
   */
  target?: 'none' | 'subject' | 'object' | 'actor' | 'sentence' | 'agent';
  /** Which kinds of human count; defaults to DEFAULT_TARGETS (or SENTENCE_TARGETS). */
  who?: HumanKind[];
  /** Regex source that must NOT follow the match (technical senses: "lazy loading"). */
  notFollowedBy?: string;
  /** Regex source that must NOT come right before the match, e.g. "engineering" discipline. */
  notPrecededBy?: string;
  /** Regex source that must also occur somewhere in the sentence. */
  cue?: string;
  /** The sentence must be a question. */
  question?: boolean;
  /** Suppressed when negated or rejected just before ("this was not human error"). */
  negatable?: boolean;
  /**
   * An omission followed by its reason is the blameless account, not blame: "missed the page
   * because the phone silenced it". Dropped when "because" / "due to" follows in the sentence.
   */
  explained?: boolean;
  /** Only in these contexts (default: all). */
  contexts?: CheckContext[];
  /** The named group `(?<verb>…)` must be tagged as a verb by compromise (not a noun). */
  verbGroup?: boolean;
  /** Drop overlapping findings of these rules: this phrase is the more specific reading. */
  supersedes?: Rule[];
  /**
   * Only people do this (forget, neglect, screw up): an unknown capitalised word as the actor
   * is taken for a name ("Priya forgot …"), which would be too eager for "failed to".
   */
  personal?: boolean;
  /** Case-sensitive match (PIP, not pip). */
  caseSensitive?: boolean;
  /** Overrides the rule's message for this phrase. */
  message?: string;
}

export interface RuleData {
  /** `{match}` is replaced by the matched words. */
  message: string;
  suggestion: string;
  phrases: PhraseSpec[];
}

/** Default kinds of target for 'subject' / 'object' / 'actor' tests. */
export const DEFAULT_TARGETS: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role', 'group'];
/** For 'sentence' tests: only individuals (a team merely mentioned nearby is not a target). */
export const SENTENCE_TARGETS: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role'];
/** Individuals only: for verbs you do to a person (fire, tell, remind). */
const INDIVIDUALS: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role'];

/**
 * The slip as what a system must absorb or let through, not as a verdict: "a resilient setup
 * expects human error", "the gaps that let a single fat finger flatten a data centre". Only the
 * human-error label itself is cleared; a verdict elsewhere in the sentence still counts.
 */
const SLIP_LET_THROUGH = String.raw`\b(?:(?:expects?|expecting|anticipates?|tolerates?|tolerating|assumes?|designs? for|designed for|plans? for|planning for|accounts? for|absorbs?|survives?|withstands?) (?:some |occasional |the odd |every )?|(?:let|lets|letting|allowed|allows|allowing|permitted|permits) (?:a |one |any |the |that |this |an? single )?(?:[\w-]+ )?)`;

/** A rescue, not a counterfactual: "… would have spread had the porter not raised the alarm". */
const WORSE_WITHOUT_THEM = String.raw`\bwould(?:n't| not)? (?:likely |probably )?have (?:been )?(?:much |far |even )?(?:worse|longer|larger|bigger|lost|spread|gone|taken longer|failed|crashed|died|collapsed|cascaded|burned|overflowed)\b`;

/** Shared fragments, expanded as {NAME} inside `re`. */
export const MACROS: Record<string, string> = {
  // the start of a sentence or clause (the text is matched whole, not sentence by sentence)
  START: String.raw`(?:^|(?<=[.!?]["')\]]?\s+)|(?<=[,;:]\s+))`,
  // adverbs that can sit between a modal and "have": "they absolutely should have"
  ADV: String.raw`(?:[a-z]+ly|even|ever|never|just|really|not|still|at least|all|both)`,
  NEG: String.raw`(?:n't|nt| not| never)`,
  // what a person is blamed for not doing
  DILIGENCE: String.raw`(?:heed(?:ed)?|check(?:ed)?|double-check(?:ed)?|test(?:ed)?|verif(?:y|ied)|review(?:ed)?|read|look(?:ed)?|notic(?:e|ed)|realis(?:e|ed)|realiz(?:e|ed)|caught|catch|spott?(?:ed)?|see|saw|seen|follow(?:ed)?|escalat(?:e|ed)|respond(?:ed)?|acknowledg(?:e|ed)|monitor(?:ed)?|flag(?:ged)?|rais(?:e|ed)|confirm(?:ed)?|validat(?:e|ed)|wait(?:ed)?|listen(?:ed)?|bother(?:ed)?|stopp?(?:ed)?|approv(?:e|ed)|act(?:ed)?|patch(?:ed)?|fund(?:ed)?|renew(?:ed)?|updat(?:e|ed)|upgrad(?:e|ed)|listen(?:ed)?|pag(?:e|ed)|told|tell|call(?:ed)?|inform(?:ed)?|alert(?:ed)?|warn(?:ed)?|notif(?:y|ied)|contact(?:ed)?|ask(?:ed)?|answer(?:ed)?|roll(?:ed)? back|revert(?:ed)?|report(?:ed)?)\b`,
  // the past-tense subset, for "no one noticed"
  DILIGENCE_PAST: String.raw`(?:checked|double-checked|tested|verified|exercised|reviewed|noticed|realised|realized|caught|spotted|followed up|escalated|responded|acknowledged|questioned|flagged|raised (?:it|this|the alarm)|bothered|looked|read (?:it|the))`,
  // things people are expected to comply with
  PROCESS: String.raw`(?:(?:operational |operating |operations |works )?manuals?|method statements?|work instructions?|(?:change |code |release )?freezes?|(?:pre-trade |risk |security |access |change )controls|two-person rule|four-eyes (?:rule|principle)|change approvals?|approval process(?:es)?|(?:deploy|deployment|release|ci|cd|build) pipelines?|runbooks?|run-books?|playbooks?|process(?:es)?|procedures?|polic(?:y|ies)|checklists?|protocols?|guidelines?|rules?|instructions?|change[- ]management|change control|sop|standards?|best practices?|requirements?)`,
  // the end of a sentence, for a lookahead: the text is matched whole, so $ alone would mean its end
  END: String.raw`(?:\s*[.!?]+(?=\s|$)|\s*$)`,
  // things that remind people, so "the job reminds the coordinator …" is a safeguard, not a person-level fix
  REMINDER: String.raw`(?:page|doc|wiki|bot|job|alert|system|tool|script|template|banner|dashboard|runbook|e-?mail|message|notice|notification|calendar|checklist|form|ticket|pipeline|service|channel|app|screen|prompt|cron|check|workflow|integration|hook|timer)s?`,
  // a determiner or possessive before a noun
  DET: String.raw`(?:the|a|an|our|their|his|her|its|this|that|these|those|any)`,
  // what went wrong, for "responsible for the outage"
  BADTHING: String.raw`(?:error|errors|outage|outages|incident|mistake|mistakes|failure|breach|problem|mess|downtime|disaster|deletion|data loss|screw-?up|fuck-?up)`,
  // an error-like noun for possessive blame ("his mistake")
  MISTAKE: String.raw`(?:mistake|mistakes|misjudg(?:e)?ments?|miscalculations?|blunder|blunders|error|errors|fault|typo|typos|slip-ups?|slip|screw-?up|fuck-?up|cock-?up|oversight|goof-?up|inaction)`,
  // a slip named and then denied as the cause: "operator mistake was the last link, not the cause"
  LAST_LINK: String.raw`[^.;!?]{0,20}\b(?:was|is) [^.;!?,]{0,30}, not (?:the|a|its) (?:root |real |main |actual |underlying )?cause\b|[^.;!?]{0,40},? but not (?:the|a|its) (?:root )?cause\b`,
  // things an error count can be, so "their error rate" is not blame
  METRIC: String.raw`(?:rates?|budgets?|counts?|codes?|messages?|logs?|pages?|handling|responses?|metrics?|spikes?|ratio|percentage|levels?|classes?|types?|paths?|states?|reporting|tracking|bars?)`,
};

export const RULE_DATA: Record<Rule, RuleData> = {
  counterfactual: {
    message:
      'Counterfactual ("{match}") measures people against what is known now, after the outcome; it says nothing about why the action made sense then.',
    suggestion: 'Describe what was known and seen at the time, and what made the action reasonable.',
    phrases: [
      // "we should have caught it" judges people too; "have" must be the perfect auxiliary:
      // "we should have a dashboard" is a wish, not hindsight
      // an unknown capitalised subject is a person here ("Kemal should have checked"): systems
      // that "should have" done something are nearly always common nouns ("the validator")
      // the lookahead after it: what the system let a person do, "he should never have been in a
      // position to make it undetected"; not "allowed", which as often says the person was unfit
      { re: String.raw`(?:should{NEG}?(?: {ADV}){0,2} (?:have|'ve|of)|should've|shoulda|shd(?:'ve| have| of))(?: (?:just|really|simply|probably|definitely))? (?<verb>(?!had\b)(?:(?:load|stress|smoke|soak|unit|pen|regression|integration)[- ](?=tested\b))?[a-z]+)(?!(?<=(?:never|not|n't) (?:have|'ve) been) (?:in a position|given (?:the |that |such )?(?:[\w-]+ )?(?:access|rights|permissions?|keys|power)))`, target: 'subject', who: [...DEFAULT_TARGETS, 'we'], verbGroup: true, personal: true },
      // "no reviewer could have spotted it" defends the people; it blames nobody
      // "could not reasonably have told it apart" says it was not knowable: a defence, not hindsight
      // "the night crew must have had the worst weekend of their lives", "must have had to restart
      // it by hand", "must have had very little to go on" infer what people went through; "must
      // have had better things to do" is still a sneer
      { re: String.raw`(?!must(?: {ADV}){0,2} (?:have|'ve) had (?:to\b|(?:very )?(?:little|no|limited|few|almost no)\b|(?:a|an|the) (?:[\w-]+ ){0,3}(?:night|nights|weekend|weekends|week|day|days|shift|shifts|morning|evening|time)\b))(?!(?:could|would)(?:n't| not)(?: {ADV}){0,2} (?:have|'ve) (?:known|told|seen|spotted|noticed|realised|realized|predicted|foreseen|caught|detected|anticipated|guessed|distinguished|recogni[sz]ed|expected)\b)(?!(?:could|would)(?: {ADV}){0,2} (?:have|'ve) (?:made|taken|done) the (?:same|exact same) (?:call|mistake|decision|choice|error|move)\b(?![^.;!?]{0,25}\b(?:earlier|sooner|before|faster)\b))(?:(?:could|would|must){NEG}?(?: {ADV}){0,2} (?:have|'ve|of)|could've|would've|coulda|woulda) (?<verb>[a-z]+)`, target: 'subject', verbGroup: true, notPrecededBy: String.raw`\banyone(?:\s+[\w-]+){0,4}|\bany of us(?:\s+[\w-]+){0,2}|\b(?:no|nobody|no one|neither|none of (?:us|them|the [\w-]+))(?:\s+[\w-]+){0,4}|\bthan (?:they|it|he|she|we|you|i)|\bwhich(?:\s+[\w-]+){1,3}|\b(?:thousands|hundreds|millions|dozens|most|many|plenty) of(?:\s+[\w-]+){1,2}|\b(?:not much|not a lot|nothing|little|very little) (?:that )?(?:[\w-]+\s+){0,3}` },
      // passive: "this should have been caught in review" — unless a machine was the agent
      { re: String.raw`(?:should|could){NEG}?(?: {ADV})? have been (?:caught|noticed|spotted|detected|tested|reviewed|checked|verified|flagged|escalated|prevented|avoided|followed)`, target: 'agent' },
      { re: String.raw`if only`, target: 'sentence', who: [...SENTENCE_TARGETS, 'we'] },
      // "If the engineer had followed the checklist, …"
      { re: String.raw`if (?!you had (?:asked|told)\b)(?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) had (?:(?:just|only|actually|properly|simply|bothered to) )?{DILIGENCE}`, target: 'actor', personal: true },
      // inverted conditional: "Had the engineer checked the dashboard, …"
      // (not the reader asked to imagine: "Had you asked us in January, we would have …")
      { re: String.raw`{START}had (?!you (?:asked|told)\b)(?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:(?:just|only|actually|properly|simply|not|bothered to) )?{DILIGENCE}`, target: 'actor', personal: true },
      // any act undone, with what would have followed: "Had the committee not inserted itself …, the
      // office would have …", "… would have regained power had its operators been running the right pumps"
      // (only "had" opening a clause: "The company had engineers monitoring …" is possession; and not
      // a rescue: "… would have spread had the porter not raised the alarm")
      {
        // (the literal first: a lookbehind tried at every position costs more than the phrase)
        re: String.raw`(?=had )(?<=(?:^|[,;:]|\bwould(?:n't| not)? (?:have|likely have|probably have) [^.;!?,]{1,120}?)\s*)had (?!you (?:asked|told)\b)(?!(?:they|he|she|we|you|i|it)\b)(?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:not |never )?(?:been )?[a-z]+(?:ed|ing)\b`,
        cue: String.raw`\bwould(?:n't| not)? (?:have|likely have|probably have|not have|never have)\b`,
        target: 'actor',
        personal: true,
        notPrecededBy: String.raw`${WORSE_WITHOUT_THEM}[^.;!?]*`,
        notFollowedBy: String.raw`[^.;!?]*${WORSE_WITHOUT_THEM}`,
      },
    ],
  },
  'failed-to': {
    message: '"{match}" makes a person\'s omission the explanation and stops the inquiry there.',
    suggestion: 'Name the missing signal, step or safeguard: what would have made this easy to notice or do?',
    phrases: [
      { re: String.raw`fail(?:ed|s|ing)? to`, target: 'subject', explained: true },
      // (not an attribution: "attributed the failure to a fault in the core network")
      { re: String.raw`failure to(?! (?:a|an|the|its|their)\b)`, target: 'subject' },
      // "He failed on the technical side" (but not "failed to", "failed over")
      // ("overloaded the resolvers until they failed": what fails after "until they" is the machines)
      { re: String.raw`failed(?! to\b| over\b|-over\b| (?:the |a |an |our |its |their )?(?:[\w-]+ ){0,3}over (?:to|from)\b)`, target: 'subject', who: INDIVIDUALS, notPrecededBy: String.raw`\b(?:until|till)\s+(?:they|it)` },
      // "a stomach-drop you never forget": an idiom, not an omission
      // (not inside a claim the sentence rejects: "rejected claims that someone forgot to renew it")
      { re: String.raw`neglect(?:ed|s|ing)?(?: to)?|forg(?:o|e)t(?:s)?(?: to)?|overlook(?:ed|s)?|omitted to`, target: 'subject', personal: true, notPrecededBy: String.raw`\byou (?:never|won't|will never|don't|do not|can't|cannot)|\b(?:reject\w*|den(?:y|ied|ies|ying)|dismiss\w*|disput\w*|refut\w*) (?:the |any )?(?:claims?|reports?|suggestions?|speculation|rumou?rs?|accusations?)(?: [\w-]+){0,3}? (?:that|of)\b(?:(?!\b(?:but|said|admitted|conceded|acknowledged|confirmed)\b)[^.;!?]){0,80}` },
      // missing a slot in time is not an omission: "missed the 14:00 deadline"; nor is a design
      // that makes something easy to miss ("a warning easy for operators to miss")
      // not longing ("one of the things I miss"), nor a party that may miss a target some day ("an SLA
      // with money attached when they miss it")
      { re: String.raw`(?:miss(?:ed|es)|(?<!\b(?:i|we) (?:really |still |do |sometimes |truly )?)(?<!\b(?:when|if|whenever|once|until) (?:they|you|we|it) (?:ever |eventually )?)miss)(?! out\b)`, target: 'subject', explained: true, notPrecededBy: String.raw`\b(?:of|for|with|from|about|by|on)|\b(?:easy|easier|easiest|hard|simple|likely|bound) (?:for (?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ )?to`, notFollowedBy: String.raw`(?:the |a |an |its |their |our )?(?:[\w:.-]+ )?(?:deadline|window|cutoff|cut-off|target|train|flight|meeting|slo|sla|schedule|point|mark)s?\b` },
      // "did not / didn't + verb" with a person as subject; stative verbs are not omissions, nor
      // is a wrong denied ("the operator didn't screw up", "he didn't break anything"; but "didn't
      // break the migration into batches" is one)
      {
        re: String.raw`(?:did not|didn't|didnt|does not|doesn't|never|still (?:hadn't|hasn't|had not|has not))(?: [a-z]+ly| once| even)? (?!(?:live (?:it|this|that) down|have|has|had|need|want|exist|expect|mean|seem|appear|matter|happen|occur|get|got|be|been|came|come|went|go|going|booted|include|included|contain|contained|cover|covered|mention|mentioned|show|showed|list|listed|choose|chose|pick(?! up\b)|know|knew|realise|realize|intend|like|think|understand|hold|blame|believe|consider|find|say|feel|accept|agree|owe|deserve|anticipate|receiv\w*|hear|heard|see|saw|seen|work|worked|recover\w*|return\w*|arrive\w*|reach\w*|fire|fired|trigger|triggered|load|loaded|start|started|finish|finished|complete|completed|succeed|succeeded|met|meet|lose|lost|forget|cause|caused|name|named|depend|rely|stand|stood|refer|referred|spoke|speak|talked|talk|met|engage|engaged|approve|approved|reach|reached|(?:screw|mess|fuck|cock|muck)(?:ed)? up|(?:break|broke) (?:anything|a thing|a build|the build))\b)(?<verb>[a-z]+(?:-[a-z]+)?)`,
        target: 'subject',
        verbGroup: true,
        explained: true,
        // "didn't let it go" is persistence, not an omission
        notFollowedBy: String.raw`(?:it|this|that|so|anything)?\s*(?:on purpose|deliberately|intentionally|maliciously|wrong)|(?:it|this|that|them|things) go\b|[^.;!?]{0,60}?,\s*(?:they|he|she|we) (?:just |only )?inherited`,
        // ("they didn't pick those limits, they inherited them" defends them)
        // "was never decentralised": a state, not an omission; "anyone who's never made one": everyone
        notPrecededBy: String.raw`\b(?:was|were|is|are|been|be|being)|\b(?:anyone|anybody|everyone|everybody|nobody) (?:here |else )?who(?:'s| has| have| had)?|\b(?:people|those|folks) who(?:'ve| have)|\b(?:whoever|if you|if we|anyone who)(?:'ve| have| has|'s)|\b(?:a|an|the|any|every) [\w-]+ (?:that )?(?:you|we)(?:'ve| have)`,
      },
      // "a developer not reading the documentation"
      { re: String.raw`not (?:even |bothering to )?(?:reading|checking|double-checking|testing|verifying|reviewing|following|looking at|noticing|paying attention|asking|waiting for|escalating|responding to|monitoring)`, target: 'subject', who: INDIVIDUALS },
      // "no one realized", "no other technician double-checked"
      // not a thing described by who never touched it ("a paper logbook that nobody reviewed")
      { re: String.raw`(?:no one|no-one|nobody|no other [\w-]+)(?: else)?(?: (?:on|in|from|at) (?:the |our |their )?[\w-]+(?: [\w-]+)?)?(?: {ADV})?(?: (?:had|has|have|ever|had ever|has ever))? {DILIGENCE_PAST}`, notPrecededBy: String.raw`\b(?:a|an|the)\s+(?!fact\b)(?:[\w-]+\s+){0,2}(?!(?:showed|shows|found|finds|said|says|noted|notes|revealed|reveals|confirmed|confirms|concluded|established|suggests?|suggested|means|meant)\s)[\w-]+\s+(?:that|which)` },
      { re: String.raw`(?:no one|no-one|nobody) (?:(?:upstairs|at the top|in charge|in management|in leadership|on the board) )?(?!cared (?:which|whether|what|who|how)\b)(?:listened|would listen|cared|bothered|took (?:it|this|them|the warnings?) seriously)` },
      // "was supposed to be paged" is something that did not happen to them
      { re: String.raw`(?:was|were) supposed to(?! be\b| have been\b| get\b| receive\b)`, target: 'subject' },
      { re: String.raw`ignored (?:{DET} )?(?:[\w-]+ )?(?:alerts?|pages?|warnings?|alarms?|errors?|signs?|messages?|notifications?)`, target: 'subject', personal: true },
      // away from where the job was done: "was not at his post when the drill began", "had left her console"
      { re: String.raw`(?:was|were|is|are|had been)(?: not|n't) (?:at|on) (?:his|her|their) (?:post|desk|station|console|workstation)s?|(?:abandoned|deserted) (?:his|her|their) (?:post|station|console|desk)s?`, target: 'subject', personal: true, explained: true, notFollowedBy: String.raw`[^.!?]{0,60}?(?:;|\byet\b|\bto (?:answer|help|attend|cover|assist|respond|resuscitate|handle|take|deal|fetch|check)\b)` },
    ],
  },
  hindsight: {
    message: '"{match}" is hindsight: the outcome is known now, it was not at the time.',
    suggestion: 'Ask how someone could have told, at the time, with the information and cues they had.',
    phrases: [
      {
        re: String.raw`should{NEG}?(?: {ADV})? (?:have|'ve) (?:known|seen|foreseen|anticipated|predicted|realised|realized|expected|spotted)`,
        target: 'subject',
        who: [...DEFAULT_TARGETS, 'we'],
        supersedes: ['counterfactual'],
        personal: true,
      },
      // not "no one on the core team could have seen that coming", which defends them
      { re: String.raw`(?:saw|see|seen|seeing) (?:it|this|that)(?: one)? coming`, notPrecededBy: String.raw`\b(?:no one|nobody|no-one|none of [\w ]{1,20}?)(?:(?:\s+[\w-]+){0,5}\s+(?:could|would|can)(?:n't| not)?(?:\s+(?:possibly|reasonably|have))*|\s+(?:really\s+|actually\s+)?)` },
      { re: String.raw`(?:should|must) have been (?:obvious|clear|apparent|evident)` },
      { re: String.raw`(?:any|every) (?:competent |good |decent )?(?:engineer|developer|admin|sysadmin|operator|one|body)(?: {ADV})? (?:would|could|should) have (?:known|seen|spotted|noticed|caught)`, supersedes: ['counterfactual'] },
      { re: String.raw`(?:easily|trivially|simply) (?:avoidable|preventable|avoided|prevented)` },
      // hindsight adverbs only when they judge a person's failure
      {
        re: String.raw`obviously|clearly|of course|evidently|plainly|in hindsight|with hindsight|in retrospect|it was obvious|(?:was|were|is) (?:so |entirely |totally |completely )?(?:obvious|predictable)`,
        target: 'sentence',
        cue: String.raw`\b(?:not|never|n't|fail\w*|miss\w*|should|wrong|mistake\w*|ignor\w*|forg[eo]t\w*|neglect\w*|overlook\w*|careless\w*|risky|dangerous|unsafe|lost track|learn\w* nothing)\b`,
      },
    ],
  },
  judgement: {
    message: '"{match}" judges a person instead of explaining the situation they were in.',
    suggestion: 'Describe the conditions that made the action reasonable at the time: pressure, tools, information.',
    phrases: [
      {
        re: String.raw`careless(?:ly|ness)?|sloppy|sloppily|sloppiness|negligen(?:t|tly|ce)|incompeten(?:t|ce)|reckless(?:ly|ness)?|stupid(?:ity|ly)?|idiot(?:ic|s)?|moron(?:ic|s)?|foolish(?:ly)?|irresponsib(?:le|ly|ility)|clueless|forgetful|inept(?:itude)?|amateurish|unprofessional|bone-?headed|thoughtless(?:ly)?|inattentive|disgraced|cowboy|dumbass|cowardly|gutless|spineless`,
        negatable: true,
      },
      // "the 'fire the intern' memes are lazy" judges a take, not a person
      { re: String.raw`lazy|laziness`, negatable: true, notPrecededBy: String.raw`\b(?:memes?|takes?|jokes?|articles?|coverage|headlines?|narratives?|explanations?|reporting|analysis|framing|answers?)\b[^.;!?]{0,40}\b(?:are|is|was|were|feels?|seems?)(?:\s+(?:so|just|pretty|really|a bit|kind of))?`, notFollowedBy: AS_TERM_OF_ART },
      { re: String.raw`dumb`, negatable: true, notFollowedBy: AS_TERM_OF_ART },
      { re: String.raw`(?:rookie|silly|amateur|dumb|stupid|careless|elementary|schoolboy|newbie) (?:mistake|error|fail|move)s?` },
      { re: String.raw`asleep at the wheel`, negatable: true },
      { re: String.raw`cut(?:s|ting)? corners|(?:living )?on another planet|out to lunch|(?:has|have|had) no (?:clue|idea what (?:he|she|they) (?:was|were|is|are) doing)|didn't have a clue|amateur hour|(?:you|he|she|they) had one job` },
      { re: String.raw`suck(?:s|ed)?`, target: 'subject', notFollowedBy: String.raw`(?:in|up|out|into)\b` },
      { re: String.raw`(?:rushed|rushing|hurried|hurrying|hurry|rush) (?:it|this|things|the \w+) (?:through|out)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'] },
    ],
  },
  'human-error': {
    message: '"{match}" names a person as the cause; it explains nothing about the system that let the action through.',
    suggestion: 'Describe what the system allowed, e.g. "the CLI accepted a production target without confirmation".',
    phrases: [
      // not the label examined ("human error is a symptom of …", "… is where the inquiry starts")
      { re: String.raw`human (?:error|errors|mistake|mistakes|failure|factors? error)`, negatable: true, notPrecededBy: SLIP_LET_THROUGH, notFollowedBy: String.raw`{LAST_LINK}|(?:was|has been|is) (?:ruled out|excluded|eliminated)\b|(?:is|was|are|as) (?:(?:only|just|merely|never|not|always|usually|often|a|the|where|how) )*(?:symptoms?|starting point|start|sign|signs|effect|consequence|result|outcome|label|where|inevitable|normal|expected)\b|(?:is|was|are) (?:never|not|rarely|seldom) (?:the |an? )?(?:root |real |only |whole |contributing )?(?:cause|explanation|answer|factor)` +
          // inevitable, or a slip the process did not catch: "human error will always happen", "why the human error … wasn't caught"
          String.raw`|(?:will|does|is going to) (?:always|inevitably) happen|is bound to happen|(?:always|inevitably) happens?|(?:[\w-]+ ){0,4}(?:was(?:n't| not)|went|got|slipped|is(?:n't| not)) (?:caught|noticed|detected|through|past|unnoticed|undetected|stopped|flagged)\b(?![^.!?]*\b(?:because|since|as|when|after) (?:the |a |an |that |this |our |their |his |her )?(?:[\w-]+ )?(?:he|she|they|engineer|operator|contractor|intern|admin|developer|dev|technician|on-call|hire|guy|reviewer|tech)\b)(?![^.!?]*\b(?:unless (?:we|you) (?:get rid of|fire|sack|replace|retrain)|people like|this crew|that crew|that guy|these guys|is on call|stays on call|(?:is|are) rostered)\b)` },
      { re: String.raw`(?:operator|pilot|user|admin|engineer|developer|technician|employee|staff|worker|programmer|contractor|clerk|personnel|trader|controller|dispatcher|driver|administrator) (?:error|errors|mistake|mistakes)`, negatable: true, notFollowedBy: String.raw`{METRIC}\b|{LAST_LINK}` },
      // not slips as a fact of life: "fat fingers on routers happen every day"
      { re: String.raw`fat[- ]?finger(?:ed|s|ing)?|pebkac|picnic error|id-?10-?t|layer[- ]8 (?:issue|problem|error)`, negatable: true, notPrecededBy: SLIP_LET_THROUGH, notFollowedBy: String.raw`(?:[\w-]+ ){0,3}(?:happen|happens|will happen|are inevitable|is inevitable)\b(?![^.;!?]*\b(?:when|with|whenever|around|near) (?!(?:the|a|an|no|our|its|their|every|any|people|humans|you|we|anyone|someone|everyone|tired|busy)\b))` },
      // someone's fat fingers, however often they happen: "Raj's fat fingers happen every week"
      { re: String.raw`(?<=\w['\u2019]s? )fat[- ]?fingers?`, negatable: true },
      // a person did it "by mistake" (we/us describing ourselves is the blameless convention)
      // (but "mistakenly believed" describes what someone understood, which is the blameless account)
      { re: String.raw`accidentally|mistakenly|inadvertently|erroneously|unintentionally|wrongly|incorrectly|carelessly|by mistake|by accident`, target: 'subject', notFollowedBy: String.raw`(?:believ|think|thought|assum|understo|expect|conclud|read|interpret|identif|report|flagg|label)\w*`, message: '"{match}" frames the event as a person\'s slip.' },
      { re: String.raw`(?:the|a) wrong (?:button|key|keys|server|machine|host|box|cluster|database|db|environment|env|command|file|folder|directory|table|region|account|terminal|window|tab|branch|node|drive|disk|instance|target|config)`, target: 'subject', message: '"{match}" frames the event as a person\'s slip.' },
    ],
  },
  'folk-model': {
    message: '"{match}" is a folk model: a label for a mental state that cannot be observed or fixed.',
    suggestion: 'Name the cues that were available, what competed for attention, and what made the signal hard to see.',
    phrases: [
      {
        re: String.raw`complacen(?:t|cy|ce)|(?:lack(?:ed|ing|s)?|lost|loss of|losing|without)(?: (?:of|any|the))? (?:situational |situation )?awareness|situational awareness|lack(?:ed|ing|s)? (?:of )?(?:attention|focus|care|diligence|vigilance|ownership|discipline|common sense)|inattention|(?:not|wasn't|weren't|was not|were not) paying (?:enough |proper |close |closer )?attention|lapse (?:in|of) (?:the )?(?:judge?ment|concentration|attention|diligence|care|vigilance|professionalism)|(?:insufficient|inadequate|not enough|a lack of|lack of) (?:care|attention|diligence|caution|rigou?r)(?: (?:was )?(?:taken|shown|exercised|paid))? (?:by|from|on the part of) (?:the |an? )?(?:[\w-]+ )?(?:engineer|developer|operator|admin|administrator|technician|staff|team|employee|contractor|clerk|agent)s?|loss of focus|attention to detail`,
        negatable: true,
      },
      // not between two firms or systems: "put down to a miscommunication between its registrar and the registry"
      {
        re: String.raw`miscommunication|communication breakdown|breakdown in communication`,
        negatable: true,
        notPrecededBy: String.raw`\b(?:registrar|registry|vendor|supplier|provider|partner|carrier|api|system|service|machine)s?`,
        notFollowedBy: String.raw`between (?:(?:its|the|their|our|two) )?(?:[\w-]+ ){0,2}(?:registrar|registry|vendors?|suppliers?|providers?|partners?|carriers?|banks?|compan(?:y|ies)|firms?|systems?|services?|apis?)\b`,
      },
      // "the scheduler lost track of where crews were" is a system; a person losing track is the folk model
      { re: String.raw`(?:lost|lose|loses|losing) track of`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], negatable: true },
    ],
  },
  fault: {
    message: '"{match}" assigns fault to a person; it ends the inquiry instead of explaining the event.',
    suggestion: 'Describe the change and its interaction with the system, e.g. "the change merged at 13:50 interacted with …".',
    phrases: [
      { re: String.raw`(?<actor>[\w@.-]+)'s (?:own )?fault`, target: 'actor', personal: true, negatable: true },
      // not a technical fault ("their fault ride-through protection"), nor people catching their own
      // mistakes as the safeguard a design relied on
      { re: String.raw`(?:his|her|their|your|my)(?:/(?:his|her|their))? (?:own )?(?:[\w-]+ )?{MISTAKE}`, notFollowedBy: String.raw`(?:{METRIC}|[\s-]*(?:ride|tolerance|tolerant|detection|injection|domains?|lines?|currents?|isolation|finder|path|counters?|bits?|flags?|zones?|conditions?|modes?|trees?))\b`, notPrecededBy: String.raw`\b(?:catch|catching|caught|spot|spotting|find|finding|correct|correcting|learn from|learning from|own up to)`, negatable: true },
      { re: String.raw`(?:is|are|was|were|be) to blame|(?:the )?blame (?:lies|lay|rests|rested|falls|fell)(?: {ADV})? (?:with|on)|(?:pin|pins|pinned|pinning|put|puts|laid|lay|place|placed|shift|shifted)(?: the)? blame|blamed (?:it |this )?on`, target: 'sentence', negatable: true },
      { re: String.raw`at fault`, target: 'subject', negatable: true },
      // "it's on the release manager"
      // not "was on her third weekend release": the blame sits on a person, not a person's shift
      // "that one's on him"; not "what was on their screens" (a thing of theirs), but "on his watch"
      { re: String.raw`(?:(?:it|that|this|one|which)'s|is|was) (?:all |squarely |entirely |totally )?on (?!(?:{DET} )?(?:[\w-]+ ){0,2}(?:team|squad|rota|rotation|roster|schedule|checklist|list|pager)\b|(?:{DET} )?(?:[\w-]+ )?[\w-]+'s [\w-]+)(?!(?:their|his|her|its|our|my|your) (?!(?:watch|head|heads|hands|shoulders|conscience)\b)[\w-]+)(?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?)`, target: 'actor', who: INDIVIDUALS, notFollowedBy: String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|(?:[\w-]+ )?(?:shift|shifts|release|releases|rota|rotation|weekend|weekends|night|nights|call|leave|holiday|vacation|duty|in a row))\b` },
      { re: String.raw`the fault of`, target: 'object', negatable: true, notPrecededBy: String.raw`(?:\bnot|n't|\bnone of (?:it|this|that) (?:was|is))\s*['"\u2018\u201c]?` },
      { re: String.raw`culprits?`, target: 'sentence' },
      // not recovery work a person started: "The rollback was started by the on-call engineer at 02:14"
      { re: String.raw`(?:caused|introduced|triggered|broken|started|created) [\[(]?by`, target: 'object', who: INDIVIDUALS, notPrecededBy: String.raw`\b(?:rollback|roll-?back|failover|fail-?over|restore|recovery|revert|fix|hotfix|mitigation|page|escalation|drill|backup|restart|reboot|bridge|call|investigation|ticket|response|review)s? (?:was|were|had been|has been|got)(?: [a-z]+ly)?` },
      { re: String.raw`{MISTAKE} (?:made |committed )?[\[(]?by`, target: 'object', who: INDIVIDUALS },
      { re: String.raw`(?:screw|mess|fuck|cock|muck|stuff)(?:ed|ing|s)?(?: (?:it|this|that|things|everything|something|up))? up|dropp?(?:ed|ing|s)? the ball|botch(?:ed|es)?|blew it|blown it`, target: 'subject', personal: true, notPrecededBy: String.raw`\b(?:if|whenever|in case|unless) (?:you|someone|somebody|anyone|people)\s*$` },
      // "We dropped the ball on the cert", "Because we messed up the ordering": a team owning a
      // fault in the past tense is blame too. Not a hypothetical, a fear or a near miss ("when we
      // drop the ball", "had we botched it", "we nearly messed up", "we'd have botched it").
      { re: String.raw`(?<=\bwe )(?:really |completely |totally |royally |badly |clearly |just |simply )?(?:(?:screwed|messed|fucked|cocked|mucked) (?:(?:it|this|that|things|everything) )?up|dropped the ball|botched|blew it)`, notPrecededBy: String.raw`\b(?:if|when|whenever|unless|once|in case|had|worried|afraid|scared|feared|fear|think|thought|felt|feel)\s+we\s*$` },
      // (slang a tool is said to do too, so a known person or role only: "Dependabot borked the lockfile")
      { re: String.raw`bungled?|bork(?:ed|s)|flubb(?:ed|s)`, target: 'subject' },
      // "the operator made a typo" — pronouns left out: "once they've made a mistake" is usually generic
      { re: String.raw`made (?:a|an|another|one|two|several|some|the same|a few|multiple) (?:[\w-]+ )?(?:mistakes?|errors?|typos?|blunders?|slips?)`, target: 'subject', who: ['name', 'handle', 'role'] },
      // (not a blunder that software set up: "Clunky software and a cluttered screen contributed to the blunder")
      { re: String.raw`(?:fuck|screw|cock|balls|f\*+k)-?ups?|blunders?|massive fail`, negatable: true, notPrecededBy: String.raw`\b(?:software|screens?|ui|interface|design|dialog|tool|tooling|process|system|form|button|layout|menu|label|setup|config)\b[^.;!?]{0,40}\b(?:contributed to|led to|set up|invited|enabled|made possible|paved the way for)\s+(?:the |this |that |a |such a )?(?:[\w-]+ )?` },
      { re: String.raw`responsible for (?:{DET} |causing (?:{DET} )?)?(?:(?:[\w-]+ )?{BADTHING}|(?:lost|deleted|missing|leaked|corrupted|exposed|wrong|duplicated|stolen) [\w-]+)`, target: 'subject', who: INDIVIDUALS },
      // a person as the actor of a change made the unsafe way: "the contractor ran the script
      // against the live DB instead of the backup", "Tunde applied the change without review"
      {
        re: String.raw`(?:ran|run|applied|approved|pushed|deployed|merged|typed|entered|set|provisioned|copied|imported|ported|loaded|went live|go live|going live|cut over|restarted|rebooted|removed|deleted|dropped|executed|changed|edited|signed off(?: on)?|added|installed|upgraded|shipped|released|gave|granted|disabled|enabled|turned off|switched off|rolled out)\b(?![^.;:!?]{0,80}?\b(?:that|which) (?:the |a |an |our |its )?(?:[\w-]+ )?(?:tool|system|script|cli|api|service|server|pipeline|validator|form|ui|interface|job|database|console|software|platform|program)s? [a-z]+ed without)[^.;:!?]{0,80}?(?:\bw/o\b|\b(?:without(?! (?:any |an? |the )?(?:downtime|interruption|impact|incident|issues?|problems?|errors?|data loss|a hitch|disruption|customer impact))|instead of|in place of|despite|where [\w' ]{1,20} belonged))`,
        target: 'subject',
        personal: true,
        who: [...INDIVIDUALS, 'group'],
      },
      // something unsafe left behind by a person: "left the remote-access server open"
      {
        re: String.raw`left (?:{DET} )?(?:[\w-]+ ){0,4}(?:open|exposed|unpatched|unlocked|unencrypted|unprotected|switched on|turned on|enabled|empty|blank|at (?:its|their) defaults?)`,
        target: 'subject',
        personal: true,
        who: [...INDIVIDUALS, 'group'],
      },
      // a person singled out as the one who wrecked something
      { re: String.raw`(?:wipe[sd]?|wiping|broke|breaks|erased?|erases|erasing|nuked?|nukes|destroy(?:ed|s)?|trashed|brought down|brings down|knocked out|knocks out|blew away)`, target: 'subject', who: INDIVIDUALS, notFollowedBy: String.raw`(?:in|into)\b`,
        // "if an intern can wipe prod" is about what the system allows
        notPrecededBy: String.raw`\b(?:can|could|would|might|may)` },
    ],
  },
  'non-compliance': {
    message: '"{match}" frames the event as a rule broken; it hides why the rule was hard to follow.',
    suggestion: 'Ask what made the runbook or process hard to follow at that moment, and what people did instead and why.',
    phrases: [
      { re: String.raw`(?:did not|didn't|failed to|refused to|chose not to|neglected to|forgot to|does not|doesn't|never|not) follow(?:ing)?`, target: 'subject', supersedes: ['failed-to'], personal: true },
      { re: String.raw`(?:ignor|disregard|violat|bypass|circumvent|skipp|deviat)(?:ed|ing|es|s|e)? (?:from )?(?:{DET} )?(?:[\w'-]+ ){0,4}{PROCESS}`, target: 'subject', personal: true },
      { re: String.raw`{PROCESS}(?: (?:step|section|item|stage|check) [\w.]+)?(?: (?:was|were|had been|has been|have been|is|are)(?: {ADV})? (?:not followed|ignored|bypassed|skipped|violated|disregarded|circumvented|omitted)| (?:not followed|skipped))`, target: 'agent', explained: true },
      // a safety step left out, card style: "Canary skipped", "code review waived"
      { re: String.raw`{START}(?:the )?(?:canary|canaries|canary stage|code review|peer review|review|tests|testing|backup|backups|checks|staging|dry run|dry-run|sign-?off|approval|rollback plan)(?: (?:was|were|had been|got))? (?:skipped|bypassed|waived|not (?:done|run|followed))(?=\s*(?:$|[.(,;:!-]|by\b|to\b|again\b|because\b))`, target: 'agent', explained: true },
      { re: String.raw`(?:without|w/o) (?:(?:waiting for|getting|seeking|obtaining|asking for) )?(?:a |any |the )?(?:proper |prior |formal |the required |required |needed |necessary |peer |code |adequate |sufficient )?(?:review|approval|sign-?off|testing|permission|authori[sz]ation|a second pair of eyes|ci|green ci|(?:a )?green build|tests|(?:a |any )?(?:rollback|backout|back-out|roll-back) plan|a canary|a backup|(?:an? )?(?:id|identity|caller) (?:check|verification)|verification|verifying (?:the )?(?:caller|identity)|(?:a )?call-?back|checks?|scrutiny|vetting|due diligence|a second (?:look|glance)|a (?:proper |closer )?look)\b(?! (?:[\w-]+ )?(?:failing|failed|firing|fired|lost|flagging))`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, notPrecededBy: String.raw`(?:^|[.!?]\s+)(?:let|allow|permit|authori[sz]e|empower|enable)\b[^.;!?]*` },
      // "pushed to master without running the tests"
      { re: String.raw`(?:without|w/o) (?:first |even |properly |actually )?(?:telling|asking|checking|double-checking|reading|running|testing|reviewing|consulting|informing|notifying|verifying|looking(?: at| into)?|following|thinking|confirming|ensuring|completing|securing|obtaining|waiting|opening|investigating|backing up|getting (?:approval|sign-?off|permission))`, target: 'subject', who: INDIVIDUALS, personal: true,
        // a capability, not an act: "lets on-call engineers fail over without consulting the DBA"
        notPrecededBy: String.raw`\b(?:tool|system|policy|process|console|pipeline|platform|feature|it|this) (?:lets|allows|enables|permits)\b[^.;!?]{0,40}|\b(?:can|may|(?:are|is) (?:now )?(?:allowed|able|empowered) to) [\w-]+(?: [\w-]+){0,3}` },
    ],
  },
  punishment: {
    message: '"{match}" is a punishment or a person-level fix; it will not stop the next person in the same situation.',
    suggestion: 'Propose a system change instead: a guardrail, an automation, a check, a safer default.',
    phrases: [
      // not "was not disciplined", "were never punished": that no one was punished is no punishment
      { re: String.raw`(?:be|been|being|is|was|were|are|get|got|gets|getting|gotten)(?: (?!not\b|never\b){ADV})? ["']?(?:fired|sacked|let go|dismissed|terminated|demoted|reprimanded|punished|written up|disciplined|coached|drilled)`, target: 'subject', who: [...INDIVIDUALS, 'group', 'generic'], negatable: true },
      // a title before an unknown name ("Chief executive Wendell Marsh was fired on Monday"): the
      // title says it is a person (a bare unknown name could be a job or a product: "Zorbix was terminated")
      { re: String.raw`(?<=\b(?:chief executive|chief (?:technology|operating|financial|information|technical|security) officer|ceo|cto|cio|cfo|coo|ciso|director|president|chairman|chairwoman|chair|founder|boss|head of [\w-]+|manager|engineer|technician|administrator|contractor|employee|official|executive),? [\w'-]+(?: [\w'-]+)?,? )(?:was|has been|had been) (?:fired|sacked|dismissed|let go|ousted|demoted|suspended)`, negatable: true },
      // "nobody should get fired over this" rejects the punishment it names
      { re: String.raw`(?:get|got|gets|getting|gotten) (?:fired|sacked|canned)`, negatable: true },
      { re: String.raw`(?:fire|fires|firing|sack|sacks|sacking|dismiss|dismissed|dismissing|terminate|terminated|demote|demoted|reprimand(?:s|ed|ing)?|punish(?:es|ed|ing)?|replace|replaced|replacing|oust|ousted|write up|writes up)`, target: 'object', who: INDIVIDUALS, notPrecededBy: String.raw`\b(?:the|a|an|its|their|his|her|our)|\bnot` },
      { re: String.raw`fired`, target: 'object', who: INDIVIDUALS },
      { re: String.raw`let (?<actor>him|her|them|(?:the )?[\w@.'-]+) go`, target: 'actor', who: INDIVIDUALS },
      { re: String.raw`disciplin(?:e|ed|ary)`, negatable: true, notPrecededBy: String.raw`(?:engineering|operational|software|process|financial|a|this) ` },
      { re: String.raw`disciplinary (?:process|action|hearing|proceedings|measures|steps|review|case|procedure|investigation)`, negatable: true },
      // "hold X accountable" — but not "the team holding the pager is responsible for …", nor an
      // organisation owning its failure ("the company held itself accountable and will refund …")
      { re: String.raw`(?:hold|holds|held|holding)(?! (?:itself|ourselves|myself|themselves) (?:fully |entirely )?(?:accountable|responsible)\b)(?: (?!(?:is|are|was|were|be|for)\b)[\w@'-]+){0,5} (?:accountable|responsible)` , notPrecededBy: String.raw`\b(?:not to|never to|refuse to|refused to|won't|will not|wouldn't|would not)` },
      { negatable: true, re: String.raw`re-?train(?:ed|ing|s)?|re-?brief(?:ed|ing|s)?|counsel(?:l?ed|l?ing)? and (?:re-?)?drill(?:ed)?|(?:re-?)?drill(?:ed)? and counsel(?:l?ed)?|re-?educat(?:e|ed|ing)|re-?certif(?:y|ied|ying)|(?:needs?|needed|more|better|additional|extra|mandatory|remedial|refresher) training|(?:needs?|needed|requires?|required|give(?: [\w-]+){1,3}?|send(?: [\w-]+){1,3}? (?:on|for)) (?:some )?(?:proper|basic|real) training|train(?: [\w-]+){0,2} better`,
        // "Retrain the forecasting model" is machine learning
        notFollowedBy: String.raw`(?:the |a |an |our |its |their )?(?:[\w-]+ ){0,3}(?:model|models|classifier|weights|embeddings|algorithm|baseline|predictor|detector)s?\b` },
      { re: String.raw`PIP|performance improvement plan`, caseSensitive: true },
      // the ops idioms for a firing offence: "a CV-generating event", "a career-limiting move"
      { re: String.raw`(?:cv|resume|r\u00e9sum\u00e9)[- ]generating (?:event|move|moment)|career[- ](?:limiting|ending|changing) (?:move|event|mistake|moment)`, negatable: true, notPrecededBy: String.raw`\b(?:felt|feel|feels|feeling|seen|seem|seems|worry|worried|worries|fear|fears|afraid)\b[^.;!?]{0,40}` },
      // "Whoever the lawyer was that settled for so little should be fired": the subject is too far
      // from the verb for the subject search of the first pattern (a lookbehind, so that only the
      // punishment itself is marked)
      { re: String.raw`(?<=(?:^|[.!?]\s{1,3})whoever\b[^.;!?]{0,120}?\b(?:should|needs? to|must|ought to|deserves? to) (?:be )?)(?:fired|sacked|let go|disciplined|punished|written up|named and shamed)`, negatable: true },
      // "Put Kevin on a performance plan", "was placed on a formal performance plan"
      { re: String.raw`(?:on|onto) (?:a |an )?(?:formal |written )?performance (?:improvement )?plan` },
      { re: String.raw`los(?:e|es|ing|t) (?:his|her|their|your|my|a) (?:job|jobs|position|role|head)|(?:consider|considering) (?:his|her|their) position|heads? (?:will|would|could|should|must|need to|have to|are going to) roll|should resign|must resign`, negatable: true },
    ],
  },
  'single-cause': {
    message: '"{match}" implies a single cause; incidents come from several contributing factors.',
    suggestion: 'List contributing factors (there is never just one) and how they combined.',
    phrases: [
      { re: String.raw`root[- ]causes?|the (?:primary|main|underlying|real|actual|true|ultimate) cause|the cause`, contexts: ['card', 'factor', 'action'] },
      // in prose a factual "the root cause was a burst of writes" is common; flag it when it is pinned on a person
      { re: String.raw`(?:the )?(?:root|primary|main|underlying|real|actual|true|ultimate) cause`, contexts: ['document'], target: 'sentence', negatable: true },
      { re: String.raw`the (?:sole|only|single|one) (?:root )?cause` },
      { re: String.raw`(?:is|was) (?:the (?:only |real )?reason )?why (?:this|it|the outage|the incident|all this) happened`, target: 'sentence' },
    ],
  },
  'who-question': {
    message: '"{match}" looks for a person to answer for the event, which makes people defensive.',
    suggestion: 'Ask how the work was done instead: "how does approval work for this change?", "what were you seeing when …?"',
    phrases: [
      {
        re: String.raw`(?:{START}|\b(?:so|and|but) )who(?: (?:exactly|actually|even|else))? (?:pushed|approved|merged|deployed|broke|wrote|caused|made|ran|changed|did|signed off|reviewed|missed|forgot|touched|shipped|released|clicked|typed|let|allowed|is responsible|was responsible|was on[- ]call|dropped|looks at|looked at|thinks|thought|decided|decides|figured|lets|allows|signs off|pressed|hit|okayed|ok'd|greenlit|greenlighted)`,
        question: true,
      },
      // asking why a person *had* access is a question about permissions, not a demand for a culprit
      { re: String.raw`why (?:did|didn't|would|wouldn't|couldn't|hadn't|weren't|wasn't|on earth did|the hell did) (?<actor>[\w@.'-]+(?: [\w-]+)?)`, target: 'actor', who: [...INDIVIDUALS, 'group'], notFollowedBy: String.raw`(?:even |ever |still )?(?:have|had|get|need)\b` },
      // a role named by two words: "Why did the migration lead approve …?"
      { re: String.raw`why (?:did|didn't|would|wouldn't|couldn't) (?<actor>(?:the|our|their|your|that|this) [\w-]+ [\w-]+) (?!(?:even |ever |still )?(?:have|had|get|need)\b)[a-z]+`, target: 'actor', who: [...INDIVIDUALS, 'group'], question: true },
      { re: String.raw`how (?:was it possible for|is it possible for|was it that|come) (?<actor>[\w@.'-]+(?: [\w-]+)?)`, target: 'actor', who: [...INDIVIDUALS, 'group'] },
      { re: String.raw`how (?:could|can|would) (?<actor>[\w@.'-]+(?: [\w-]+)?) (?:not|possibly|even|ever|fail|miss|forget|ignore|have)`, target: 'actor', who: [...INDIVIDUALS, 'group'] },
      { re: String.raw`how (?:could|can) (?<actor>you|he|she|they)`, target: 'actor', who: INDIVIDUALS, question: true },
      { re: String.raw`what (?:was|were|is|are) (?<actor>[\w@.'-]+(?: [\w-]+)?) (?:even )?thinking`, target: 'actor', who: INDIVIDUALS },
      { re: String.raw`how (?<actor>you|he|she|they|anyone) (?:could|would|can)(?: {ADV})? (?:not|possibly|mistakenly|ever|even)`, target: 'actor', who: INDIVIDUALS },
      // the culprit asked for by role: "which engineer was at the keyboard?", "which genius at the
      // utility thought …"; not a relative clause ("a culture in which contractors were …", "…,
      // which the operator believed …")
      { re: String.raw`which (?!(?:the|a|an|it|they|we|he|she)\b)(?:[\w-]+ )?(?:engineers?|operators?|person|people|employees?|technicians?|techs?|admins?|administrators?|developers?|devs?|staffers?|clerks?|controllers?|dispatchers?|agents?|contractors?|managers?|interns?|genius|geniuses|idiots?|clowns?|muppets?|numpties|numpty|bright sparks?) (?:was|were|is|at|on|in|from|thought|decided|approved|pushed|clicked|signed|ran|did|forgot|missed|let|allowed|made|typed|pressed|hit|deployed|shipped|broke)\b`, question: true, negatable: true, notPrecededBy: String.raw`(?:\b(?:in|of|on|at|by|for|from|with|to|under|through|during|after|before|about|into|upon|shows?|showing|see|sees|know|knows|tell|tells|ask|asks|record|records|log|logs|check|confirm|list|lists)|,|\b(?:keep|keeps|kept|stop|stopped|quit|don't|do not|never) ask(?:ing)?)\s*` },
      // whose signature is on it, asked of a failure: "so whose name is on the change ticket?"
      { re: String.raw`whose (?:name|signature|initials|login|badge|fingerprint)s?(?: (?:is|was|are|were)|'s) (?:on|all over)`, question: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:doesn't matter|does not matter|is irrelevant|rota|next week|cover)\b` },
      // the culprit demanded: "lawmakers demanded to know who was responsible", "questions are being asked about who authorised the run"
      { re: String.raw`(?:(?:demand(?:s|ed|ing)?|want(?:s|ed)?) to know|questions? (?:(?:are|were|is|was|have been|has been|now|being|will be) )*asked (?:about|over|as to)) who (?:exactly )?(?:(?:was|were|is) (?:responsible|to blame|at fault|behind (?:it|this|that|the [\w-]+))|caused|broke|authori[sz]ed|let|allowed)\b`, negatable: true },
    ],
  },
  minimising: {
    message: '"{match}" minimises the work; what looks easy in hindsight was not easy at the time.',
    suggestion: 'Drop the word and describe the actual effort and steps involved.',
    phrases: [
      { re: String.raw`all (?<actor>[\w@.'-]+(?: [\w-]+)?) (?:had|needed|has|needs) to do (?:was|is)`, target: 'actor' },
      // the effort counted down in hindsight: "all that was required was a single renewal
      // command", "would have taken one click", "nothing more than a glance … was needed"
      { re: String.raw`all (?:that )?(?:was|were|would have been|would've been) (?:needed|required|necessary)|all it (?:took|would have taken|would've taken|needed) (?:was|is)|(?:would have|would've) (?:taken|required|needed|cost) (?:(?:him|her|them|you|anyone|the [\w-]+) (?:only |just |all of |literally )?(?:one|a single|a|two|five|ten|thirty|\d+)|(?:only|just|literally) (?:one|a single|a|two|five|ten|thirty|\d+)|one|a single|a) (?:click|second|minute|keystroke|command|line|phone call|call|glance|look|check)s?\b`, negatable: true, notPrecededBy: String.raw`\b(?:with the new|now|since|after the (?:fix|patch|change))\b[^.;!?]*`, notFollowedBy: String.raw` to (?:restore|recover|fix|mitigate|rebuild|bring)\b|[^.;!?]{0,60}\b(?:if (?:the|it|there)|but the|had the|which is why we)\b|[^.;!?]{0,60}\band (?:the |a |an )?(?:[\w-]+ ){0,2}(?:did|done|managed|had it done)\b` },
      { re: String.raw`(?:just|simply|merely|only) (?:had|needed|has|needs|have|need) to`, target: 'subject', who: INDIVIDUALS },
      { re: String.raw`(?:it's|it is|it was|it would have been|it should have been|it'd have been) (?:so |really |very |pretty |super |quite |perfectly )?(?:easy|trivial|simple) to (?:avoid|prevent|catch|check|fix|spot|notice|see|test|verify|follow|read|roll back|revert)` },
      { re: String.raw`(?:just|simply|merely|basically|trivially) (?!(?:want|wanted|meant|thought|felt|went|got|kept|impressed|amazed|curious|surprised|asked|wondered|tired|exhausted|relieved)\b)(?<verb>[a-z]+(?:ed|t)|ran|did|went|made|hit|put|set|let|read|saw|took)`, target: 'subject', who: INDIVIDUALS, verbGroup: true },
    ],
  },
  'person-owner': {
    message: 'Action items are owned by a team or role, never a named individual ("{match}").',
    suggestion: 'Use the owning team or role, e.g. "SRE team" or "on-call engineer".',
    phrases: [],
  },
  'person-fix': {
    message: '"{match}" is a person-level fix; it relies on people trying harder instead of changing the system.',
    suggestion: 'Change the system instead: add a guardrail, confirmation, automation, check or safer default.',
    phrases: [
      { re: String.raw`be (?:more |extra |very |much more |a bit more )?(?:careful|vigilant|attentive|diligent|cautious|thorough|mindful)|(?:more|extra) (?:careful(?:ly)?|vigilant(?:ly)?|attentive(?:ly)?|diligent(?:ly)?|cautious(?:ly)?)`, negatable: true },
      // training as the fix: "Run anti-phishing training for support staff", "have the
      // developers take a secure-coding course"
      { re: String.raw`(?:training|trainings|course|courses|workshop|workshops|refresher|class|classes|(?:awareness|training|e-?learning|compliance) modules?)(?: (?:compulsory|mandatory|required|obligatory))? for (?<actor>(?:{DET} |all )?(?:[\w-]+ ){0,2}@?[\w-]+(?:\.[\w-]+)*)`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'] },
      { re: String.raw`(?:take|takes|attend|attends|complete|completes|sit|redo|retake|resit|re-sit|re-take)(?: (?:a|an|the|some|more|extra|mandatory|another))?(?: [\w-]+){0,2} (?:course|courses|training|class|workshop|refresher|exam|exams|quiz)` },
      { re: String.raw`exercis(?:e|ed|ing) (?:more|greater|extra|additional|due|proper) (?:care|caution|diligence)|take (?:more|extra|better|greater) care|pay (?:more |closer |better |extra |proper )?attention|(?:try|work) harder` },
      // a rule restated at people as the fix: "Night shift must follow the escalation policy"
      { re: String.raw`(?:must|needs? to|have to|has to|will) (?:always |strictly |now |from now on )?(?:follow|stick to|adhere to|comply with|obey|read) (?:{DET} )?(?:[\w-]+ ){0,2}{PROCESS}`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
      // care demanded of whoever types: "slow down and read what you type", "think before you
      // hit enter", "look twice before you paste"
      { re: String.raw`{START}(?:just |please |so )?slow down and|(?:think|look|check|pause)(?: twice)? before (?:you|they|people|anyone|engineers) (?:hit|press|type|run|paste|click|push|deploy)|(?:read|check|double-check|look at) (?:[\w-]+ ){0,3}(?:back |again |twice |over )?before (?:you|they|people|anyone|engineers) (?:hit|press|type|run|paste|click|push|deploy)|(?:read|check|double-check|look at) what (?:you|they) (?:type|paste|run|copy)`, negatable: true },
      { re: String.raw`remind(?:s|ed|ing)?`, target: 'object', who: [...INDIVIDUALS, 'group', 'generic'], notPrecededBy: String.raw`\b{REMINDER} (?:now |also |automatically |then |will |would |should )?` },
      // an order to remind is an order about people, whatever they are called: "Remind the data
      // coordinator to get sign-off"
      { re: String.raw`{START}(?:please )?remind (?:{DET} |all |every )?(?:[\w'-]+ ){0,3}?(?<!\b{REMINDER} )(?:to|that|about|of)\b` },
      // "… get people to tell you the truth": an infinitive, not an order
      // (not a warning the tool gives when something happens: "Warn operators before a
      // destructive command runs", "tell on-call when the backup job fails")
      { re: String.raw`(?:tell|warn|instruct|coach|educate|talk to|speak to|speak with|have a word with|have a chat with)`, target: 'object', who: INDIVIDUALS, notPrecededBy: String.raw`\bto`, notFollowedBy: String.raw`(?:me|us)\b|(?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ (?:before|when|whenever|if|as soon as) (?:(?:a|an|any|each|every|the|its) )?(?:[\w-]+ ){0,2}?(?:command|job|query|script|deploy|deployment|migration|operation|request|release|rollout|backup|restore|certificate|cert|disk|quota|threshold|build|alert|check|test|pipeline|cron|usage|load|latency|cpu|memory|queue|lag|traffic|error rate|space)s? (?:runs?|is run|executes?|is executed|starts?|fails?|expires?|fills?|is about to|will|goes|crosses|exceeds|reaches|drops|hits|breaks?|times out)\b` },
      { re: String.raw`(?:don't|do not|never|not) (?:let|allow) (?:this|it|that) (?:to )?happen (?:again|a second time|twice)` },
      // sending a person to be trained: "Send Esra on a refresher course", "enrol the night
      // shift in the change-management class"
      { re: String.raw`(?:send|put|enrol|enroll|sign up|book) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+)(?: who [^.;!?]{1,40}?)? (?:on|for|in|into|onto|to|through) (?:a |an |the |another |some )?(?:[\w'/-]+ ){0,3}(?:course|training|class|workshop|refresher|bootcamp)`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
      // taking access away from a person as the fix: "revoke Okonkwo's production access",
      // "remove console access from the engineer involved", "restrict the junior dev to read-only"
      { re: String.raw`(?:restrict|revoke|remove|suspend|limit|pull|downgrade|strip) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.-]+)'s (?:(?:production|prod|admin|root|console|write|deploy|merge|database|shell|ssh|sudo|cloud|network|vpn|api|change|release|badge|door|site|building|physical) ){0,2}(?:access|permissions?|rights|privileges|keys|credentials)\b`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
      // … from a named person, or from the one person involved ("from the engineer involved");
      // not offboarding ("remove access for departed employees")
      { re: String.raw`[Tt]ake away (?:their|his|her|the [\w-]+'s|[A-Z][\w'-]+'s) (?:[\w-]+ ){0,2}(?:access|rights|permissions|keys|privileges|credentials)`, caseSensitive: true },
      { re: String.raw`(?:[Rr]estrict|[Rr]evoke|[Rr]emove|[Ss]uspend|[Pp]ull|[Ss]trip) (?:[\w-]+ ){0,2}(?:access|permissions?|rights|privileges) (?:from|for) (?<actor>@[\w.-]+|[A-Z][a-z][\w'-]*|the (?:[a-z-]+ )?[a-z-]+(?=\s*(?:$|[.,;!?]|(?:involved|responsible|who|on|in|at|until|for)\b)))`, target: 'actor', who: ['name', 'handle', 'role'], personal: true, caseSensitive: true },
      { re: String.raw`(?:restrict|limit|downgrade|demote) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+) to (?:read-only|read only|view-only|supervised)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
      // reporting a person upwards: "escalate Fionnuala's behaviour to HR", "report the
      // contractor to their manager"
      { re: String.raw`(?:report|escalate|refer) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+?)(?:'s (?:behaviou?r|conduct|actions?|mistakes?|performance))? to (?:hr|human resources|management|(?:his|her|their) (?:line )?(?:manager|managers|boss|bosses)|legal|the board)\b`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
      // people asked to be more diligent: "Ask reviewers to read PRs line by line", "Make
      // everyone retype rm commands", "Tell engineers to keep their machines patched"
      {
        re: String.raw`(?:ask|tell|remind|make|get|have|encourage|instruct) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w-]+)(?: to)? (?:always |carefully |properly |manually |personally |also )?(?:double-check|triple-check|check|re-?check|read|re-?read|review|vet|verify|remember|retype|re-?type|pay|watch|confirm|think|slow|follow|stick)\b`,
        target: 'actor',
        who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'],
      },
      // … and asked to speak up or to check, however long their name: "Tell the vendor's load team to
      // check for duplicates", "Ask DBAs to announce failovers", "Ask maintainers to please keep …"
      {
        re: String.raw`(?:ask|tell|remind|instruct) (?<actor>(?:{DET} )?(?:[\w'-]+ ){0,2}[\w-]+) to (?:please |always |carefully |properly |manually |personally |also )?(?:double-check|triple-check|check|re-?check|read|re-?read|review|vet|verify|remember|confirm|announce|escalate|declare|notify|inform|warn|wait|pause|keep|get (?:sign-?off|approval|a second)|seek (?:sign-?off|approval))\b`,
        target: 'actor',
        who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'],
      },
      // people told to be quicker or better next time: "Tell crew schedulers to escalate
      // sooner", "Make the producers accept ops' numbers next time"
      { re: String.raw`{START}(?:tell|ask|remind|instruct|get|make|have|encourage|require|push) (?<actor>(?:the |all |our |their )?(?:[\w'-]+ ){0,2}[\w'-]+) (?:to )?[\w-]+\b[^.;!?]{0,60}?\b(?:sooner|faster|earlier|quicker|more (?:quickly|carefully|promptly|often|closely)|next time|in future|in the future|going forward|from now on)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'], personal: true },
      // "Ensure support staff remember never to share credentials over the phone", "Ensure the night
      // supervisor stops the lines once …", "Ensure duty managers declare a major incident within …"
      { re: String.raw`(?:ensure|make sure) (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) (?:always |promptly |personally |immediately )?(?:remembers?|knows?|understands?|(?:is|are) aware|stays? alert|stays? vigilant|double-checks?|reads?|stops?|escalates?|declares?|announces?|notif(?:y|ies)|informs?|calls?|waits?|pauses?|raises?|reports?|follows?|confirms?|verif(?:y|ies)|checks?|watches|watch|questions?|benchmarks?|reviews?)\b(?![^.;!?]{0,12}\b(?:has|have|gets?|receives?|can)\b)`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'], personal: true },
      // people made to sign, kept away, sent to learn: "Make the deploy technician sign a checklist",
      // "Keep the intern away from the production list", "Get the data team to learn Excel's row
      // limits", "Get Dmitri to load-test it himself", "asking the LoanDesk team to read labels carefully"
      { re: String.raw`(?:make|get|have) (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) (?:to )?(?:sign(?! off)|initial|countersign|attest|certify|learn|study|memori[sz]e|brush up on|resit|re-sit|retake|re-take)\b`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'], personal: true },
      { re: String.raw`keep (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) away from\b`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
      { re: String.raw`{START}(?:get|make|have|ask|tell|let) (?<actor>(?:{DET} )?(?:[\w-]+ ){0,2}[\w-]+) (?:to )?[\w-]+\b[^.;!?]{0,60}?\b(?:himself|herself|themselves|personally)\b`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
      { re: String.raw`(?:asking|telling|reminding|instructing|urging) (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) to (?:[\w-]+ ){0,4}?(?:carefully|more carefully|properly|twice|again|closely)\b`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'], personal: true },
      { re: String.raw`(?:make|get|have|ask) (?<actor>(?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+) (?:to )?explain (?:to [\w ]{1,30} )?why`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
      // one person watched, talked to or held back: "Add a second engineer to watch over Bilal",
      // "Schedule a conversation with Dale about following the checklist", "Stop letting Dmitri
      // merge WAF rules", "Ask Camille not to run the script unless …", "Refresh the DBA team on
      // the importance of …"
      { re: String.raw`(?:watch over|supervise|babysit|keep an eye on|look over (?:the )?shoulder of|chaperone) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
      { re: String.raw`(?:conversation|talk|chat|word|1:1|one-on-one|sit-down) with (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+) (?:about|on|regarding|re)\b`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
      { re: String.raw`(?:stop|quit) (?:letting|allowing) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
      { re: String.raw`{START}(?:instruct|tell|remind) (?:[\w'-]+ ){1,3}to (?:comply|obey|adhere|stick) (?:with|to)\b` },
      { re: String.raw`(?:ask|tell|remind|instruct|brief|re-?brief|warn) (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+) (?:not|never) to`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
      { re: String.raw`(?:refresh|brief|re-?brief|educate|remind|lecture|talk to|speak to)\b[^.;!?]{0,40}?\b(?:on|of|about) the importance of` },
      // a person set to watch people: "Add a second pharmacist to watch the queue on weekend nights",
      // "Pair new contractors with a senior tech for their first visits"
      { re: String.raw`(?:add|assign|station|post|put|have) (?:a second|another|an extra|an additional|a senior|an experienced) (?<actor>(?:[\w-]+ ){0,2}?[\w-]+) (?:to|who will) (?:watch|monitor|oversee|supervise|observe|double-check|check over|look over|stand over)\b`, target: 'actor', who: ['role', 'group'] },
      { re: String.raw`(?:put|place|sit|seat|add) (?:a second|another|an extra|a senior) (?<actor>(?:[\w-]+ ){0,2}?[\w-]+) (?:next to|beside|alongside|behind|with) (?:whoever|the person|each|every|anyone)\b`, target: 'actor', who: ['role', 'group'] },
      { re: String.raw`(?:a second|another|an extra) (?<actor>(?:[\w-]+ ){0,2}?[\w-]+) (?:to )?(?:watch(?:es)?|shadows?|sits? with|looks? over|checks? over|stands? over)(?: over)? (?:the shoulder|whoever|the person|each|every|them|him|her)\b`, target: 'actor', who: ['role', 'group'] },
      { re: String.raw`pair (?<actor>(?:{DET} |all |every )?(?:new |junior |newer )?(?:[\w-]+ ){0,2}?[\w-]+) with (?:a |an )?(?:senior|experienced|more experienced|veteran|seasoned)\b`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'] },
      // a message at people as the fix: "Reinforce with field techs that a label is not enough",
      // "Email all students a reminder about reply-all", "a refresher session for finance IT"
      { re: String.raw`(?:reinforce|reiterate|re-?emphasi[sz]e|stress|emphasi[sz]e|drive home) (?:with|to) (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) (?:that|the need|the importance|how)\b`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'] },
      { re: String.raw`(?:send|email|e-mail|give|issue) (?<actor>(?:{DET} |all |every )?(?:[\w-]+ ){0,2}?[\w-]+) (?:a |another )?(?:reminder|refresher|warning|nudge)s?\b`, target: 'actor', who: ['name', 'handle', 'role', 'group', 'generic'], notPrecededBy: String.raw`\b(?:bot|job|alert|system|tool|automation|monitoring|pipeline|cron|script)\b[^.;!?]{0,20}\bto`, notFollowedBy: String.raw`[^.;!?]{0,20}\bbefore (?:each |every |the )?(?:expiry|renewal|deadline)` },
      { re: String.raw`(?:refresher|re-?training|remedial|awareness)(?: [\w-]+)? (?:session|sessions|module|modules|programme|program|briefing|briefings) for (?<actor>(?:{DET} |all )?(?:[\w-]+ )?[\w-]+)`, target: 'actor', who: ['role', 'group', 'generic'] },
      // vigilance asked on every instance: "Shift engineers must announce every restart", "Recon
      // analysts to eyeball payout totals every hour", "Mwangi and Achieng to review … on every PR"
      { re: String.raw`(?<act>must|should|needs? to|have to|has to|(?<=\w )to) (?:always |manually |personally |also |together )?(?<verb>announce|eyeball|double-check|check|re-?check|review|verify|confirm|watch|monitor|read|inspect|sign off|look at|call out|ring|phone)\b(?=[^.;!?]{0,50}\b(?:every|each|all|any) (?:[\w-]+ )?(?:time|hour|day|night|shift|restart|change|deploy|deployment|release|push|pr|merge|run|batch|failover|upgrade|rollout|cutover|migration|job|shipment|list|grade|order|payment|entry|file|ticket|alert|page|plan)s?\b)`, target: 'subject', who: ['name', 'handle', 'role', 'group'], personal: true,
        // (a second pair of eyes is a control, not vigilance: "Require a second officer to confirm before any live alert")
        notPrecededBy: String.raw`\b(?:second|another|two|independent|separate|different)\s+(?:[\w-]+\s+){0,2}[\w-]+` },
      // people kept within reach as the fix: "VPs to keep their phones on", "Have branch managers reachable
      // by phone every weekend"
      { re: String.raw`keep (?:their|his|her) (?:phones?|pagers?|laptops?) (?:on|charged|within reach|nearby|close)|{START}have (?:the |all |our )?(?:[\w-]+ )?(?:managers?|leads?|engineers?|staff|vps?|execs?|owners?|directors?|supervisors?) (?:reachable|contactable|available) (?:by phone|at all times|every|around the clock)` },
      // "Ensure schedulers keep closer watch on crew status"
      { re: String.raw`(?:keep|keeps|keeping|kept) (?:a )?(?:closer|close|better|more careful|careful|sharper) (?:watch|eye|track)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'] },
      // care asked of people as the fix: "Admissions staff must double-check the recipient list",
      // "Jonas personally verifies backups every Friday", "Take prod access away from interns"
      { re: String.raw`(?:must|should|will|needs? to|have to|has to) (?:always |carefully |manually |personally )?(?:double-check|triple-check|re-?check|manually check|proof-?read|eyeball)`, target: 'subject', who: ['name', 'handle', 'role', 'group'], personal: true },
      { re: String.raw`personally (?:verif|check|review|approv|sign|test|confirm|watch|monitor|inspect)\w*`, target: 'subject', who: ['name', 'handle', 'role'], personal: true },
      { re: String.raw`take (?:[\w-]+ ){0,2}(?:access|rights|permissions|keys|privileges|credentials) away from (?<actor>(?:{DET} )?(?:[\w-]+ )?[\w@.'-]+)`, target: 'actor', who: ['name', 'handle', 'role', 'group'], personal: true },
    ],
  },
  'vague-action': {
    message: '"{match}" is a vague verb: nobody can tell when this action is done.',
    suggestion: 'Name a concrete, checkable outcome, e.g. "Add an alert when replication lag exceeds 30 s".',
    phrases: [],
  },
  'blame-framing': {
    message: 'This sentence reads as putting the failure on a person rather than on the conditions they worked in.',
    suggestion: 'Describe what happened and what made it likely: the signals, tools, pressures and defaults involved.',
    phrases: [],
  },
};

/**
 * Phrase groups kept in their own files, one kind of blame each: reported attribution and
 * consequences, contempt and hindsight without the classic keywords, people as the actors of
 * risky acts, people put under watch. Appended to the rules they belong to.
 */
for (const extra of [ATTRIBUTION, CONTEMPT, ROLE_ACTS, SUPERVISION]) {
  for (const [rule, phrases] of Object.entries(extra) as Array<[Rule, PhraseSpec[]]>) RULE_DATA[rule].phrases.push(...phrases);
}

/** The order rules are listed in when two findings start at the same place. */
export const RULE_ORDER: Rule[] = Object.keys(RULE_DATA) as Rule[];
