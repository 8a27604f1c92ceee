/**
 * The labelled blame corpora and the fixed held-out split, shared by the scoring script, the
 * training script and the corpus test so that all three agree on what was held out.
 */
import { readFileSync } from 'node:fs';
import type { CheckContext } from '../shared/blame/types.ts';

export interface Labelled {
  text: string;
  label: 'blame' | 'ok';
  category: string;
  hard: boolean;
  /** card, action, postmortem, news, comment; the first corpus has none (read as prose). */
  genre: string;
  /** The incident a sentence comes from; whole sources are held out, never single sentences. */
  source: string;
  corpus: string;
}

export const CORPORA = ['blame-dev', 'blame-dev-2'] as const;

/**
 * Sentences written for training (source "authored", and each writer's set by its prefix):
 * varied names, roles and framings that teach the classifier patterns rather than one
 * incident's wording. blame-train.ts also scores them out of fold, by writer; blame-score.ts
 * never does.
 */
export const TRAINING_ONLY = 'blame-authored' as const;

/**
 * Sentences kept for measuring only (sources fresh-p, fresh-q: 480 sentences; fresh-z,
 * fresh-zz: 400 more; fresh-a11, fresh-b11: 397 more; real-u15 … real-x15: 400 more; real-c16,
 * real-e16 … real-h16: 500 more; real-c17, real-d17, real-f17: 300 more; real-g17 … real-j17: 400 more; l18-*, n18-*: 1,000 more; p19-*, r19-*: 1,000 more; s19-*, t19-*: 1,000 more; u20-*, v20-*: 1,000 more; c21-*, d21-*: 999 more; g21-*, h21-*: 1,000 more; m21-*: 300 more; n21-*, p21-*: 996 more; real-a22 … real-d22: 799 more; real-e22, real-f22: 400 more; m22, n22: 400 more), each set by a writer who never saw the checker, the corpora or the other sets: never trained on, never
 * read while writing rules. P and Q decided one thing only, whether the sentences written for
 * finding blind spots should join the training data; Z and ZZ, and later A11 and B11, were
 * scored once before the rules of their round and once after. U15 … X15 are close retellings of
 * public outage coverage, forum threads, post-mortems and retro boards (names, firms and numbers
 * changed; retail, transport, consumer apps, industry), the kind of text the checker meets in
 * the wild, scored before and after the rules of their round; real-c16 (gaming and streaming)
 * and real-e16 … real-h16 (banking, aviation and rail, telecoms, cloud and SaaS) likewise,
 * written to a stricter retelling brief whose other three sets (real-a16, -b16, -d16) were read.
 * real-c17 (DNS, CDNs, routing, certificates, package registries), real-d17 (media, ticketing,
 * elections and government IT) and real-f17 (manufacturing, cars, delivery and logistics) came with
 * three sets to the same brief that were read (real-a17, -b17, -e17: payments and insurance,
 * education, security breaches). real-g17 … real-j17 (HR and payroll, travel, smart devices, courts and
 * police IT) were written after the round's rules and only ever scored: its check on text the rules never met.
 * l18-* and n18-* (ten invented incidents each, outside the usual cloud examples) were written with
 * two sets to the same brief whose errors were read (k18-*, m18-*, now training sentences), and scored
 * only; p19-* and r19-* came the same way, with o19-* and q19-* (read, now training sentences), and s19-* and
 * t19-* were written after that round's rules and only ever scored. u20-* and v20-* were written with three
 * sets to the same brief (w20-*, x20-*, y20-*) that joined the training sentences unread; all five were scored
 * once before the classifier was retrained on the three. c21-* and d21-* came with a21-* and b21-*
 * (trained on unread), all four scored with the round's final checker before any was trained on. g21-* and h21-* came with
 * e21-* and f21-* (trained on unread) the same way. m21-* (action items, cards and post-mortem lines written as people
 * type them into trackers, not to the categories) was written to check that the classifier had not learnt the brief's
 * habits, such as blame action items opening with "Ensure <person> …"; i21-* and j21-* (trained on, unread) pair every
 * blame action item or timeline card with a blameless one that opens the same way with the same kind of actor;
 * k21-* (trained on, unread) does the same for chat lines, accusing questions against ordinary ones.
 * n21-* and p21-* were written after that round's checker was final and only ever scored (four sentences
 * that repeated earlier ones were left out).
 * The training-only siblings of all these are k18-*,
 * m18-*, o19-*, q19-*, w20-*, x20-*, y20-*, a21-*, b21-*, e21-*, f21-*, i21-*, j21-*, k21-* and real-a13 … real-t15, real-a16,
 * -b16, -d16 and real-a17, -b17, -e17; of those, real-e13, -f13, -k14 and -l14 were kept out like these for a
 * round or two and joined the training sentences once their errors had been read.
 * `blame-score.ts` scores them the way `debrief lint` reads text (document context) and does not
 * list their errors: once someone tunes against them they stop being an estimate for unseen text.
 */
export const SCORED_ONLY = 'blame-fresh' as const;

export function loadCorpus(name: (typeof CORPORA)[number] | typeof TRAINING_ONLY | typeof SCORED_ONLY): Labelled[] {
  const url = new URL(`../tests/fixtures/${name}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as Partial<Labelled>;
      return {
        text: row.text ?? '',
        label: row.label === 'blame' ? 'blame' : 'ok',
        category: row.category ?? 'unknown',
        hard: row.hard ?? false,
        genre: row.genre ?? 'prose',
        source: row.source ?? name,
        corpus: name,
      };
    });
}

export const loadAll = (): Labelled[] => CORPORA.flatMap((name) => loadCorpus(name));

/** Where a sentence of each genre is checked in the product. */
export function contextFor(genre: string): CheckContext {
  if (genre === 'card') return 'card';
  if (genre === 'action') return 'action';
  return 'document';
}

/** FNV-1a of a string: a fixed, seedless bucket for a source or a writer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The held-out sources: every source whose name hashes into bucket 0 of 4 (FNV-1a), fixed
 * before any tuning so it cannot drift towards easy sources. The first corpus, written
 * alongside the original rules, is never held out.
 */
export function isHeldOut(row: Pick<Labelled, 'source' | 'corpus'>): boolean {
  return row.corpus === 'blame-dev-2' && fnv1a(row.source) % 4 === 0;
}

/**
 * The group a sentence is cross-validated in. An authored set is one writer's, named by writer
 * and round ("fresh-k12-…", "real-a16-…", "o19-…", or "authored"). blame-dev-2's writer is not
 * recorded: its groups are its incidents. blame-dev has a single source and gets none (its
 * sentences are spread over the folds one by one).
 */
export function writerOf(row: Pick<Labelled, 'source' | 'corpus'>): string | null {
  if (row.corpus === 'blame-dev') return null;
  if (row.corpus !== TRAINING_ONLY) return row.source;
  const parts = row.source.split('-');
  return parts[0] === 'fresh' || parts[0] === 'real' ? parts.slice(0, 2).join('-') : parts[0];
}

/**
 * Sets written in pairs (each blame sentence with a blameless twin that opens the same way):
 * they teach the classifier that an opening or an actor is not the blame, but they are
 * confusable by design, far more than text as people write it. They are trained on and scored
 * out of fold, and left out of the false-positive rate the threshold is chosen by, which they
 * would push up (with K21 in it the threshold rose 0.94 → 0.95 and the kept-out recall fell 2.7
 * points for 0.9 of FPR).
 */
export const isPairedSet = (row: Pick<Labelled, 'source'>) => /^(?:i21|j21|k21)-/.test(row.source);
