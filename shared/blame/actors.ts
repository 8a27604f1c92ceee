/**
 * Person detection without a name list, for action items: a capitalised word, dotted
 * initials or a surname in an actor position is a person unless it is a known system,
 * product, team, organisation or place, or the sentence treats it as a machine. A list of
 * names can never be complete ("Priya", "Kemal", "Jiho", "Okonkwo"), but the position a word
 * holds in an action title ("Remind X to …", "X should …") says who it is.
 */
import { GROUP_NOUNS, PRODUCT_NAMES, ROLE_NOUNS, TEAM_WORDS, TECH_NOUNS } from './rulebook/lexicon.ts';
import { isKnownName, isKnownWord, lexiconTags, type Token } from './nlp.ts';
import { isListedName } from './names.ts';

const products = new Set(PRODUCT_NAMES);
const teamWords = new Set(TEAM_WORDS);
const roleOrGroup = new Set([...ROLE_NOUNS, ...GROUP_NOUNS]);
const techNouns = new Set(TECH_NOUNS);

/** Verbs that hand work to the person named right after them: "remind X to", "ask X to". */
export const DIRECTING_VERBS = new Set([
  'remind', 'ask', 'tell', 'get', 'have', 'make', 'let', 'force', 'require', 'train', 'retrain',
  'coach', 'instruct', 'warn', 'nudge', 'push', 'encourage', 'ensure', 'sure', 'assign', 'pair',
]);

/** The directing verbs said only to people ("have", "make sure", "let" are said of systems too). */
const ASKING_VERBS = new Set(['remind', 'ask', 'tell', 'get', 'instruct', 'coach', 'train', 'retrain', 'warn', 'nudge', 'encourage']);

/** Labels that introduce who owns an item, written into its text: "Owner: …", "DRI: …". */
const OWNER_LABELS = ['owner', 'owners', 'assignee', 'assignees', 'dri'];
/** Cheap text test for an owner label, before any tagging. */
export const OWNER_LABEL = new RegExp(String.raw`\b(?:${OWNER_LABELS.join('|')})\s*:`, 'i');

/** Do tokens from…to follow an owner label ("Owner: Dana Whitcombe") and read as a person? */
export function labelledOwner(tokens: Token[], from: number, to: number): boolean {
  const label = tokens[from - 1];
  return label !== undefined && OWNER_LABELS.includes(label.normal) && /:/.test(label.post) && !namesAFunction(tokens, from, to);
}

/** Modals and assignment words after which the word before is the one doing the work. */
const ASSIGNING = new Set(['to', 'should', 'must', 'will', 'shall', 'needs', 'need', 'has', 'owns', 'can', 'is', 'ought']);

/**
 * What machines do. "Grafana should alert on lag" is about a system even though Grafana is an
 * unknown capitalised word; "Kemal should check the lag" is about a person.
 */
const MACHINE_VERBS = new Set([
  'alert', 'page', 'retry', 'reject', 'fail', 'return', 'restart', 'scale', 'emit', 'log', 'block',
  'refuse', 'crash', 'expire', 'serve', 'route', 'throttle', 'rate-limit', 'timeout', 'time',
  'fall', 'roll', 'auto-scale', 'autoscale', 'drop', 'cache', 'store', 'support', 'expose',
  'run', 'trigger', 'fire', 'reconcile', 'replicate', 'sync', 'index', 'respond', 'load', 'boot',
  'shard', 'compact', 'publish', 'consume', 'forward', 'redirect', 'retain', 'rotate', 'default',
]);

/** Acronyms that name teams, systems or functions, not initials of a person. */
const ACRONYMS = /^(?:QA|SRE|OPS|DBA|CI|CD|IT|HR|PM|UI|UX|API|DNS|CDN|AWS|GCP|SOC|NOC|TLS|SSL|VPN|WAF|LB|DB|OS|SLO|SLA|CTO|CEO|CIO|CISO|VP|K8S|ML|AI|IAM|RBAC|MFA|SSO)$/i;

