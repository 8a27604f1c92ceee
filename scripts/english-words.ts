/**
 * Writes shared/blame/english-words.json: the common (lower-case) words of the US and British
 * Hunspell dictionaries (packages dictionary-en and dictionary-en-gb, from SCOWL; MIT and BSD).
 *
 * The checker uses it to tell a capitalised common word from a name it has never seen: a card
 * that opens "Backhoe cut the fibre" or "Attacker deleted the backups" is about a thing or an
 * outsider, one that opens "Fujimori signed off …" is about a person. The tagger's own lexicon
 * is far too small to tell them apart.
 *
 * Kept out: words the dictionaries also list capitalised (Park, Rose, Will: names as often as
 * words), words shorter than three letters (the tagger knows those), and words longer than
 * twelve (few names are, and the list stays small for the browser). english.ts also ignores the
 * list for words of four letters or fewer, where common words and surnames meet most (Song,
 * Tang, Fan, Swan).
 *
 *   npx tsx scripts/english-words.ts            # write the list
 *   npx tsx scripts/english-words.ts --check    # exit 1 when the shipped list is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { frontCoded } from '../shared/blame/frontCoding.ts';
import { pathToFileURL } from 'node:url';
import en from 'dictionary-en';
import enGb from 'dictionary-en-gb';

const OUT = new URL('../shared/blame/english-words.json', import.meta.url);

/** A .dic file: a count on the first line, then one stem a line, with affix flags after a slash. */
function entries(dic: Uint8Array): Array<[string, string]> {
  return new TextDecoder()
    .decode(dic)
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split('/') as [string, string?])
    .filter(([stem]) => stem)
    .map(([stem, flags = '']) => [stem, flags]);
}

/**
 * The suffix flags kept with each stem (the dictionaries' affix file): S plural, D past, G -ing,
 * R -er, Z -ers, Y -ly. english.ts takes an ending off only where the stem carries its flag, so
 * "Sayed" is not "say" + "-ed" and "Egger" is not "egg" + "-er".
 */
const KEPT_FLAGS = /[SDGRZY]/g;

/** The stems the dictionaries list capitalised (Park, Rose, Orion, Sydney), in lower case. */
export function properNouns(): Set<string> {
  const proper = new Set<string>();
  for (const dictionary of [en, enGb]) {
    for (const [stem] of entries(dictionary.dic)) if (/^[A-Z][a-z-]*$/.test(stem)) proper.add(stem.toLowerCase());
  }
  return proper;
}

export function englishWords(): string {
  const common = new Map<string, Set<string>>();
  const proper = properNouns();
  for (const dictionary of [en, enGb]) {
    for (const [stem, flags] of entries(dictionary.dic)) {
      if (!/^[A-Za-z][a-z-]*$/.test(stem) || /^[A-Z]/.test(stem)) continue;
      const kept = common.get(stem) ?? new Set<string>();
      for (const flag of flags.match(KEPT_FLAGS) ?? []) kept.add(flag);
      common.set(stem, kept);
    }
  }
  const words = [...common.keys()].filter((w) => !proper.has(w) && w.length >= 3 && w.length <= 12).sort();
  return `${JSON.stringify(frontCoded(words.map((w) => [w, [...common.get(w)!].sort().join('')])))}\n`;
}

/**
 * Writes a generated list, or with `--check` exits 1 when the shipped one differs from what the
 * packages give today. Shared by the scripts that build the checker's word lists.
 */
export function writeOrCheck(out: URL, text: string, script: string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error(`${out.pathname} is out of date: run npx tsx ${script}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(out, text);
  console.log(`wrote ${out.pathname}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) writeOrCheck(OUT, englishWords(), 'scripts/english-words.ts');
