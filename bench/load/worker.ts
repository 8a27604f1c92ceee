import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { processFor, type DirectRoute } from '../targets/routing.ts';
import { RoomScript } from './roomScript.ts';

/**
 * One load-generator process. It connects every member of its rooms over WebSocket, then
 * drives each room at the set rate and measures, for every change, the ack latency and the
 * time until every other member of the room has received it. All members of a room live in
 * this process, so one clock times both ends.
 */
export interface WorkerJob {
  target: 'debrief' | 'baseline';
  url: string;
  /** Several processes: connect straight to the one a proxy would pick (targets/routing.ts). */
  direct?: DirectRoute;
  rooms: { retroId: string; facilitatorKey?: string; privateWriting: boolean }[];
  participants: number;
  changesPerSecond: number;
  durationMs: number;
  seed: number;
}

export interface WorkerResult {
  ackMs: number[];
  fanoutMs: number[];
  changes: number;
  errors: number;
  errorCodes: Record<string, number>;
  disconnects: number;
  undelivered: number;
}

interface Member {
  socket: Socket;
  /**
   * Receive time of each change, for the fan-out measurement. Debrief's changes are known by
   * their version (the ack names it); the relay's by the command id it forwards untouched.
   */
  received: Map<number | string, number>;
}

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Frames and bytes received, counted only when BENCH_COUNT_BYTES is set (to explain CPU). */
export const traffic = { frames: 0, bytes: 0 };

let nextProcess = 0;
function urlFor(job: WorkerJob, retroId: string): string {
  if (!job.direct) return job.url;
  const { urls, routing } = job.direct;
  return urls[routing === 'retro' ? processFor(retroId, urls.length) : nextProcess++ % urls.length];
}

function connectMember(job: WorkerJob, retroId: string, facilitatorKey: string | undefined, result: WorkerResult): Promise<Member> {
  const socket = io(urlFor(job, retroId), {
    // the retro in the URL as the web app sends it (client/net/socket.ts), for a routing proxy
    query: { retro: retroId },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { retroId, token: randomBytes(16).toString('base64url'), ...(facilitatorKey ? { facilitatorKey } : {}) },
  });
  const member: Member = { socket, received: new Map() };
  const keyOf = job.target === 'debrief' ? (message: { version: number }) => message.version : (message: { id: string }) => message.id;
  socket.on('changes', (message: { version: number; id: string }) => member.received.set(keyOf(message), performance.now()));
  if (process.env.BENCH_COUNT_BYTES) {
    socket.io.on('open', () => socket.io.engine.on('data', (data: string) => { traffic.frames++; traffic.bytes += data.length; }));
  }
  return new Promise((resolve, reject) => {
    socket.once('snapshot', () => {
      socket.on('disconnect', () => result.disconnects++);
      resolve(member);
    });
    socket.once('connect_error', reject);
  });
}

async function run(job: WorkerJob, go: Promise<void>): Promise<WorkerResult> {
  const result: WorkerResult = { ackMs: [], fanoutMs: [], changes: 0, errors: 0, errorCodes: {}, disconnects: 0, undelivered: 0 };
  const random = seeded(job.seed);
  const rooms: Member[][] = [];
  for (const room of job.rooms) {
    const members: Member[] = [];
    // Connect in small batches: a real room fills over seconds, not in one burst.
    for (let i = 0; i < job.participants; i += 10) {
      const batch = Array.from({ length: Math.min(10, job.participants - i) }, (_, k) =>
        connectMember(job, room.retroId, i + k === 0 ? room.facilitatorKey : undefined, result),
      );
      members.push(...(await Promise.all(batch)));
    }
    rooms.push(members);
  }
  if (job.target === 'debrief') {
    await Promise.all(
      job.rooms.map((room, r) =>
        rooms[r][0].socket.emitWithAck('command', {
          id: `setup-${r}`,
          type: 'retro.update',
          settings: { privateWriting: room.privateWriting },
        }),
      ),
    );
  }
  process.send!({ type: 'connected' });
  await go;
  traffic.frames = 0;
  traffic.bytes = 0;

  const sent: { room: number; sender: number; at: number; key?: number | string }[] = [];
  const intervalMs = 1000 / job.changesPerSecond;
  const stopAt = performance.now() + job.durationMs;
  const inFlight: Promise<void>[] = [];
  await Promise.all(
    rooms.map(async (members, r) => {
      const script = new RoomScript(members.length, random);
      let commandNumber = 0;
      // Spread rooms over the interval so their changes do not all land in the same instant.
      await new Promise((resolve) => setTimeout(resolve, random() * intervalMs));
      let nextAt = performance.now();
      while (performance.now() < stopAt) {
        const step = script.next();
        const record: (typeof sent)[number] = { room: r, sender: step.member, at: performance.now() };
        sent.push(record);
        // Both targets get the very same payload: the relay forwards it as it is.
        const payload = { id: `c${r}-${commandNumber++}`, ...step.body };
        inFlight.push(
          members[step.member].socket
            .timeout(30_000)
            .emitWithAck('command', payload)
            .then((ack: { ok: boolean; version?: number; id?: string; error?: { code: string } }) => {
              result.ackMs.push(performance.now() - record.at);
              if (ack.ok) {
                record.key = job.target === 'debrief' ? ack.version : payload.id;
                if (ack.id) step.onCreated?.(ack.id);
              } else {
                result.errors++;
                const code = ack.error?.code ?? 'unknown';
                result.errorCodes[code] = (result.errorCodes[code] ?? 0) + 1;
              }
            })
            .catch(() => {
              result.errors++;
              result.errorCodes.timeout = (result.errorCodes.timeout ?? 0) + 1;
            }),
        );
        nextAt += intervalMs;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextAt - performance.now())));
      }
    }),
  );
  await Promise.all(inFlight);
  if (process.env.BENCH_COUNT_BYTES) console.error(`traffic: ${traffic.frames} frames, ${traffic.bytes} bytes`);
  // Give the last broadcasts a moment to land before counting what never arrived.
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  for (const change of sent) {
    if (change.key === undefined) continue;
    result.changes++;
    let latest = 0;
    let missing = false;
    rooms[change.room].forEach((member, index) => {
      if (index === change.sender) return;
      const at = member.received.get(change.key!);
      if (at === undefined) missing = true;
      else latest = Math.max(latest, at - change.at);
    });
    if (missing) result.undelivered++;
    else result.fanoutMs.push(latest);
  }
  // Everyone stays connected: the orchestrator reads the server's CPU first and then stops this
  // process. Leaving here would put the teardown (a presence update per departure) into the
  // measured window as if it were the cost of changes.
  return result;
}

let release: () => void = () => {};
const go = new Promise<void>((resolve) => (release = resolve));
process.on('message', (message: { type: string; job?: WorkerJob }) => {
  if (message.type === 'start') {
    run(message.job!, go).then(
      (result) => process.send!({ type: 'result', result }),
      (error: unknown) => process.send!({ type: 'failed', error: String(error) }),
    );
  } else if (message.type === 'go') {
    release();
  }
});