/** Dotted initials: "J.K.", "J. K.", "R.T" — never an acronym of a system, which has no dots. */
export const INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}?\.?$/u;

/** Is token i written like a person's name or initials, and not a known non-person? */
/** Endings of the abstract nouns functions and teams are named after; names rarely end this way. */
const FUNCTION_SUFFIX = /(?:ity|ion|ment|ness|ance|ence|age|ure|ics|ery|ing|ops|form|ware|base|works)$/;

/** Functions a title may open with, ending in -ing like many names ("Ming", "Fleming"), so listed. */
const FUNCTION_WORDS = new Set(['onboarding', 'offboarding', 'ticketing', 'billing', 'accounting', 'networking', 'hosting', 'testing', 'monitoring', 'alerting', 'logging', 'paging', 'provisioning', 'staffing', 'scheduling', 'routing', 'purchasing', 'licensing', 'training', 'recruiting', 'hiring', 'publishing', 'packaging', 'shipping', 'receiving', 'planning', 'forecasting', 'reporting', 'auditing', 'budgeting', 'messaging', 'marketing', 'engineering', 'banking', 'trading', 'lending', 'clearing', 'ticketing', 'printing', 'imaging', 'peering', 'caching', 'indexing', 'invoicing', 'payroll']);

/** English prefixes written with a hyphen; Korean given names are not ("Ji-ho", "Seo-yeon"). */
const WORD_PREFIXES = new Set(['re', 'pre', 'co', 'de', 'non', 'anti', 'auto', 'multi', 'post', 'sub', 'un', 'over', 'under', 'self', 'cross', 'semi', 'mid', 'inter', 'ex', 'mis', 'bi', 'tri', 'e', 'micro', 'macro', 'pro', 'counter', 'out', 'up', 'down', 'off', 'on', 'in', 'dis', 'hyper', 'ultra', 'meta', 'geo']);

