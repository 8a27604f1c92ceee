/**
 * Who is a sentence about? Classifies tokens as human targets (BLAMELESS.md §1: a personal
 * name, an @handle, a personal pronoun, or a role noun as the actor) and finds the actor of a
 * phrase by walking the tagged tokens, without a full syntactic parse.
 */
import type { HumanKind } from './rulebook/rules.ts';
import {
  CLAUSE_OPENERS,
  GENERIC_PEOPLE,
  GROUP_NOUNS,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  PRODUCT_NAMES,
  OUTSIDERS,
  ROLE_NOUNS,
  SELF_PRONOUNS,
  SOFTWARE_SENSE,
  TECH_NOUNS,
  WE_PRONOUNS,
} from './rulebook/lexicon.ts';
import { isKnownFirstName, isKnownWord, lexiconTags, type Token } from './nlp.ts';

const personPronouns = new Set(PERSON_PRONOUNS);
const personPossessives = new Set(PERSON_POSSESSIVES);
const selfPronouns = new Set(SELF_PRONOUNS);
const wePronouns = new Set(WE_PRONOUNS);
const generic = new Set(GENERIC_PEOPLE);
const roles = new Set(ROLE_NOUNS);
const groups = new Set(GROUP_NOUNS);
const products = new Set(PRODUCT_NAMES);
const techNouns = new Set(TECH_NOUNS);
const clauseOpeners = new Set(CLAUSE_OPENERS);

/** Punctuation after a word that closes a clause for subject-finding purposes. */
const CLAUSE_BREAK = /[;:()\u2014\u2013]| - |[.!?]/;

