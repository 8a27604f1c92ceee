import { fork, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BENCH_REDIS_URL, createBenchDatabase } from './database.ts';
import { processFor, type DirectRoute } from './routing.ts';

/**
 * Three Debrief processes on one PostgreSQL database and Redis, behind a TCP proxy standing in
 * for a load balancer. By default it routes by retro, as README's "Several processes" asks of a
 * real proxy: the web app puts the retro id in the connection URL (`?retro=<id>`), and every
 * connection of one retro lands on the same process. With `--round-robin` consecutive
 * connections land on different processes instead, so the members of one room are spread over
 * all three and every change crosses processes. Stats are the three processes' together
 * (memory and CPU summed, the worst loop delay).
 */
const PROCESSES = 3;
const database = await createBenchDatabase();
const members: ChildProcess[] = [];
const urls: string[] = [];

function answer<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
  });
}

for (let i = 0; i < PROCESSES; i++) {
  const child = fork(fileURLToPath(new URL('./debriefPostgres.ts', import.meta.url)), [], {
    execArgv: process.execArgv,
    env: { ...process.env, DATABASE_URL: database.url, REDIS_URL: BENCH_REDIS_URL },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  members.push(child);
}
// Started together, as a deploy would: their migrations take turns on the lock.
for (const { url } of await Promise.all(members.map((child) => answer<{ url: string }>(child, 'ready')))) urls.push(url);

const roundRobin = process.argv.includes('--round-robin');
let next = 0;

/** Which process takes a connection, from the request line of its first bytes. */
function upstreamFor(head: Buffer): string {
  const retro = /^[A-Z]+ [^ ]*[?&]retro=([^& ]+)/.exec(head.toString('latin1', 0, Math.min(head.length, 2048)))?.[1];
  return urls[retro && !roundRobin ? processFor(decodeURIComponent(retro), urls.length) : next++ % urls.length];
}

const proxy = createServer((client: Socket) => {
  let upstream: Socket | undefined;
  const end = () => {
    client.destroy();
    upstream?.destroy();
  };
  client.on('error', end).on('close', end);
  client.once('data', (head: Buffer) => {
    const { port } = new URL(upstreamFor(head));
    upstream = connect(Number(port), '127.0.0.1');
    upstream.on('error', end).on('close', end);
    upstream.write(head);
    client.pipe(upstream).pipe(client);
  });
});
proxy.listen(0, '127.0.0.1', () => {
  // The load generator connects past the proxy, to the process the proxy would pick: this proxy is
  // JavaScript on the same two cores, and cost as much CPU as one Debrief process; a real balancer's
  // hop is far cheaper. The proxy stays for the HTTP calls and for anyone pointing a browser at it.
  const direct: DirectRoute = { urls, routing: roundRobin ? 'round-robin' : 'retro' };
  process.send!({ type: 'ready', url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, direct });
});

type Stats = { rssBytes: number; heapUsedBytes: number; cpuPercent: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
process.on('message', async (message: { type: string }) => {
  if (message.type !== 'stats' && message.type !== 'reset') return;
  const replies = await Promise.all(
    members.map((child) => {
      const reply = answer<Stats>(child, message.type);
      child.send({ type: message.type });
      return reply;
    }),
  );
  if (message.type === 'reset') return process.send!({ type: 'reset' });
  const sum = (key: keyof Stats) => replies.reduce((total, stats) => total + stats[key], 0);
  process.send!({
    type: 'stats',
    rssBytes: sum('rssBytes'),
    heapUsedBytes: sum('heapUsedBytes'),
    cpuPercent: sum('cpuPercent'),
    loopDelayP99Ms: Math.max(...replies.map((stats) => stats.loopDelayP99Ms)),
    loopDelayMaxMs: Math.max(...replies.map((stats) => stats.loopDelayMaxMs)),
  });
});

process.on('disconnect', async () => {
  proxy.close();
  await Promise.all(
    members.map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      return exited;
    }),
  );
  await database.drop();
  process.exit(0);
});
