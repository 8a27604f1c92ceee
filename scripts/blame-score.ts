/**
 * Scores the blame checker on the labelled corpora: recall and false-positive rate overall,
 * per genre and per category, on the tuning split and on the held-out sources.
 *
 *   npx tsx scripts/blame-score.ts            # summary tables
 *   npx tsx scripts/blame-score.ts --errors   # also list misses and false positives
 *   npx tsx scripts/blame-score.ts --json     # machine-readable
 *   npx tsx scripts/blame-score.ts --rules    # the phrase rules alone, without the classifier
 *
 * Also scores tests/fixtures/blame-fresh.jsonl (blameCorpus.ts SCORED_ONLY), without listing its
 * errors.
 */
import { check } from '../shared/blame/check.ts';
import { contextFor, isHeldOut, loadAll, loadCorpus, SCORED_ONLY, type Labelled } from './blameCorpus.ts';

/**
 * The phrase rules alone (`--rules`) are the honest measure while writing rules: the shipped
 * classifier has seen every labelled sentence, so its in-sample hits hide what the rules miss.
 */
const RULES_ONLY = process.argv.includes('--rules');

/** vague-action is about checkable outcomes, not blame: it does not count as a blame finding. */
export function flags(row: Labelled): boolean {
  return findingsOf(row).some((f) => f.rule !== 'vague-action');
}

const findingsOf = (row: Labelled) => check(row.text, { context: contextFor(row.genre), ...(RULES_ONLY ? { model: null } : {}) });

interface Score {
  blame: number;
  caught: number;
  ok: number;
  falsePositives: number;
}

const empty = (): Score => ({ blame: 0, caught: 0, ok: 0, falsePositives: 0 });

function add(score: Score, row: Labelled, flagged: boolean) {
  if (row.label === 'blame') {
    score.blame++;
    if (flagged) score.caught++;
  } else {
    score.ok++;
    if (flagged) score.falsePositives++;
  }
}

const fmt = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(3));

function table(title: string, groups: Map<string, Score>) {
  console.log(`\n${title}`);
  console.log(`  ${'group'.padEnd(26)} recall          FPR`);
  for (const [name, s] of [...groups].sort()) {
    console.log(
      `  ${name.padEnd(26)} ${fmt(s.caught, s.blame)} (${String(s.caught).padStart(3)}/${String(s.blame).padEnd(3)})  ` +
        `${fmt(s.falsePositives, s.ok)} (${String(s.falsePositives).padStart(3)}/${String(s.ok).padEnd(3)})`,
    );
  }
}

function main() {
  const args = new Set(process.argv.slice(2));
  const rows = loadAll();
  const started = performance.now();
  const results = rows.map((row) => ({ row, flagged: flags(row) }));
  const elapsed = performance.now() - started;

  const bySplit = new Map<string, Score>();
  const byGenre = new Map<string, Score>();
  const byHeldOutGenre = new Map<string, Score>();
  const byCategory = new Map<string, Score>();
  for (const { row, flagged } of results) {
    const split = isHeldOut(row) ? 'held-out' : 'tuning';
    for (const key of [`${row.corpus} (all)`, `${row.corpus} ${split}`]) {
      if (!bySplit.has(key)) bySplit.set(key, empty());
      add(bySplit.get(key)!, row, flagged);
    }
    const genreKey = `${row.corpus === 'blame-dev' ? 'dev-1 ' : ''}${row.genre}`;
    if (!byGenre.has(genreKey)) byGenre.set(genreKey, empty());
    add(byGenre.get(genreKey)!, row, flagged);
    if (isHeldOut(row)) {
      if (!byHeldOutGenre.has(row.genre)) byHeldOutGenre.set(row.genre, empty());
      add(byHeldOutGenre.get(row.genre)!, row, flagged);
    }
    if (!byCategory.has(row.category)) byCategory.set(row.category, empty());
    add(byCategory.get(row.category)!, row, flagged);
  }

  // the fresh sentences, read as `debrief lint` reads every line (document context)
  const byFreshGenre = new Map<string, Score>([['all', empty()]]);
  for (const row of loadCorpus(SCORED_ONLY)) {
    const flagged = check(row.text, { context: 'document', ...(RULES_ONLY ? { model: null } : {}) }).some((f) => f.rule !== 'vague-action');
    if (!byFreshGenre.has(row.genre)) byFreshGenre.set(row.genre, empty());
    add(byFreshGenre.get('all')!, row, flagged);
    add(byFreshGenre.get(row.genre)!, row, flagged);
  }

  if (args.has('--json')) {
    const out = (m: Map<string, Score>) => Object.fromEntries(m);
    console.log(JSON.stringify({ split: out(bySplit), genre: out(byGenre), heldOutGenre: out(byHeldOutGenre), category: out(byCategory), fresh: out(byFreshGenre) }, null, 2));
    return;
  }
  table('By corpus and split', bySplit);
  table('By genre (both corpora)', byGenre);
  table('Held-out sources, by genre (the shipped model was trained on these too: the honest held-out score is the one scripts/blame-train.ts prints)', byHeldOutGenre);
  table('By category (both corpora)', byCategory);
  table(`Fresh sentences (${SCORED_ONLY}: never trained on or tuned against; read as debrief lint reads them; their errors are not listed)`, byFreshGenre);
  console.log(`\n${rows.length} sentences checked in ${elapsed.toFixed(0)} ms (first run, JIT warm-up included)`);

  if (args.has('--errors')) {
    console.log('\nMissed blame:');
    for (const { row, flagged } of results) if (row.label === 'blame' && !flagged) console.log(`  [${row.genre}/${row.category}${isHeldOut(row) ? ' HELD' : ''}] ${row.text}`);
    console.log('\nFalse positives:');
    for (const { row, flagged } of results) {
      if (row.label === 'ok' && flagged) {
        const rules = findingsOf(row).map((f) => f.rule).join(',');
        console.log(`  [${row.genre}/${row.category}${isHeldOut(row) ? ' HELD' : ''}] (${rules}) ${row.text}`);
      }
    }
  }
}

main();