export function looksLikePerson(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const raw = t.text.replace(/['\u2019]s$/, '');
  const word = raw.toLowerCase();
  // "Vendor to deliver an RCA": a role or group that owns work is not a name
  if (products.has(word) || teamWords.has(word) || roleOrGroup.has(word) || roleOrGroup.has(word.replace(/s$/, '')) || ACRONYMS.test(raw)) return false;
  if (techNouns.has(tokens[i + 1]?.normal ?? '')) return false;
  if (DIRECTING_VERBS.has(word)) return false;
  // compromise's lexicon holds only irregular words; its tagger knows the rest by shape
  if (['Imperative', 'Modal', 'Preposition', 'Determiner', 'Conjunction', 'PastTense'].some((tag) => t.tags.has(tag))) return false;
  if (t.tags.has('Gerund') && !unknownIngName(word)) return false;
  // (but someone asked to do something is a person, when the lexicon holds the word as a
  // person's name: "Ask Diego to …"; a site opening a line is a site: "Houston: add …")
  const asked = DIRECTING_VERBS.has(tokens[i - 1]?.normal ?? '') && (isKnownName(word) || lexiconTags(word).includes('Person'));
  if (['Organization', 'Place', 'Country', 'City', 'Region', 'Month', 'WeekDay', 'Date', 'Pronoun'].some((tag) => t.tags.has(tag)) && !asked) return false;
  if (INITIALS.test(raw)) return true;
  if (!/^\p{Lu}[\p{Ll}'-]+$/u.test(raw)) return false;
  // a prefix joined to a lower-case word: "Re-enable the alert", "Pre-author a template", "Co-sign"
  // (a double-barrelled name is capitalised on both sides: "Jean-Luc", "Smith-Jones")
  // … or an English word so joined: "Health-check the gateway", "Dual-feed every server"
  const second = tokens[i + 1];
  const assignedAfter = second && (/[:(\u2013\u2014]/.test(second.post) || /^(?:to|will|should|owns)$/.test(tokens[i + 2]?.normal ?? ''));
  // … unless it is a given name of two short syllables given work: "Young-soo: migrate …", "Min-ho to update …"
  const syllables = word.length <= 5 && /^\p{Ll}{2,4}$/u.test(second?.text ?? '') && assignedAfter;
  if (t.post === '-' && /^\p{Ll}/u.test(second?.text ?? '') && (WORD_PREFIXES.has(word) || (isKnownWord(word) && !syllables))) return false;
  if (t.post === '-' && syllables) return true;
  const named = t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || isKnownName(word) || asked;
  // a plural or a function's name is what a title's first word usually is: "Runbooks should …",
  // "Validators should …", "Procurement: …", "Onboarding: …", "Facilities: …"
  if (!named && ((t.tags.has('Plural') && !/:/.test(t.post)) || (FUNCTION_SUFFIX.test(word) && !/ing$/.test(word) && !suffixByChance(word)) || FUNCTION_WORDS.has(word) || /ies$/.test(word))) return false;
  // compromise knows it as a person; or it is no English word at all
  return named || !isKnownWord(word);
}

/**
 * "Tsering", "Ming", "Xiaoling": the tagger calls any word ending in -ing a gerund. A short one
 * that is no English word, and whose stem is none either, is a name. Most tech gerunds are built
 * on English stems ("Sharding", "Autoscaling") or are longer; those on a tool's name ("Rsyncing")
 * are still taken for names.
 */
function unknownIngName(word: string): boolean {
  if (!word.endsWith('ing') || word.length > 8 || isKnownWord(word)) return false;
  const stem = word.slice(0, -3);
  // a doubled consonant before -ing is English spelling: "Jitting", "Gzipping"
  if (/([^aeiou])\1$/.test(stem)) return false;
  // "Ming", "Ling": not "m" + -ing; a longer word on a stem of a letter or two ("Bling") is a word
  if (stem.length < 3) return word.length <= 4;
  return !isKnownWord(stem) && !isKnownWord(`${stem}e`);
}

/**
 * A short word no dictionary knows that only happens to end like a function's name: "Bence",
 * "Ming". Longer ones ("Sustainment", "Orchestration") are functions, and so are short ones in
 * -ion, the codenames' ending ("Orion", "Axion").
 */
function suffixByChance(word: string): boolean {
  return unknownIngName(word) || (word.length <= 6 && !isKnownWord(word) && /(?:ence|ance|age|ery)$/.test(word));
}

/**
 * "Storage Reliability", "Fleet Engineering": a guess that a label names a team, from a team word
 * or from a word the tagger does not know as a name but shaped like the abstract nouns teams are
 * named after. Names rarely end this way.
 */
function namesAFunction(tokens: Token[], from: number, to: number): boolean {
  // the next capitalised word belongs to the name too
  const last = /^\p{Lu}/u.test(tokens[to + 1]?.text ?? '') ? to + 1 : to;
  const personTag = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
  return tokens.slice(from, last + 1).some((t) => {
    const word = t.normal.replace(/['\u2019]s$/, '');
    return teamWords.has(t.normal) || (!personTag(t) && FUNCTION_SUFFIX.test(word) && !suffixByChance(word));
  });
}

/** "Marvin (the deploy bot)": a name glossed in brackets as a machine. */
const MACHINE_GLOSS = /^(?:bot|robot|script|cron|daemon)s?$/;
export function namedAsMachine(tokens: Token[], i: number): boolean {
  if (!/\(/.test(tokens[i].post + (tokens[i + 1]?.pre ?? ''))) return false;
  for (const t of tokens.slice(i + 1, i + 5)) {
    if (MACHINE_GLOSS.test(t.normal.replace(/[()]/g, ''))) return true;
    if (/\)/.test(t.post)) return false;
  }
  return false;
}

/**
 * What only people make and run: after one of these, a verb machines also do ("publish", "run")
 * is a person's work — "Priya will publish the postmortem", "Kemal must run the checklist".
 * Not reports, plans, reviews, notes or docs, which tools publish and run all day.
 * ("mortem" is the second half of "post-mortem", which the tokenizer splits.)
 */
const PEOPLES_WORK = new Set([
  'postmortem', 'mortem', 'retro', 'retrospective', 'checklist', 'drill', 'meeting', 'workshop', 'tabletop', 'handover',
  'interview', 'rca', 'writeup',
]);

/** Does a human work product follow the verb at j within a few words ("publish the postmortem")? */
function onPeoplesWork(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const word = tokens[k].normal.replace(/['\u2019]s$/, '');
    if (PEOPLES_WORK.has(word) || PEOPLES_WORK.has(word.replace(/s$/, '')) || (word === 'write' && tokens[k + 1]?.normal === 'up')) return true;
    if (/[,;:.]/.test(tokens[k].post)) return false;
  }
  return false;
}

/** Known as a person's name: by the tagger, by its lexicon, or by the list of names (names.ts). */
const knownAsName = (t: Token): boolean =>
  t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || isKnownName(t.normal.replace(/['\u2019]s$/, '')) || isListedName(t.text);

/** Does the sentence treat the word at i as a machine ("X should alert", "X to retry")? */
function treatedAsMachine(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const word = tokens[j].normal;
    if (MACHINE_VERBS.has(word) || MACHINE_VERBS.has(word.replace(/s$/, ''))) return !onPeoplesWork(tokens, j);
    if (!['to', 'should', 'must', 'will', 'shall', 'can', 'automatically', 'always', 'never', 'not', 'be', 'also'].includes(word)) return false;
  }
  return false;
}

/**
 * Token ranges of people given work or blamed in an action title: the object of a directing
 * verb ("Remind Priya to …", "Ask Jiho to …", "Make sure Wojciech reads …") or the subject of
 * an assignment or modal ("Kemal should have checked …", "Okonkwo to re-run …", "J.K.: …").
 */
export function peopleGivenWork(tokens: Token[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    // "Mr Tanaka", "Dr. Osei": an honorific opens a name
    if (tokens[i].tags.has('Honorific') && tokens[i + 1]) j = i + 1;
    // "T. Adeyemi": an initial opens a name too
    // (not a lettered item done to: "Sites: A. Holloway to be inspected first")
    else if (/^\p{Lu}$/u.test(tokens[i].text) && /^\.\s/.test(tokens[i].post) && tokens[i + 1] && !(tokens[i + 2]?.normal === 'to' && tokens[i + 3]?.normal === 'be')) j = i + 1;
    if (!looksLikePerson(tokens, j)) continue;
    // "Priya Raman", "Jiho K.": take the whole name, and a Korean given name's second syllable ("Hyun-woo")
    let end = j;
    while (tokens[end].post === '-' && /^\p{Ll}{1,5}$/u.test(tokens[end + 1]?.text ?? '') && !DIRECTING_VERBS.has(tokens[j].normal)) end++;
    while (end + 1 < tokens.length && !/[,;:]/.test(tokens[end].post) && looksLikePerson(tokens, end + 1)) end++;
    const before = tokens[i - 1];
    const after = tokens[end + 1];
    // "Owner: Dana Whitcombe - rotate …": a label says who it is, whatever verb follows
    const labelled = labelledOwner(tokens, i, end);
    const directed = before && DIRECTING_VERBS.has(before.normal);
    const assigned =
      (after && ASSIGNING.has(after.normal) && (i === 0 || /[,;:]/.test(before?.post ?? '') || before?.normal === 'and')) ||
      // (a dash with a space beside it: "Health-check the gateway" is one word)
      (/[:\u2013\u2014]|^\s+-|^-\s/.test(tokens[end].post) && i === 0) ||
      labelled;
    const possessive = /['\u2019]s$/.test(tokens[end].text) && directed;
    // a known name is no machine, whatever it is to do ("Emre must rotate the keys"), and nobody
    // asks, reminds or tells a machine ("Ask Jiwoo to retry the backfill")
    const asked = before !== undefined && ASKING_VERBS.has(before.normal);
    const machine = !asked && !tokens.slice(j, end + 1).some(knownAsName) && treatedAsMachine(tokens, end);
    if ((directed || assigned || possessive) && (labelled || (!machine && !namedAsMachine(tokens, end)))) found.push([i, end]);
    i = end;
  }
  return found;
}