/** Strips a possessive and a plural "s" so "engineers" and "company's" find their lemma. */
function lemma(word: string): string {
  return word.replace(/['\u2019]s?$/, '').replace(/^@/, '');
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // "bosses", "coaches": the plural adds -es after a hissing sound
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && (word.length > 3 || SHORT_PLURALS.has(word))) return word.slice(0, -1);
  return word;
}

/** Three-letter plurals of role abbreviations ("the PMs"): longer words lose their "s" by length. */
const SHORT_PLURALS = new Set(['pms', 'ics', 'qas', 'vps', 'ems']);

function inSet(set: Set<string>, word: string): boolean {
  const base = lemma(word);
  return set.has(base) || set.has(singular(base));
}

const isNoun = (t: Token) => t.tags.has('Noun') || t.tags.has('Pronoun');
/** A noun, or a plural job title the tagger took for a verb ("remind engineers"). */
// "the bank's IT staff": a job or group word the tagger read as a verb still ends the noun phrase
const nounish = (t: Token) => isNoun(t) || isPluralRole(t.normal) || (t.tags.has('Verb') && isPeopleNoun(t.normal) && !t.tags.has('PastTense') && !t.tags.has('Gerund'));

/**
 * Classifies token i. `sentence` is the lower-cased sentence text, used to tell a Kubernetes
 * "operator" from a human one.
 */
export function humanKind(tokens: Token[], i: number, sentence: string, loose = false): HumanKind | null {
  const t = tokens[i];
  if (!t) return null;
  const word = t.normal;
  if (!word) return null;
  // "Ji-hoon", "Jean-luc": the tagger splits a hyphenated name, and its first part speaks for it
  if (i > 0 && tokens[i - 1].post === '-' && /^\p{Lu}/u.test(tokens[i - 1].text) && /^\p{Ll}/u.test(t.text)) return humanKind(tokens, i - 1, sentence, loose);
  if (t.text.startsWith('@')) return /[/]|team|squad|group|sre|ops/i.test(t.text) ? 'group' : 'handle';
  if (wePronouns.has(word)) return 'we';
  if (selfPronouns.has(word)) return 'self';
  // "the tool let you run …": anyone at all
  if (word === 'you' && /^(?:let|lets|allowed|allows|made|makes|forced|forces)$/.test(tokens[i - 1]?.normal ?? '')) return 'generic';
  if (personPronouns.has(word) || personPossessives.has(word)) return 'pronoun';
  // "the individual involved", "the person responsible": one specific person
  if (/^(?:individuals?|persons?)$/.test(word) && /^(?:involved|responsible|concerned)$/.test(tokens[i + 1]?.normal ?? '')) return 'role';
  // "certain individuals will face consequences": particular people, not people in general
  if (word === 'individuals' && /^(?:certain|those|these|two|three|several|the)$/.test(tokens[i - 1]?.normal ?? '')) return 'role';
  if (word === 'individual' && /^(?:the|this|that|one|a|an)$/.test(tokens[i - 1]?.normal ?? '') && !/^(?:who|can|could|may|might)$/.test(tokens[i + 1]?.normal ?? '')) return 'role';
  const before = tokens[i - 1];
  const prev = before?.normal ?? '';
  const next = tokens[i + 1]?.normal ?? '';
  // "the airline's IT people", "their ops folks": a department's people
  if (/^(?:people|folks|guys)$/.test(word) && before && (before.tags.has('Acronym') || (isNoun(before) && !/ing$/.test(prev) && !before.tags.has('Verb') && !before.tags.has('Determiner')))) return 'group';
  if (generic.has(word)) return 'generic';
  // "IT let the servers rot": capital IT as the head of its noun phrase is the department
  if (t.text === 'IT' && !(tokens[i + 1] && isNoun(tokens[i + 1]))) return 'group';
  // ("by on-call", but not "the on-call rotation page", where it describes a thing)
  if (word === 'on' && next === 'call' && /-/.test(t.post) && !(tokens[i + 2] && isNoun(tokens[i + 2]))) return 'role';
  if (isPersonName(tokens, i)) return 'name';
  if (isPossessiveName(t, loose)) return 'name';
  // "the night shift", "the weekend shift": the people on it, not a change in load
  if ((word === 'shift' || word === 'shifts') && SHIFT_TIMES.has(prev)) return 'group';
  // the tagger reads unknown names as adjectives now and then ("Kemal should have …")
  if (loose && !isNoun(t) && isUnknownCapitalised(tokens, i)) return 'name';
  // a card that opens with a bare role before its verb ("Intern pushed …"): the tagger reads
  // the capitalised first word as a verb or an adjective now and then
  if (i === 0 && !isNoun(t) && (roles.has(singular(lemma(word))) || groups.has(word)) && (tokens[1]?.tags.has('PastTense') || CARD_AUXILIARIES.test(tokens[1]?.normal ?? '') || tokens[1]?.tags.has('Preposition'))) return 'role';
  // "An intern doesn't set credential policy": a role in general, not the one involved
  const negated = GENERAL_PRESENT.test(next) || (/^(?:does|can|should|will|would|is|need)$/.test(next) && /^(?:not|n't)$/.test(tokens[i + 2]?.normal ?? ''));
  if (/^an?$/.test(prev) && negated && roles.has(singular(lemma(word)))) return 'generic';
  // "the shift leader" (the tagger may read "leader" as a verb after "shift"), like "the call handler" below
  if (/^leaders?$/.test(word) && LEADER_KINDS.test(prev)) return 'role';
  // "away from interns": after a preposition a plural role is a noun, whatever the tagger says
  const pluralAfterPreposition = word.endsWith('s') && roles.has(singular(word)) && before?.tags.has('Preposition') === true;
  // "Keep interns away from …", "Tell schedulers to …": after a verb that directs people, a
  // plural role is the people directed, though the tagger reads "interns" as a verb
  const pluralDirected = word.endsWith('s') && roles.has(singular(word)) && DIRECTING_VERBS.test(prev);
  if (!isNoun(t) && !t.tags.has('Actor') && !isPluralRole(word) && !pluralAfterPreposition && !pluralDirected && !(isPeopleNoun(word) && insideNounPhrase(tokens, i))) return null;
  // "on-call" arrives as "on" + "call": either half names the role
  if (word === 'call' && prev === 'on' && /-/.test(tokens[i - 1]?.post ?? '') && !(tokens[i + 1] && isNoun(tokens[i + 1]))) return 'role';
  if (word === 'head' && next === 'of') return 'role';
  // "the call handler", "a baggage handler": a person; a bare "handler" is code
  if (/^handlers?$/.test(word) && HANDLER_KINDS.test(prev)) return 'role';
  if (word === 'person' || word === 'human') {
    // "a person" in general ("reprimanding a person is futile") is not a target
    return ['a', 'any', 'every', 'one'].includes(prev) ? 'generic' : 'role';
  }
  const base = singular(lemma(word));
  // "any operator could have made it", "most companies would have …": people in general
  if (QUANTIFIERS.has(prev) && (isPeopleNoun(word) || roles.has(base))) return 'generic';
  // "the 2021 pilot", "the 2019 trial lead": a project named by its year, not a person
  if (/^(?:19|20)\d\d$/.test(tokens[i - 1]?.normal ?? '')) return null;
  if (roles.has(lemma(word)) || roles.has(base)) {
    const cues = SOFTWARE_SENSE[base];
    if (cues && cues.some((cue) => sentence.includes(cue))) return null;
    if (techNouns.has(next) && base !== 'operator') return null;
    return 'role';
  }
  // "the mgmt network", "management VLAN": the management plane of a network, not managers
  if (/^(?:mgmt|management)$/.test(word) && /^(?:network|networks|interface|port|vlan|plane|console|api|traffic|ip|subnet|lan|server|host|nic)$/.test(next)) return null;
  // "the change-management gate", "incident-management tooling": a practice named by a compound
  // (but "senior-management", "line-management" are the managers)
  if (/^(?:mgmt|management)$/.test(word) && before?.post === '-' && /^\p{Ll}/u.test(before.text) && !/^(?:senior|upper|middle|line|top|executive|general|site|store|local|regional|team)$/.test(prev)) return null;
  if (inSet(groups, word)) return 'group';
  if (loose && isUnknownCapitalised(tokens, i)) return 'name';
  return null;
}

const HANDLER_KINDS = /^(?:call|baggage|claims|case|ramp|cargo)$/i;
/** What a "leader" leads when it is a person: "shift leader", "team leader" (a bare "leader" is the elected node). */
const LEADER_KINDS = /^(?:shift|team|squad|crew|line|project|section|ward|watch|site|floor|technical|engineering|release|incident)$/;
const QUANTIFIERS = new Set(['any', 'every', 'most', 'many']);
const SHIFT_TIMES = new Set(['night', 'day', 'early', 'late', 'weekend', 'morning', 'evening', 'overnight', 'graveyard', 'swing']);

/** A job title or group word ("staff", "crew"), whatever the tagger made of it. */
function isPeopleNoun(word: string): boolean {
  const base = singular(lemma(word));
  return roles.has(lemma(word)) || roles.has(base) || groups.has(lemma(word)) || groups.has(base);
}

/** "our operations staff", "the subsidiary's IT staff": after a determiner, possessive or noun. */
function insideNounPhrase(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || /[,;:()\u2014\u2013.!?]/.test(prev.post)) return false;
  return ['Determiner', 'Possessive', 'Noun', 'Adjective', 'Acronym'].some((tag) => prev.tags.has(tag));
}

/**
 * "Remind engineers to …": the tagger sometimes reads a plural job title as a verb. Plurals of
 * role nouns ending like agent nouns (-er, -or, -ist, -ee, -ian) are nouns whatever it says.
 */
const DIRECTING_VERBS = /^(?:keep|have|get|make|tell|ask|remind|warn|retrain|send|require|force|stop|bar|ban)$/;

function isPluralRole(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const base = singular(word);
  return roles.has(base) && /(?:er|or|ist|ee|ian)$/.test(base);
}

/**
 * "Priya's regex", "Marta's config": the tagger reads a possessive name as a plain noun. A
 * known first name counts; any other capitalised word only where a person is expected (loose).
 */
const NOT_A_NAME_TAGS = ['Organization', 'Place', 'Country', 'City', 'Region', 'Month', 'WeekDay', 'Date', 'Pronoun', 'Acronym'];
function isPossessiveName(t: Token, loose: boolean): boolean {
  if (!t.tags.has('Possessive') || !/^\p{Lu}\p{Ll}+['\u2019]s?$/u.test(t.text)) return false;
  const word = t.normal.replace(/['\u2019]s?$/, '');
  if (products.has(word) || NOT_A_NAME_TAGS.some((tag) => t.tags.has(tag))) return false;
  return isKnownFirstName(word) || (loose && !isKnownWord(word));
}

/**
 * Words shaped like a component or a product rather than a name: "Autoscaler", "Orchestrator",
 * "Runbook", "Ledgerline", "Paystack". Not endings that surnames share: "-er" and "-or" ("Iyer",
 * "Okafor"), "-ly" ("Daly", "Healy"), "-io" ("Ambrosio"), "-net", "-bot", "-ers" ("Bennet", "Talbot",
 * "Wouters"). First names with these endings ("Caroline") are ones the tagger knows.
 */
const THING_SHAPED = /(?:ator|izer|yzer|aler|ncer|uter|ilder|ifier|ics|fy|soft|ware|cloud|flare|base|hub|labs?|tech|line|book|stack|flow|works|gate|point|desk|mail|pay|link|sync|scale|cast|verse|box)$/;

/**
 * A capitalised word compromise has never heard of ("Priya forgot …"). Only used for verbs
 * that only people do (PhraseSpec.personal): otherwise "Foobar failed to start" would count.
 */
function isUnknownCapitalised(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}\p{Ll}+(?:'s)?$/u.test(t.text) || t.tags.has('Acronym')) return false;
  const word = lemma(t.normal);
  if (products.has(word) || techNouns.has(word) || techNouns.has(tokens[i + 1]?.normal ?? '') || isKnownWord(word)) return false;
  if (THING_SHAPED.test(word) && !t.tags.has('FirstName') && !t.tags.has('LastName') && !isKnownFirstName(word)) return false;
  // "Quarantine an invalid plan …": an opening word followed by an article is an imperative verb
  if (i === 0 && /^(?:a|an|the|all|every|any|each)$/.test(tokens[1]?.normal ?? '')) return false;
  return true;
}

/** A personal name per compromise, minus products that merely look like names ("Jenkins"). */
export function isPersonName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.tags.has('Person') && !t.tags.has('FirstName') && !t.tags.has('LastName')) return false;
  if (t.tags.has('Pronoun')) return false;
  // a title with no name after it: "Invoke DR automatically"
  if (t.tags.has('Honorific') && !/^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // … nor is the lower-case word after it: "into DR scope", "prod-dr kube contexts"
  if (!/^\p{Lu}/u.test(t.text) && tokens[i - 1]?.tags.has('Honorific')) return false;
  // a lower-case word the tagger takes for a name, inside a noun phrase or before one:
  // "auto-halt on error spike", "an on-call buddy", "the 'prod' kube contexts", "mark live sends in red"
  if (/^\p{Ll}/u.test(t.text) && !personSlotAround(tokens, i)) return false;
  // part of a hyphenated compound with a lower-case word: "mark-for-deletion", "Pre-author"
  // (a double-barrelled name is capitalised on both sides: "Jean-Luc", "Smith-Jones")
  if (hyphenedToLowerCase(tokens, i)) return false;
  const word = lemma(t.normal);
  if (products.has(word)) return false;
  const next = tokens[i + 1]?.normal ?? '';
  if (techNouns.has(next)) return false;
  // "the Jenkins …", "our Kafka …": names of people don't take an article
  const prev = tokens[i - 1]?.normal ?? '';
  if (['the', 'our', 'their', 'its', 'a', 'an'].includes(prev) && !tokens[i - 1]?.tags.has('Honorific')) return false;
  // "remove the skip flag": a lower-case "name" one word further into a noun phrase is a noun
  const prev2 = tokens[i - 2]?.normal ?? '';
  if (!/^\p{Lu}/u.test(t.text) && ['the', 'our', 'their', 'its', 'a', 'an', 'this', 'that'].includes(prev2)) return false;
  return true;
}

/** Where a lower-case name still reads as a person: after a verb ("ask sam"), or before "to", a modal, "'s" or the end. */
function personSlotAround(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.tags.has('Noun') || prev.tags.has('Adjective') || prev.tags.has('Determiner')) && !/[,;:(]/.test(prev.post)) return false;
  if (prev && ((prev.tags.has('Verb') && !prev.tags.has('Auxiliary')) || prev.tags.has('Preposition'))) return true;
  if (/['\u2019]s$/.test(tokens[i].text)) return true;
  if (!next || /[,:;]/.test(tokens[i].post)) return true;
  return next.normal === 'to' || next.tags.has('Modal') || next.normal === 'will' || next.normal === 'and';
}

function hyphenedToLowerCase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (t.post === '-' && next && /^\p{Ll}/u.test(next.text)) return true;
  return prev?.post === '-' && !/^\p{Lu}/u.test(t.text);
}

const peopleWords = new Set([
  ...PERSON_PRONOUNS, ...PERSON_POSSESSIVES, ...SELF_PRONOUNS, ...WE_PRONOUNS, ...GENERIC_PEOPLE, ...ROLE_NOUNS, ...GROUP_NOUNS,
  'call', 'head', // on-call, head of …
]);

/**
 * Could this sentence mention a person at all? A cheap look at the raw words, so that
 * sentences like "the job failed to start" are never sent to the (slow) tagger. It only has
 * to be a superset of what humanKind() can recognise: any capitalised word or @handle counts.
 */
export function mayMentionPeople(sentence: string): boolean {
  if (sentence.includes('@')) return true;
  const words = sentence.match(/[\p{L}'-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    // a possessive is its owner: "Kowalski's fault"
    const word = words[i].replace(/'s?$/, '');
    const lower = word.toLowerCase();
    if (peopleWords.has(lower) || peopleWords.has(singular(lemma(lower))) || peopleWords.has(lemma(lower))) return true;
    for (const part of lower.split('-')) if (peopleWords.has(part) || peopleWords.has(singular(part))) return true;
    if (isKnownFirstName(lemma(lower))) return true; // "sam forgot …", written in lower case
    if (word === 'IT') return true; // the department
    if ((lower === 'shift' || lower === 'shifts') && SHIFT_TIMES.has(words[i - 1]?.toLowerCase() ?? '')) return true;
    if (/^handlers?$/.test(lower) && HANDLER_KINDS.test(words[i - 1] ?? '')) return true;
    if (/^leaders?$/.test(lower) && LEADER_KINDS.test(words[i - 1]?.toLowerCase() ?? '')) return true;
    // a capitalised word may be a name; at the start of a sentence only if it is not a known word
    // ("Kowalski ran …": a surname the lexicon knows is a known word, and a name all the same)
    if (/^\p{Lu}\p{Ll}/u.test(word) && (i > 0 || !isKnownWord(lemma(lower)) || lexiconTags(lower).includes('LastName'))) return true;
  }
  return false;
}

/** Tokens that do not end the walk to a subject: auxiliaries, adverbs, negation, "to". */
function isTransparent(t: Token): boolean {
  return (
    t.tags.has('Adverb') ||
    t.tags.has('Negative') ||
    t.tags.has('Auxiliary') ||
    t.tags.has('Modal') ||
    t.tags.has('Copula') ||
    t.tags.has('Particle') ||
    t.normal === 'to' ||
    t.normal === ''
  );
}

const NP_PART = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'ProperNoun', 'Acronym'];

/** Index of the first token of the noun phrase ending at token i. */
function nounPhraseStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0) {
    const prev = tokens[j - 1];
    if (/[,;:()\u2014\u2013.!?]/.test(prev.post)) break;
    if (!NP_PART.some((tag) => prev.tags.has(tag)) || prev.tags.has('Pronoun')) break;
    j--;
  }
  return j;
}

/**
 * The kind of human that acts in the phrase starting at token `from`, or null.
 * Walks left over auxiliaries and adverbs; skips noun phrases that are objects or inside a
 * prepositional phrase ("an exhausted sysadmin working into the night in Belgium had …");
 * stops at clause boundaries. A noun phrase right before a verb phrase is its subject.
 */
export function subjectBefore(tokens: Token[], from: number, sentence: string, loose = false): HumanKind | null {
  let i = from - 1;
  if (i < 0) return null;
  // the phrase modifies a noun ("a missed page"), or has a possessor ("Sam's failure to")
  const prev = tokens[i];
  if (prev.tags.has('Determiner') && !prev.tags.has('Pronoun') && prev.normal !== 'who') return null;
  if (prev.tags.has('Possessive') || personPossessives.has(prev.normal)) return humanKind(tokens, i, sentence, loose);
  // Only a verb phrase has its subject right before it; before an adverbial ("without
  // review", "by mistake") the nearest noun phrase is usually the object of an earlier verb.
  let adjacent = tokens[from]?.tags.has('Verb') ?? false;
  // nothing but auxiliaries and adverbs between the phrase and this token yet
  let bare = true;
  // walking back past "and"/"but" to the subject the two verb phrases share
  let shared = false;
  let steppedOver = false;
  for (let steps = 0; i >= 0 && steps < 16; steps++) {
    const t = tokens[i];
    // "The developer — who has not been named — was fired", "The clerk (who …) was suspended":
    // a relative clause set off by dashes or brackets sits between the subject and its verb
    const aside = bare ? asideOpening(tokens, i) : -1;
    if (aside > 0) {
      i = aside - 1;
      steppedOver = true;
      continue;
    }
    // (the word before the aside ends with its opening dash, which breaks no clause)
    if (CLAUSE_BREAK.test(t.post) && !steppedOver) return null;
    steppedOver = false;
    // a quotation before the verb is something said, not who acted ("everyone dunking on the
    // "incompetent devs" has never …"): step over it, if it opens in this sentence
    if (/^["\u201d]/.test(t.post)) {
      let j = i;
      while (j > 0 && !/["\u201c]/.test(tokens[j].pre)) j--;
      if (/["\u201c]/.test(tokens[j].pre)) {
        // 'When the CEO says "one individual" didn't …': the quotation is the subject, and
        // the one who said it is not
        if (bare && REPORTING_VERBS.test(tokens[j - 1]?.normal ?? '')) return null;
        i = j - 1;
        adjacent = false;
        bare = false;
        continue;
      }
    }
    // "acknowledged the page but did not begin …": a clause with no subject of its own shares
    // the one before the earlier verb; walk on, taking the next noun phrase as that verb's object
    if (bare && SHARED_SUBJECT.has(t.normal) && !/,/.test(t.post)) {
      adjacent = false;
      bare = false;
      shared = true;
      i--;
      continue;
    }
    if (clauseOpeners.has(t.normal) && !isNoun(t)) return null;
    // "it logged them and did not block them": an object pronoun is never the subject ("one of
    // them clicked" is a partitive, whose head is)
    if (OBJECT_PRONOUNS.has(t.normal) && !/^(?:of|let)$/.test(tokens[i - 1]?.normal ?? '') && !/^let'?s$/i.test(t.text)) {
      adjacent = false;
      bare = false;
      i--;
      continue;
    }
    // "their tooling failed them", "our alerting missed it": a gerund after a possessive or an
    // article is the noun the phrase is about, a thing, however the tagger read it
    // (not one set aside before a comma: "the engineer, rather than the tooling, was to blame")
    if (bare && t.tags.has('Gerund') && !/,/.test(t.post) && /^(?:their|our|his|her|its|my|your|the|this|that)$/.test(tokens[i - 1]?.normal ?? '')) return null;
    const kind = humanKind(tokens, i, sentence, loose);
    // "Swapping the CEO doesn't fix …": the person is the object of the gerund that is the subject
    if (kind && gerundObject(tokens, i)) return null;
    // "the safeguards, rather than a single worker, were to blame": the person is the alternative set aside
    const start = kind ? nounPhraseStart(tokens, i) : -1;
    if (kind && setAside(tokens, start)) {
      // walk on from the word before the opener: two words back for "rather than" and "instead
      // of", one for ", not"
      i = start - (tokens[start - 1].normal === 'not' ? 2 : 3);
      adjacent = false;
      bare = false;
      continue;
    }
    // "how the attackers got in, because they encrypted …": they are the attackers
    if (kind === 'pronoun' && refersToOutsiders(tokens, i)) return null;
    if (kind) return kind;
    // "Warning officer W-3 sends …", "technician #4 pulled …", "Warning officer Delacroix sends …": a role named by
    // an identifier or a surname
    if ((IDENTIFIER.test(t.text) || /^\p{Lu}\p{Ll}+$/u.test(t.text)) && i > 0 && !/[,;:]/.test(tokens[i - 1].post)) {
      const role = humanKind(tokens, i - 1, sentence, loose);
      if (role === 'role') return role;
    }
    if (isNoun(t)) {
      const start = nounPhraseStart(tokens, i);
      // "a technician working nights had …", "an engineer working at one of its sites deleted …":
      // the tagger reads the participle as part of a compound noun; the person before it is the head
      const described = personBeforeParticiple(tokens, start, i, sentence, loose);
      if (described && !inPrepositionalPhrase(tokens, start)) return described;
      const before = tokens[start - 1];
      // "was warned that the units were near end of life and did not escalate": a complement
      // after "were" is not the subject the two verb phrases share
      if (shared && before?.tags.has('Copula')) {
        i = start - 1;
        continue;
      }
      // "Both the IT department and an outside consultancy did not …": a subject of two conjuncts,
      // the first opening the clause, is a person when either is
      if (before && /^(?:and|or)$/.test(before.normal) && start >= 2 && isNoun(tokens[start - 2])) {
        const first = nounPhraseStart(tokens, start - 2);
        const opener = tokens[first - 1];
        const opensClause = !opener || /[,;:]/.test(opener.post) || CLAUSE_BREAK.test(opener.post) || /^(?:both|either|neither)$/.test(opener.normal);
        if (opensClause && !/[,;:]/.test(tokens[start - 2].post)) {
          const kind = personWithin(tokens, first, start - 2, sentence, loose);
          if (kind) return kind;
        }
      }
      // ("alerted to intrusions", "sent to the site": before a noun phrase that opens with an article or
      // is plural, "to" is a preposition, however it was tagged; "to reset hardware" is a verb's)
      const inPP = before?.tags.has('Preposition') || (before?.normal === 'to' && ['Determiner', 'Plural', 'Possessive'].some((tag) => tokens[start].tags.has(tag)) && !tokens[start].tags.has('Verb'));
      const isObject = before?.tags.has('Verb') && !isTransparent(before);
      // "staff who took the calls did not follow …": the object belongs to a relative clause
      // about people, whose head is the subject
      if (isObject && adjacent && tokens[start - 2]?.normal === 'who') return 'pronoun';
      // "the technician performing the deployment did not …": a participle phrase after its head
      if (isObject && adjacent && /ing$/.test(before.normal) && start >= 2 && !/[,;:]/.test(tokens[start - 2].post)) {
        const head = humanKind(tokens, start - 2, sentence, loose);
        if (head) return head;
      }
      // "since the template did not …": after a clause opener the noun phrase that meets the
      // verb is that clause's subject, not a prepositional phrase (compromise tags both alike)
      if (inPP && adjacent && clauseOpeners.has(before.normal)) return null;
      // "a spokesperson said a power surge … knocked out …": after a reporting verb the noun
      // phrase opens the reported clause and is its subject, not the verb's object
      if (isObject && bare && SAYING_VERBS.test(before.normal)) return personWithin(tokens, start, i, sentence, loose);
      if (inPP || (isObject && !adjacent)) {
        // a prepositional phrase goes with its preposition ("as a duplicate", "in the cabinet")
        i = inPP ? start - 2 : start - 1;
        adjacent = false;
        continue;
      }
      // "Whoever approved this should be fired": the clause's subject is a free relative
      return freeRelativeSubject(tokens, start) ? 'pronoun' : null;
    }
    if (!isTransparent(t)) {
      adjacent = false;
      bare = false;
    }
    i--;
  }
  return null;
}

/**
 * If token i closes a relative clause set off by dashes or brackets, the index of the clause's
 * first word ("who", "whom", "whose", "which"); otherwise -1.
 */
function asideOpening(tokens: Token[], i: number): number {
  const close = /^\s*(?:[\u2014\u2013]|-\s|\))/.exec(tokens[i].post)?.[0].trim();
  if (!close) return -1;
  for (let j = i; j > 0 && j >= i - 12; j--) {
    const opened = close === ')' ? tokens[j].pre.includes('(') : tokens[j - 1].post.trim() === close;
    if (!opened) continue;
    return /^(?:who|whom|whose|which)$/.test(tokens[j].normal) ? j : -1;
  }
  return -1;
}

const FREE_RELATIVES = new Set(['whoever', 'whomever']);
/** A badge or call sign after a role: "W-3", "#4", "B", "L2". */
const IDENTIFIER = /^(?:[A-Z]{1,3}-?\d{1,4}|#\d{1,4}|[A-Z])$/;
/** Conjunctions that join two verb phrases of one subject ("… but did not escalate"). */
const SHARED_SUBJECT = new Set(['but', 'and', 'then', 'yet']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'me', 'us']);
const OUTSIDERS_PLURAL = new Set(OUTSIDERS.map(([, plural]) => plural));
// "Criminal charges were dropped, but he …": a lone "criminal" is as often an adjective
const OUTSIDER_SINGULAR = new Set(OUTSIDERS.map(([singular]) => singular).filter((word) => word !== 'criminal'));
/** Outsiders are taken up only when named with an article ("the attackers", not "It wasn't hackers"). */
const ARTICLES = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that']);
/**
 * A pronoun that takes up outsiders named earlier in the sentence: "they" after "the
 * attackers", "he" after "the intruder"; never across a semicolon or colon, and never a
 * pronoun of the other number ("the hackers got in because he reused his password").
 */
function refersToOutsiders(tokens: Token[], i: number): boolean {
  const pronoun = tokens[i].normal;
  const outsider = pronoun === 'they' ? OUTSIDERS_PLURAL : pronoun === 'he' || pronoun === 'she' ? OUTSIDER_SINGULAR : null;
  if (!outsider) return false;
  for (let j = i - 1; j > 0; j--) {
    if (/[;:\u2014\u2013]/.test(tokens[j].post)) return false;
    if (outsider.has(tokens[j].normal) && ARTICLES.has(tokens[j - 1].normal)) return true;
  }
  return false;
}
/** A person in a noun phrase set aside ("the safeguards, rather than a single worker, were …"). */
export const isSetAside = (tokens: Token[], i: number): boolean => setAside(tokens, nounPhraseStart(tokens, i));

/** "rather than X," / "instead of X," / ", not X,": the noun phrase starting at \`start\` is set aside. */
function setAside(tokens: Token[], start: number): boolean {
  const a = tokens[start - 1]?.normal;
  const b = tokens[start - 2]?.normal;
  return (a === 'than' && b === 'rather') || (a === 'of' && b === 'instead') || (a === 'not' && /,/.test(tokens[start - 2]?.post ?? ''));
}

/** The first person named in tokens from…to ("a contractor working at the substation"). */
function personWithin(tokens: Token[], from: number, to: number, sentence: string, loose: boolean): HumanKind | null {
  for (let k = from; k <= to; k++) {
    // "vendor updates": a person word that modifies the noun after it is not the subject
    const next = tokens[k + 1];
    if (k < to && next && isNoun(next) && !next.tags.has('Gerund') && !/ing$/.test(next.normal)) continue;
    const kind = humanKind(tokens, k, sentence, loose);
    if (kind) return kind;
  }
  return null;
}

/** Verbs whose object is a whole clause, never a noun phrase of their own (unlike "wrote", "told"). */
const SAYING_VERBS = /^(?:says|said|say|claims?|claimed|insists?|insisted|suggests?|suggested|believes?|believed|thinks?|thought)$/;
/** Verbs that introduce what someone said. */
const REPORTING_VERBS = /^(?:says|said|say|claims?|claimed|writes|wrote|insists?|insisted|tells|told|suggests?|suggested)$/;
/** What follows a card's opening role when it is that card's subject ("Eng didn't verify …"). */
const CARD_AUXILIARIES = /^(?:did|didn't|didnt|never|was|wasn't|had|hadn't|should|shouldn't|forgot|failed)$/;
/** Present-tense verbs of a general statement ("an intern doesn't …", "a tech can't …"). */
const GENERAL_PRESENT = /^(?:doesn't|can't|cannot|shouldn't|won't|wouldn't|isn't|needn't)$/;

/** Is the noun phrase at token i the object of a gerund that opens its clause ("Blaming the intern …")? */
function gerundObject(tokens: Token[], i: number): boolean {
  const start = nounPhraseStart(tokens, i);
  const verb = tokens[start - 1];
  // "Rushing, the engineer forgot …": a gerund with a comma after it is an adverbial, not a subject
  if (!verb || !/ing$/.test(verb.normal) || !(verb.tags.has('Gerund') || verb.tags.has('Verb')) || /[,;:]/.test(verb.post)) return false;
  // "Two engineers, including the team lead, were fired": a preposition that ends in -ing opens
  // an insertion about the subject, not a gerund with an object
  if (PREPOSITIONS_IN_ING.has(verb.normal)) return false;
  const before = tokens[start - 2];
  return !before || CLAUSE_BREAK.test(before.post) || /,/.test(before.post);
}

const PREPOSITIONS_IN_ING = new Set(['including', 'excluding']);

/** Participles that describe what a person was doing ("a nurse working nights"), not a compound's kind. */
const DESCRIBING_PARTICIPLES = new Set(['working', 'doing', 'performing', 'carrying', 'handling', 'covering', 'manning', 'staffing', 'standing', 'sitting', 'running', 'operating']);

/** The person a participle phrase inside tokens start…end describes, if the tagger ran them together. */
function personBeforeParticiple(tokens: Token[], start: number, end: number, sentence: string, loose: boolean): HumanKind | null {
  for (let k = start + 1; k <= end; k++) {
    if (!DESCRIBING_PARTICIPLES.has(tokens[k].normal) || /[,;:]/.test(tokens[k - 1].post)) continue;
    // a person counted with an article ("a technician working nights"), and no compound the
    // participle makes with the next word ("operator working hours", "the operator running log")
    if (!tokens[k - 2]?.tags.has('Determiner') || COMPOUND_HEADS.has(tokens[k + 1]?.normal ?? '')) return null;
    return humanKind(tokens, k - 1, sentence, loose);
  }
  return null;
}

const COMPOUND_HEADS = new Set(['hours', 'hour', 'conditions', 'condition', 'group', 'groups', 'log', 'logs', 'costs', 'cost', 'order', 'orders', 'meeting', 'meetings', 'levels', 'level', 'procedure', 'procedures', 'time', 'times', 'capital', 'budget', 'notes', 'papers', 'copy', 'state', 'mode', 'total', 'instructions', 'pattern', 'patterns', 'environment', 'week', 'day', 'practices', 'rules', 'policy']);

const inPrepositionalPhrase = (tokens: Token[], start: number): boolean => tokens[start - 1]?.tags.has('Preposition') ?? false;

/** Does the clause holding token i open with "whoever"? */
function freeRelativeSubject(tokens: Token[], i: number): boolean {
  let j = i;
  while (j > 0 && !CLAUSE_BREAK.test(tokens[j - 1].post) && !/,/.test(tokens[j - 1].post)) j--;
  return FREE_RELATIVES.has(tokens[j].normal);
}

const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'any', 'either', 'neither', 'few']);

/** The kind of human in the noun phrase starting at token `from` ("fire the intern"). */
export function objectAfter(tokens: Token[], from: number, sentence: string, loose = false): HumanKind | null {
  let name: HumanKind | null = null;
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const t = tokens[i];
    // "by one of its engineers": the people come after the partitive
    if (PARTITIVES.has(t.normal) && tokens[i + 1]?.normal === 'of') {
      i++;
      continue;
    }
    const kind = humanKind(tokens, i, sentence, loose);
    if (kind === 'name' || kind === 'handle') name = kind;
    // "by on-call": the "on" of "on-call" is the role, though no noun
    if (kind === 'role' && t.normal === 'on') return kind;
    // "the on-call engineer": the hyphenated modifier is part of the noun phrase, not its end
    if (t.normal === 'on' && /-/.test(t.post) && tokens[i + 1]?.normal === 'call' && tokens[i + 2] && nounish(tokens[i + 2])) {
      i++;
      continue;
    }
    // (a labelled field after a bracket or dash ends the noun phrase too: "Replace chiller units
    // (owner: …)" replaces units)
    const isHead = nounish(t) && !(tokens[i + 1] && nounish(tokens[i + 1]) && !/[,;:.!?]/.test(t.post) && !labelFollows(tokens, i));
    if (isHead) return kind ?? name;
    // "a junior technician working offshore": a participle after a person starts a phrase about
    // them ("the engineer training programme" keeps going: a noun follows the -ing word)
    if (kind === 'role' && /ing$/.test(tokens[i + 1]?.normal ?? '') && (!tokens[i + 2]?.tags.has('Noun') || /^(?:offshore|onshore|overtime|overnight|nights|weekends|alone|remotely)$/.test(tokens[i + 2].normal))) return kind;
    if (!NP_PART.some((tag) => t.tags.has(tag)) && !personPossessives.has(t.normal) && !nounish(t)) return name;
    if (/[,;:.!?]/.test(t.post) || labelFollows(tokens, i)) return name;
  }
  return name;
}

/**
 * "Replace chiller units (owner: facilities team)", "… – owner: controls team": a labelled field
 * after a bracket or dash ends the noun phrase before it. Only a label: "Replace the operator
 * (HMI) screens" goes on to its head noun.
 */
function labelFollows(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !(/[(\[]/.test(next.pre) || /[\u2014\u2013]|\s-\s/.test(tokens[i].post))) return false;
  return /:/.test(next.post);
}

/** All human kinds anywhere in tokens [from, to). */
export function humansIn(tokens: Token[], from: number, to: number, sentence: string, loose = false): HumanKind[] {
  const kinds: HumanKind[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const kind = humanKind(tokens, i, sentence, loose);
    if (kind) kinds.push(kind);
  }
  return kinds;
}
