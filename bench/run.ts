import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { measureFsyncFloor } from './fsyncFloor.ts';
import { runMicro, type MicroResult } from './micro.ts';
import { runScenario, type Scenario, type TargetMeasurement } from './scenario.ts';
import { renderMarkdown } from './report.ts';
import { renderStorage, runStorageTargets, wantsStorageRun, type StorageMeasurement } from './storage.ts';

/**
 * `npm run bench [-- --quick] [--json] [--passes N] [--seconds S] [--only 1000]`: Debrief
 * against bare Socket.IO, both as a server in its own child process driven by the same
 * separate load-generator processes with the same payloads and rates. Each scenario runs in
 * several passes that alternate which target goes first, so drift on a shared machine hits
 * both; the report gives the median of the per-pass ratios with their spread. The durability
 * floor (one fsynced SQLite commit) and the micro-benchmarks come first. Results go to stdout
 * and bench/results/.
 */
const { values } = parseArgs({
  allowNegative: true,
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    passes: { type: 'string' },
    /** Also PostgreSQL and three processes (needs PostgreSQL and Redis; see storage.ts). */
    storage: { type: 'boolean', default: true },
    rate: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});

const seconds = Number(values.seconds ?? (values.quick ? 8 : 15));
const passes = Number(values.passes ?? (values.quick ? 3 : 5));
const rate = Number(values.rate);
const all: Omit<Scenario, 'changesPerSecond' | 'durationMs'>[] = [
  { name: '1 × 20', rooms: 1, participants: 20 },
  { name: '50 × 20', rooms: 50, participants: 20 },
  { name: '100 × 50', rooms: 100, participants: 50 },
];
const chosen = values.only
  ? all.filter((s) => String(s.rooms * s.participants) === values.only)
  : values.quick
    ? all.slice(1, 2)
    : all;
const scenarios: Scenario[] = chosen.map((s) => ({ ...s, changesPerSecond: rate, durationMs: seconds * 1000 }));

export interface PassResult {
  order: string;
  debrief: TargetMeasurement;
  baseline: TargetMeasurement;
}

export interface ScenarioResult {
  scenario: Scenario;
  passes: PassResult[];
  /** One run of each other deployment (PostgreSQL, three processes), after the passes. */
  storage?: StorageMeasurement[];
}

const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

log('bench: durability floor …');
const floor = measureFsyncFloor();
// Before the scenarios, on a quiet machine. Run after them, the micro-benchmarks measured a
// machine still busy with what the deployments left behind: in the full run of 2026-12-07
// 23:46 UTC the blame check took 0.93 s and the export 117 ms there, 0.55 s and 71 ms alone.
log('bench: micro-benchmarks …');
const micro: MicroResult[] = await runMicro();

const results: ScenarioResult[] = [];
for (const scenario of scenarios) {
  const result: ScenarioResult = { scenario, passes: [] };
  for (let pass = 0; pass < passes; pass++) {
    const order: ('debrief' | 'baseline')[] = pass % 2 === 0 ? ['baseline', 'debrief'] : ['debrief', 'baseline'];
    const measured: Partial<Record<'debrief' | 'baseline', TargetMeasurement>> = {};
    for (const target of order) {
      log(`bench: ${scenario.name}, pass ${pass + 1}/${passes}, ${target} …`);
      // The same seed for both targets within a pass: the same rooms speak in the same order.
      measured[target] = await runScenario(scenario, target, 1000 + pass);
    }
    result.passes.push({ order: order.join(' then '), debrief: measured.debrief!, baseline: measured.baseline! });
  }
  if (values.storage && wantsStorageRun(scenario)) result.storage = await runStorageTargets(scenario, 1000, log);
  results.push(result);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
const report = { machine, quick: values.quick, seconds, passes, rate, floor, results, micro };
// The other deployments beside the last pass of each scenario, the run closest to them in time.
const markdown =
  renderMarkdown(report) +
  renderStorage(results.map(({ scenario, passes: runs, storage }) => ({ scenario, ...runs[runs.length - 1], storage })));

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const stamp = machine.date.replace(/[:.]/g, '-');
writeFileSync(new URL(`./results/${stamp}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
const partial = values.quick || values.only;
writeFileSync(new URL(`./results/latest${partial ? '-quick' : ''}.md`, import.meta.url), markdown);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(markdown);

export type BenchReport = typeof report;
