/**
 * Writes shared/blame/person-names.json: first names and surnames from every locale of
 * `@faker-js/faker` (MIT) written in the Latin script — Yoruba, Zulu, Turkish, Vietnamese,
 * Indonesian, Indian English, Welsh, Polish, Finnish and some seventy more — that neither the
 * tagger's lexicon nor the English word list knows.
 *
 * The checker finds people by the position a word holds ("Ngozi to …", "Ask Emre to …") and
 * needs no list for that. The list settles the cases position cannot: a name before a verb that
 * systems also do ("Emre must rotate the keys", where "Vault must rotate the keys" is about a
 * system). Words the lexicon knows are left to it, and so are the English dictionaries' proper
 * nouns: cities, stars and gods that are also names ("Houston", "Orion", "Zion") stay what a
 * codename or a site would be.
 *
 *   npx tsx scripts/person-names.ts            # write the list
 *   npx tsx scripts/person-names.ts --check    # exit 1 when the shipped list is out of date
 */
import { allLocales } from '@faker-js/faker';
import { pathToFileURL } from 'node:url';
import { isEnglishWord } from '../shared/blame/english.ts';
import { frontCoded, unpack } from '../shared/blame/frontCoding.ts';
import { lexiconTags } from '../shared/blame/nlp.ts';
import { GROUP_NOUNS, PRODUCT_NAMES, ROLE_NOUNS, TEAM_WORDS, TECH_NOUNS } from '../shared/blame/rulebook/lexicon.ts';
import { englishWords, properNouns, writeOrCheck } from './english-words.ts';
import { foldName } from '../shared/blame/names.ts';

const OUT = new URL('../shared/blame/person-names.json', import.meta.url);

/** Every string under a locale's person.first_name / last_name, however the locale nests them. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const notNames = new Set([...PRODUCT_NAMES, ...TEAM_WORDS, ...ROLE_NOUNS, ...GROUP_NOUNS, ...TECH_NOUNS]);

/**
 * faker's data that is not about people: its words, products, companies, colours, animals,
 * software and so on, in every locale. A name that is also one of these ("Cola", "Rojo",
 * "Garuda", "Tar") is left out. Streets, towns, books and music are named after people, so
 * they are not used.
 */
const NOT_ABOUT_PEOPLE = ['word', 'lorem', 'animal', 'color', 'commerce', 'science', 'vehicle', 'food', 'company', 'app', 'hacker', 'system', 'internet', 'date', 'team', 'airline', 'database', 'finance'];

function wordsNotAboutPeople(): Set<string> {
  const words = new Set<string>();
  for (const locale of Object.values(allLocales) as Array<Record<string, unknown>>) {
    for (const section of NOT_ABOUT_PEOPLE) for (const text of strings(locale[section])) for (const word of text.split(/[^\p{L}]+/u)) if (word) words.add(foldName(word));
  }
  return words;
}

export function personNames(): string {
  // proper nouns of the English dictionaries name stars, gods and places as often as people
  // ("Orion", "Zion", "Aurora"): a codename is as likely, so they are left to position
  const proper = properNouns();
  // every word of the dictionaries, short ones too (isEnglishWord ignores four letters or fewer)
  const dictionary = unpack(JSON.parse(englishWords()) as string);
  const other = wordsNotAboutPeople();
  const names = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const person = (locale as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!person) continue;
    for (const name of [...strings(person.first_name), ...strings(person.last_name)]) {
      // "María José", "Smith-Jones": each part is a name on its own
      for (const part of name.normalize('NFC').split(/[\s-]+/)) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(part) || !/^\p{Script=Latin}+$/u.test(part)) continue;
        const folded = foldName(part);
        // four letters at least: shorter names ("Le", "Wu", "Ali") meet too many words and tools (Pip, Jax, Lua)
        if (folded.length < 4 || folded.length > 14 || notNames.has(folded) || other.has(folded)) continue;
        if (lexiconTags(folded).length > 0 || dictionary.has(folded) || isEnglishWord(folded) || proper.has(folded)) continue;
        names.add(folded);
      }
    }
  }
  return `${JSON.stringify(frontCoded([...names].sort().map((name) => [name, ''])))}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) writeOrCheck(OUT, personNames(), 'scripts/person-names.ts');
