/**
 * Judgement without the classic keywords, the way people write it in comments and on cards:
 * insults and character words, sarcasm, incredulous questions, "how hard is it to …",
 * "this was entirely predictable". Merged into RULE_DATA by rules.ts. Each phrase is a form of
 * contempt or hindsight, not one incident's wording.
 */
import type { Rule } from '../types.ts';
import { AS_TERM_OF_ART } from './lexicon.ts';
import type { HumanKind, PhraseSpec } from './rules.ts';

const INDIVIDUALS: HumanKind[] = ['name', 'handle', 'pronoun', 'self', 'role'];

export const CONTEMPT: Partial<Record<Rule, PhraseSpec[]>> = {
  judgement: [
    // production used as a toy: "the integrators treated our plant like a sandbox"
    { re: String.raw`treat(?:s|ed|ing)? (?:our |the |their |your |a )?(?:[\w-]+ )?(?:prod|production|plant|live (?:system|network|site)|network|systems?|servers?|estate|platform) (?:like|as) (?:a |an |their |his |her |your |its )?(?:own )?(?:personal )?(?:sandbox|playground|toy|toybox|test ?bed|test lab|lab)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'] },
    // an attitude judged: "a lax attitude in the control room", "a cavalier approach to change control"
    { re: String.raw`(?:lax|cavalier|lackadaisical|casual|slapdash|careless|sloppy|complacent|couldn't-care-less|laissez-faire) (?:attitude|mindset)`, negatable: true },
    { re: String.raw`perfunctor(?:y|ily)|slapdash|lackadaisical(?:ly)?|half-(?:assed|arsed)|half-hearted(?:ly)?`, negatable: true, notPrecededBy: String.raw`\b(?:invites?|encourages?|leads? to|makes? for|produces?|allows?|permits?|design(?:ed)? for)(?: an?| the)?`, cue: String.raw`\b(?:handovers?|hand-offs?|reviews?|sign-?offs?|rounds?|inspections?|walkthroughs?|investigation|approvals?|he|she|they|staff|team|crew|shift|engineers?|operators?|contractors?)\b` },
    // the duty they are paid for: "checking a timestamp is the one thing a grid operator is paid to do"
    { re: String.raw`(?:the one|the only|exactly the|literally the|the whole) (?:thing|job) (?:(?:a|an|the|your|their|our|every|any) )?(?:[\w-]+ )?(?!(?:watchdog|process|reconciler|job|daemon|service|system|tool|bot|script|monitor|pipeline|check|alert|cron|vendor|supplier|provider|company|firm|contract)s?\b)[\w-]+ (?:is|are|was|were|gets?|got) paid (?:to do|for)|(?:literally|exactly|precisely) what (?:he|she|they|you|the [\w-]+)(?:'re|'s| are| is| were| was) paid (?:to do|for)(?!,? and (?:he|she|they) did)` },
    // "must have been asleep", "was half asleep" said of whoever did it
    { re: String.raw`must (?:have been|'ve been) (?:half[- ])?(?:asleep|drunk|sleepwalking)\b` },
    // "Users will click anything": contempt for the people a control should protect
    { re: String.raw`(?:users|people|staff|employees|they|he|she|someone|somebody) (?:will|would|'ll) (?:click|open|approve|believe|run|install|type) (?:on )?anything\b` },
    // character words and insults the core list lacks ("naive", "clowns", "amateurs")
    {
      re: String.raw`(?:naive|na\u00efve)(?!${AS_TERM_OF_ART})(?:ly|ty)?|childish|trained monkeys|code monkeys|greed|greedy(?! operator\b|${AS_TERM_OF_ART})|pathetic|clowns?|amateurs|jokers|muppets?|cowboys|shambolic|shameful|disgraceful|inexcusable|unforgivable|embarrassing|passiveness|passivity|cover-?ups?|rubber[- ]stamp(?:ed|ing)?|amateur-hour|amateur (?:[\w-]+ )?(?:developers?|coders?|programmers?|engineers?|admins?|sysadmins?|operators?|mistakes?)`,
    },
    // "evidently in no hurry to get in", "got exactly what he deserved", "a source of concern to colleagues"
    { re: String.raw`in no (?:great |particular )?hurry to (?:get|come|turn up|show up|respond|fix|act|answer|reply)|got (?:exactly |just )?what (?:he|she|they|[\w-]+) deserved` },
    { re: String.raw`(?:a |the )?source of (?:concern|worry|complaints) (?:to|for|among) (?:colleagues|co-?workers|(?:his|her|their) (?:team|managers|colleagues))`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    // "had twice before mistaken drills for real events"
    { re: String.raw`(?:mistaken|mistook|confused) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:drills?|exercises?|tests?|alerts?|messages?|commands?|servers?|hosts?|databases?|environments?|systems?) (?:for|with) (?:a |an |the )?(?:real|live|actual|production|prod)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    // "Anyone who runs an UPDATE without a WHERE deserves what they get", "Hope whoever pressed enter
    // has a good lawyer", "an 'elementary mistake' that no competent bank would make"
    { re: String.raw`deserves? (?:exactly |everything )?what (?:they|he|she|you) (?:get|got|gets)|(?:hope|hoping) (?:whoever|the (?:[\w-]+ )?(?:engineer|guy|admin|dev|person|intern|tech|contractor))\b[^.;!?]{0,40}\b(?:has|have|got|gets) a (?:good|decent|great) (?:lawyer|attorney|solicitor|union rep)|no (?:competent|sane|serious|self-respecting|half-decent) (?:bank|engineer|team|firm|admin|company|operator|dba|developer|person) would\b` },
    // "Editor team to stop shipping on Tuesdays until they learn to watch the graphs"
    { re: String.raw`until (?:they|he|she|you|the [\w-]+) (?:learn|learns|have learned|have learnt|can be trusted|know how|understand how) to\b` },
    // "sat on their hands for 12 min", "treated a prod change like a Tuesday chore", "no excuses",
    // "Coincidence? 🤔", "it's always the new grad", "enjoys their new career in fiction writing"
    { re: String.raw`(?:sat|sitting|sit|sits) on (?:their|his|her) hands|treat(?:s|ed|ing)? (?:a |an |the |this |that )?(?:[\w-]+ ){0,3}(?:like|as) (?:a |an )?(?:[\w-]+ )?(?:chore|formality|afterthought|box-ticking exercise|tick-box exercise|joke)\b|\bno excuses\b|(?:^|(?<=[.!?]\s{1,3})|\b)coincidence\s*\?|(?:it's|it is) always (?:the |some |a )?(?:new )?(?:grad|intern|junior|contractor|new guy|new hire|temp|trainee|offshore team)\b|bet (?:you )?it was (?:the |some |a |an )?(?:[\w-]+ )?(?:intern|grad|junior|new guy|new hire|contractor|temp|trainee)\b|enjoys? (?:their|his|her) (?:new|next) career\b` },
    // "the night editor was slow to recognise that the homepage was wrong"
    { re: String.raw`(?:was|were) (?:too |very |painfully |far too |much too )?slow to (?:recogni[sz]e|respond|react|act|notice|escalate|realise|realize|see|spot|admit|acknowledge|answer)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    // "a hapless technician knocked five providers offline" (not "hapless commuters": a word for victims too)
    { re: String.raw`(?:hapless|bumbling|ham-?fisted|butter-?fingered) (?:[\w-]+ )?(?:technician|engineer|admin|operator|contractor|worker|employee|staffer|intern|developer|dev|sysadmin|tech|clerk|official|executive|manager|ceo|cto|staff|team|ops)s?\b` },
    // a nickname as a verdict: "labelled the minister the 'chief hand-wringer'"; "should be explaining
    // themselves to the commissioner"; "had the competence to know better"
    { re: String.raw`(?:labell?ed|branded|dubbed|nicknamed|called) (?:the |him |her |them )?(?:[\w-]+ )?(?:minister|ceo|chief|executive|boss|director|chairman|chairwoman|head|bank|firm|company) (?:the |a |an )['"\u2018]|should be explaining (?:themselves|himself|herself)\b|(?:had|has) (?:the |enough )?(?:[\w-]+ ){0,2}(?:competence|experience|knowledge|training|seniority|sense) to know better\b(?! than to)` },
    // "signs were there at 00:35", "all the vendor crew had to do was pick the current MOP", "no more excuses",
    // "if he'd just used the normal staggered path we'd have lost one DC"
    { re: String.raw`(?:the )?(?:warning )?signs were (?:all )?(?:there|obvious)\b(?![^.;!?]{0,60}\b(?:only in hindsight|in hindsight|after the fact|but nothing|but no (?:alert|monitor|check)))|all (?:the |that |this |our |their )?(?:[\w-]+ )?(?:crew|team|engineers?|admins?|staff|ops|devs?|on-call|operators?|they|he|she|you|contractors?|techs?|guy|person|vendor) had to do (?:was|is)\b|\bno more excuses\b|\bif (?:he|she)(?:'d| had) (?:just |only |simply |actually )?[a-z]+(?:ed|en)\b(?=[^.;!?]{0,80}\b(?:we'd|we would|it would|would(?:n't| not)? have)\b)` },
    // "rookie stuff", council staff made "simple mistakes"; "If Dufresne had diffed the config against phase 5, none of this happens"
    { re: String.raw`rookie (?:stuff|mistakes?|errors?|move)` },
    { re: String.raw`made (?:['"\u2018])?(?:simple|basic|elementary|avoidable|careless|schoolboy|rookie|obvious) (?:mistakes?|errors?)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    { re: String.raw`\b(?:[Ii]f|[Hh]ad) (?:the (?:[\w-]+ ){0,2}(?:engineer|supervisor|admin|operator|team|dev|developer|lead|manager|on-call|ops|crew|tech|officer|DBA|dba|SRE|sre|analyst|intern|contractor)|SecOps|Ops|IT|he|she) (?:had |just |only |actually )?[a-z]+(?:ed|en|ung)\b[^.;!?]{0,80}?\b(?:none of (?:this|it) (?:happens|would have happened)|never (?:goes off|happens|happened)|stays (?:local|small|contained)|would(?:n't| not)? have)`, caseSensitive: true },
    // "You know who you are."
    { re: String.raw`you know who you are\b`, notPrecededBy: String.raw`\b(?:thanks?|thank you|kudos|shout-?out|props|grateful|cheers|hats off)\b[^.;!?]{0,160}` },
    // career advice as a verdict: "should find a career that doesn't involve cables"
    { re: String.raw`(?:should|needs? to|ought to|might want to|better) (?:go )?(?:find|look for|get) (?:another|a new|a different|some other) (?:career|line of work|profession|job)\b|(?:career|line of work|job) that (?:doesn't|does not) involve\b` },
    // a wager on who did it: "Bet the summer intern still has prod credentials", "betting a PM was
    // breathing down that engineer's neck"
    { re: String.raw`(?:^|(?<=[.!?]\s{1,3})|\b(?:i'd|i'll|i|you can) )bet(?:ting)? (?:good money |you |anything |money |my (?:house|salary) )?(?:that )?(?:the |some |a |an |their |our )?(?:[\w-]+ )?(?:intern|junior|contractor|new guy|new hire|pm|product manager|manager|exec|executive|dev|developer|admin|sysadmin|engineer|ops guy|guy|person|someone|somebody|ceo|cto|boss)s?\b[^.;!?]{0,50}\b(?:still (?:has|have|had)|did (?:it|this|that)|pushed|forgot|was (?:told|warned)|(?:has|had) (?:prod|root|admin)|signed off|approved|breathing down|will be (?:fired|gone|blamed)|gets? (?:fired|blamed|the blame))`, notFollowedBy: String.raw`[^.;!?]{0,40}\b(?:sleep|calm|proud|relieved|grateful|awful|terrible|bad)\b` },
    // leaders paid through the failure: "the same execs are still collecting bonuses"
    { re: String.raw`(?:execs?|executives|bosses|management|leadership|the ceo|directors|the board|chiefs?) (?:are |is |were |was )?still (?:collecting|getting|pocketing|taking|drawing|banking|cashing) (?:their |his |her |fat |big |huge )?(?:bonus(?:es)?|pay(?:checks?)?|salaries|salary|millions|checks|cheques)\b` },
    // a one-word verdict closing a card: "Kicks off a drill without telling anyone. Genius."
    { re: String.raw`(?<=[.!?]\s{1,3})(?:(?:pure |absolute |sheer |real )?genius(?:\s+(?:move|stuff|work))?|convenient|priorities|go figure)\s*[.!]*\s*$` },
    // an act done without looking: "Dev blindly pasted prod creds", "ops blindly followed the old runbook"
    { re: String.raw`blindly (?:pasted|pastes|copied|copies|ran|runs|trusted|trusts|followed|follows|approved|approves|accepted|accepts|clicked|clicks|applied|applies|executed|merged|restarted|deleted|re-ran|reran|pushed|pushes|signed)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    // the same mistake again: "staff repeated the same mistake on Wednesday and Thursday"
    { re: String.raw`(?:repeated|repeats|repeating|made|makes|making) (?:the |that |this |their |his |her )?(?:very )?same (?:mistake|error|blunder|slip)|repeated (?:the |that |this |their |his |her )(?:mistake|error|blunder|slip)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'self', 'role', 'group'], personal: true },
    // "don't run deletion jobs in production until you are sure what you are doing"
    { re: String.raw`(?:until|unless|if) (?:you|they|he|she) (?:(?:are|is|'re|'s) (?:really |absolutely |completely |100% )?(?:sure|certain)(?: of)?|(?:really |actually )?(?:know|knows|understand|understands)|(?:don't|do not|doesn't|does not) (?:really |actually )?(?:know|understand)) what (?:you|they|he|she)(?: are|'re| is|'s) doing(?!\s*(?:yet\b|,?\s*(?:that's|it's|that is|it is) (?:fine|ok|okay|normal)|,?\s*ask\b))` },
    // sarcasm about the person in charge: "Guess who's embarrassed now"
    { re: String.raw`guess who(?:'s| is| was| will be)|guess whose` },
    // time and money spent on anything but safety: "spent them giving speeches",
    // "couldn't find the budget to switch on two-factor"
    { re: String.raw`spent (?:them|it|years|months|(?:the|two|three|several|[0-9]+) [\w-]+) (?:giving speeches|bragging|boasting|chasing|golfing|playing|tweeting|posturing)|(?:couldn't|could not|can't|cannot|wouldn't|would not) find (?:the )?(?:budget|money|time|funds|cash|resources)` },
    // sarcasm: "which genius …", "some bright spark decided …"
    { re: String.raw`(?:which|what|some|whichever|this|that|our|the) (?:absolute |bright |utter |resident )?(?:genius|geniuses|bright spark|rocket scientists?|wizards?)` },
    // contempt for who is in charge: "a bank run by people who don't understand computers",
    // "Who's running that NOC, interns?"
    { re: String.raw`(?:run|staffed|managed|led) by (?:a bunch of |a pack of )?(?:people|folks|amateurs|clowns|interns|kids|children|monkeys|idiots|mbas|bean counters|accountants|salespeople|suits)|(?:people|folks|someone|staff) who (?:don't|do not|didn't|did not|can't|cannot|couldn't) (?:even )?(?:understand|know what|read)` },
    // "Were they at the beach?": places that are only ever an insinuation
    { re: String.raw`{START}(?:was|were) (?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:at the (?:beach|pub|bar|golf course)|down the pub|on the golf course|playing golf)(?=\s*(?:\?|or (?:what|something)\b|again\b))`, target: 'actor', who: [...INDIVIDUALS, 'group'], question: true },
    // "Would it have killed them to make a second person approve the send?"
    { re: String.raw`would it (?:have )?kill(?:ed)? (?:them|him|her|you|anyone|anybody|somebody|someone|(?:the|your|their|our) (?:[\w-]+ )?(?:devs?|developers?|engineers?|team|ops|admins?|staff|managers?|management|vendor|contractors?|people|folks|guys|sres?|dbas?|qa|testers?|leads?)) to` },
    // "Was the DBA on holiday or what", "were the ops folks even awake?": absence as an insinuation
    // (a question about cover is not: "Was the primary on-call on vacation that week? Who had cover?")
    { re: String.raw`{START}(?:was|were) (?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:(?:all )?(?:on holiday|on vacation|asleep|at lunch|out to lunch|awol|napping)(?= or (?:what|something|did)\b|\s*\?\?)|even (?:awake|there|looking|watching))\b`, target: 'actor', who: [...INDIVIDUALS, 'group'] },
    // sarcasm: "I'm sure the summer hire did it"
    { re: String.raw`(?:i'm|i am) (?:sure|certain|positive) (?:it was )?(?:{DET} )?[\w@-]+(?: [\w-]+)? (?:did it|did this|knew|meant well|had (?:nothing|no idea))`, target: 'sentence' },
    { re: String.raw`(?:interns|kids|children|monkeys|amateurs|clowns|toddlers)\s*\?` },
    // a verdict that someone earned what came: "whoever pushed it deserves the weekend they're
    // having", "deserves to answer the support queue for a month"
    { re: String.raw`deserves? (?:[\w-]+ ){0,4}?(?:the (?:weekend|week|night|pager|call|heat|grief|flak|abuse|month|shift|year)|a night in|what(?:ever)? (?:they|he|she) (?:get|gets|got)|to (?:answer|be (?:fired|sacked|walked out|named|shamed|punished|disciplined|held accountable)|lose|face|sit|carry))`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // a verdict on how people handled it: "described the team's handling as 'unacceptable'"
    { re: String.raw`(?:handling|conduct|performance|response|behaviou?r)\b[^.;!?]{0,40}?\b(?:as |was |were )?["']?(?:unacceptable|inexcusable|indefensible|a disgrace|shameful|appalling|woeful|negligent)`, target: 'sentence', who: ['name', 'role', 'group'] },
    { re: String.raw`(?:lessons?|accountability|consequences)\b[^.;!?]{0,40}?\b(?:at an individual level|on an individual basis|for individuals)` },
    // "had no excuse for leaving …", "tells you everything about how seriously they take it"
    { re: String.raw`(?:has|had|have|there's|there is|there was) (?:absolutely )?no excuse for`, negatable: true },
    { re: String.raw`tells? you (?:everything|all you need to know|a lot) about (?:how|the|their|them|who|what)` },
    // "the warning signs were obvious", "entirely avoidable"
    { re: String.raw`(?:in retrospect|in hindsight|looking back),? [^.;!?]{0,40}?\b(?:were|was) (?:all )?(?:obvious|clear|plain|glaring|there for all to see)`, notFollowedBy: String.raw`[^.;!?]{0,30}\bbut\b` },
    { re: String.raw`["']?(?:entirely|completely|totally|easily|wholly|100%) (?:avoidable|preventable)` },
    { re: String.raw`(?:had been|has been|was|were) (?:obvious|clear|apparent) for (?:years|months|weeks|ages|a long time)` },
    // "Had the release manager consulted the calendar, the deployment would not have …"
    { re: String.raw`{START}had (?!(?:you|we|i|us|anyone|anybody|someone|somebody)\b)(?<actor>(?:{DET} )?[\w@.'-]+(?: [\w-]+)?) (?:not |only |just |actually |really |properly )?(?:[a-z]+(?:ed|en|wn|ne|ght|pt)|run|set|put|read|cut|hit|let|shut|sent|kept|left|built|made|held|told|sold)\b[^.;!?]{0,100}?\bwould(?:n't| not| never)? (?:have|'ve)`, target: 'actor', personal: true },
    // "I'd be gone by lunch", "anyone else would have been fired"
    // (not the speaker's own fear: "I was worried I'd be fired for owning up")
    { re: String.raw`(?:i'd|i would|you'd|you would|anyone else would|they'd|we'd|he'd|she'd|anywhere else (?:he|she|they)'d) (?:be|have been) (?:gone|fired|sacked|out the door|walked out|out of a job|packing|escorted out)`, notPrecededBy: String.raw`\b(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ed|ing|ful)?|terrified|anxious|nervous|dread(?:s|ed|ing)?|panick(?:ed|ing)|(?:was|were|am|felt) (?:sure|certain|convinced))(?: that)?` },
    // sarcasm about a decision: "Real galaxy-brain move", "genius move"
    { re: String.raw`galaxy[- ]brain(?:ed)?|big[- ]brain(?:ed)? (?:move|idea|play)|(?:genius|smooth|bold|great|brilliant) move\b(?=\s*[.!]|\s*$)|real (?:genius|smart|clever) move` },
    // "whoever wrote that regex owes the whole internet an apology"
    { re: String.raw`owes? (?:[\w-]+ ){0,4}(?:an apology|a beer|a drink|an explanation|a round)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "there is no reason it should have been performed incorrectly"
    { re: String.raw`no reason (?:it|this|that|anyone|anybody|they|he|she) (?:should|could) (?:have|'ve) been (?:done|performed|carried out|handled|got|gotten|missed|skipped) (?:wrong|incorrectly|badly)` },
    // "the engineers earned this one", "the board got exactly the outage they paid for"
    // (not the rest someone has earned: "go sleep, Kofi, you earned it")
    { re: String.raw`earned (?:this|that|it)(?: one)?\b|(?:got|get|gets) (?:exactly )?(?:the|what) (?:[\w-]+ )?(?:they|he|she) (?:paid|asked|voted) for`, notPrecededBy: String.raw`\b(?:sleep|rest|nap|break|beer|drink|pint|day off|weekend|holiday|time off|lie-in|go home|log off)\b[^.;!?]{0,30}` },
    // "don't deploy from your laptop like @mfarouk did"
    { re: String.raw`like (?<actor>@[\w.-]+|[A-Z][\w'-]+) (?:did|does|always does)\b`, target: 'actor', who: ['name', 'handle'], personal: true, caseSensitive: true },
    // sarcasm about a choice: "really thought turning off the firewall on a Friday was a great idea"
    { re: String.raw`(?:thought|decided|figured|believed)\b[^.;!?]{0,80}?\b(?:was|would be) (?:a )?(?:great|good|brilliant|smart|fine|clever) idea`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'] },
    // "that's not a tooling problem", "the tooling is not the problem"
    { re: String.raw`(?:that's|that is|it's|it is|this is|this isn't) not a (?:tooling|tool|process|systems?) problem|the (?:tooling|tool|system|process) (?:is|was) not the problem` },
    // "an avoidable lapse", "should have presented no difficulty to a trained operator"
    { re: String.raw`(?:an? )?avoidable (?:lapse|mistake|error|failure|oversight|slip)|(?:no|little) difficulty (?:to|for) (?:a|any) (?:trained|competent|experienced|qualified) [\w-]+` },
    // "how does a company with 40,000 engineers let one guy push a global config"
    { re: String.raw`how (?:does|did|could|can|do) [^.;!?]{0,60}? let (?:one|a single|some|an?|the) (?:[\w-]+ )?(?:guy|person|engineer|dev|developer|admin|intern|contractor|employee)` },
    // "pulled a stunt like that"
    { re: String.raw`pull(?:ed|s|ing)? (?:a |that |this |such a |the same )?stunt` },
    // "a basic oversight", "an elementary part of every operator's job"
    { re: String.raw`(?:basic|elementary|schoolboy|rookie|amateur) oversight|(?:basic|elementary|fundamental) part of (?:every|any|an?|the) [\w-]+'s (?:job|role|work)` },
    // the inexperienced handed the keys: "some intern with prod creds", "new guy + prod access"
    { re: String.raw`(?:(?:some|an?|the|their|your) |{START})(?:[\w-]+ )?(?:intern|junior|contractor|new (?:guy|hire|starter|kid)|temp|trainee|kid|grad|newbie) (?:with|given|having|who had|had) (?:[\w-]+ ){0,2}(?:prod|production|root|admin|sudo|write|god-mode|domain admin|full) (?:creds|credentials|access|rights|keys|permissions|privileges)|(?:new (?:guy|hire|starter)|intern|junior|contractor|temp)s? ?\+ ?(?:prod|production|root|admin|friday)` },
    // sarcasm about the obvious outcome: "this is what happens when your 'engineers' …", "I
    // wonder what happens when you hand the keys to a contractor on his second day"
    { re: String.raw`(?:this|that|it)(?:'s| is| was) what (?:happens|you get) when(?![^.;!?]{0,80}:)|(?:i )?wonder what happens when|what did (?:they|you|anyone) expect|what did (?:they|you|anyone|he|she) think (?:was going to|would|will) happen`, target: 'sentence', who: ['name', 'handle', 'role', 'group'] },
    // questions put to those in charge, reported: "lawmakers grilled the agency's leadership over
    // why nobody had acted on a 2019 report"
    { re: String.raw`(?:grilled|pressed|quizzed|demanded to know)(?: [\w',-]+){0,6} (?:over|on|about|as to|asking)? ?(?:why|how)`, target: 'sentence', who: ['role', 'group', 'name'] },
    // character words with an intensifier: "woefully unprepared", "out of their depth"
    { re: String.raw`(?:woefully|hopelessly|grossly|utterly|criminally) (?:unprepared|incompetent|negligent|inadequate|unqualified|out of (?:their|his|her) depth)|out of (?:their|his|her) depth`, negatable: true },
    // customers as the testers: "let customers be the QA department"
    { re: String.raw`(?:let|make|making|letting|use|using|treat|treating) (?:the |their |our )?(?:customers|users|clients|passengers) (?:be |as )?(?:the |their |our )?(?:qa|testers|beta testers|guinea pigs|test suite|qa department)` },
    // not knowing what one does: "clearly has no idea what they're doing"
    { re: String.raw`(?:has|have|had|with) (?:absolutely |literally )?no (?:idea|clue) what (?:they|he|she|you|we)(?:'re|'s| are| is| were| was) doing|(?:doesn't|don't|didn't|does not|do not|did not) (?:seem to )?(?:know|understand) what (?:they|he|she)(?:'re|'s| are| is| were| was) doing` },
    // an insinuating guess at a culprit: "Let me guess, the intern had prod access", "bet it
    // was some contractor"
    { re: String.raw`let me guess|my money(?:'s| is) on|(?:i'm )?betting on|(?:i'd |i would |i'll |i )?bet (?:you )?(?:it was|that was|money|anything|my)|(?:i'm|i am) guessing\b`, target: 'sentence', who: ['name', 'handle', 'role', 'group', 'pronoun'] },
    // hindsight as a verdict on anyone competent: "nobody who has ever run a database would do
    // that", "no sane admin would have …"
    { re: String.raw`(?:nobody|no one|no-one|no (?:sane|competent|sensible|experienced|serious|real|decent|self-respecting) (?:[\w-]+ ){0,2}[\w-]+)(?: (?:who|that) [^.;!?]{0,50}?)? would (?:ever )?(?:have )?(?:do|done|try|tried|push|pushed|run|ran|deploy|deployed|ship|shipped|make|made|allow|allowed)(?: (?:that|this|it|such)\b|(?={END}))` },
    // "had no business touching", "shouldn't be trusted near production"
    { re: String.raw`(?:had|has|have) no business|(?:shouldn't|should not|can't|cannot|couldn't) be trusted (?:near|with|around)` },
    // kept away from the tools: "should be kept away from a keyboard"
    { re: String.raw`(?:should|must|needs? to|ought to) be (?:kept|banned|barred|locked out) (?:away )?from (?:a |the |any )?(?:keyboards?|production|prod|computers?|terminals?|shells?|servers?|root|admin|consoles?|databases?|regex(?:es)?)` },
    // "anyone with half a brain could have seen …"
    { re: String.raw`(?:anyone|anybody|someone|a child|a toddler) with (?:half a brain|a brain|two brain cells|any sense|an ounce of (?:sense|competence)|eyes)` },
    // the same as a ban: "should never be allowed near a keyboard again"
    { re: String.raw`(?:should|must)(?: never|n't| not)(?: ever)? be (?:allowed|let|permitted) (?:near|to touch|anywhere near|within)|(?:still )?(?:allowed|let|permitted) (?:near|anywhere near|to touch) (?:a |the )?(?:keyboard|production|prod|shell|console|servers?|root)\b|(?:isn't|is not|won't be|shouldn't be|should never be|never be|not be) allowed within (?:[\w-]+ ){1,2}(?:feet|foot|miles?|metres|meters|yards) of` },
    // competence doubted of people: "is anyone there actually competent?", "nobody competent
    // would have …", "a competent admin would have …"
    { re: String.raw`(?:anyone|anybody|nobody|no one|not one) (?:[\w-]+ ){0,4}(?:actually |remotely |even )?competent\b|(?:a|any) competent [\w-]+ would(?:'ve| have)` },
    // shame put on people: "should be ashamed of themselves", "shame on the ops team"
    { re: String.raw`(?:should|ought to) be (?:ashamed|embarrassed)|shame on`, negatable: true },
    // "the guy had one job", "you had one job" said of anyone
    { re: String.raw`(?:had|has|have) (?:literally )?one job` },
    // an incredulous question about the kind of person: "What kind of admin leaves …?"
    { re: String.raw`what (?:kind|sort|type) of (?:[\w-]+ )?(?:admin|administrator|engineer|developer|dev|sysadmin|operator|manager|team|company|person|people|professional|idiot|leader|ceo|cto)s?\b`, question: true },
    // sarcasm about how people were picked: "Great hiring.", "throw a junior under the bus"
    { re: String.raw`(?:great|good|excellent|fantastic|brilliant) (?:hiring|hire|management|leadership)(?=\s*[.!])|under the bus`, negatable: true },
    // contempt markers with the people they are about in the sentence: "Peak enterprise.",
    // "Real mature.", "Bold strategy", "Congrats, I guess", "Data team used .xls, of all things",
    // "The real villains are the employees who …"
    { re: String.raw`peak (?:corporate|enterprise|incompetence|clown(?:ery)?|amateur(?:ism)?|management|mba|startup|government|bureaucracy|[\w-]+ (?:energy|behaviou?r|culture))(?={END}|,)|(?:^|(?<=[.!?]\s{1,3}))peak [\w-]+(?={END})|real mature|bold (?:strategy|move)|congrats,? i guess|of all things(?={END})`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // a sarcastic closer after an account of what people did: "… leaving creds in a Docker image
    // in 2021. Wow.", "… at home in his slippers. Love it."; the match starts in the account,
    // whose people it is about
    { re: String.raw`[^.!?]{8,200}?[\w)%'"][.!?]\s{1,3}(?:wow|love it|love this|unbelievable|slow clap|you (?:honestly |really |literally )?(?:can't|cannot|couldn't) make (?:it|this) up|you (?:couldn't|can't|cannot) write this(?: as satire)?|nice work if you can get it|what else is there to say)(?={END})`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'],
      // only after an account of damage: sincere praise ends the same way
      cue: String.raw`\b(?:down|delet\w*|wip\w*|leaving|left|broke|break\w*|outage|lost|los(?:e|ing)|leak\w*|creds|passwords?|asleep|slept|again|fail\w*|mut(?:e|ed|ing)|ignor\w*|skipp\w*|forg[eo]t\w*|friday|prod|production|blam\w*|no (?:tests?|review|backups?)|slippers|golf\w*|bonus\w*|miss\w*|fell over|folded|stopped|dismiss\w*|billing|fired|\d+ of \d+)\b` },
    // "Someone in architecture review was clearly napping that day"
    { re: String.raw`(?:was|were) (?:clearly |obviously |apparently |all )?(?:napping|snoozing|dozing|sleepwalking)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "Dmitri's regex. Enough said."
    { re: String.raw`[^.!?]{3,120}?[.!?]\s{1,3}(?:enough said|say no more|nuff said|'nuff said)(?={END})`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // sarcasm that needs no damage word: "Truly a masterclass in ops", "Counting is hard, I guess",
    // "Testing? In this economy?", "Vetting? Never heard of her", "So who's the intern now?",
    // "Stunning responsiveness from that team", "needs a refund on their eyeballs", "I'd love to
    // meet the architect who thought that was clever", "some director nodded that through"
    { re: String.raw`(?:truly a|a real|what a|an absolute) masterclass in|(?:counting|reading|testing|typing|spelling|math|maths|arithmetic) is hard,? (?:i guess|apparently|huh|eh)|in this economy\s*\?|never heard of (?:her|him)\b|who's the (?:intern|idiot|amateur|clown|junior|rookie) now|(?:stunning|stellar) (?:responsiveness|competence|diligence|attention to detail) from|(?:incredible|stunning|real|such) maturity\b|(?:is|was) (?:your|his|her|their) (?:entire|whole|only|literal) job|learn(?:ed|t) (?:that|this) (?:one )?in (?:week|day|year|month) one|refund on (?:their|his|her) (?:eyes|eyeballs|brain|degree|certification)|(?:i'd|i would) love to (?:meet|see) the [\w-]+ who (?:thought|decided|approved|signed)|nodded (?:it|that|this|them) through|(?:stops|stopped) being (?:bad )?luck` },
    // "Bet that guy's having a great week", "Management, take a bow", "a delay one executive described as
    // 'frankly embarrassing'"
    { re: String.raw`(?:bet|betting|i bet) (?:that|the|this|some) (?:guy|engineer|dev|admin|person|intern|contractor|team|manager|exec)(?:'s| is) having a (?:great|fantastic|wonderful|lovely|fun|good) (?:week|day|time|weekend|morning)|(?:^|(?<=[,.!]\s{0,3}))take a bow(?={END})|described as ["']?(?:frankly |utterly |deeply |simply )?(?:embarrassing|unacceptable|inexcusable|shambolic|amateurish|a disgrace|incompetent|negligent)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "a casual attitude to risk", "played Russian roulette with a live feed", "walks off with a golden
    // parachute", "Sure, buddy.", "Tunnel vision.", "Failing upward at its finest", "I'd love to know which
    // director greenlit …", "Anyone with two years of experience knows this", "was known for doing
    // things by hand"
    { re: String.raw`(?:casual|cavalier|lax|relaxed|careless|sloppy|laissez-faire) (?:attitude|approach) (?:to|toward|towards)|(?:played|playing|plays|play) (?:russian roulette|fast and loose)|golden parachute|walks? (?:off|away) with (?:a |his |her |their )?(?:bonus|payout|severance|pay-?off)|\bsure,? (?:buddy|pal|mate|jan|bud)\b|(?:i'd|i would) love to know (?:which|who|whose) (?:[\w-]+ )?(?:director|manager|exec|executive|genius|architect|vp|person|engineer|one)|anyone with (?:[\w-]+ ){0,4}(?:experience|years|a brain|half a brain|common sense) (?:knows|would know|could tell|would have)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'] },
    { re: String.raw`(?:was|were|is|are) (?:well |widely )?known for (?:cutting corners|skipping|ignoring|doing (?:things|it|everything) by hand|pushing straight to|[a-z]+ing (?:without|in prod))`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "rage-unpublished 270 packages", "pulled his code out of spite", "the kind of mistake a junior makes once"
    { re: String.raw`rage-?(?:quit|quits|unpublish\w*|delet\w*|push\w*|revert\w*)|out of spite|spitefully|(?:kind|sort) of (?:mistake|error|thing) (?:a|an|every|any) (?:junior|intern|trainee|beginner|newbie|student|first-year) (?:makes|would make)` },
    // "nobody in that room thought to pull the plug", "so own it", "Sack the lot", "Glad she's gone",
    // "tests in production and prays", "admin/admin and a prayer"
    { re: String.raw`(?:no one|nobody|no-one)\b[^.;!?]{0,30}?\b(?:thought|bothered|cared enough) to|(?:,? so )?own (?:it|that|this)(?={END})|(?:sack|fire|axe) (?:the lot|them all|the lot of them|everyone involved)|glad (?:he|she|they)(?:'s|'re| is| are) (?:gone|out|fired|leaving)|test(?:s|ing|ed)? in prod(?:uction)? and prays?|and a prayer\b` },
    // "shocking absolutely nobody who's worked in logistics"
    { re: String.raw`(?:shocking|surprising) (?:absolutely |literally )?(?:nobody|no one|no-one)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "Narrator: they did not have backups.", "Thanks, kid.", "Does nobody there read a diff?",
    // "What were the people in that room doing?"
    { re: String.raw`narrator:|thanks,? (?:kid|buddy|pal|genius|guys)(?={END})|(?:does|did) (?:nobody|no one|no-one|anyone) (?:there |here |at [\w-]+ )?(?:even )?(?:read|check|test|review|look at)\b|(?:does|did|do) (?:nobody|no ?one|no-one)(?! else)\b[^.;!?]{0,30}?\b(?:know|understand|care)\b(?! (?:where|if|whether|when|who|how to find)\b)|what were (?:the people|they|those people|the [\w-]+)(?: in that room| over there)? (?:even )?doing` },
    // "Failing upward at its finest"
    { re: String.raw`fail(?:ing|ed|s)? up(?:ward)?s?\b(?= at| again|{END})` },
    // "Totally the software's fault, I'm sure.", "Sure, blame the tooling."
    { re: String.raw`(?:totally|definitely|clearly|surely|obviously) (?:the |a )?(?:software|tool|tooling|system|computer|vendor|process|network|config)'?s? (?:fault|problem|issue)\b[^.;!?]{0,20}?\b(?:i'm sure|sure|right|of course)` },
    // "Imagine being the exec who looked at a red report …" (not what befell them: "… who finds
    // out a year later"), "Imagine deleting an ACL on every
    // router and thinking 'yeah, done'", "imagine paying for a tool and then having your SOC mute it"
    { re: String.raw`imagine (?:the|a|an|your|some) (?:[\w-]+ ){0,2}(?:guy|engineer|dev|admin|manager|exec|intern|person|team|on-call|contractor|boss) [a-z]+ing\b[^.;!?]{0,120}?\band (?:then )?(?:deciding|thinking|saying|going|choosing)\b|imagine (?:being|having) (?:the|a|an|your|their|that|this) (?:[\w-]+ ){0,2}?(?:[\w-]+) (?:who|that|mute|ignore|turn|switch|delete|approve|sign)\b(?! (?:finds?|found) out\b| (?:learns?|learned|learnt|discovers?|discovered|wakes?|woke|gets? (?:paged|called|the call)|got (?:paged|called|the call)|has to|had to)\b)|imagine [a-z]+ing\b[^.;!?]{0,120}?\band (?:then )?(?:thinking|saying|going|calling it|having|still|deciding)\b` },
    // "the kind of thing you'd expect from an intern", "Classic government contractor move"
    { re: String.raw`(?:kind|sort) of (?:thing|mistake|move|error|decision) (?:you'd|you would|one would|i'd|i would) expect (?:from|of) (?:an? |the )?(?:[\w-]+ )?(?:intern|junior|student|amateur|newbie|trainee|first-year|child|kid|toddler|beginner)|\bclassic (?:[\w-]+ ){0,2}(?:move|play)\b(?=[^.;!?]{0,60}(?:[.:!?]|$))`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'] },
    // character words: "threw a tantrum", "a grudge", "cowboying", "gambled with patient safety",
    // "bet the bank on a deadline", "sacrificed resilience for cost"
    { re: String.raw`(?:threw|throwing|throw|had) a (?:tantrum|hissy fit|strop|meltdown)|with a grudge|petty grudge|cowboy(?:ing|ed|s)|gambl(?:ed|ing|es) with (?:[\w-]+ ){0,2}(?:safety|security|lives|customers|data|people's|patients|the bank|the company|reliability)|(?:bet|betting|bets) the (?:bank|company|farm|business|house) on` },
    { re: String.raw`sacrific(?:ed|ing|es) (?:[\w-]+ ){0,2}(?:resilience|safety|security|reliability|stability|testing) (?:for|to|on the altar of)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:reasonable|sensible|fair|defensible|right) (?:trade-?off|call|choice)` },
    // "built by someone who'd never heard of CSV"
    { re: String.raw`(?:someone|somebody|people|folks|a team|engineers|devs|developers|a guy|they|he|she) who(?:'d| had| have|'ve)? (?:clearly |apparently |obviously )?never (?:heard of|used)` },
    // "was ever qualified for the role", "had no business running a bank"
    { re: String.raw`(?:was|were|is|are) (?:ever |even |remotely )(?:qualified|competent) (?:for|to)` },
    // "Imagine deleting the one filter …, at 4am, with no staging. Couldn't be me."
    { re: String.raw`imagine\b[^!?]{0,200}?\b(?:couldn't|could never|could not) be me` },
    // "shouldn't be trusted to run a bake sale"
    { re: String.raw`(?:shouldn't|should not|can't|cannot|couldn't|could not|wouldn't) be trusted (?:to|with|near|around)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "the weakest link", "answer to nobody", "got paid very well to not write that test"
    { re: String.raw`(?:are|is|were|was) (?:officially |clearly |always |still )?the weakest link|answer(?:s|ed)? to (?:nobody|no one|no-one)|(?:got|get|gets|getting) paid (?:very |really |extremely )?(?:well|a lot|millions|handsomely|a fortune) (?:to|for)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group', 'generic'] },
    // "how does that get through review at a security company?"
    { re: String.raw`how (?:does|did|do|could|can|would) (?:that|this|it|something like (?:that|this)) (?:get|make it|slip|sail|go) (?:through|past) (?:code )?(?:review|qa|testing|anyone|cab|approval)`, question: true },
    // "It is difficult to understand why the platform team … closed that ticket"
    { re: String.raw`(?:difficult|hard|impossible) to (?:understand|see|explain|justify) why (?:the |a |an |our |their |its )?(?:[\w-]+ ){0,3}(?:team|engineers?|staff|managers?|management|leadership|board|lead|director|he|she|they)\b` },
    // "who does that", "who even does this"
    { re: String.raw`who (?:even |actually )?does (?:that|this)\s*\?` },
    // "writing was on the wall"
    { re: String.raw`writing (?:was|is|had been) on the wall`, negatable: true },
    // "coasting on autopilot for years"
    { re: String.raw`coast(?:ing|ed|s)(?: along)?(?: on autopilot)?|on autopilot for (?:years|months|ages)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // a clown for the people in it: "engineers at 4:05am when 90 routers fall over: 🤡"
    { re: String.raw`\uD83E\uDD21`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "(ops read none)"
    { re: String.raw`(?:read|opened|answered|acted on|checked) (?:none|nothing|not one|zero)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // a verdict put on a card's tail: "— their mess", "— on them", "partly on PIs tbh"
    { re: String.raw`(?:[\u2014\u2013-]|\bpartly|\bentirely|\btotally|\ball|\bthat's|\bthis is|\bthis one's|\bit's)\s*(?:(?:their|his|her) (?:mess|fault|doing|screw-?up|bad)|on (?:them|him|her|the (?:devs|engineers|managers|execs|executives|admins|contractors|interns|pis|ops|board|leadership|management|c-suite|directors|bosses)))(?=\s*(?:tbh|lol|imo|honestly|really)?(?:{END}|\s*[,;]|\s+not\b))` , notPrecededBy: String.raw`\b(?:none of|nothing of|not|none)` },
    // "Find out who."
    { re: String.raw`(?:find|found|figure|work) out who(?={END})` },
    // "Take some responsibility.", "Own it."
    { re: String.raw`{START}(?:take|show) some (?:responsibility|accountability|ownership)\b` },
    // "Replace the on-call tech with someone who actually reads advisories", "they had it coming"
    { re: String.raw`replace (?:{DET} )?(?:[\w'-]+ ){0,3}with (?:someone|somebody|people|a person|an adult|anyone) (?:who|that) (?:actually|can|knows|reads|understands|bothers)|(?:had|have|has) it coming` },
    // "These guys couldn't plan a picnic", "lacking technical curiosity", "questions about how seriously
    // that training was taken", "One job. ONE."
    { re: String.raw`(?:couldn't|could not|can't|cannot) (?:plan|organi[sz]e|run) (?:a|an) (?:picnic|piss-?up|party|bath|raffle|lemonade stand|bake sale|barbecue|bbq)|lacking (?:any |basic |even basic )?(?:technical )?curiosity|questions? (?:about|over|as to) how seriously (?:[\w-]+ ){1,4}(?:was|were) taken|{START}one job[.!]` },
    // the meme of a statement and its contradiction: "Sablegate: 'we test everything.' Also Sablegate: ships …"
    { re: String.raw`([A-Z][\w&'-]*): ["'\u2018\u201c][^"\u201d]{2,120}["'\u2019\u201d]\.?\s+Also \1:`, caseSensitive: true },
    // sarcasm marks: "Could happen to anyone\u2122", "Top tier operational excellence", "Comms team absolutely
    // cooked", "Nobody in that building had heard of a phased rollout", "The people were the problem"
    { re: String.raw`[\w'-]+[!.?]?\u2122|(?:nobody|no one) (?:in|at) (?:that|the) (?:building|company|org|office|team|place) (?:had |has )?(?:ever )?heard of|(?:the )?people (?:were|are) the (?:problem|issue|weak link)|playing golf\s*\?` },
    // dismissive "some exec decided", "some programmer in 2014 didn't think"
    { re: String.raw`some (?:random )?(?:exec|executive|manager|bean counter|director|vp|suit|mba|programmer|dev|developer|engineer|admin|sysadmin|intern|contractor|pm) (?:in (?:19|20)\d\d |somewhere |at [\w-]+ )?(?:decided|thought|figured|chose|signed|didn't think|did not think|never thought|forgot|assumed)\b` },
    // whoever did it, and what they should get: "whoever owned that ticket is unemployable now",
    // "I'd like whoever decided this was ready to explain …"; not the sympathy "whoever ran it, I hope …"
    { re: String.raw`whoever (?:[a-z]+ed|ran|wrote|made|broke|left|signed|owned|approved|pushed|typed|clicked|thought|decided)\b(?: [\w'-]+){0,6}? (?:should (?:be|never|not|lose|answer|explain|have to)|needs to (?:be|explain|answer|go|find)|must (?:be|answer|explain)|is (?:unemployable|getting|going to get|about to get|in trouble|toast|done for|finished|fired|out of a job)|owes (?:the rest of us|us|everyone|every)|has earned)|(?:like|want|need) whoever (?:[\w'-]+ ){1,6}?to (?:explain|answer|apologi[sz]e|justify|tell)`, negatable: true },
    // "Make them redo it every quarter"
    { re: String.raw`make (?:them|him|her|staff|everyone) (?:redo|retake|re-?do|repeat|resit|re-sit) (?:it|the (?:training|course|module|test|quiz))` },
    // "neither of them checked what happens with duplicate names"
    { re: String.raw`neither of (?:them|the two|us) (?:checked|tested|ran|asked|noticed|looked|verified|reviewed|read|questioned|bothered)\b` },
    // "'we take security seriously' says the trust that ran XP until 2021", "aged like milk", "were they
    // though", "has been a shambles since the outsourcing"
    { re: String.raw`(?<=["'\u2019\u201d],?\s{1,3})says the (?:[\w-]+ ){0,2}(?:company|trust|firm|bank|council|org|organisation|organization|agency|airline|board|team|ministry|government|guy|people|ceo) (?:that|which|who)\b|aged like (?:milk|fine milk)|(?:were|was|did|do|are|is) (?:they|he|she|it) though\b|(?:has been|is|was) (?:a |an )?(?:absolute |complete |total )?(?:shambles|shitshow|clown show|circus)\b` },
    // "why did nobody question a global push" even without a question mark
    { re: String.raw`why (?:did|didn't|was|wasn't) (?:nobody|no one|no-one)(?: [\w#-]+){0,3}? (?:question|check|stop|notice|flag|ask|test|look)\b` },
    // "we've all worked with that guy", "couldn't test their way out of a paper bag", "hasn't a clue", "not doing
    // your job", "somebody's entire job was watching that", "it isn't bad luck, it's them", "the difference is
    // leadership", "nobody there ever gets sacked", "names, please", "…, genius."
    { re: String.raw`we've all worked with (?:that|this|a|the) (?:guy|person|dev|engineer|admin|one|manager)|(?:couldn't|could not|can't|cannot) [a-z]+ (?:their|his|her) way out of a (?:wet )?paper bag|(?:hasn't|haven't|has not|have not) (?:got )?a clue|(?:you're|you are|they're|they are|he's|she's|that's|that is|they were|he was|she was)(?: just| simply)? not doing (?:your|their|his|her) (?:job|jobs)|(?:somebody's|someone's) (?:entire|whole|only) job was (?:to )?(?:watch|watching|check|checking|monitor|monitoring)|(?:isn't|is not|it's not|that's not) (?:bad )?luck,? (?:it's|that's|it is) (?:them|him|her|management|leadership|the [\w-]+ team)|the difference (?:is|was) (?:leadership|management)(?={END})|nobody (?:there |here )?(?:ever )?gets (?:sacked|fired|punished|disciplined)(?! for (?:following|doing|raising|reporting))|names,? please|(?<=\w,\s{0,3})genius(?={END})` },
    // stock sarcasm that needs no damage word before it: "What could possibly go wrong.", "Inspiring
    // stuff.", "Totally unrelated, I'm sure.", "What year is it.", "Make of that what you will."
    { re: String.raw`what could possibly go wrong|cool cool cool|inspiring stuff|(?:brilliant|great|fantastic|superb|lovely)\.\s+just (?:brilliant|great|fantastic|superb|lovely)|totally unrelated,? i'?m sure|(?:purely )?a coincidence,? i'?m sure|what year is it|make of that what you will|it'?s almost impressive|a career highlight for the ages|peak [\w-]+ cowardice|(?<=['"\u2019\u201d] |\bclassic |\bold )school of (?:disaster recovery|incident (?:management|response)|engineering|operations|change management|security|testing|project management|devops|sysadmin)` },
    // an eye-roll, facepalm or skull beside what people did: "mgmt still saying 'teething issues' 🙄"
    { re: String.raw`(?:\uD83D\uDE44|\uD83D\uDE43|\uD83D\uDE48|\uD83E\uDD26(?:\u200D[\u2640\u2642]\uFE0F?)?|\uD83D\uDC80)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // praise with a thumbs-up after a failure: "IT said 'we don't know yet' for 2 days. great comms 👍"
    { re: String.raw`(?:great|good|excellent|stellar|top-notch|amazing|fantastic|nice|brilliant) (?:comms|communication|job|work|stuff|planning|foresight|testing|leadership)\s*\/s` },
    // "That's not a bug, that's a management decision"
    { re: String.raw`not an? (?:[\w-]+ ){0,2}?(?:bug|glitch|outage|error|accident),\s*(?:that's|it's|this is|it was) (?:a |an )?(?:management|leadership|executive|board|c-suite|boardroom) (?:decision|choice)|(?:that's|that is|it's|it is|this is|this was|that was) (?:a |an )?(?:management|leadership|executive|board|c-suite|boardroom) (?:failure|problem)\b` },
    // selling before telling: "Execs sold stock days after the breach was found"
    { re: String.raw`sold (?:[\w-]+ )?(?:stock|shares) (?:[\w-]+ ){0,2}(?:after|before|ahead of)` },
    // sarcasm's stock forms: "Nothing says 'principal architect' like …", "it's always Kevin"
    { re: String.raw`nothing says ["'][^"'.!?]{2,40}["'] like`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    { re: String.raw`(?:it's|it is|it was) always (?<actor>(?:the )?[\w@.-]+(?: from [\w-]+)?)(?=\s*[.!?]|\s*$)`, target: 'actor', who: ['name', 'handle', 'role', 'group'] },
    // a bet on who did it: "Ten bucks says the vendor's tech plugged …"
    { re: String.raw`(?:ten|five|twenty|fifty|a hundred|a tenner|a fiver|\$?\d+) (?:bucks |quid |dollars |euros |pounds )?says (?:that )?(?:[\w'-]+ ){0,4}?(?<!\b(?:gets|got|is|was|be|been|being|are|were) )(?:\w+ed|did|broke|ran|pushed|forgot|wrote|took|left|made|set|cut|put|shipped|wiped|pulled|unplugged|skipped)\b|(?:i'd|i would|i'll) bet (?:you )?good money`, target: 'sentence' },
    // "Imagine earning that much and not knowing how to renew a certificate", "imagine getting
    // three warnings and archiving all three"
    { re: String.raw`imagine (?:being|earning|pulling|making|getting paid|drawing|having)\b[^.;!?]{0,60}?\band (?:still )?(?:not|never) (?:knowing|being able|understanding|checking|reading|testing)|imagine (?:getting|receiving|being (?:told|warned|sent|given))\b[^.;!?]{0,80}?\band (?:then )?(?:ignoring|archiving|deleting|muting|snoozing|dismissing|not (?:reading|opening|acting))`, notFollowedBy: String.raw`[^.!?]{0,120}\b(?:that(?:'s| is| was) (?:what|our|how|why)|the (?:old |new )?(?:threshold|tool|system|process|onboarding|pager|alerting))` },
    // "Same dude who took down payroll last March"
    { re: String.raw`(?:the )?same (?:dude|guy|gal|person|engineer|dev|admin|team|idiot|people|folks|crew|intern|contractor)s? (?:who|that) (?:took down|broke|deleted|wiped|caused|nuked|crashed|killed|bricked|borked|trashed)` },
    // contempt for people by what they care about: "a leadership team more interested in cutting costs than …"
    { re: String.raw`more interested in (?:cutting|saving|profits?|dividends|bonuses|buybacks|marketing|growth|shipping|features|optics|pr|covering|blaming|looking good|appearances|the share price|money|costs?|headcount|deadlines|launch(?:es|ing)?|revenue|the stock|their own|his own|her own|velocity)\b(?:[\w'-]+ ){0,4}?[^.;!?]{0,30}\bthan\b`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "Their comms people are a joke", "Hire cheap, get cheap"
    { re: String.raw`(?:are|is|was|were) (?:a |an )?(?:complete |total |absolute |fucking |bloody )?(?:joke|clown show|circus|embarrassment|disgrace|laughing stock)\b`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    { re: String.raw`(?:hire|pay|buy|outsource) cheap,? (?:get|you get) cheap` },
    // "Classic QA.", "Classic management."
    { re: String.raw`classic (?<actor>[\w@.-]+(?: [\w-]+)?)(?=\s*[.!]|\s*$)`, target: 'actor', who: ['name', 'handle', 'role', 'group'] },
    // "… is not a victim of the system"
    { re: String.raw`(?:is|was|are|were) not (?:a |the )?victims? of (?:the |a )?(?:system|process|circumstances?)|(?:isn't|wasn't|aren't|weren't) (?:a |the )?victims? of (?:the |a )?(?:system|process|circumstances?)` },
    // "pushed a button he didn't understand"
    { re: String.raw`(?:a|the|some) (?:button|command|script|tool|setting|switch|query|flag|change|config) (?:he|she|they|nobody|no one) (?:didn't|did not|doesn't|does not|don't|do not) (?:understand|know how to use|fully understand)` },
    // "typed 'yes' out of habit", "out of impatience"
    { re: String.raw`out of (?:sheer |pure )?(?:impatience|laziness|arrogance|boredom|spite)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'] },
    // "couldn't find the staging environment with a map and a flashlight"
    { re: String.raw`(?:couldn't|could not|can't|cannot) (?:find|organi[sz]e|run|manage|locate) [^.;!?]{1,50}?\b(?:with a map|paper bag|piss-up|brewery)` },
    // "learning Kubernetes on the job, on our dime"
    { re: String.raw`learning [^.;!?]{1,30}? on the job,? on (?:our|the customers'?|taxpayers'?|the taxpayer's|everyone's) dime` },
    // "Every single one of them knew", "I think we all know what happened"
    { re: String.raw`(?:every (?:single )?one of them|all of them|they all|each of them) knew|we all know who (?:did (?:it|this|that)|it was)` },
    // "raised fresh questions about the competence of the telecom's leadership"
    { re: String.raw`(?:questions|doubts|concerns) (?:about|over|regarding) (?:the )?competence of`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // scare quotes on a person's work: "Chinedu 'tested' it in prod", "Kowalczyk's 'quick fix'"
    { re: String.raw`['"\u2018\u201c](?:tested|reviewed|checked|verified|fixed|investigating|quick fix|senior|expert|engineers?|professionals?|hotfix|tiny|small|minor|harmless|safe|simple|trivial|low[- ]risk)['"\u2019\u201d]`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'], personal: true,
      // a label or a button, not scare quotes: 'clicks "Tested"', 'classified it as "minor"'
      notPrecededBy: String.raw`\b(?:clicks?|clicked|press(?:es|ed)?|select(?:s|ed)?|labels?|labell?ed|mark(?:s|ed)?|classif(?:y|ies|ied)|as|set to|called|named|status)\s*` },
    // "peak competence", "expected more from a team of this seniority", "needs to get a grip"
    { re: String.raw`peak (?:competence|professionalism|engineering|leadership|management|incompetence)|(?:expected|expect) (?:more|better) (?:from|of) (?:a |the |that |this |our |their )?(?:[\w-]+ ){0,3}(?:team|engineers?|people|staff|crew|leadership|management|professionals?|seniority)|(?:needs?|has|have) to get a grip|pull (?:their|his|her) socks up|up (?:their|his|her) game` },
    // "not their first time", "asleep on the pager"
    { re: String.raw`not (?:their|his|her) first screw-?up|asleep (?:on|at) the (?:pager|switch|job|desk)`, negatable: true },
  ],
  'failed-to': [
    // "the board had 'failed in its duty'"
    { re: String.raw`failed in (?:its|their|his|her|our) (?:duty|duties|responsibilit(?:y|ies)|obligations?|oversight)` },
    // not bothering: "nobody on infra could be bothered to test", "never got round to"
    { re: String.raw`(?:could(?:n't| not)?|can(?:'t|not)?) be bothered|(?:never|didn't|did not|doesn't|does not) (?:even )?bother(?:ed)?|(?:had|has|have)(?:n't| not| never) (?:even )?bothered(?! (?:anyone|anybody|us|them|him|her|me|people|the)\b)|(?:never|didn't|did not|simply didn't|just didn't) (?:got|get) (?:a)?round to` },
    // knowing and doing nothing: "knew about the intrusion and told no one"
    { re: String.raw`(?:told|tell|tells|telling) (?:no one|no-one|nobody)|kept (?:it|this|that|quiet|silent|(?:it |this )?(?:quiet|secret|hidden))\b`, target: 'subject', who: [...INDIVIDUALS, 'group'], personal: true, notPrecededBy: String.raw`\b(?:was|were|been|being|be|is|are|am)`,
      // kept it going is the opposite of hiding it
      notFollowedBy: String.raw`(?:going|running|alive|afloat|together|working|stable|online|open|ticking|moving|in check|under control|at bay|safe)\b` },
    // keeping it to oneself: "said nothing", "raised it with no one", "handed over without mentioning it"
    { re: String.raw`(?:said|mentioned|escalated) nothing(?! (?:unusual|abnormal|wrong|of (?:note|concern)))|raised (?:it|this|that) with (?:no ?one|no-one|nobody)|without (?:mentioning|flagging|passing on|reporting|escalating) (?:it|this|that|the [\w-]+(?: [\w-]+)?)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, explained: true },
    // "did not open her laptop" after the page
    { re: String.raw`(?:did not|didn't|never) (?:open|check|look at|pick up) (?:his|her|their) (?:laptop|phone|email|e-mail|inbox|pager|messages|notifications)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, explained: true },
    // "At no point during the window did the shift supervisor consult the checklist"
    { re: String.raw`at no point\b[^.;!?]{0,60}?\bdid\b(?!(?: [\w'-]+){1,4} (?:have|get|receive|see|show|display)\b)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'] },
    // "acknowledged three alerts and took no further action"
    { re: String.raw`took no (?:further |other |real )?action`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, explained: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:which matched|as the runbook|per the runbook|false positive|as (?:planned|agreed|instructed))`, notPrecededBy: String.raw`\bafter confirming\b[^.;!?]{0,60}` },
    // "on-call didn't ack for 40 min", "had his phone on silent for the entire window"
    { re: String.raw`(?:didn't|did not|never) (?:ack|acknowledge|respond|answer|pick up)\w*(?: (?:the|a|any) [\w-]+)? for (?:\d+|an?|over|more than|almost|nearly)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true, explained: true },
    { re: String.raw`(?:his|her|their) (?:phone|pager|laptop)(?: was)? (?:on|set to) (?:silent|mute|do not disturb|dnd)`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role'], explained: true, notFollowedBy: String.raw`\s*(?:by|because of) (?:the |an? )?(?:[\w-]+ )?(?:policy|update|profile|mdm|os)\b` },
    // "ppl not reading runbook"
    { re: String.raw`(?:people|ppl|folks|staff|engineers|on-call|ops|devs) (?:not|never) (?:reading|following|checking|using) (?:the )?(?:[\w-]+ )?(?:runbooks?|docs|procedures?|checklists?|process)`, explained: true },
  ],
  hindsight: [
    // the signs called plain after the fact: "the warning signs were clear from the first minute",
    // "the red flags were there in the CAB notes" (not signs of recovery, nor the runbook's writing)
    { re: String.raw`(?:the )?(?:warning signs|warning signals|red flags)(?: [\w-]+){0,3} (?:were|was) (?:all )?(?:clear|obvious|there|plain|visible|everywhere)\b|the signs were all there`, negatable: true, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:only|but|yet|though|which|that nobody|to the (?:detector|model|system|monitor|alerting)|hindsight|after the fact)\b` },
    // "clearly nobody in revenues reads the report"
    { re: String.raw`(?:clearly|obviously|evidently) (?:nobody|no one|no-one|none of (?:them|you))(?: (?:in|on|at|from) (?:the )?[\w-]+(?: [\w-]+)?)? (?:reads?|checked|checks|tested|tests|bothered|bothers|looked|looks|cares|cared|noticed|notices|thought|thinks|knew|knows|understood|understands|followed|follows)\b` },
    // "it was clear Stefan hadn't looked at the diff"
    { re: String.raw`(?:it was|it's|it is) (?:clear|obvious|evident|plain)(?: that)? (?<actor>(?:the |our |their )?[\w@.'-]+(?: [\w-]+)?) (?:hadn't|had not|didn't|did not|wasn't|was not|never|couldn't|could not)(?! (?:been|being)\b)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
    // "Anyone familiar with the rollout policy would have recognised …"
    { re: String.raw`anyone (?:[\w/-]+ ){0,8}?(?:would|should|could) ?(?:have|'ve) (?:known|seen|recogni[sz]ed|realised|realized|spotted|noticed|caught|understood|predicted)`, supersedes: ['counterfactual'], notPrecededBy: String.raw`\b(?:unlikely|no way|doubt|whether|if|not clear|impossible|hard to see how|not sure)\b[^.;]{0,20}` },
    // "In hindsight we ought to have pushed …"
    { re: String.raw`ought(?:n't| not)? to (?:have|'ve) (?<verb>[a-z]+)`, target: 'subject', who: [...INDIVIDUALS, 'group', 'we'], verbGroup: true },
    // a card with its subject left out: "Should've known the cert lifetime …"
    { re: String.raw`{START}(?:should|could|would)(?:'ve| have| of) (?:known|seen|caught|noticed|spotted|checked|tested|realised|realized|gone to (?:bed|sleep)|stopped|waited|asked|called (?:it|for help)|rolled back|escalated|been (?:caught|done|fixed|obvious|spotted|noticed))` },
    // any act a card regrets with its subject left out: "Should've rolled back at 14:10"
    { re: String.raw`{START}should(?:'ve| have| of) (?:just |simply )?(?!(?:existed|worked|happened|included|supported|been)\b)(?:[a-z]+ed|done|run|built|sent|set|put|cut|held|kept|left|read|got|gotten|taken|made|paged|called|pulled|stopped|asked)\b` },
    // "obvious in hindsight", unless it goes on to say what was seen at the time
    { re: String.raw`{START}(?:it was |it's |this was |all )?(?:so |all too |painfully |blindingly )?(?:obvious|predictable|clear) in (?:hindsight|retrospect)`, notFollowedBy: String.raw`[^.;!?]{0,30}\bbut\b` },
    { re: String.raw`should(?:'ve| have) been (?:done|fixed|caught|patched|replaced|renewed) (?:months|years|weeks|ages|long) ago` },
    // "This was entirely predictable", "everyone knew we were single-homed"
    { re: String.raw`(?:this|that|it) (?:was|is|were) (?:so |entirely |totally |completely |utterly |perfectly |all too |100% )?(?:predictable|foreseeable|inevitable)` },
    { re: String.raw`(?:was|is|were) ["']?(?:so |entirely |totally |completely |utterly |perfectly |all too |100% |wholly )(?:predictable|foreseeable)` },
    { re: String.raw`{START}(?:it was |it's |this was )?(?:so |pretty |totally |painfully |blindingly )?obvious(?:ly)? (?:this|that|it|they|the [\w-]+|going to) (?:would|was going to|will|break|fail|happen)` },
    { re: String.raw`(?:was|is) all it (?:would have|would've|'d have|would) take?n?|all it (?:took|takes|would take|would have taken) (?:was|is)` },
    { re: String.raw`(?:can't|cannot|couldn't|can not) (?:even )?tell (?:staging|test|dev|prod|production|the difference between \w+) (?:from|and) (?:prod|production|staging|test|dev|\w+)` },
    { re: String.raw`(?:basic|total|complete|utter|fundamental) lack of (?:competence|skill|knowledge|understanding|professionalism|judge?ment)` },
    { re: String.raw`packing (?:a |their |his |her |up )?(?:box|boxes|desk|bags?|things)`, negatable: true },
    { re: String.raw`sit (?:him|her|them|that [\w-]+|the [\w-]+|this [\w-]+) down (?:and|to)` },
    { re: String.raw`(?:bad|poor|terrible|wrong|questionable|awful|dumb) (?:call|decision|judge?ment) (?:by|from)`, target: 'object', who: ['name', 'handle', 'role', 'group'], personal: true },
    { re: String.raw`(?:everyone|everybody|we all|they all|all of us) (?:already )?knew|could (?:have|'ve) told (?:you|them|us|anyone)|anyone who(?:'s| has| had)? (?:ever )?(?:run|worked|used|built|operated|managed|touched|administered|deployed|done|migrated|maintained|shipped|written)\b[^.;!?]{0,60}?\b(?:knows|knew|would know|could tell|can tell)`, notFollowedBy: String.raw`(?:exactly |just |too well )?how (?:that|it|this) (?:goes|feels|is)|the feeling|(?:that )?(?:mistakes|errors|things|outages|accidents|slips) (?:happen|go wrong|break)|it happens|these things happen` },
    { re: String.raw`learn(?:ed|t|s)? nothing|never learn|learn(?:ed|t)? (?:nothing|no lessons?)` },
    // "Any first-year analyst knows about the row limit", "every SOC analyst worth their salary
    // knows what exfil looks like"
    { re: String.raw`(?:any|every) (?:first-year|first year|second-year|junior|self-respecting|entry-level|[\w-]+ (?:worth (?:their|his|her) (?:salt|salary|pay(?:check)?)))\s?(?:[\w-]+ ){0,2}(?:knows|would know|could tell|can tell|would have (?:known|seen|spotted|caught))|(?:[\w-]+ )worth (?:their|his|her|the) (?:salt|salary|pay(?:check)?|name) (?:would |could |should )?(?:knows?|(?:have )?(?:known|spotted|seen|caught|noticed)|spot(?:ted)?|tell)` },
    // "This was obvious.", "Obvious from the March test results that go-live wasn't ready"
    { re: String.raw`{START}(?:this|that|it) (?:was|is) (?:so |painfully |blindingly |totally |completely )?obvious(?=\s*[.!]|\s*$)|{START}(?:it was |it's |it is )?obvious (?:from|by|since|after|in) [^.;!?]{3,80}? that`, cue: String.raw`\b(?:not|n't|never|wasn't|weren't|wouldn't|should|ignor\w*|wrong|anyone|everyone|they|this was)\b` },
    // "executives had 'known for a decade'"
    { re: String.raw`["']?known for (?:a decade|decades|years|a long time|ages|months)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "plain to anyone who visited the plant", "ought to have been plain to those approving the change"
    { re: String.raw`(?:was|were|had been|would have been) (?:plain|obvious|clear|evident|apparent) to (?:anyone|anybody|everyone|everybody|any (?:[\w-]+ )?(?:engineer|operator|admin|expert|professional|manager))\b|(?:should|ought to|must)(?: have|'ve) been (?:plain|obvious|clear|evident|apparent) to` },
    // "a physicist of his seniority might be expected to recognise …"
    { re: String.raw`(?:might|could|would|should) (?:reasonably |surely )?(?:be|have been) expected to (?:recogni[sz]e|notice|spot|know|see|catch|realise|realize|check|question|ask|understand)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "A careful public servant would have asked …"
    { re: String.raw`(?:a|any) (?:careful|diligent|prudent|reasonable|responsible|sensible|conscientious|professional) (?:[\w-]+ ){0,2}would(?: have|'ve) (?:asked|checked|noticed|seen|known|spotted|questioned|stopped|refused|realised|realized)` },
    // "it is difficult to understand that nobody in IT reacted"
    { re: String.raw`(?:difficult|hard|impossible) to (?:understand|accept) (?:how|that) (?:nobody|no one|no-one) (?:[\w-]+ ){0,3}(?:reacted|noticed|acted|checked|responded|escalated|questioned)\b` },
    // "Everyone in IT knew that list was a reply-all bomb"
    { re: String.raw`(?:everyone|everybody) (?:in|at|on|from) (?:the )?[\w-]+(?: [\w-]+)? (?:already )?knew`, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:so|which is why)\b` },
    // chances counted: "had three separate chances to ground the fleet"
    { re: String.raw`had (?:two|three|four|five|six|several|multiple|many|\d+) (?:separate |different |clear |distinct )?(?:chances|opportunities) to [^.;!?]{1,60}?\b(?:and|but|yet) (?:missed|didn't|did not|never|sat on|let|ignored|took none|passed on)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "it is hard to understand why the approver let this through"
    { re: String.raw`(?:difficult|hard|impossible) to (?:understand|fathom|accept|justify) why\b`, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
  ],
  minimising: [
    // "A simple dry-run would have saved them two weeks", "a quick glance at the list would have shown"
    { re: String.raw`(?:a |one )?(?:simple|basic|quick|single|five-minute|two-minute|ten-second|cursory) (?:[\w-]+ ){0,2}(?:check|test|dry-?run|review|look|glance|query|grep|backup|rehearsal|diff|ping|question|phone call|call) (?:[\w-]+ ){0,4}?(?:would|could) have (?:saved|prevented|caught|avoided|stopped|shown|revealed|spared|flagged)`, notFollowedBy: String.raw`[^.;!?]{0,60}\b(?:so (?:we've|we have|we) (?:added|built|put in)|(?:we've|we have) (?:now )?(?:added|built)|is now in place)` },
    // "they couldn't manage to copy a file to all of them?"
    { re: String.raw`(?:couldn't|could not|can't|cannot) (?:even )?manage to`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "That's lesson one of BGP", "day-one stuff"
    { re: String.raw`(?:that's|that is|it's|it is|this is|is) lesson (?:one|1|number one)\b|day[- ]one stuff|first thing (?:you|they|anyone) (?:learn|learns|are taught)` },
    // "would simply have meant deleting a few hundred lines"
    { re: String.raw`(?:would|could) (?:simply|just|only|merely) have (?:meant|required|taken|involved|needed)` },
    { re: String.raw`how hard (?:is|was|can|could|would) (?:it|that|this)`, negatable: true },
    { re: String.raw`(?:not|isn't|wasn't|ain't|is not) (?:exactly )?(?:rocket science|brain surgery|hard)|(?:doesn't|does not|didn't|did not|don't|do not) (?:exactly )?take a (?:rocket scientist|brain surgeon)|(?!https? )[a-z]+(?:-[a-z]+)? 101(?!\.?\d)` },
    { re: String.raw`basic (?:hygiene|security|cybersecurity|competence|stuff|precautions?|diligence|maths?|ops|sysadmin|mistakes?|errors?)` },
    // a lecture in the imperative: "Just read your diff.", "Just run active-active …"
    { re: String.raw`{START}(?:just|simply) (?!(?:want|wanted|wanna|wanting|wish|hope|thought|saying|say|to say|wondering|glad|happy|thank|thanks|before|after|as|when|like|one|a|an|the|impressed|amazed|curious|surprised|tired|relieved|wasn|weren|isn|didn|hadn|doesn|don|not|never)\b)(?<verb>[a-z]+)\b(?<!ing)`, verbGroup: true, contexts: ['document', 'card'] },
    // "Just needed MFA on the console" on a card, with no subject
    { re: String.raw`{START}(?:just|simply|only|all it) (?:needed|took|required|had to)` },
    // "It's just an IP change on one router", "It's literally just a ulimit"
    { re: String.raw`(?:it's|it is|it was|this is|that's|that is|this was) (?:literally |really |honestly )?(?:just|only|simply|merely) (?:a|an|one)\b` },
    { re: String.raw`how (?:is|was|does|did|can|could) (?:that|this) (?:even |possibly |really )?(?:possible|take|a|an)\b`, question: true },
    // "the obvious fix" is the remedy, not a verdict on people
    { re: String.raw`(?:an? )?(?:easy|trivial|obvious|simple) (?:catch|typo|miss)|(?<!\bthe )(?:easy|trivial|obvious|simple) fix|somehow (?:took|managed|needed|required)` },
    // the effort named as small: "renewing a cert is a five-minute job", "a one-line check", "a
    // single registry setting", "takes ten minutes to install", "literally first-year CS"
    { re: String.raw`(?:is|was|it's|that's|it is|takes?|took|costs?)\s+(?:literally |like |about |only |just |all of )?(?:a |an |one )?(?:one-line|single-line|two-line|one-liner|five-minute|ten-minute|two-minute|thirty-second|30-second|\d+-minute|\d+-second|trivial|first-year|day-one|week-one|junior-level|intern-level|beginner|beginner's) (?:[\w-]+ )?(?:check|fix|job|change|edit|setting|task|thing|patch|config|test|step|question|stuff|exercise|cs|mistake)s?\b`,
      // "rarely a one-line change" and "like it's a five-minute fix" argue against the minimising
      notPrecededBy: String.raw`\b(?:rarely|never|not|n't|hardly|seldom|like|as if|like it's|as if it's)` },
    // "a first-year hire could do it in an afternoon", "the fix itself was trivial"
    { re: String.raw`(?<!\bso(?: that)? )(?:a|any) (?:first-year|first year|junior|graduate|summer|week-one) (?:hire|engineer|dev|developer|intern|analyst)s? could (?:do|fix|have done|have fixed|have caught|spot|have spotted)|(?:fix|change|patch|solution|remedy)(?: itself)? (?:was|is|would have been) trivial` },
    { re: String.raw`takes? (?:only |just |maybe |literally |like )(?:ten|five|two|three|\d+) (?:minutes|mins|seconds|secs) to (?:install|fix|renew|patch|check|test|set up|configure|add|write|turn on|enable|apply)|(?:first|freshman)[- ]year (?:cs|computer science|stuff|material)` },
    // the fix refused because it was only a person: "a simple operator slip, and no changes to the
    // platform are warranted"
    { re: String.raw`no (?:platform |system |process |systemic |further |other )?(?:changes?|fix(?:es)?|action|work|remediation)(?: to (?:the |our )?[\w-]+)? (?:is|are|was|were) (?:warranted|needed|required|necessary|called for)`, cue: String.raw`\b(?:operator|human|individual|person|engineer|staff|one-off|one off)(?:'s)? (?:error|mistake|slip|typo|lapse)|\b(?:slip|typo)\b` },
    // the systemic cause denied: "one bad cmd from the dev team, not systemic imo"
    { re: String.raw`(?:not|isn't|wasn't|nothing) (?:a |anything )?systemic(?! (?:but|rather)\b)`, cue: String.raw`\b(?:one|single|a|an) (?:bad|tired|careless|sloppy|rogue|dumb) (?:cmd|command|admin|engineer|dev|person|operator|guy|click)|\b(?:human|operator|individual|person)(?:'s)? (?:error|mistake|slip)|\bmistake\b`, notPrecededBy: String.raw`\b(?:says?|said|called|calling|label(?:l?ed|s)?|claims?|claimed)\s+["']?` },
    // "the engineer just had an off day"
    { re: String.raw`(?:just|only|simply) had (?:an off|a bad|an unlucky) day`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role'], personal: true },
  ],
  'who-question': [
    // "how is he still on the console", "why does she still have a job?": the question asks for removal
    { re: String.raw`(?:how|why) (?:is|are|was|were) (?:he|she|they|that guy|this guy|that woman|the (?:[\w-]+ )?(?:operator|engineer|admin|contractor|developer|dev|technician|manager|director|ceo|cto|supervisor|dispatcher|intern)) still (?:on (?:the |that |his |her |their )?(?:console|team|payroll|job|desk|board)|employed|in (?:charge|a job|the job|post|office)|allowed (?:near|to)|there\b|here\b)(?!\s*(?:after|at|for|past|despite) (?:\d+|an?|one|two|three|four|five|six|eight|ten|twelve|sixteen|twenty|thirty)\b)|(?:how|why) (?:does|do|did) (?:he|she|they|that guy|the (?:[\w-]+ )?(?:operator|engineer|admin|contractor|developer|technician|manager|director|ceo|cto|supervisor)) still (?:have|has) (?:a|his|her|their) (?:job|position|role|badge|access)` },
    // "What were you doing for the last six months???": the question is the accusation
    // (not the learning review's own question: "What were you doing right before the page came in?")
    // ("What was the NOC doing, watching Netflix?": a sarcastic guess after it)
    { re: String.raw`what (?:on earth |the hell )(?:were|was) (?:you|they|he|she|(?:the |your |their )?[\w-]+(?: team)?) doing\b|what (?:exactly )?(?:were|was) (?:you|they|he|she|(?:the |your |their )?[\w-]+(?: team)?) (?:(?:even|actually) doing\b|doing (?:all (?:this time|day|week|month|year)|for (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|several|many) [a-z]+)|doing\b(?=[^.;!]*\?\?)|doing\b(?=[^.;!?]{0,30}, [a-z]+ing\b[^.;!?]{0,30}\?))`, question: true, target: 'sentence', who: ['name', 'handle', 'pronoun', 'role', 'group'] },
    // "Critics asked why a single engineer had been allowed to work alone at midnight"
    { re: String.raw`(?:asked|asking|wondered|wondering|questioned|demanded to know) (?:[\w-]+ ){0,3}why (?:a|an|the|one|a single) (?:[\w-]+ ){0,2}(?:engineer|person|employee|admin|technician|contractor|developer|operator|worker|intern|junior|analyst|officer)s? (?:had been|was|were|is|are) (?:allowed|left|permitted|given|trusted)` },
    // "somebody in that company's IT department needs to explain why they pushed a change"
    // ("Duty manager to explain in writing why no tug was requested": the action item's form)
    { re: String.raw`(?:needs?|has|have|ought|should|must) to explain (?:why|how)|(?:(?<=^\s*(?:the |our )?(?:[\w-]+ ){1,3})to|must|should) explain (?:(?:in writing|personally|formally|(?:him|her|them)sel(?:f|ves)) )?why(?= (?:no|nobody|no one|nothing)\b| (?:he|she|they|(?:the |a )?[\w-]+) (?:(?:had|has|was|were|did|have) )?(?:not|never|n't|failed|skipped|ignored|bypassed|chose|forgot|missed|overrode|disabled)\b| [^.;!?]{0,60}\b(?:was|were|had) (?:not|never)\b)`, target: 'subject', who: ['name', 'handle', 'pronoun', 'role', 'group'], personal: true },
    // "Who decided …?", "Who at Norvik owned that certificate …?", "Which genius at X …"
    {
      re: String.raw`(?:{START}|\b(?:so|and|but) )who(?: (?:at|in|from|on) (?:that |the )?[\w-]+(?: [\w-]+)?| in (?:their|his|her) right mind| else| on earth| exactly| actually| seriously| even| the hell)? (?:decided|thought|owned|owns|pushes|pushed|believes|believed|hired|chose|picked(?! up)|okayed|ok'd|greenlit|green-lit|gave|put|designed|left|configured|set|signs|signed|approves|reviewed|reviews|wrote|writes|knew|let|lets|allowed|allows|deploys|ships|merges|hands|handed|gives|switched|turned|disabled|removed|deleted|changed|ran|scheduled|planned|authori[sz]ed|would (?:do|allow|approve|sign off|ship|push))`,
      question: true,
    },
    // "Why did nobody escalate after the fourth alert?"
    { re: String.raw`why (?:did|didn't|was|wasn't|were|weren't|had|hadn't|has|hasn't|does|doesn't|is|isn't) (?:nobody|no one|no-one|anyone|anybody)(?! (?:get|receive|hear|see)\b)`, question: true },
    // "why was @helpful9 given publish rights", "why is only one guy in the dock"
    { re: String.raw`why (?:was|were|is|are) (?<actor>[\w@.-]+(?: [\w-]+){0,2}) (?:given|allowed|trusted|let|left|put|hired|still|in charge|in the dock)`, target: 'actor', who: [...INDIVIDUALS, 'group'], question: true },
    // reported: "pressed executives on who had decided to launch", "demanded that the chief
    // executive explain why", "raises the question of why he was left alone"
    { re: String.raw`(?:pressed|grilled|quizzed|challenged)(?: [\w',-]+){0,6} (?:on|about|over|as to) who (?:had |has )?(?:decided|approved|signed|authori[sz]ed|allowed|known|chosen|ordered)|raises? (?:the )?questions? (?:of |about |as to )?why (?:he|she|they|the [\w-]+|an? [\w-]+) (?:was|were|had been) (?:left|allowed|given|permitted|trusted|put)` },
    { re: String.raw`(?:demanded|demanding|demands|demand) (?:that )?(?<actor>(?:[\w.'-]+ ){1,5}?)explain (?:why|how)`, target: 'actor', who: ['name', 'handle', 'pronoun', 'role'] },
    // reported: "lawmakers demanded to know who signed off on a backup", "passengers deserve to know which
    // manager decided …", "tell us who allowed a patch on a Friday night"
    { re: String.raw`(?:demanded|demanding|demands|want(?:s|ed)?|deserves?|has a right|have a right|asked|asking|tell us|told us) to know (?:who (?!to\b)(?:[\w-]+ ){0,2}?(?:allowed|approved|decided|signed|authori[sz]ed|let|ok'd|okayed|was responsible)|which (?:[\w-]+ )?(?:manager|exec|executive|director|official|minister|engineer|person|team|boss))|tell (?:us|the (?:public|house|committee|parliament)|people) who (?:allowed|approved|signed|decided|authori[sz]ed|let|ok'd|okayed)` },
    // "Did anyone upstairs actually read the readiness report?", "did nobody over there run it first?"
    { re: String.raw`{START}(?:(?:serious|honest) question:? )?did (?:(?:anyone|anybody)(?: [\w-]+){0,3}? (?:actually|even|ever|bother to|think to|once)|(?:nobody|no one|no-one|literally no one|not one person)(?: [\w-]+){0,3}?(?: actually| even| ever| bother to| think to| once)?) (?:run|read|test|check|look|try|think|ask|review|bother|consider|open|restore|own|remember|escalate|warn|monitor|watch|care|plan|catch|question|verify|validate|double-check|push back|speak up|sign off)\b`, question: true },
    { re: String.raw`who in (?:their|his|her|your) right mind\b` },
    { re: String.raw`explain which (?:employee|engineer|person|manager|team|staff member|official|executive|individual) (?:approved|decided|allowed|signed|pushed|ran|made|authori[sz]ed)`, },
    // "Which exec decided the lab test was optional?"
    { re: String.raw`which (?:[\w-]+ )?(?:exec|execs|executive|manager|director|boss|vp|genius|bright spark|idiot|clown|muppet|person|engineer|team|department|official|maintainer|admin|developer|dev|contractor|intern) (?:decided|thought|approved|signed off|allowed|let|chose|ok'd|okayed|greenlit|signed|left|forgot|pushed|deleted|merged|broke)`, question: true },
    // "batteries moved with the power on?? who OK'd that", "Find out who set the cap to 12"
    // not the question quoted to be set aside ("'Who approved this?' is the least useful question")
    { re: String.raw`(?<!["'\u201c\u2018])who (?:ok'd|okayed|oked|signed off on|green-?lit|approved|authori[sz]ed|allowed|set|let) (?:that|this|it)(?={END})`, notPrecededBy: String.raw`(?:["'\u201c\u2018]|\bnot|\bask|\basks|\basking|\basked|\b(?:unclear|not sure|unknown|don't know|doesn't say|logs?|logged|records?|recorded)\b[^.;!?]{0,15})` },
    { re: String.raw`who was (?:in charge of|responsible for|supposed to be (?:watching|checking|on))\b`, question: true },
    // "And it took them how long to notice?"
    { re: String.raw`(?:took|takes|take) (?:them|him|her|you|the [\w-]+) how long`, question: true },
    // "Now tell us the name of the guy who ran the script"
    { re: String.raw`(?:tell us|give us|publish|release|name) the names? of (?:the )?(?:guy|person|engineer|dev|developer|admin|employee|idiot|culprit|intern|contractor|people|staff)\b` },
    // "which one of you took the bypass procedure off the wiki?"
    { re: String.raw`which (?:one )?of (?:you|them) (?:[\w-]+ ){0,2}?(?:took|pushed|deleted|broke|ran|approved|signed|merged|forgot|decided|thought|left|changed|turned|switched|removed|skipped)\b`, question: true },
    // "Did nobody notice the disk filling for a week?"
    { re: String.raw`{START}did (?:nobody|no one|no-one|not one person)(?: [\w-]+){0,3}? (?:notice|see|spot|check|read)\b`, question: true },
    // "Who on earth schedules a core router swap at lunchtime?"
    { re: String.raw`who (?:on earth|the hell|in (?:their|his|her) right mind|exactly|seriously|actually) (?:schedules|runs|does|puts|plans|approves|thinks|decides|signs off|lets|allows)\b`, question: true },
    // "Still waiting on Farrow to explain why he picked permanent-delete mode"
    { re: String.raw`waiting (?:on|for) (?:[A-Z][\w'-]+|him|her|them|the (?:[\w-]+ )?(?:engineer|manager|lead|team|vendor|ceo|cto|dev|developer|admin|intern|contractor|director|boss|execs?|executives?)s?) to explain (?:why|how)` },
    // "How did a roomful of people look at this screen and approve it?"
    { re: String.raw`how (?:did|could|on earth did) (?:a |an |the |any |so many |all (?:those |these |the )?|two |three |four |several )?(?:[\w-]+ ){0,3}?(?:people|engineers|reviewers|developers|devs|admins|managers|staff|team|execs|executives|approvers|of them|of you|grown adults)\b[^.;!?]{0,60}?\b(?:approve|sign off on|miss|okay|ok|green-?light|wave (?:it |this |that )?through|rubber-?stamp|(?:let|ship|merge|allow) (?:this|that|it))\b`, question: true },
    // "how did seven hours go by before anybody remembered the status page?"
    { re: String.raw`(?:go by|pass|elapse|went by|passed) before (?:anybody|anyone|somebody|someone|a single person|one person|any of them) (?:even |actually |finally )?(?:remembered|noticed|realised|realized|bothered|thought|checked|looked|escalated|said|told|spoke up|picked up|responded|acted)\b`, question: true },
    // "whose idea was a 0-sec drain timeout?"
    { re: String.raw`whose (?:bright |brilliant |genius )?(?:idea|call|decision|plan) was\b`, question: true },
  ],
};
