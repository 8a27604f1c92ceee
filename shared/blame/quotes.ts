/**
 * Mention versus use. Writing about blame language is not blame: "we will not write 'human
 * error' as a cause", "whenever I read "we'll fire the guy"…". A quotation introduced by a
 * mention cue (read, write, say, call, such as, …) or followed by a rejection ("… is never a
 * cause") is a *mention*, and findings inside it are dropped. Scare quotes used as part of the
 * sentence ("the CTO "fucked up"") stay in.
 */

export interface Span {
  start: number;
  end: number;
}

/** Words that introduce a quotation as an object of discussion (checked just before it). */
const MENTION_CUES = new Set([
  'read', 'reads', 'reading', 'write', 'writes', 'wrote', 'written', 'writing', 'say', 'says', 'saying',
  'claiming', 'insisting', 'shouting', 'yelling', 'hear', 'hears', 'heard', 'call', 'calls', 'called', 'calling', 'label', 'labels',
  'labelled', 'labeled', 'term', 'terms', 'word', 'words', 'phrase', 'phrases', 'like', 'e.g.',
  'eg', 'i.e.', 'such', 'avoid', 'avoids', 'avoiding', 'ban', 'bans', 'banned', 'not', 'never',
  'no', 'stop', 'instead', 'than', 'use', 'using', 'mean', 'means', 'wrote:', 'says:', 'replace',
  'replacing', 'drop', 'dropping',
  // labelling verbs: "logged as 'operator error'", "renamed from 'typo by dev'"
  'logged', 'filed', 'recorded', 'described', 'dismissed', 'chalked', 'branded', 'dubbed',
  'termed', 'labelled', 'classified', 'renamed', 'from', 'reword', 'rewrote', 'rewrite',
  'describe', 'describes', 'describing', 'dismiss', 'dismissing', 'chalk', 'blaming', 'posting',
  'typing', 'quoting', 'repeating', 'citing', 'another', 'more', 'dunking', 'mocking', 'laughing',
  'see', 'sees', 'seeing', 'rename', 'renaming', 'retire', 'remove', 'removing',
  'sneering', 'jeering',
  // a label put forward and then dropped: "listed 'human error' as the cause; we removed it"
  'listed', 'proposed', 'suggested', 'floated',
  // "Not buying 'one clerk didn't check the box' as an explanation"
  'buying',
  // a label struck out: "Struck 'human error' from the card"
  'struck', 'strike', 'dropped', 'deleted', 'cut',
  // a label taken back: "removed 'contractor error' from the cause field", "withdrew its 'human
  // error' statement"
  'removed', 'withdrew', 'withdrawn', 'retracted', 'retract', 'withdraw',
]);
/** Before a quotation that is being counted or complained about, not said. */
const QUOTED_CHORUS = /\b(?:lots? of|plenty of|full of|tired of|sick of|enough of|chorus of|cries of|talk of|endless)\s*$/i;
/** Words that may separate a cue from the quote ("read the phrase", "such as"). */
const FILLERS = new Set(['the', 'a', 'an', 'this', 'that', 'phrase', 'word', 'words', 'term', 'as', 'like', 'on', 'at', 'about', 'one', 'its', 'their', 'his', 'her', 'our']);
/** A piece of someone's text being edited: "rewrite the finding '…'", "delete the sentence '…'". */
const EDITED_TEXT = /\b(?:rewrite|rewrites|rewrote|reword|rephrase|replace|remove|delete|drop|strike|retire|correct|take out|cut)\s+(?:the|this|that)\s+(?:finding|label|wording|sentence|entry|line|verdict|conclusion|cause)\s*$/i;
/** After a quotation: "'Human error' is never a cause.", "'pilot error' is a label". */
const REJECTION_AFTER =
  /^\s*(?:is|are|was|were)?\s*(?:not|never|n't|no longer)\b|^\s*(?:in (?:such|these|those) (?:incidents|cases)\s+|usually\s+|often\s+|almost always\s+|always\s+|typically\s+)*(?:points?|pointed) to (?:a |an |the )?(?:deeper |systemic |design |process |tooling |real |missing )?(?:gap|problem|failure|weakness|design|system|process|tool|tooling|interface|ui|flaw|safeguard|check)s?\b|^\s*(?:masks|masked|hides|hid|obscures|obscured|covers for|covered for) (?:a |an |the )?(?:deeper|systemic|real|design|process|underlying)\b|^\s*(?:only\s+)?as\s+(?:the\s+|a\s+)?(?:point where|starting point|start(?:ing)? of|question|symptom|signal|prompt|beginning)\b|^\s*(?:here\s+|in this case\s+)?(?:tells|told|says|said|explains|explained|teaches|taught)\s+(?:us\s+|you\s+|anyone\s+|me\s+)?(?:nothing|little|very little|almost nothing)\b|^\s*(?:here|in this case|this time)\s+(?:was|is)\s+(?:really\s+|actually\s+|in fact\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:ui|interface|tool|design|form|screen|console|default|prompt|dialog|button|layout|process|gap|system)\b|^\s*as (?:the |a |our )?(?:root |main |primary )?cause\b[^.!?]{0,30}\b(?:took it out|removed it|dropped it|struck it|deleted it|withdrew it|retracted it|rewrote it|reworded it)\b|^\s*(?:keeps|kept|still|is still|are still|was still)\s+(?:showing|turning|popping|cropping|coming|shows|turns|pops|crops|comes|came) up\b|^\s*(?:keeps|kept|still) appearing\b|^\s*(?:is|was)\s+(?:the\s+)?(?:most|least|single most)\s+(?:[\w-]+\s+){0,2}(?:sentence|phrase|line|quote|statement|euphemism|non-answer|press release|thing (?:i've|i have) (?:read|heard))\b|^\s*(?:isn't|aren't|wasn't|weren't|doesn't|don't|won't|never)\b|^\s*(?:is|are)\s+(?:just\s+|only\s+|merely\s+)?(?:a|an)\s+(?:label|word|phrase|term|euphemism|myth|cop-out|shortcut)\b|^\s*(?:[^.;!?"]{1,30}\s)?(?:almost always |nearly always |always |usually |often |really |just |only |basically |mostly )?(?:means|meant|marks|signals|signifies|is code for|is shorthand for|translates to|is corporate for)\b|^\s*(?:is|are|was)\s+(?:just\s+|only\s+)?(?:what|how|where|when|the (?:word|phrase|label|excuse|thing))\b|^\s*(?:line|excuse|story|claim|narrative|explanation|headline|soundbite)\s+(?:is|was)\b|^\s*(?:line|bit|part|framing|phrasing|wording)\b|^\s*[\u2014\u2013-]?\s*(?:fine|sure|ok|okay|true|maybe),? but\b|^\s*(?:is|was) (?:the same|that|this) kind of (?:answer|excuse|explanation|story|thinking)\b|^\s*(?:story|narrative|version|angle|framing|headline|myth|memes?|takes?|jokes?)\b|^\s*(?:was |were )?(?:proposed|suggested|offered|floated|raised|listed|given|cited) as\b|^\s*(?:is|was) doing (?:a lot of|all the|the|most of the) (?:heavy )?(?:lifting|work)\b|^\s*as\s+(?:not doing|closed|rejected|won't do|wontfix|not applicable|n\/a)\b|^\s*(?:is|are|was)\s+(?:just\s+|only\s+)?the\s+(?:easy|lazy|laziest|easiest|oldest|most convenient|standard|usual|convenient|stock|obvious|classic|same|default)?\s*(?:headline|line|answer|story|excuse|narrative|explanation|soundbite|talking point|press release)\b|^\s*(?:is|are|was|were)\s+(?:far\s+|much\s+)?(?:too (?:simple|easy|convenient|neat)|not (?:enough|an explanation|a cause|a root cause)|an? (?:incomplete|inadequate|lazy|convenient|easy) (?:explanation|answer|label|story))|^\s*(?:[^.;!?"]{0,30}\s)?(?:=|->|\u2192)|^\s*(?:[^.;!?"]{0,30}\s)?(?:reworded|rewritten|replaced|removed|struck|deleted|changed to)\b|^\s*(?:in the (?:ticket|title|field|form|template|label|report title)|field|label|column|tag|category|option|checkbox|dropdown)\b|^\s*,?\s*(?:wording|words|a (?:claim|statement|phrase|line|characteri[sz]ation)) (?:it|they|the [\w-]+|which) (?:later |quickly |has since |since )?(?:withdrew|retracted|dropped|corrected|walked back|abandoned)\b|^\s*,?\s*which is (?:exactly |precisely |entirely )?the wrong (?:moral|lesson|takeaway|conclusion|message)|^\s*[;,]?\s*(?:that|this|the) (?:wording|phrase|word|label|line|description) (?:was|has been|had been) (?:removed|dropped|struck|deleted|withdrawn|retracted|changed|corrected)\b/i;
