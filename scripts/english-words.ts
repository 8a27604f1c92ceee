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
 * twelve (few names are, and the list stays small for the browser).
 *
 *   npx tsx scripts/english-words.ts            # write the list
 *   npx tsx scripts/english-words.ts --check    # exit 1 when the shipped list is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import en from 'dictionary-en';
import enGb from 'dictionary-en-gb';

const OUT = new URL('../shared/blame/english-words.json', import.meta.url);

/** A .dic file: a count on the first line, then one stem a line, with affix flags after a slash. */
function stems(dic: Uint8Array): string[] {
  return new TextDecoder().decode(dic).split('\n').slice(1).map((line) => line.split('/')[0].trim()).filter(Boolean);
}

export function englishWords(): string {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const dictionary of [en, enGb]) {
    for (const stem of stems(dictionary.dic)) {
      if (!/^[A-Za-z][a-z-]*$/.test(stem)) continue;
      (/^[A-Z]/.test(stem) ? proper : common).add(stem.toLowerCase());
    }
  }
  const words = [...common].filter((w) => !proper.has(w) && w.length >= 3 && w.length <= 12).sort();
  return `${JSON.stringify(frontCoded(words))}\n`;
}

/**
 * Sorted words as one string, each written as how many letters it shares with the word before
 * (one digit) and the letters that differ: "aback abacus abandon" → "0aback 4us 3ndon". A third
 * smaller than the plain list after gzip, and the browser loads it with the checker.
 * shared/blame/english.ts reads it back.
 */
function frontCoded(sorted: string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return `${shared}${word.slice(shared)}`;
    })
    .join(' ');
}

function main() {
  const text = englishWords();
  if (process.argv.includes('--check')) {
    const shipped = readFileSync(OUT, 'utf8');
    if (shipped !== text) {
      console.error('shared/blame/english-words.json is out of date: run npx tsx scripts/english-words.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.pathname}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
