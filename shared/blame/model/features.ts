/**
 * Features of one sentence for the blame classifier. Cheap on purpose (no tagging): words and
 * word pairs, with the words that say *who* replaced by their kind, so that what the model
 * learns about "<person> should have checked" holds for every name, not the names in the
 * training data.
 *
 * Kinds: <name> (a capitalised word that is not a common English word, a known product or a
 * team; the first word only when it reads as a name, see openingName.ts),
 * <handle> (@sam), <pron> (he, she, they, you), <role> (engineer, intern, ops …), <group>
 * (team, management …), <num>. The role and group words are also kept as themselves.
 */
import { classFeatures } from './classFeatures.ts';
import { opensWithName, readsAsName } from './openingName.ts';
import { GROUP_NOUNS, PERSON_POSSESSIVES, PERSON_PRONOUNS, PRODUCT_NAMES, ROLE_NOUNS, SELF_PRONOUNS, TEAM_WORDS } from '../rulebook/lexicon.ts';

const pronouns = new Set([...PERSON_PRONOUNS, ...PERSON_POSSESSIVES, ...SELF_PRONOUNS]);
const roles = new Set(ROLE_NOUNS);
const groups = new Set(GROUP_NOUNS);
const notNames = new Set([...PRODUCT_NAMES, ...TEAM_WORDS]);

const WORD = /@[\w.-]+|\p{L}[\p{L}'\u2019-]*|\d[\d.,:%]*|[?!]/gu;

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The sentence as a list of normalised word tokens, with people abstracted to their kind. */
export function tokensOf(sentence: string): string[] {
  const out: string[] = [];
  const words = sentence.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const lower = raw.toLowerCase().replace(/\u2019/g, "'");
    const bare = lower.replace(/'s$/, '');
    if (raw.startsWith('@')) out.push('<handle>');
    else if (/^\d/.test(raw)) out.push('<num>');
    else if (pronouns.has(bare)) out.push('<pron>', bare);
    else if (roles.has(singular(bare))) out.push('<role>', singular(bare));
    else if (groups.has(singular(bare))) out.push('<group>', singular(bare));
    else if (i > 0 && readsAsName(raw, bare, notNames)) out.push('<name>');
    else if (i === 0 && opensWithName(raw, words[1], notNames, words[2])) out.push('<name>');
    else out.push(bare);
  }
  return out;
}

/** A crude stem, so "blamed", "blames" and "blaming" share what the model learns. */
function stem(word: string): string {
  if (word.startsWith('<') || word.length < 5) return word;
  return word.replace(/(?:ing|ed|es|s|ly)$/, '');
}

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nobody', 'none', 'nothing', 'without', 'rather', 'instead']);

/** Stemmed unigrams and bigrams, negation-marked stems, and a few whole-sentence cues. */
export function featuresOf(sentence: string): string[] {
  const tokens = tokensOf(sentence).map(stem);
  const features = new Set<string>(classFeatures(sentence));
  let negatedFor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    features.add(t);
    if (i + 1 < tokens.length) features.add(`${t} ${tokens[i + 1]}`);
    // blame words in the scope of a negation read the other way ("nobody is at fault")
    if (negatedFor > 0) {
      features.add(`NOT_${t}`);
      negatedFor--;
    }
    if (NEGATORS.has(t) || t.endsWith("n't")) negatedFor = 4;
  }
  features.add(`^${tokens[0] ?? ''}`);
  if (sentence.includes('?')) features.add('<question>');
  if (/["\u201c\u201d']\s*\p{L}[^"\u201c\u201d]{2,60}["\u201c\u201d]/u.test(sentence)) features.add('<quote>');
  return [...features];
}