/** A label taken off a list or kept out of a document: "Take '…' off the cause list", "Keeping '…' out of the summary". */
const REMOVED_BEFORE = /\b(?:take|takes|took|taken|taking|keep|keeps|kept|keeping|strike|strikes|struck|get|gets|got|getting|leave|leaves|left|leaving|move|moves|moved)\s*$/i;
const OFF_THE_RECORD_AFTER = /^\s*(?:off|out of)\s+(?:the |our |its |their |this |every )?(?:[\w'-]+ ){0,3}(?:list|template|summary|field|report|draft|title|form|page|ticket|rca|post-?mortem|review|statement|write-?up|menu|dropdown)s?\b/i;
/** A quotation that follows another mention, joined by "or"/"and"/",": same status. */
const JOINER = /^\s*(?:,|or|and|,\s*or|,\s*and)\s*$/i;

/** Finds quotations (straight or curly, double or single). Text must be normalised already. */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  const double = /"([^"\n]{1,400})"/g;
  for (const m of text.matchAll(double)) spans.push({ start: m.index, end: m.index + m[0].length });
  // single quotes: the opening one follows a non-letter, the closing one precedes a non-letter,
  // so apostrophes in "you'll" and "Polaris's" are not taken for quotes
  const single = /(?<![\p{L}\p{N}])'(?=\p{L}|\p{N})((?:[^'\n]|'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(single)) {
    const inside = spans.some((s) => m.index > s.start && m.index < s.end);
    if (!inside) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The quotations in text that are mentions rather than uses. */
export function mentionSpans(text: string, quotes: Span[] = findQuotes(text)): Span[] {
  const mentions: Span[] = [];
  let previous: Span | undefined;
  for (const q of quotes) {
    const before = text.slice(Math.max(0, q.start - 60), q.start);
    const after = text.slice(q.end, q.end + 40);
    const joined = previous && mentions.includes(previous) && JOINER.test(text.slice(previous.end, q.start));
    if (joined || introducedAsMention(before) || REJECTION_AFTER.test(after) || (REMOVED_BEFORE.test(before) && OFF_THE_RECORD_AFTER.test(after))) mentions.push(q);
    previous = q;
  }
  return mentions;
}

/** Verbs that report what a speaker said or called something: a mention only for a crowd. */
const REPORTING_CUES = /^(?:say|says|saying|call|calls|called|calling|describ(?:e|es|ed|ing)|branded|dubbed|termed)$/;
/**
 * Speakers whose words are reported, not discussed: "one member saying 'someone has to answer
 * for this'", "an executive calling its managers 'asleep at the wheel'". What they said is the
 * blame the news carries. A crowd's words are a mention ("people saying 'fire the intern'").
 */
const REPORTED_SPEAKERS = new Set([
  'member', 'members', 'executive', 'executives', 'exec', 'execs', 'official', 'officials', 'minister',
  'ministers', 'spokesperson', 'spokesman', 'spokeswoman', 'ceo', 'cto', 'cio', 'chairman',
  'chairwoman', 'chair', 'director', 'analyst', 'analysts', 'regulator', 'regulators', 'union',
  'judge', 'senator', 'senators', 'lawmaker', 'lawmakers', 'mp', 'mps', 'boss', 'bosses', 'governor',
  'president', 'secretary', 'founder', 'commissioner', 'watchdog', 'investigators', 'consultant',
  'veteran', 'expert', 'experts', 'critics', 'passenger', 'passengers', 'customers', 'manager',
]);

function introducedAsMention(before: string): boolean {
  const all = before
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[^\p{L}.:]/gu, ''));
  const words = all.slice(-4);
  const offset = all.length - words.length;
  // a named speaker's reported words, a few words before the cue
  const reportedBy = (i: number) => all.slice(Math.max(0, offset + i - 3), offset + i).some((w) => REPORTED_SPEAKERS.has(w));
  // the nearest non-filler word must be a cue: "read "…"", "write the phrase '…'"
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (MENTION_CUES.has(w)) return !(REPORTING_CUES.test(w) && reportedBy(i));
    if (!FILLERS.has(w)) break;
  }
  // or a calling verb with its object between: "call it '…'", "calling the contractors '…'"
  const calling = words.findIndex((w) => /^call(?:s|ed|ing)?$|^label(?:s|led|ling)?$|^brand(?:s|ed|ing)?$|^describ(?:e|es|ed|ing)$|^dismiss(?:es|ed|ing)?$/.test(w));
  if (calling >= 0) return !(REPORTING_CUES.test(words[calling]) && reportedBy(calling));
  // a quotation counted or complained about: "lots of 'they should have known' in this thread"
  return QUOTED_CHORUS.test(before) || EDITED_TEXT.test(before);
}

