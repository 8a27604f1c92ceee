import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DurableWriteSummary } from './durableWrites.ts';
import { summarise, type Summary } from './stats.ts';
import type { WorkerJob, WorkerResult } from './load/worker.ts';
import type { DirectRoute } from './targets/routing.ts';

/** One scenario run against one target: start it, connect everyone, drive the load, measure. */
export interface Scenario {
  name: string;
  rooms: number;
  participants: number;
  changesPerSecond: number;
  durationMs: number;
}

export interface TargetMeasurement {
  target: 'debrief' | 'baseline';
  ack: Summary;
  fanout: Summary;
  changes: number;
  errors: number;
  errorCodes: Record<string, number>;
  disconnects: number;
  undelivered: number;
  cpuPercent: number;
  /** Server CPU time (user + system) per change driven, in microseconds: steady under load. */
  cpuMicrosPerChange: number;
  rssMB: number;
  loopDelayP99Ms: number;
  /** RSS growth from connecting everyone, per participant (after a forced GC). */
  bytesPerParticipant: number;
  /** JS heap growth from connecting everyone, per participant: steadier than RSS. */
  heapBytesPerParticipant: number;
  /** Debrief on SQLite only: where its durable writes' time went in the measured window. */
  durableWrites?: DurableWriteSummary;
}

interface ServerStats {
  rssBytes: number;
  heapUsedBytes: number;
  cpuPercent: number;
  cpuMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  durableWrites?: DurableWriteSummary;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WORKERS = 2;

function nodeProcess(script: string, nodeArgs: string[] = [], scriptArgs: string[] = []): ChildProcess {
  return fork(here(script), scriptArgs, { execArgv: ['--import', 'tsx', ...nodeArgs], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function reply<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string; error?: string }) => {
      if (message.type === 'failed') reject(new Error(message.error));
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`process exited (${code}) while waiting for ${type}`)));
  });
}

async function ask<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = reply<T>(child, type);
  child.send({ type });
  return answer;
}

async function createRooms(target: 'debrief' | 'baseline', url: string, count: number) {
  const rooms: WorkerJob['rooms'] = [];
  for (let i = 0; i < count; i++) {
    const privateWriting = i % 2 === 0;
    if (target === 'baseline') {
      rooms.push({ retroId: `room-${i}`, privateWriting });
      continue;
    }
    const response = await fetch(`${url}/api/retros`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Bench retro ${i}` }),
    });
    const created = (await response.json()) as { id: string; facilitatorKey: string };
    rooms.push({ retroId: created.id, facilitatorKey: created.facilitatorKey, privateWriting });
  }
  return rooms;
}

/** `serverScript`: another way to run Debrief (under bench/, e.g. on PostgreSQL; see storage.ts). */
export async function runScenario(
  scenario: Scenario,
  target: 'debrief' | 'baseline',
  seed: number,
  serverScript?: string,
  serverArgs: string[] = [],
): Promise<TargetMeasurement> {
  const script = serverScript ?? (target === 'debrief' ? 'targets/debrief.ts' : 'targets/relay.ts');
  const server = nodeProcess(script, ['--expose-gc'], serverArgs);
  const workers: ChildProcess[] = [];
  try {
    const { url, direct } = await reply<{ url: string; direct?: DirectRoute }>(server, 'ready');
    const rooms = await createRooms(target, url, scenario.rooms);
    const idle = await ask<ServerStats>(server, 'stats');

    const results: Promise<{ result: WorkerResult }>[] = [];
    const connected: Promise<unknown>[] = [];
    for (let w = 0; w < WORKERS; w++) {
      const worker = nodeProcess('load/worker.ts');
      workers.push(worker);
      const job: WorkerJob = {
        target,
        url,
        direct,
        rooms: rooms.filter((_, i) => i % WORKERS === w),
        participants: scenario.participants,
        changesPerSecond: scenario.changesPerSecond,
        durationMs: scenario.durationMs,
        seed: seed + w,
      };
      connected.push(reply(worker, 'connected'));
      results.push(reply<{ result: WorkerResult }>(worker, 'result'));
      worker.send({ type: 'start', job });
    }
    await Promise.all(connected);
    const loaded = await ask<ServerStats>(server, 'stats');
    await ask(server, 'reset');
    for (const worker of workers) worker.send({ type: 'go' });
    const outcomes = (await Promise.all(results)).map((message) => message.result);
    const after = await ask<ServerStats>(server, 'stats');

    const all = <K extends keyof WorkerResult>(key: K) => outcomes.map((outcome) => outcome[key]);
    const errorCodes: Record<string, number> = {};
    for (const codes of all('errorCodes')) for (const [code, n] of Object.entries(codes)) errorCodes[code] = (errorCodes[code] ?? 0) + n;
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      target,
      ack: summarise(all('ackMs').flat()),
      fanout: summarise(all('fanoutMs').flat()),
      changes: sum(all('changes')),
      errors: sum(all('errors')),
      errorCodes,
      disconnects: sum(all('disconnects')),
      undelivered: sum(all('undelivered')),
      cpuPercent: after.cpuPercent,
      cpuMicrosPerChange: (after.cpuMs * 1000) / Math.max(1, sum(all('changes'))),
      rssMB: after.rssBytes / 2 ** 20,
      loopDelayP99Ms: after.loopDelayP99Ms,
      bytesPerParticipant: (loaded.rssBytes - idle.rssBytes) / (scenario.rooms * scenario.participants),
      heapBytesPerParticipant: (loaded.heapUsedBytes - idle.heapUsedBytes) / (scenario.rooms * scenario.participants),
      durableWrites: after.durableWrites,
    };
  } finally {
    for (const worker of workers) worker.kill();
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.disconnect();
      const timer = setTimeout(() => server.kill(), 10_000);
      await exited;
      clearTimeout(timer);
    }
  }
}
