/**
 * A person put under watch or on record instead of the system being changed: shadowed,
 * escorted, sat beside, raised in their 1:1 for a failing, reported to their manager, told to
 * "actually" do their job, made to get someone's sign-off. These are person-level fixes
 * (BLAMELESS.md §2) whether they come as an action item or as a sentence in a post-mortem.
 * Merged into RULE_DATA by rules.ts.
 *
 * Onboarding, safety and welfare policy look much the same ("New on-call engineers are shadowed
 * for their first two rotations", "Contractors must be escorted by site security", "Mention
 * Priya's calm incident command in her next review"): the patterns want one person, a failing,
 * or the watch itself as the fix.
 */
import type { Rule } from '../types.ts';
import type { HumanKind, PhraseSpec } from './rules.ts';

/** Someone who can be watched or reprimanded; "we" and "I" are the writers, not the target. */
const OTHERS: HumanKind[] = ['name', 'handle', 'pronoun', 'role', 'group'];
const ONE_PERSON: HumanKind[] = ['name', 'handle', 'pronoun', 'role'];

// what is done to one person kept under watch (singular verbs: a class of people shadowed for
// their first weeks is onboarding)
const WATCHED = String.raw`(?:shadowed|supervised|watched|escorted|babysat|chaperoned|double-checked|monitored)`;
// the records and meetings a reprimand goes into
const ON_RECORD = String.raw`(?:1:1|1-1|1-on-1|one-on-one|one to one|one-to-one|perf(?:ormance)? review|performance conversation|appraisal|annual review|(?:mid-year|end-of-year|year-end) review|hr file|personnel file|file)`;
// what a person did wrong, as a noun: the thing raised or reported has to be one
const FAILING = String.raw`(?:(?:repeated|constant|continued|recent) )?(?:(?:the|[\w-]+'s) (?:outage|incident)(?! (?:command|response|lead|management))|handling|(?:slow |late )?response|[\w-]+ expiry|expired [\w-]+|mistakes?|errors?|lateness|late [\w-]+|missed [\w-]+|skipped [\w-]+|slow [\w-]+|failures?|behaviou?r|conduct|lapses?|no-show|absence|unapproved [\w-]+|sloppy [\w-]+|careless [\w-]+)`;