/**
 * A slip label in quotation marks is nearly always a label held up to be looked at ("'human error'
 * tells us nothing", "we treat 'operator error' as where the review starts"): of the quoted slip
 * labels in the labelled corpora, about 150 are blameless and 19 blame. A quoted statement is no
 * label, and the label stays blame when it is put forward as the cause: blamed, put down to, due
 * to, "… was behind it", "as the root cause", "we stand by …".
 */
const CAUSE_BEFORE = /\b(?:blam(?:ed|es|e)|chalk(?:ed|s)? (?:it )?up to|attribut(?:ed|es|ing) (?:[\w-]+ ){0,4}to|due to|caused by|because of|result of|owing to|cit(?:ed|es)|on account of|down to|stand(?:s|ing)? by|stood by|maintain(?:s|ed)?|insist(?:s|ed)? on|stick(?:s|ing)? (?:with|to)|stuck (?:with|to))\s*$/i;
const CAUSE_AFTER = /^\s*(?:[^.;!?"]{0,60}?\b(?:was|were|is|are|had been|has been)\s+(?:(?!rarely|seldom|never|not|hardly)\w+\s+)?(?:to blame|behind|the cause|the reason|responsible)\b|as (?:the |a |an )?(?:root |main |primary |real |actual |sole |only |underlying )?(?:cause|reason|explanation)\b|aka\b)/i;
/** The whole quotation is a slip label: "human error", 'operator mistakes', 'fat-finger' (not "Bob fat-fingered it"). */
const LABEL_ONLY = /^["']\s*(?:(?:a|an|the|pure|simple|plain|human|operator|user|pilot|staff|engineer|admin|technician|clerk|controller|programmer|developer|contractor|employee|personnel)\s+)*(?:errors?|mistakes?|failures?|slips?|fat[- ]?fingers?|pebkac)\s*[,.]?\s*["']$/i;
export function quotedSlipLabel(text: string, quotes: Span[], finding: Span): boolean {
  const quote = quotes.find((q) => finding.start >= q.start && finding.end <= q.end);
  // a label, not a quoted statement ("'It was human error, pure and simple,' a spokesperson said")
  // nor a scare quote in a report ('a developer had "accidentally" …')
  if (!quote || !LABEL_ONLY.test(text.slice(quote.start, quote.end))) return false;
  return !CAUSE_BEFORE.test(text.slice(Math.max(0, quote.start - 50), quote.start)) && !CAUSE_AFTER.test(text.slice(quote.end, quote.end + 80));
}

export function within(span: Span, spans: Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

/** Words before a label that reject it: "this was not human error", "rather than complacency". */
const REJECTORS = new Set([
  'not', "n't", 'never', 'no', 'nor', 'without', 'instead', 'rather', 'unfairly', 'unjustly',
  "shouldn't", "mustn't", "can't", 'cannot', "isn't", "wasn't", "aren't",
  "weren't", "don't", "won't", "doesn't", "didn't", 'avoid', 'avoiding', 'ban', 'stop', 'hardly', 'scarcely', 'neither',
]);

/**
 * A clause that rejects or denies everything after it, further back than four words: "rejected
 * suggestions that the engineer was to blame", "found no evidence that any individual acted
 * carelessly", "was not seeking to punish individual employees", "no member of staff would be
 * disciplined", "she did not blame the clerks"; and the alternative a sentence turns down ("not
 * on who pressed the button", "not writing a policy that tells people to be careful", "not a
 * memo telling staff to be more careful"). Questions about blame ("asked whether …") are a
 * discussion frame (below).
 */
const REJECTING_CLAUSE = /\b(?:no evidence|no sign|no suggestion|not (?:seeking|trying|looking|here|about|asking)|reject(?:ed|s|ing)?|den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing) (?:the |any )?(?:idea|suggestions?|claims?)|declin(?:ed|es|ing) to|refus(?:ed|es|ing) to|nobody|no one|no single|no individual|not one|not a single|not (?:on|by|about|just|simply|merely) |not (?:blaming|firing|punishing|writing|telling|sending|naming|shaming|disciplining|sacking|reprimanding)|(?:instead of|rather than) (?:just |simply |merely )?\w+ing|(?:did not|didn't|does not|doesn't|do not|don't|would not|wouldn't|will not|won't|refused to|declined to|not to|never) (?:blame|fault|criticise|criticize|single out|scapegoat|(?:hold|consider|deem|regard|find) (?:that )?(?:anyone|anybody|him|her|them|(?:the |any |a single |an |one |individual |single )*(?:individual|engineer|technician|operator|staff|person|employee|worker|nurse|clerk|contractor|team|controller|crew|cfo|ceo|cto|cio|member of staff|staff member)s?)|(?:look|hunt|search) for (?:a |the |any |one )?(?:single )?(?:culprit|scapegoat|someone to blame|person|individual)|identify (?:a |the |any |one )?(?:single )?(?:culprit|scapegoat|individual|person|engineer|employee))|(?:warn|warned|warns|warning|caution|cautioned|cautions|argued|argues) against (?:blaming|making|singling|punishing|scapegoating|firing|pinning|naming|holding|disciplin\w*|any disciplinary|a rush to|sanction\w*)|(?:don't|do not|didn't|did not|doesn't|does not) (?:think|believe|buy|accept) (?:that |it's |it was )?(?:anyone|anybody|any|the|this|it|they|he|she)|none of (?:it|this|that)|not going to(?=\s*$)|no one (?:individual|person|engineer|employee|operator|member of staff)|not convinced|not buying|not accepting|(?:was|were|is|are) scapegoating|being made (?:a|the) scapegoat|made (?:him|her|them) (?:a|the) scapegoats?|(?:do not|don't|won't|will not|never|did not|didn't) (?:record|classify|log|list|write down|write up|describe|call|label|treat|file|report|count)(?: [\w-]+){0,4} as(?! (?:required|needed|expected|planned|usual|agreed|instructed|specified|documented)\b)|not (?:a|an|another|more|one more|yet another) (?:memo|policy|email|e-mail|reminder|rule|lecture|poster|note|message)s?)\b(?:(?!\bbut\b)[^.;!?]){0,60}$/;
/** "not recording this as 'human error'", ", not that people need to try harder": only to the end of their clause. */
const REJECTED_LABEL = /(?:\bnot (?:recording|classifying|logging|listing|describing|calling|labell?ing|treating|filing|reporting|counting)(?: [\w-]+){0,4} as|[,;:\u2014\u2013-] not that (?!(?:hard|difficult|easy|bad|big|complicated|complex|much|many|long|simple|tough|surprising|different|unusual|rare|common|serious|important|it|anyone|anybody|i|we)\b))\b(?:(?!\b(?:but|because|since)\b)[^.;!?,:\u2014\u2013]){0,60}$/;

/** The phrase's own verb negated or warned against: "did not hold him responsible", "cautioned against singling out". */
const NEGATED_VERB = /\b(?:did not|didn't|does not|doesn't|do not|don't|will not|won't|would not|wouldn't|never|(?:urged|urges|urging|asked|asks|told|tells|advised|advises|decided|decides|chose|chooses|agreed|agrees|promised|pledged|vowed|opted|elected|called on)(?: [\w'-]+){0,4} not to|(?:warn|warned|warns|warning|caution|cautioned|cautions|argued|argues) against)\s+$/i;

/**
 * A punishment feared, not wished: "worrying they'll be the one fired for it", "scared of being
 * written up". "I'm afraid the engineer was careless" is politeness and is not covered: the fear
 * has to be of something that may happen.
 */
const FEARED = /\b(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ed|ing|ful)?|terrified|anxious|nervous|dread(?:s|ed|ing)?)\s+(?:that\s+|about\s+|of\s+)?(?:(?:they|he|she|i|we|you|someone|somebody|people|staff|engineers)(?:'ll|'d|\s+will|\s+would|\s+might|\s+could|\s+may)?\s+(?:be\s+|get\s+)?(?:the\s+ones?\s+)?)?$/i;
export const fearedBefore = (textBefore: string): boolean => FEARED.test(textBefore.slice(-120));

