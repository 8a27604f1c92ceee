import { describe, expect, it } from 'vitest';
import { isListedName } from '../../shared/blame/names.ts';
import { personNames } from '../../scripts/person-names.ts';
import shipped from '../../shared/blame/person-names.json' with { type: 'json' };

describe('the list of names the tagger does not know', () => {
  it('holds names from many cultures, accents or not', () => {
    for (const name of ['Emre', 'Ngozi', 'Adebayo', 'Oluwaseun', 'Chinedu', 'Ramesh', 'Hannes', 'Anjali', 'Sipho', 'Şükrü', 'Sukru'])
      expect(isListedName(name), name).toBe(true);
  });

  it('matches names typed without their special letters', () => {
    for (const name of ['Włodzimierz', 'Wlodzimierz']) expect(isListedName(name), name).toBe(true);
  });

  it('leaves out words (short ones too), products, faker\'s own non-name words, and proper nouns that name places, stars and gods', () => {
    for (const word of ['Velero', 'Kafka', 'Jenkins', 'Platform', 'Sharding', 'Orion', 'Zion', 'Aurora', 'Houston', 'Sydney', 'Lava', 'Idea', 'Cola', 'Rojo', 'Garuda', 'Pip', 'Jax'])
      expect(isListedName(word), word).toBe(false);
  });

  it('is the list the packages give today (regenerate with npx tsx scripts/person-names.ts)', () => {
    expect(`${JSON.stringify(shipped)}\n`).toBe(personNames());
  });
});