export const SUPERVISION: Partial<Record<Rule, PhraseSpec[]>> = {
  'person-fix': [
    // a word with someone as the fix: "talk to Otieno about manual overrides", "have a chat with the
    // night operator about alarms"
    { re: String.raw`(?:talk|speak|have a (?:word|chat|talk|conversation)|have words|sit down) (?:to|with) (?<actor>@?[\w.'-]+|the (?!(?:[\w-]+ )?(?:teams?|squads?|groups?|departments?|vendors?|suppliers?)\b)[\w-]+(?: [\w-]+)?) (?:about|regarding|re:|re\b)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true, notFollowedBy: String.raw`\s*(?:how|what|which|why|whether|where|when|the timeline)\b|[^.;!?]{0,80}\bso (?:we|that|they|the)\b` },
    // an account demanded of a person: "get a written explanation from Sandeep", "personal incident
    // statement from Lucía"
    { re: String.raw`(?:(?:get|demand|require|request|obtain|collect)(?: an?)?(?: (?:written|formal|personal|signed))?|(?:written|formal|personal|signed)(?: incident)?) (?:explanation|statement|account|apology|justification|self-assessment)s? (?:of (?:events|what happened) )?from (?<actor>@?[\w.'-]+|the [\w-]+(?: [\w-]+)?)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true, notFollowedBy: String.raw`[^.;!?]{0,60}\bso (?:the|that|we)\b` },
    // a person as the check: "Stefan verifies personally", "hand-checked by Morag before release"
    { re: String.raw`personally (?:verif|check|approv|review|sign|test|confirm|inspect)\w*|(?:verif|check|approv|review|sign|test|confirm|inspect)\w*(?: (?:it|them|each one|every (?:[\w-]+ )?[\w-]+|off))? personally`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    { re: String.raw`(?:{START}|(?:gets?|must be|should be|will be|to be) )(?:personally |manually |hand-?|double-?|all )?(?:checked|verified|approved|reviewed|signed off|inspected) by(?= @?(?!(?:the|a|an|our|their|its|this|that|each|every|two|both|all|any|some|ci|automation)\b)[\w.'-]+\b)`, target: 'object', who: ['name', 'handle'], personal: true },
    // "Aino needs to learn to say no to go-live dates"
    { re: String.raw`(?:needs?|must|should) (?:to )?learn (?:to|how to)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], notPrecededBy: String.raw`\b(?:not|n't|never)\s*(?:have\s+)?` },
    // people told again, as an action item with no verb of its own: "DNS engineers to be reminded
    // that the fast lane is for emergencies only", "Contact-centre agents reminded that …", "Warning
    // officers to be told, in writing, to listen to the whole recording"
    {
      // (not people kept informed: "The DBA team to be told about schema changes in advance")
      // (nor an instruction told as what happened: "Branch staff instructed to wait for HQ")
      re: String.raw`(?:(?:to be |should be |must be |will be |are to be |be )?(?:reminded|warned|re-?briefed|spoken to)(?:,? (?:again|formally|in writing|once more|individually),?)? (?:that|to|of|about|on|not)|(?:to be |should be |must be |will be |are to be |be )(?:told|instructed)(?:,? (?:again|formally|in writing|once more|individually),?)? (?:that|to|not))\b`,
      target: 'subject',
      who: ['name', 'handle', 'role', 'group'],
      personal: true,
      notPrecededBy: String.raw`\b(?:was|were|had been|has been|is|are|when|after|once|who|which)`,
    },
    // care demanded of whoever does the work, as an owner's task that opens the item: "Field techs
    // to re-read the procedure before every upgrade", "Deploy staff to personally confirm the code is
    // on every host" (not a tool's purpose: "a preview step for operators to double-check their
    // changes", "a CI job to double-check checksums"; nor slowing down a rollout)
    {
      re: String.raw`(?<=^\s*(?:the |all |our )?(?:[\w-]+ ){0,3}[\w-]+ )(?<!\b(?:pipeline|ci|job|bot|tool|script|system|service|automation|workflow|check|cron|scanner|linter|hook|jobs|checks|bots|tools|scripts)s? )to (?:always |each |carefully )?(?:re-?read|double-check|double check|triple-check|re-?check|re-?verify|(?:personally|manually|visually|individually) (?:confirm|verify|check|test|review|inspect|sign off|look)|remember to|pay (?:closer |more |extra )?attention|be (?:more |extra )?careful|take (?:more |extra )?care|slow down(?! the))\b`,
      target: 'subject',
      who: ['name', 'handle', 'role', 'group'],
      personal: true,
    },
    // "Make it clear to hospital IT leads that ignoring an AV alert is not acceptable"
    { re: String.raw`make (?:it )?(?:clear|plain|known) to (?:the |all |our )?(?:[\w-]+ ){0,3}(?:leads|staff|engineers|team|teams|operators|agents|admins|managers|people|everyone|employees|developers|devs|technicians|techs|shift|shifts|crew|crews|rotation|on-call|contractors|vendors|[A-Z][a-z]+) that(?=[^.;!?]{0,80}\b(?:(?:is|are) not (?:acceptable|allowed|ok|okay|tolerated)|unacceptable|must|needs? to|have to|has to|no exceptions|will not be tolerated|won't be tolerated)\b)` },
    // behaviour ordered to stop: "Messaging team to stop ignoring flapping alerts", "Store-systems team:
    // stop scheduling maintenance on weekends. Full stop."; talks with each person: "follow up 1:1 with each engineer"
    { re: String.raw`\bstop (?:ignoring|skipping|bypassing|dismissing|silencing|muting|snoozing|cutting corners|rushing|winging it)\b|\bstop [a-z]+ing\b[^.;!?]{0,60}[.!]\s*full stop\b|(?:1:1|one-on-one|one-to-one|1-on-1)s? with (?:each|every|the|all the) (?:[\w-]+ )?(?:engineer|person|member|operator|developer|individual|approver|agent|tech)s?\b`, target: 'sentence', who: ['name', 'handle', 'role', 'group', 'generic'] },
    // "09:00 Reminder to Janssen: double-check sync targets", "Suspend building access for the contract staff involved"
    { re: String.raw`(?:[Rr]eminder|[Rr]etro item|[Nn]ote|[Tt]odo) (?:to|for) (?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Platform|Networking|Security|Infra|Ops|SRE|CAB|Finance|Legal|Facilities|Support|Procurement|Engineering|Product|Design|IT|QA|DBA|Data|Q\d)\b)[A-Z][a-z][\w-]*|him|her)\s*[:\u2013\u2014-]|[Rr]eminder (?:to|for) all (?:[\w-]+ )?(?:on-call|engineers|staff|devs|developers|admins|operators|sres?)\s*:\s*(?:read|check|double-check|follow|remember|don't|do not|always|never|please|stop)\b|[Ss]uspend (?:[\w-]+ ){0,4}access (?:for|of) (?:the |all )?(?:[\w-]+ ){0,2}(?:staff|engineers?|employees?|contractors?|people|individuals?|person|technicians?|operators?) (?:involved|responsible|concerned)\b`, caseSensitive: true },
    // "Brief all duty officers to read the template name aloud before sending" (not news to pass on: "brief the desk to notify customers")
    { re: String.raw`(?:brief|re-?brief) (?!(?:all |our |the )?(?:customers|users|clients|partners|merchants|the public|subscribers|members)\b)(?:the |all |our )?(?:[\w-]+ ){0,2}?[\w-]+ to (?:always |carefully )?(?:double-check|check|re-?check|read|re-?read|review|verify|confirm)\b` },
    // "Coach the on-call rotation on not dismissing the first page"
    { re: String.raw`(?:coach|mentor|counsel|lecture) (?:the |our |all )?(?:[\w-]+ ){0,2}(?:rotation|team|shift|crew|staff|engineers|operators|agents|admins|on-call|developers|devs|technicians|techs) (?:on|about) (?:not |never |always )?[a-z]+ing\b` },
    // a person's standing reviewed, not the system: "Review whether the L2 engineer met their
    // personal response-time obligations", "put the intern's access under manager review"
    { re: String.raw`(?:review|assess|investigate|check|establish|determine) (?:whether|how well|if) (?:the |our |each |every )?(?:[\w-]+ ){0,3}(?:engineer|admin|operator|technician|developer|employee|staff member|on-call|person|individual|agent|intern|contractor|approver|reviewer|signer|signatory)\b[^.;!?]{0,60}\b(?:met|performed|followed|did|lived up to|fulfilled) (?:their|his|her)\b|put (?:the )?(?!(?:ci|cd|bot|pipeline|service|system|job|app|tool)'s)[\w-]+'s (?:[\w-]+ ){0,2}(?:access|permissions|rights|account|work|commits|changes) under (?:manager |additional |closer |extra |senior |line-manager )?(?:review|supervision|monitoring|watch)\b` },
    // "Ensure the new hire is shadowed on every deploy", "make sure the field tech is escorted"
    {
      re: String.raw`(?<act>(?:is|are|gets|get|stays|stay|remains|remain|must be|should be|will be|to be|needs to be|need to be) (?:always |closely |properly |constantly |personally )?)${WATCHED}\b`,
      target: 'subject',
      who: OTHERS,
      personal: true,
      notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:as (?:described|per|required|set out)|per the|in line with|by (?:site |building )?(?:security|reception)|for (?:their|his|her) first|during (?:their |his |her )?onboarding|via|through the)`,
    },
    // "Raise Halvard's late handover in his next 1:1", "add a line to Ngozi's appraisal about the skipped check"
    {
      re: String.raw`(?:raise|raised|flag|flagged|mention|mentioned|bring up|brought up|note|noted|record|recorded|log|logged|add (?:a |this )?(?:note|comment|line)(?: about)?|document|documented|discuss|discussed)\b(?=[^.;!?]{0,80}?\b${FAILING}\b)[^.;!?]{0,50}?\b(?:in|to|on|at|into|during) (?<actor>his|her|[\w@.'-]+'s) (?:next |upcoming |annual |quarterly )?${ON_RECORD}`,
      target: 'actor',
      who: ONE_PERSON,
      personal: true,
      // a record kept in someone's favour
      notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:promotion|praise|recogni[sz]\w*|evidence for|credit|kudos)`,
    },
    // "Report the dispatcher's missed callback to her line manager"
    { re: String.raw`(?:escalate|escalated|report|reported|raise|raised|flag|flagged|take|took) (?:the |a )?(?<actor>[\w@.-]+)'s ${FAILING}[^.;!?]{0,30}?\bto (?:his|her|their|the) (?:line )?(?:manager|boss|supervisor|lead|skip-level|director)\b`, target: 'actor', who: ONE_PERSON, personal: true },
    // "One of us sits next to Bogdan for the next failover": a minder for a named person, not a
    // buddy with a job of their own ("sits next to the IC to handle comms")
    { re: String.raw`(?:sits?|sit) (?:right )?(?:next to|beside|behind)|(?:looks?|looking|stands?|standing|sits?) over (?:the )?shoulders? of`, target: 'object', who: ['name', 'handle', 'role'], notFollowedBy: String.raw`[^.;!?]{0,80}\b(?:to (?:handle|run|do|take|help|manage|drive|own|relay|write)|so (?:that|they|he|she)|as (?:the )?(?:[\w-]+ )?(?:plan|runbook|procedure|policy) requires|two-person|two people|four-eyes)\b` },
    // "Get the night shift to actually read the alerts", "someone who'll actually watch": the
    // word says they do not today; not in a purpose clause ("so responders can actually read it")
    { re: String.raw`(?<act>(?:to|will|'ll|must|should) actually) (?:answer|read|watch|follow|check|test|look|respond|pick up|use|open|bother|do|listen|review|verify|reply|acknowledge|show up)\b`, target: 'subject', who: OTHERS, personal: true, notPrecededBy: String.raw`\bso(?: that)?\b[^.;!?]{0,40}` },
    { re: String.raw`(?:ensure|make sure) (?:that )?(?:{DET} )?(?:[\w-]+ ){0,2}?[\w-]+ actually (?:answers|reads|watches|follows|checks|tests|responds|picks up|acknowledges|shows up|looks at)\b`, target: 'sentence', who: OTHERS },
    // "Add Mirela to the list of people who need approval before restarts": a gate on a person
    { re: String.raw`add (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w.'\u00C0-\u024F-]+)?) to (?:the |a )?(?:list|group|set|register) of (?:people|engineers|staff|users|those|names) (?:(?:who|that) |whose (?:[\w-]+ ){0,3}?)(?:need|needs|must get|require|requires|have to get) (?:a )?(?:second )?(?:sign-?off|approval|review|supervision|check|countersignature)`, target: 'actor', who: ONE_PERSON, personal: true },
    // "Youssef will no longer be allowed to edit routing tables alone" (not a policy that
    // applies to "you" once SSO is on, nor a change asked for by the person)
    {
      re: String.raw`(?<act>(?:will|would|is|shall|should) (?:no longer|not) (?:be )?(?:permitted|allowed|authori[sz]ed|trusted|cleared)) to`,
      target: 'subject',
      who: ['name', 'handle', 'pronoun'],
      personal: true,
      notPrecededBy: String.raw`\b(?:once|after|when)\b[^.;!?]{0,60}|\b(?:you|they|we)\s*`,
      notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:(?:without|unless|until)\b[^.;!?]{0,30}\b(?:approval|review|ticket|change request|second|pipeline|check)|at (?:his|her|their) own request)`,
    },
    // "Operators must read the full warning dialog before clicking OK"
    { re: String.raw`(?<act>(?:must|need to|needs to|should|have to|has to|are to|is to) (?:always |carefully |properly )?)(?:read|re-read|double-check|check|verify|look at|confirm)\b[^.;!?]{0,50}?\bbefore (?:clicking|pressing|running|hitting|approving|submitting|deploying|merging|pushing|starting)`, target: 'subject', who: OTHERS, personal: true, notPrecededBy: String.raw`\b(?:so(?: that)?|dialog|prompt|tool)\b[^.;!?]{0,40}`, notFollowedBy: String.raw`[^.!?]{0,60}\b(?:enforced|the (?:tool|dialog|pipeline)|add (?:the|a))\b` },
    // "no prod access until he's proven himself"
    { re: String.raw`until (?:he|she|they|[\w@.-]+)(?:'s|'ve| has| have) (?:proven|proved|shown) (?:himself|herself|themselves|he can|she can)` },
    // "Night shift to re-read the handover procedure and confirm in writing that they understand it"
    { re: String.raw`(?:re-?read|read|study) (?:the |our |this )?(?:[\w-]+ )?(?:procedure|runbook|policy|checklist|manual|guidelines?|handbook|sop)s? and (?:confirm|sign|acknowledge|attest) (?:in writing )?(?:that (?:they|he|she) (?:understand|have read|has read|will follow|know)|(?:their|his|her) understanding)|confirm in writing that (?:they|he|she) (?:understand|have read|has read|will follow)` },
    // "Set up a one-on-one between Ahmed and his manager"
    { re: String.raw`(?:1:1|1-1|one-on-one|meeting|chat|talk|conversation) between (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w.'\u00C0-\u024F-]+)?) and (?:his|her|their) (?:line )?(?:manager|lead|boss|supervisor)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true, cue: String.raw`\b${FAILING}\b|\b(?:standards|skipped|review standards|conduct|attitude)\b` },
    // "Pair Oğuz with someone experienced", "Rafael needs his lead's sign-off on every change"
    { re: String.raw`pair (?<actor>[\w@.'\u00C0-\u024F-]+) with (?:someone|somebody|a|an) (?:more )?(?:experienced|senior)`, target: 'actor', who: ['name', 'handle', 'pronoun'], personal: true },
    { re: String.raw`(?<act>(?:needs?|requires?|must get|must have|gets?)) (?:his|her|their) (?:lead|manager|boss|supervisor|team lead)'s (?:sign-?off|approval|ok|okay|review)`, target: 'subject', who: ['name', 'handle', 'pronoun'], personal: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:per|as required by|under) (?:sox|the policy|policy|the process|the access tool)` },
    // "Going forward, the DBA will confirm which host she is on", "… will run all changes past Oleksandr"
    { re: String.raw`going forward,? (?<actor>(?:the |our )?[\w@.'\u00C0-\u024F-]+(?: [\w-]+)?) (?:will|must|should|is to|needs to) (?:always |now |personally )?(?:double-check (?:his|her|their) (?:own )?work|run (?:all |every |any )?(?:[\w-]+ )?(?:changes?|deploys?|scripts?|commands?) (?:past|by) [A-Z]|be more (?:careful|attentive|diligent|vigilant|mindful|thorough)|slow down\b(?! the)|pay more attention)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    // "needs to slow down and double-check his work", "needs to be more responsive to pages"
    { re: String.raw`(?<act>(?:needs?|has|have) to) (?:slow down\b(?! the)|be more (?:careful|responsive|attentive|diligent|vigilant|thorough|mindful|alert|reliable|disciplined)|pay (?:more |closer )?attention)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "Consider whether Aleksi is the right fit for the rotation"
    { re: String.raw`(?:is|isn't|is not|was|wasn't) (?:really )?(?:the )?right fit for`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'] },
    // "Remove Giorgos from the deployers LDAP group", "Add Chidi to the 'needs-approval' group"
    { re: String.raw`remove (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w'\u00C0-\u024F-]+)?) from (?:the |all )?(?:[\w'-]+ ){0,3}(?:group|rotation|rota|list|team|project|role|roster)s?\b(?![^.;!?]{0,60}\b(?:since|once|after|while|as (?:he|she|they)|moved|left|leaving|transferred|retired|on leave)\b)|add (?<actor2>[\w@.'\u00C0-\u024F-]+(?: [\w'\u00C0-\u024F-]+)?) to (?:the )?['"]?(?:needs[- ]approval|restricted|probation(?:ary)?|read[- ]only|supervised)['"]? (?:group|list|role|tier)`, target: 'sentence', who: ['name', 'handle'], personal: true },
    // "Schedule a 1:1 with Tomasz to walk back through the change-management policy"
    { re: String.raw`(?:1:1|one-on-one|meeting|session|chat|call) with (?<actor>[\w@.'\u00C0-\u024F-]+(?: [\w'-]+)?) to (?:walk (?:him|her|them) (?:back )?|(?:walk|go|run) back )through (?:the |our )?(?:[\w-]+ ){0,2}(?:policy|procedure|process|runbook|rules|checklist)`, target: 'actor', who: ['name', 'handle', 'role'], personal: true },
    // "before getting deploy rights back", "until they prove they can read a diff"
    { re: String.raw`(?:before|until) (?:getting|regaining|(?:he|she|they) (?:gets?|regains?)) (?:[\w-]+ )?(?:rights|access|privileges|permissions) back|until (?:he|she|they) (?:can )?(?:prove|proves|show|shows) (?:they|he|she|themselves|himself|herself)` },
    // "Front-desk staff to be told again not to open attachments", "Make it clear to the offshore team that …"
    { re: String.raw`to be (?:told|reminded|warned|instructed) (?:again|once more|yet again) (?:not )?to|make it clear to (?:the |our )?(?:[\w-]+ ){0,2}(?:team|staff|engineers?|contractors?|operators?|devs|developers|ops) that (?:they|he|she|[\w-]+ (?:changes|hotfixes|deploys)) (?:must|should|need to|needs to|are not to|is not to|cannot|can't|may not|need)\b` },
    // "Have the on-call engineer shadow a senior for two weeks": sent to learn beside someone
    // more senior after the event; onboarding is not ("new hires shadow …", "for their first …")
    {
      re: String.raw`(?<act>shadows?|shadowing|to shadow) (?:a |an |the |one of the |someone |somebody )?(?:more )?(?:senior|experienced|veteran)\b`,
      target: 'subject',
      who: OTHERS,
      personal: true,
      notPrecededBy: String.raw`\bnew (?:[\w-]+ )?[\w-]+\s*|\b(?:trainees?|apprentices?|juniors?|graduates?|grads?|starters?|joiners?)\s*|\b(?:let|lets|allow|allows|invite|invites|offer|offers)\b[^.;!?]{0,30}|\bbefore (?:joining|going on|taking|starting)\b[^.;!?]{0,60}`,
      notFollowedBy: String.raw`[^.;!?]{0,50}\b(?:first|onboarding|induction|before (?:joining|going on|their first))\b`,
    },
    // "Everyone to double-check their work before publishing": care asked of the people, not of
    // the system (a tool that lets people re-check their work is a safeguard)
    { re: String.raw`(?:double|triple|re)-?check(?:s|ing)? (?:his|her|their|your) (?:own )?(?:work|changes|commands|typing|input)`, notPrecededBy: String.raw`\b(?:lets?|letting|allows?|allowing|helps?|helping|enables?|enabling|so(?: that)?|can|could|time to|chance to|way to|easy to|easier to|where|for (?:[\w-]+ ){1,3}to|(?:step|screen|preview|prompt|dialog|view|mode|flag|button|option|page)s?)\b[^.;!?]{0,40}` },
    // "Tell schedulers to prioritise crew calls properly next time"
    // (not a fix that helps them: "… so responders can spot it better next time")
    { re: String.raw`(?:properly|correctly|carefully|more carefully|more closely|better|right|harder) next time`, target: 'sentence', who: OTHERS, notPrecededBy: String.raw`\b(?:so(?: that)?|help|helps|support|supports|let|lets|allow|allows|enable|enables|can|could)\b[^.;!?]{0,60}` },
    // "Vendor's technician no longer allowed in the server room unaccompanied"
    { re: String.raw`no longer (?:be )?(?:allowed|permitted|trusted) (?:in|into|near|on|inside) (?:the |our )?[\w-]+(?![^.;!?]{0,40}\bwithout\b)`, target: 'subject', who: ['name', 'handle', 'pronoun'], personal: true },
  ],
};