/** Only the clause-level rejection ("rejected suggestions that …"), for phrases that are not negatable. */
export const rejectedBefore = (textBefore: string): boolean =>
  REJECTING_CLAUSE.test(textBefore.toLowerCase().slice(-120)) || REJECTED_LABEL.test(textBefore.toLowerCase().slice(-120)) || RIGHT_AFTER_INSTEAD.test(textBefore) || NOBODY_SUBJECT.test(textBefore) || NEGATED_VERB.test(textBefore);
/**
 * The phrase as the option turned down: "adding rate limits instead of just firing somebody",
 * "you'd just be firing the person who learned the lesson"
 */
const RIGHT_AFTER_INSTEAD = /\b(?:(?:instead of|rather than)(?: just| simply| merely)?|(?:you'd|you would|we'd|we would) (?:just |only |simply )?be)\s*$/i;
/** "no member of staff would be disciplined": nobody is the subject of the phrase itself */
const NOBODY_SUBJECT = /\bno (?:staff |team |crew )?(?:member|members|employee|employees|staff|individual|engineer|person|people|worker|workers)(?: of staff)?(?: (?:was|were|is|are|will|would|has|have|had|should|could|must|needs? to|deserves? to))?(?: be| been| being)?\s*$/i;

/**
 * A relative clause set off inside the sentence: "The employee, who has not been named, was
 * suspended", "the technician (whom the firm did not identify) was fired". Its negation is about
 * the person, not the verb after it, so it is read past.
 */
const ASIDE = /(?:,|\(|\s[\u2014\u2013-])\s*(?:who|whom|whose|which|not (?:yet )?(?:named|identified))\b[^,;:()\u2014\u2013.!?]*(?:,|\)|\s[\u2014\u2013-])/giu;

