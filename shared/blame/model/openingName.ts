/**
 * Is the first word of a sentence a person's name? Cards and action items open with the
 * actor ("Lindqvist approved …", "Mike forgot …"), where capitalisation says nothing. A word
 * compromise knows as a name counts; so does a word it does not know at all when the next
 * word reads as something a person does (a past-tense verb, a modal, "to"), which is how a
 * name from any culture opens a sentence and how "Backup job …" or "Capacity add …" do not.
 */
import { isEnglishWord } from '../english.ts';
import { isKnownWord, lexiconTags } from '../nlp.ts';
import { NAME_VERBS } from '../rulebook/lexicon.ts';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const VERB_TAGS = new Set(['PastTense', 'Modal', 'Copula', 'Auxiliary']);
const LINKS = new Set(['to', 'should', 'must', 'will', 'would', 'could', 'has', 'had', 'was', 'is', 'and', 'never', 'just', 'also', 'still', 'then']);

export function opensWithName(first: string, next: string | undefined, notNames: ReadonlySet<string>, afterNext?: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(first) || /['\u2019](?!s$)/u.test(first)) return false;
  const bare = first.toLowerCase().replace(/['\u2019]s$/, '');
  if (notNames.has(bare)) return false;
  const tags = lexiconTags(bare);
  // a name that is also a verb opens an order: "Grant the SRE team read access", "Page the DBA
  // when …"; a name is followed by what its owner did (or was told to do), not by an article
  if (next && !first.endsWith("'s") && DETERMINERS.has(next.toLowerCase())) return false;
  // nor, when it is also a verb, by an object or the access it gives ("Grant them access", "Grant
  // access to …", "Grant read access to …"): those make it the order's verb
  if (next && !first.endsWith("'s") && nameVerbs.has(bare) && givesSomething(next.toLowerCase(), afterNext?.toLowerCase())) return false;
  if (tags.some((t) => NAME_TAGS.has(t))) return true;
  if (isKnownWord(bare) || !next) return false;
  const after = next.toLowerCase();
  if (LINKS.has(after) || first.endsWith("'s")) return true;
  return /^[a-z]+ed$/.test(after) || lexiconTags(after).some((t) => VERB_TAGS.has(t));
}

const nameVerbs = new Set(NAME_VERBS);
const OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'everyone', 'everybody', 'someone', 'somebody', 'anyone']);
const ACCESS_KINDS = new Set(['read', 'write', 'read-only', 'admin', 'edit', 'owner', 'temporary', 'emergency', 'full', 'sudo', 'root', 'prod', 'production', 'elevated', 'database', 'db', 'ssh', 'console', 'vpn']);
const ACCESS_WORDS = new Set(['access', 'permission', 'permissions', 'rights', 'role', 'roles', 'scope', 'scopes']);
const givesSomething = (next: string, afterNext = '') =>
  OBJECTS.has(next) || ACCESS_WORDS.has(next) || (ACCESS_KINDS.has(next) && ACCESS_WORDS.has(afterNext));
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'any', 'our', 'their', 'its', 'this', 'that', 'these', 'those']);

/**
 * Is a word after the first a name? Capitalised, not a known product or team, and not a common
 * English word (a headline's "Outage Hits Airline" names no one).
 */
export function readsAsName(word: string, bare: string, notNames: ReadonlySet<string>): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !notNames.has(bare) && !isEnglishWord(bare);
}
