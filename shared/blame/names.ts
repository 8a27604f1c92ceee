/**
 * Is a word a person's name from the list of names the tagger does not know
 * (person-names.json, written by scripts/person-names.ts from the name lists of every
 * Latin-script locale of @faker-js/faker)? Never the only signal: a word in an actor position is
 * a person whether or not it is listed (actors.ts). The list settles what position cannot.
 */
import list from './person-names.json' with { type: 'json' };
import { unpack } from './frontCoding.ts';

/** Letters that are not a base letter and an accent, so NFD does not take them apart. */
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ə: 'e', ɔ: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };

/** Lower case without accents, as the list is written: "Inés" → "ines", "Włodzimierz" → "wlodzimierz". */
export function foldName(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđðəɔßæœþħ]/g, (letter) => LETTERS[letter]);
}

let names: Map<string, string> | null = null;

export function isListedName(word: string): boolean {
  names ??= unpack(list as string);
  return names.has(foldName(word.replace(/['\u2019]s$/, '')));
}