export function isRejected(textBefore: string): boolean {
  textBefore = textBefore.replace(ASIDE, ' ');
  // "isn't attacker sophistication, it's negligence": the negation was of what came before
  const asserted = NEGATION_THEN_ASSERTION.exec(textBefore);
  if (asserted && (DENIED_BY_COPULA.test(textBefore.slice(0, asserted.index)) || ENDS_NEGATED.test(textBefore.slice(0, asserted.index)))) textBefore = textBefore.slice(asserted.index + asserted[0].length);
  // the last four words, punctuation standing alone ("—") counted as a word, as it always was
  const words = textBefore.toLowerCase().split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/[^\p{L}']/gu, ''));
  const rejects = (w: string, i: number) => REJECTORS.has(w) && (w !== 'stop' || stopRejects(words, i));
  return words.some((w, i) => i >= words.length - 4 && rejects(w, i)) || rejectedBefore(textBefore);
}

/**
 * "stop blaming …", "put a stop to 'operator error' as a label", "Stop: human error is not a
 * cause": a rejection. "The line stop was due to …", "production had to stop because of …",
 * "every stop this month was …": a halt, not one.
 */
function stopRejects(words: string[], i: number): boolean {
  const next = words.slice(i + 1).find((w) => w !== '');
  if (next === undefined) return true; // right before the phrase: "stop firing people"
  if (next === 'to') return words[i - 1] === 'a';
  return /ing$/.test(next) || /^(?:it|them|the)$/.test(next);
}

/**
 * The negation belongs to a clause before a new assertion, in two shapes: what it denies is a
 * thing ("isn't attacker sophistication, it's negligence"; not a thought, "I don't think"), or it
 * ends its own clause ("if that was their job and they didn't, it is their fault").
 */
const DENIED_BY_COPULA = /\b(?:isn't|wasn't|aren't|weren't|is not|was not)\s+(?:just\s+|about\s+|an?\s+|the\s+)?[\w-]+[^,;]*$/i;
const ENDS_NEGATED = /\b(?:didn't|did not|don't|do not|doesn't|does not|won't|wouldn't|couldn't|hadn't|haven't|hasn't|not|never)\s*$/i;
/** "…n't A, it's B" / "not A; it was B": a clause that asserts what the negated one denied. */
const NEGATION_THEN_ASSERTION = /[,;]\s*(?:but\s+)?(?:it's|it is|it was|that's|that is|this is|this was)\s+(?:just\s+|pure\s+|plain\s+|simply\s+|basic\s+)?(?=\S*$)/i;

/**
 * A verdict on a person later in the same sentence: "the trigger, not the cause, which was Kemal's
 * sloppy change", "a process failure: the engineer was negligent". The guards below then hold
 * nothing back.
 */
const NO_VERDICT = String.raw`(?![^.!?]*\b(?:careless\w*|sloppy|lazy|negligen\w*|reckless\w*|idiot\w*|written up|write (?:him|her|them) up|disciplin\w*|fired|sacked|removed from|incompeten\w*|should be|should have|to blame|at fault|(?:it|that) was (?:his|her|their)|[\w-]+'s fault|(?:his|her|their) (?:mistake|fault|error|slip)|screwed up|dropped the ball|didn't|did not|never|just|ignor\w*|forgot|but (?:honestly|really|mostly|frankly)|failed to|suspended|let go|performance plan|laziness|overconfiden\w*)\b)`;

/**
 * A sentence that puts blame or punishment up as a practice and judges it: "Firing the person
 * who made the change just guarantees the next person hides their mistake", "Blaming the
 * operator won't fix the console". The gerund opens the sentence as its subject, and a
 * verdict on it follows; "Firing the engineer was the right call" has no such verdict.
 */
const PRACTICE = String.raw`(?:pinning (?:it|this|that|the [\w-]+) on|framing|calling|describing|labell?ing|treating|chalking|putting (?:it|this|that) down to|firing|sacking|blaming|punishing|disciplining|scapegoating|shaming|naming and shaming|finger-pointing|pointing fingers at|retraining|yelling at|hunting for|looking for|going after|hanging)`;
const VERDICT = String.raw`(?:is (?:just |pure |security )?(?:theat(?:er|re)|scapegoating|a distraction|pointless)|(?:would be|is|was) (?:the |a )?(?:worst|wrong|laziest|easiest|dumbest|exact wrong|terrible|bad)|(?:would be|is|was) (?:both )?(?:unfair|unhelpful|unjust|misleading|inaccurate)|would (?:end|stop|leave|miss|hide|obscure|ignore|teach|only|just|never|not|explain nothing)|explains? nothing|(?:just|only|simply|never|rarely) [a-z]+s|won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|isn't|is not|can't|cannot|misses|would miss|guarantees|teaches|solves nothing|fixes nothing|changes nothing|is pointless|is useless|is easy|is the (?:laziest|easiest|wrong|worst)|makes (?:it|things|everything) worse|is a (?:mistake|cop-out|distraction))`;
const DISCUSSED_PRACTICE = new RegExp(String.raw`^\s*["\u201c]?(?:(?:but|and|so|honestly|look|sure|again|in (?:our|my) (?:view|opinion)|frankly),?\s+)?${PRACTICE}\b[^.;!?]{0,80}?\b${VERDICT}\b`, 'i');
/** After a comma only a plain verdict counts: "fining the airline makes sense, firing the ops guy doesn't". */
const STRONG_VERDICT = String.raw`(?:is (?:just |pure |security )?(?:theat(?:er|re)|scapegoating|a distraction|pointless|wrong|unfair|useless|lazy)|would be (?:the )?(?:wrong|unfair|unhelpful|pointless)|(?:fixes|solves|changes) nothing|misses the point|makes (?:no|zero) sense|doesn't\s*[.!]*$|won't fix\b|does not fix\b|doesn't fix\b)`;
const DISCUSSED_PRACTICE_AFTER_COMMA = new RegExp(String.raw`[,;]\s+${PRACTICE}\b[^.;!?]{0,80}?\b${STRONG_VERDICT}`, 'i');

/**
 * A sentence whose subject is a claim of blame that it then rejects: "Early reports attributing
 * the outage to one engineer's mistake are inaccurate", "Describing the failure as a mistake by
 * one employee misreads what happened".
 */
const REJECTED_CLAIM = new RegExp(String.raw`^\s*(?:[^.;!?"]{0,90}\b(?:said|says|stated|insisted|added|argued|maintained) (?:that )?)?(?:(?:the|some|many|all|these|those|early|initial|media|press|news|earlier|first|online) )*(?:reports?|claims?|suggestions?|accounts?|statements?|assertions?|explanations?|speculation|rumou?rs?|headlines?|describing|calling|blaming|attributing|framing|portraying|characteri[sz]ing|pinning|reducing)\b[^.;:!?]{0,120}?\b(?:(?:is|are|was|were) (?:simply |just |completely |entirely |plainly |also )?(?:inaccurate|wrong|false|incorrect|misleading|unfounded|untrue|mistaken|unfair|baseless|lazy)|(?:is|are|was|were) ['"]?(?:not (?:founded|grounded|based) in (?:fact|evidence)|without (?:basis|foundation))|(?:had|has|have) ['"]?no (?:basis|foundation) in (?:fact|evidence)|misreads?|misrepresents?|miss(?:es)? the point|gets? (?:it|this) wrong)\b${NO_VERDICT}`, 'i');

/**
 * Sympathy or praise for the people involved: "Honestly feel for whoever pushed that", "Great
 * teamwork Oluwaseun + Priya on the restore", "no scapegoating, concrete fixes".
 */
const SUPPORT = /\b(?:(?:feel|felt|feeling) (?:so |really |genuinely |truly )?(?:for|(?:bad|awful|terrible|horrible|sorry|sad|gutted) for)|poor (?:guy|gal|soul|sod|person|engineer|admin|intern|dev|folks)|hope (?:they|he|she|the [\w-]+|whoever [\w ]+)(?:\s+(?:is|are)|'s|'re) (?:ok|okay|alright|being looked after|doing ok)|(?:great|good|nice|amazing|excellent|solid) (?:teamwork|work|job|catch|call|writeup|write-up|postmortem)|did (?:great|well|brilliantly|(?:a |an )?(?:great|amazing|excellent|solid) job)|(?:you|they|he|she|[\w-]+) did nothing wrong|didn't do it on purpose|feels? (?:terrible|awful|sick) about it|we've all|we have all|we all have|(?:has|have|had|got) (?:their|his|her|your) backs?|kudos|thank(?:s| you)(?! to\b)|shout-?out|props to|no (?:scapegoating|blame|finger-pointing|finger pointing)|(?<=^\s*)(?:it|shit|stuff) happens\b(?!\s+(?:when|with|if|because|to|every|whenever|all the time))|(?:you|they) (?:earned|deserve) (?:it|a break|a rest|some rest|some sleep)(?=[.!\s]*$)|#hugops)\b/i;

/**
 * A verdict that puts the failure on the design and takes it off people: "… a design problem, not a
 * person problem", "… but stressed that the tool should never have allowed it".
 */
const NOT_A_PERSON_PROBLEM = /\b(?:design|system|systems|process|pipeline|tooling|architecture|engineering|policy) (?:problem|gap|failure|issue),? not (?:a |the )?(?:person|people|human|personnel|staff)(?: problem| issue)?\b(?![^.;!?]*\b(?:but|though|although|yet)\b)|\b(?:but|and|though|while) (?:[\w-]+ ){0,3}(?:the|its|our|their) (?:[\w-]+ )?(?:tool|system|software|process|platform|interface|ui|console|safeguards?|controls?|checks?)s? (?:should|must) (?:never |not |have )?(?:have )?(?:allowed|let|accepted|stopped|caught|blocked|prevented|rejected)\b/i;

/**
 * Blame taken off people by the sentence itself: the slip was the trigger and not the cause, the
 * screen and not their attention was the problem, the failure is a design problem, "who approved
 * this" is the wrong question; the person did what they were given to do ("was following a label
 * stuck on the wrong rack", "ran step 4 exactly as written"); or an earlier verdict of blame is
 * taken back ("we called it 'user error'; that conclusion was wrong").
 */
const TAKEN_OFF_PEOPLE = new RegExp(
  String.raw`(?:${[
    String.raw`\b(?:the |a |an |only )?(?:trigger|symptom|starting point|spark|occasion|last straw),? not (?:the |a |its )?(?:root |real |underlying )?cause\b`,
    String.raw`\bnot (?:their|his|her|the [\w-]+'s?) (?:attention|care|carefulness|competence|skills?|judge?ment|effort|diligence|vigilance|intelligence)\b`,
    String.raw`\b(?:is|was) (?:an? |the )?(?:[\w-]+ ){0,2}(?:design|process|systems?|tooling|access-control|permissions?|architecture|governance|organi[sz]ational) (?:problem|failure|flaw|issue|gap)\b(?! with\b)(?![^.!?]*\b(?:but|mostly)\b)`,
    String.raw`\b(?:is|was|'s) the wrong (?:q|question|lesson|takeaway|framing|focus)\b|\bare asking the wrong question\b`,
    // "Any slip by one person is really a sign of a gap in the system"
    String.raw`\b(?:is|are|was|were) (?:really |just |only |usually |always |mostly )?(?:a |the )?(?:sign|symptom|signal|indicator|result|product) of (?:a |an |the )?(?:[\w-]+ ){0,2}(?:gap|problem|weakness|flaw|failure|hole|issue)s? in (?:the |our |their |its |your )?(?:[\w-]+ )?(?:system|process|setup|design|organi[sz]ation|tooling|pipeline)s?\b`,
    // "Yes, someone typed the wrong host, but the real story is the gaps that let it through": the
    // slip told and then set aside, as long as no verdict on the person came before it
    // (the lookahead first: an unbounded lookbehind tried at every position cost more than the rest of the checker)
    String.raw`(?=\bbut the )(?<!\b(?:careless\w*|sloppy|lazy|negligen\w*|reckless\w*|incompeten\w*|idiot\w*|stupid\w*|clueless|useless)\b[^.!?]*)\bbut the (?:real|deeper|bigger|actual|more important|underlying) (?:story|problem|question|issue|lesson|failure) (?:here )?(?:is|was)\b`,
    // "while the immediate trigger was an operator's mistake, the deeper problem was a system that …"
    String.raw`(?<!\b(?:careless\w*|sloppy|lazy|negligen\w*|reckless\w*|incompeten\w*|idiot\w*|stupid\w*|clueless|useless)\b[^.!?]*),\s*(?:but\s+)?the (?:real|deeper|bigger|actual|underlying|wider|more important) (?:story|problem|question|issue|lesson|failure|cause) (?:here )?(?:is|was|lies|lay)\b(?!\s+(?:with\s+)?(?:the |an? |one |our |their |his |her |that |this )?(?:[\w-]+ )?(?:engineer|operator|admin|administrator|contractor|sre|dev|developer|person|employee|manager|intern|technician|on-call|staff|staffer|team|people|guy|worker|clerk|analyst|lead|dba|executive|ceo|cto|director|boss)s?\b|\s+[\w-]+'s\b)`,
    // "the clerk's error is better understood as a gap in the verification control", "the slip was the
    // foreseeable consequence of a procedure …", "a mistake the software invited"
    String.raw`\b(?:error|mistake|slip|lapse|misstep|typo)s? (?:is|was|were|are) (?:better|best|more usefully|more accurately) (?:understood|seen|read|described|treated) as (?:a |an |the )?(?:[\w-]+ ){0,3}(?:gap|failure|weakness|flaw|hole|symptom|product|consequence)s? (?:in|of) (?:a |an |the |our |its |their )?(?:[\w-]+ ){0,3}(?:procedure|process|design|console|interface|tool|tooling|system|setup|form|screen|ui|workflow|policy|rota|schedule|roster|alarm|panel|pipeline|checklist|runbook|control|check|verification|review|handover|staffing)s?\b|\b(?:error|mistake|slip|lapse|misstep|typo)s? (?:is|was|were|are) (?:the |a |an )?(?:foreseeable|predictable|inevitable|natural|logical|expected|likely) (?:consequence|result|outcome|product) of (?:a |an |the |our |its |their )?(?:[\w-]+ ){0,3}(?:procedure|process|design|console|interface|tool|tooling|system|setup|form|screen|ui|workflow|policy|rota|schedule|roster|alarm|panel|pipeline|checklist|runbook|control|check|verification|review|handover|staffing)s?\b|\b(?:error|mistake|slip|lapse|typo)s? (?:is|was) (?:one|the kind|a kind|the sort|something) (?:that )?(?:the |its |our |their )?(?:[\w-]+ )?(?:software|tool|system|design|interface|ui|process|procedure|setup|console|form|screen)s? (?:invited|encouraged|made (?:easy|likely)|set up)\b`,
    // "the operator's error was made far more likely by a drill procedure …"
    String.raw`\b(?:error|mistake|slip|lapse|misstep)s? (?:was|were|had been|is|are) (?:made |rendered )?(?:far |much |all the )?(?:more )?(?:likely|possible|inevitable|easy|easier|probable) by\b(?!\s+(?:the |an? |one |our |their |his |her |that |this )?(?:[\w-]+ )?(?:engineer|operator|admin|administrator|contractor|sre|dev|developer|person|employee|manager|intern|technician|on-call|staff|staffer|team|people|guy|worker|clerk|analyst|lead|dba|executive|ceo|cto|director|boss)s?\b)`,
    // "focusing on the intern missed the real question"
    String.raw`\b(?:focus(?:ing)? on|fixating on|zeroing in on|blaming|singling out) (?:the |an? |one |that |this )?(?:[\w-]+ ){0,2}miss(?:es|ed)? the (?:real|actual|bigger|deeper|whole|more important) (?:question|point|problem|issue|story)\b`,
    String.raw`\bas a symptom of\b|\b(?:treat|treated|classify|classified|record|recorded|count|counted) (?:it|this) as an? (?:[\w-]+ )?(?:tooling|process|design|system|systems|permissions?) (?:gap|problem|issue|failure)\b|\b(?:that's|that is|it's|it is|this is) on (?:the )?(?:setup|system|process|tooling|design|org|organi[sz]ation|company|pipeline),? not\b`,
    String.raw`\b(?:was|were|had been) (?:just |only |simply |correctly |dutifully )?following (?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}(?:label|runbook|procedure|instructions?|docs?|documentation|playbook|checklist|process|steps?|guide|sop|orders)\b`,
    String.raw`\b(?:ran|executed|did|followed|performed|applied) (?:step \d+|it|them|the [\w-]+(?: [\w-]+)?) (?:exactly |precisely )?as (?:written|documented|instructed|described|trained)\b`,
    // "an authorised team member following an established playbook mistyped one input"
    String.raw`\b(?:member|engineer|operator|technician|employee|admin|worker|person|staffer)s? (?:who was |while |when )?(?:correctly |dutifully )?following (?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}(?:label|runbook|procedure|instructions?|docs?|documentation|playbook|checklist|process|steps?|guide|sop)\b`,
    // the slip told and the tool blamed: "said an employee had mistyped an input, but stressed that the tool should never have allowed it"
    String.raw`\bbut (?:stressed|said|added|noted|insisted|argued|conceded|acknowledged) (?:that )?(?:the |its |our |their )?(?:[\w-]+ )?(?:tool|system|process|design|software|platform|interface|ui|safeguards?|command|automation) (?:should (?:never|not) have|was (?:to blame|at fault|the (?:real )?problem))\b`,
    // the process and not the person: "the failure lies in the process and not in the person who missed it",
    // "the wrong place to single out an intern", "blamed for shortfalls that had in fact been generated by
    // defects", "the person who clicked the link isn't the story"
    String.raw`\b(?:lies|lay|rests|rested|is) (?:in|with) (?:the |its |our |their )?(?:process|system|design|tooling|organi[sz]ation|setup)(?:,)? (?:and )?not (?:in |with )?(?:the |one |a )?(?:person|people|individual|engineer|operator|employee)|\bthe wrong (?:place|time|way|forum|moment) to (?:single out|blame|name|scapegoat|point (?:the|a) finger at)\b|\bblamed for [^.;!?]{0,80}\b(?:that|which) (?:had |have |has )?(?:in fact|actually|really) been (?:caused|generated|created|produced|triggered) by\b|\b(?:isn't|is not|wasn't|was not) the (?:real )?(?:story|problem|issue|point)\b|\b(?:is|was) the (?:finding|problem|story|issue|cause|lesson), not the (?:[\w-]+ )?(?:contractor|engineer|operator|person|employee|technician|admin|intern|developer|staff|people|human)\b`,
    // blame withheld or taken back: "declined to blame the contractor", "apologised for having blamed the intern"
    String.raw`\b(?:declined|refused|would not|wouldn't|did not|didn't) to (?:blame|single out|point (?:the|a) finger at) (?:the |an? |any |one |its |their )?(?:[\w-]+ )?(?:contractor|engineer|staff|employee|worker|technician|operator|individual|person|team|intern|admin|developer|people|staffer)s?\b|\bapologi[sz](?:ed|es|ing|e) for (?:having )?(?:blamed|blaming|singling out|naming|scapegoating)\b`,
    String.raw`(?=\b(?:that|this|the|our|their) )(?<=\b(?:error|blame|blamed|fault|culprit|negligen\w*|mistake|careless\w*)\b[^.!?]{0,120})\b(?:that|this|the|our|their) (?:earlier |original |first |previous )?(?:conclusion|finding|verdict|label|diagnosis|explanation|framing|assessment) (?:was|is|proved|turned out to be) (?:wrong|mistaken|incorrect|false|misleading|unfair)\b`,
  ].join('|')})${NO_VERDICT}`,
  'i',
);

/**
 * "Blaming the operator is lazy, one person should never be able to do this alone": the verdict
 * is on the blaming, not on the operator. What follows may argue with "never" (NO_VERDICT's
 * wider net); only a verdict on a person takes it back ("… and he was lazy too").
 */
const BLAMING_JUDGED = new RegExp(
  String.raw`\b(?:blaming|scapegoating|singling out|pinning (?:it|this|the outage|the incident) on|calling (?:it|this|that) ["'\u2018\u201c][^"'\u2019\u201d]{1,30}["'\u2019\u201d]) (?:the |an? |one |that |this |some )?(?:[\w-]+ ){0,2}(?:is|was|would be|feels)(?: (?:just|really|so|too|a bit|pretty))? (?:lazy|easy|wrong|pointless|unfair|cheap|useless|a cop-?out|the (?:easy|lazy|cheap) (?:way out|answer|option|explanation))\b` +
    String.raw`(?![^.!?]*\b(?:careless\w*|sloppy|lazy|negligen\w*|reckless\w*|idiot\w*|incompeten\w*|to blame|at fault|[\w-]+'s fault|(?:his|her|their) (?:mistake|fault|error|slip)|fired|sacked|disciplin\w*|screw(?:ed)? up|mess(?:ed)? up|dropped the ball|should (?:have|be)|but (?:honestly|really|mostly|frankly|also|still)|responsible|culprit|made (?:a|an|the) (?:[\w-]+ )?(?:error|mistake|blunder)|(?:earned|deserved) it|[\w-]+'s (?:[\w-]+ )?(?:mistake|error|typo|blunder))\b)`,
  'i',
);

/**
 * Blaming that hides the real problem, as a verdict on the blaming: "experts said blaming the intern
 * ignored deeper failures in password policy", "fixating on one missed patch obscured deeper
 * problems". Nothing may follow that blames a person (NO_VERDICT).
 */
const BLAMING_OBSCURES = new RegExp(
  String.raw`\b(?:blaming|scapegoating|singling out|fixating on) (?:the |an? |one |that |this |a single )?(?:[\w-]+ ){0,3}?(?:ignored|ignores|obscured|obscures|hid|hides|distracted from|distracts from|glossed over|glosses over|overlooked|overlooks) (?:the |a |an )?(?:deeper|bigger|real|wider|underlying|systemic|structural)\b[^.;:!?,]*(?:[.;:!?]|$)${NO_VERDICT}`,
  'i',
);

/**
 * Blaming mocked as a reflex: "Sure, blame the intern.", "Yeah, go ahead and fire the contractor."
 * The writer turns the blame down; a reason that keeps it ("… he did it") is not this.
 */
const MOCKED_BLAME = /^\s*(?:oh,?\s+)?(?:sure[,.!]*\s+|go ahead and\s+)(?:(?:go ahead and|just|let's)\s+)?(?:blame|fire|sack|scapegoat|punish)\s+(?:the|an?|that|this|some|one)\s+[\w-]+(?:\s+[\w-]+)?\s*[.!]*\s*$/i;

export const discussesBlame = (sentence: string): boolean =>
  MOCKED_BLAME.test(sentence) || BLAMING_OBSCURES.test(sentence) || DISCUSSED_PRACTICE.test(sentence) || DISCUSSED_PRACTICE_AFTER_COMMA.test(sentence) || REJECTED_CLAIM.test(sentence) || NOT_A_PERSON_PROBLEM.test(sentence) || TAKEN_OFF_PEOPLE.test(sentence) || BLAMING_JUDGED.test(sentence);

/**
 * For the classifier only: praise reads as sarcasm often enough ("Great job, Sam, you wiped prod
 * again") that the phrase rules still look at such a sentence.
 */
export const supportsPeople = (sentence: string): boolean => SUPPORT.test(sentence);

/**
 * A frame that puts whatever follows up for discussion instead of asserting it, whatever the
 * rule: "It's easy to say the admin should have checked, but …", "Critics asked whether the
 * engineer should have noticed", "It is tempting to conclude that …".
 */
// the frames themselves, shared by the two tests below
const FRAMES = String.raw`\b(?:(?:don't|do not|stop|never|quit) ask(?:ing)? (?:who|which)|(?:commenters|critics|pundits|people|those|everyone|anyone) who (?:called for|blamed|demanded|wanted)|whenever (?:the|a|an) (?:report|write-?up|post-?mortem|rca|story|headline|press release)|whenever (?:i|we|you) (?:read|see|hear)|(?:someone|somebody|people|everyone|half the thread|the comments?) (?:here |in (?:here|the comments|this thread) )?(?:demands?|demanding|calls? for|calling for|wants?|wanting|screams?|screaming)|(?:keep|keeps|kept|stop|stopped|quit) (?:calling|blaming|saying|asking (?:which|who|whether))|(?:people|ppl|everyone|anyone|those|folks) (?:who are |who're |who )?(?:dunking on|piling on|blaming|mocking|attacking|yelling at|calling for|calling|saying|says|say|claiming|demanding)|(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:say|confirm|comment on) (?:whether|if)|(?:easy|tempting|convenient|unfair|wrong|lazy|pointless)['"\u2019\u201d]?(?: and (?:wrong|unfair|unhelpful|pointless)['"\u2019\u201d]?)? to (?:say|conclude|claim|think|argue|assume|decide|write|point out|describe|call|label|blame|dismiss|chalk|frame|pin|single out|name|punish|fire|scapegoat)(?: that)?|asked (?:whether|if)|(?:(?:i've|i have|i was|we've|we have|i've also)|(?:someone|somebody|anyone|one) who(?:'s| has| have)) been the (?:person|one|engineer|guy|dev|developer|admin|on-call|sre) who|wonder(?:ed|s|ing)? (?:whether|if)|(?:it is|it's|it was) (?:not )?(?:clear|unclear) (?:whether|if))\b`;
// the frame holds until "and then": "… kept asking whether it was safe and then the engineer forgot" blames
const DISCUSSION_FRAME = new RegExp(String.raw`${FRAMES}(?:(?!\band then\b)[^.;!?,]){0,80}$`, 'i');

export const framedForDiscussion = (textBefore: string): boolean => DISCUSSION_FRAME.test(textBefore.slice(-160));

/**
 * Blame as an open question: "at odds over who is to blame for the theft", "questions remain about
 * who was responsible". Not when the sentence answers it ("… over who was to blame, and it was Sam").
 */
const ASKED_WHO = /\b(?:over|about|as to|question of|questions of|debate on|dispute on) (?:who|whom|which(?: [\w-]+){1,2}?)(?: (?:is|was|were|are|should be|would be|might be|had been|has been))?\s*$/i;
const ANSWERED = /[:,;\u2014\u2013-]\s*(?:and |but )?(?:it|that|this|the answer)(?:'s| is| was)\b|\bis (?:settled|clear|obvious)\b/i;
export const openQuestionOfBlame = (textBefore: string, textAfter: string): boolean => ASKED_WHO.test(textBefore) && !ANSWERED.test(textAfter);

/**
 * A claim of blame reported and found wanting in the same sentence: "the airline's claim that the
 * fuel crew was negligent was examined and is not supported by the timeline", "a councillor's
 * claim that an officer 'pressed the wrong button' was dismissed as inaccurate". A claim confirmed
 * ("reports that the engineer was fired were confirmed") stays blame.
 */
const CLAIM_THAT = /\b(?:claims?|suggestions?|allegations?|assertions?|accusations?|insinuations?|notion|narrative|reports?|charges?) that\b[^.;!?]{0,120}$/i;
/** …unless the same stretch takes the refutation back: "denied at first and later confirmed", "disputed by nobody". */
const REFUTATION_UNDONE = /\b(?:confirm\w*|upheld|substantiated|by (?:nobody|no one)|at first|initially|but)\b/i;
// the refutation is the claim's own verb: no new clause ("after his access was denied") comes between
const CLAIM_REFUTED = /^(?:(?!\b(?:after|when|because|since|while|his|her|their|whose|which|who|its)\b)[^.;!?]){0,40}?\b(?:(?:was|were|is|are|has been|have been|had been)(?: (?:examined|investigated|reviewed|checked|tested|looked at) and)?(?: (?:later|since|quickly|firmly|flatly|publicly))? (?:rejected|dismissed|unfounded|false|inaccurate|untrue|disputed|contradicted|refuted|debunked|withdrawn|retracted|denied|unsupported)|(?:is|was|are|were) not (?:supported|borne out|true|accurate|correct))\b/i;
/** The phrase is the refutation itself: "… was dismissed by the council as inaccurate". */
const DISMISSED_AS_FALSE = /^[^.;!?]{0,50}?\bas (?:inaccurate|false|untrue|wrong|baseless|unfounded|nonsense|speculation|misleading)\b/i;
export const claimRefuted = (textBefore: string, found: string, textAfter: string): boolean =>
  CLAIM_THAT.test(textBefore.slice(-160)) &&
  !REFUTATION_UNDONE.test(found + textAfter.slice(0, 120)) &&
  (CLAIM_REFUTED.test(textAfter) || (CLAIM_REFUTED.test(found) && DISMISSED_AS_FALSE.test(textAfter)));

/** A discussion frame anywhere in a sentence: the classifier does not read such a sentence as blame. */
const FRAME_ANYWHERE = new RegExp(FRAMES, 'i');
export const holdsDiscussionFrame = (sentence: string): boolean => FRAME_ANYWHERE.test(sentence);
