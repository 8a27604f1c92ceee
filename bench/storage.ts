import { runScenario, type Scenario, type TargetMeasurement } from './scenario.ts';

/**
 * The same load on Debrief's other deployments: one process on PostgreSQL, and three processes
 * on PostgreSQL with the Redis adapter, behind a proxy that routes by retro (the deployment
 * README recommends) and behind one that spreads each room over all three (what routing saves).
 * Run beside the scenario's SQLite and bare Socket.IO measurements, so all come from one run on
 * one machine.
 */
export const STORAGE_TARGETS: readonly { label: string; script: string; args?: string[] }[] = [
  { label: 'Debrief, 1 process, PostgreSQL', script: 'targets/debriefPostgres.ts' },
  { label: 'Debrief, 3 processes, PostgreSQL + Redis, routed by retro', script: 'targets/debriefCluster.ts' },
  { label: 'Debrief, 3 processes, PostgreSQL + Redis, round-robin', script: 'targets/debriefCluster.ts', args: ['--round-robin'] },
];

/** Only the scenarios of 1,000 participants and more: that is where deployments differ. */
export const wantsStorageRun = (scenario: Scenario) => scenario.rooms * scenario.participants >= 1000;

export interface StorageMeasurement {
  label: string;
  measurement: TargetMeasurement;
}

export async function runStorageTargets(scenario: Scenario, seed: number, log: (line: string) => void): Promise<StorageMeasurement[]> {
  const measured: StorageMeasurement[] = [];
  for (const { label, script, args } of STORAGE_TARGETS) {
    log(`bench: ${scenario.name}, ${label} …`);
    measured.push({ label, measurement: await runScenario(scenario, 'debrief', seed, script, args) });
  }
  return measured;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const ratio = (a: number, b: number) => (a > 0 && b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');

/** One table per scenario: fan-out of every deployment beside the bare Socket.IO baseline. */
export function renderStorage(
  results: { scenario: Scenario; debrief: TargetMeasurement; baseline: TargetMeasurement; storage?: StorageMeasurement[] }[],
): string {
  const lines = ['', '## Deployments: SQLite, PostgreSQL, three processes', ''];
  for (const { scenario, debrief, baseline, storage } of results) {
    if (!storage?.length) continue;
    lines.push(
      `### ${scenario.name}: ${scenario.rooms * scenario.participants} participants`,
      '',
      '| deployment | fan-out p50 / p99 ms | vs bare Socket.IO p50 / p99 | ack p50 / p99 ms | changes | errors | disconnects | undelivered | server CPU | RSS |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    const rows: [string, TargetMeasurement][] = [
      ['bare Socket.IO (baseline)', baseline],
      ['Debrief, 1 process, SQLite', debrief],
      ...storage.map((entry) => [entry.label, entry.measurement] as [string, TargetMeasurement]),
    ];
    for (const [label, m] of rows) {
      lines.push(
        `| ${label} | ${ms(m.fanout.p50)} / ${ms(m.fanout.p99)} | ${ratio(m.fanout.p50, baseline.fanout.p50)} / ${ratio(m.fanout.p99, baseline.fanout.p99)} | ${ms(m.ack.p50)} / ${ms(m.ack.p99)} | ${m.changes} | ${m.errors} | ${m.disconnects} | ${m.undelivered} | ${m.cpuPercent.toFixed(0)}% | ${(m.rssMB).toFixed(0)} MB |`,
      );
    }
    lines.push('');
    for (const [label, m] of rows) {
      const codes = Object.entries(m.errorCodes);
      if (codes.length) lines.push(`${label} error codes: ${codes.map(([code, n]) => `${code} ${n}`).join(', ')}`, '');
    }
  }
  return lines.length > 3 ? lines.join('\n') : '';
}
