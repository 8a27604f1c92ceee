import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../shared/blame/english.ts';
import { englishWords } from '../../scripts/english-words.ts';
import shipped from '../../shared/blame/english-words.json' with { type: 'json' };

describe('the English word list', () => {
  it('knows common words and their usual endings', () => {
    for (const word of ['Backhoe', 'attackers', 'Intruder', 'backups', 'Fibre', 'fiber', 'pipelines', 'worried', 'Obviously', 'payload'])
      expect(isEnglishWord(word), word).toBe(true);
  });

  it('does not know names, whatever their culture', () => {
    for (const word of ['Fujimori', 'Okonkwo', 'Lindqvist', 'Kwabena', 'Senthil', 'Tamminen', 'Priyanka', 'Wierzbicka'])
      expect(isEnglishWord(word), word).toBe(false);
  });

  it('takes an ending off only where the stem takes it', () => {
    // say + ed, rash + ed, egg + er, end + er, mend + es, moral + es, gold + ing, rain + er
    for (const word of ['Sayed', 'Rashed', 'Waleed', 'Egger', 'Ender', 'Samer', 'Mendes', 'Morales', 'Golding', 'Rainer', 'Nestor'])
      expect(isEnglishWord(word), word).toBe(false);
    for (const word of ['deployed', 'players', 'copies', 'happily', 'boxes', 'Intruders']) expect(isEnglishWord(word), word).toBe(true);
  });

  it('never reads a word of four letters or fewer as a common word: surnames meet words there', () => {
    for (const word of ['Song', 'Tang', 'Fang', 'Swan', 'Obi', 'Desk']) expect(isEnglishWord(word), word).toBe(false);
  });

  it('leaves out words the dictionaries also list as names', () => {
    for (const word of ['Park', 'Rose', 'Will']) expect(isEnglishWord(word), word).toBe(false);
  });

  it('is the list the dictionaries give today (regenerate with npx tsx scripts/english-words.ts)', () => {
    expect(`${JSON.stringify(shipped)}\n`).toBe(englishWords());
  });
});
