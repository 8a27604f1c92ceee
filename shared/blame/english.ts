/**
 * Is a word a common English word? The list (english-words.json, written by
 * scripts/english-words.ts from the Hunspell dictionaries) holds stems, so the usual endings are
 * taken off before looking: "attackers" → attacker, "backups" → backup, "worried" → worry,
 * "obviously" → obvious.
 *
 * The checker asks this of a capitalised word it might take for a name: "Backhoe cut the fibre"
 * and "Intruder copied the table" open with things and outsiders, "Fujimori signed off" with a
 * person. Names that are also words ("Rune", "Obi") read as words here; the tagger's own list of
 * first names still knows the common ones.
 */
import list from './english-words.json' with { type: 'json' };

/** The list is front-coded (see scripts/english-words.ts): "0aback 4us" is aback, abacus. */
function unpack(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const item of packed.split(' ')) {
    previous = previous.slice(0, Number(item[0])) + item.slice(1);
    words.add(previous);
  }
  return words;
}

const WORDS = unpack(list as string);

/** The stem a word may come from, longest ending first; the word itself comes first. */
function stemsOf(word: string): string[] {
  const out = [word];
  const strip = (ending: string, add = '') => {
    if (word.endsWith(ending) && word.length - ending.length >= 3) out.push(word.slice(0, -ending.length) + add);
  };
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es');
  strip('s');
  strip('ed');
  strip('ed', 'e');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  strip('ers');
  strip('er');
  strip('er', 'e');
  strip('ily', 'y');
  strip('ly');
  strip('ors');
  strip('or');
  strip('or', 'e');
  return out;
}

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['\u2019]s?$/, '');
  return stemsOf(lower).some((stem) => WORDS.has(stem));
}
