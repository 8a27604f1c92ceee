import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { runMicro, type MicroResult } from './micro.ts';
import { runScenario, type Scenario, type TargetMeasurement } from './scenario.ts';
import { renderMarkdown } from './report.ts';
import { renderStorage, runStorageTargets, wantsStorageRun, type StorageMeasurement } from './storage.ts';

/**
 * `npm run bench [-- --quick] [--json]`: Debrief against bare Socket.IO in the same run, the
 * same rooms and rates for both, alternating which goes first so drift on a shared machine
 * cancels out; then the micro-benchmarks. Results go to stdout and bench/results/.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    /** Also PostgreSQL and three processes (needs PostgreSQL and Redis; see storage.ts). */
    storage: { type: 'boolean', default: true },
    rate: { type: 'string', default: '5' },
  },
});

const seconds = Number(values.seconds ?? (values.quick ? 15 : 30));
const rate = Number(values.rate);
const scenarios: Scenario[] = (
  values.quick
    ? [{ name: '50 × 20 (quick)', rooms: 50, participants: 20 }]
    : [
        { name: '1 × 20', rooms: 1, participants: 20 },
        { name: '50 × 20', rooms: 50, participants: 20 },
        { name: '100 × 50', rooms: 100, participants: 50 },
      ]
).map((s) => ({ ...s, changesPerSecond: rate, durationMs: seconds * 1000 }));

export interface ScenarioResult {
  scenario: Scenario;
  debrief: TargetMeasurement;
  baseline: TargetMeasurement;
  order: string;
  storage?: StorageMeasurement[];
}

const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
const results: ScenarioResult[] = [];
for (const [index, scenario] of scenarios.entries()) {
  const order: ('debrief' | 'baseline')[] = index % 2 === 0 ? ['baseline', 'debrief'] : ['debrief', 'baseline'];
  const measured: Partial<Record<'debrief' | 'baseline', TargetMeasurement>> = {};
  for (const target of order) {
    log(`bench: ${scenario.name}, ${target} …`);
    measured[target] = await runScenario(scenario, target, 1000 + index);
  }
  const storage = values.storage && wantsStorageRun(scenario) ? await runStorageTargets(scenario, 1000 + index, log) : undefined;
  results.push({ scenario, debrief: measured.debrief!, baseline: measured.baseline!, order: order.join(' then '), storage });
}
log('bench: micro-benchmarks …');
const micro: MicroResult[] = await runMicro();

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
const report = { machine, quick: values.quick, seconds, rate, results, micro };
const markdown = renderMarkdown(report) + renderStorage(results);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const stamp = machine.date.replace(/[:.]/g, '-');
writeFileSync(new URL(`./results/${stamp}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(new URL(`./results/latest${values.quick ? '-quick' : ''}.md`, import.meta.url), markdown);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(markdown);

export type BenchReport = typeof report;
