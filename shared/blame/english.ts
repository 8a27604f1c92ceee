/**
 * Is a word a common English word? The list (english-words.json, written by
 * scripts/english-words.ts from the Hunspell dictionaries) holds stems with the suffixes each
 * takes, so an ending is taken off only where its stem takes it: "attackers" is attacker + s,
 * "Intruder" intrude + r, "obviously" obvious + ly; "Sayed" is not say + ed, nor "Egger" egg + er.
 *
 * The checker asks this of a capitalised word it might take for a name: "Backhoe cut the fibre"
 * and "Intruder copied the table" open with things and outsiders, "Fujimori signed off" with a
 * person. Words of four letters or fewer are never read as common words here: that is where
 * surnames and words meet most (Song, Tang, Fan, Swan, Obi), and the tagger knows the common
 * short words anyway. Names that are also longer words ("Summer", "Archer") read as words.
 */
import list from './english-words.json' with { type: 'json' };
import { unpack } from './frontCoding.ts';

/** Word → the suffix flags it takes (S plural, D past, G -ing, R -er, Z -ers, Y -ly). */
const WORDS = unpack(list as string);

/**
 * [ending, what replaces it on the stem, the flag the stem needs, what the stem must look like]:
 * the affix file's own conditions, simplified ("mends" but not "mend-es", "waled" but not "wale-ed").
 */
const ENDINGS: Array<[string, string, string, RegExp?]> = [
  ['ies', 'y', 'S'], ['es', '', 'S', /(?:s|x|z|ch|sh)$/], ['s', '', 'S', /[^sy]$/],
  ['ied', 'y', 'D'], ['ed', '', 'D', /[^e]$/], ['d', '', 'D', /e$/],
  ['ing', '', 'G', /[^e]$/], ['ing', 'e', 'G'],
  ['iers', 'y', 'Z'], ['ers', '', 'Z', /[^e]$/], ['rs', '', 'Z', /e$/],
  ['ier', 'y', 'R'], ['er', '', 'R', /[^e]$/], ['r', '', 'R', /e$/],
  ['ily', 'y', 'Y'], ['ly', '', 'Y'],
];

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['\u2019]s?$/, '');
  if (lower.length <= 4) return false;
  if (WORDS.has(lower)) return true;
  return ENDINGS.some(([ending, replacement, flag, shape]) => {
    if (!lower.endsWith(ending)) return false;
    const stem = lower.slice(0, -ending.length) + replacement;
    return (!shape || shape.test(stem)) && (WORDS.get(stem)?.includes(flag) ?? false);
  });
}
