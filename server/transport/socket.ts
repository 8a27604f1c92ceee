import type { Server, Socket } from 'socket.io';
import type { Actor } from '../../shared/domain/state.ts';
import { CommandSchema } from '../../shared/protocol/commands.ts';
import { commandError, INTERNAL_ERROR_MESSAGE } from '../../shared/protocol/errors.ts';
import type { ClientToServerEvents, CommandAck, ServerToClientEvents } from '../../shared/protocol/messages.ts';
import type { Logger } from '../logger.ts';
import type { RoomOutbox } from '../rooms/outbox.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { Room } from '../rooms/room.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { protocolSupported, resolveHandshake } from './handshake.ts';
import { issuesOf, summarise } from './issues.ts';
import { TokenBucket } from './rateLimit.ts';
import { exportRetro, ExportRequestSchema } from './exporting.ts';

interface SocketData {
  room: Room;
  actor: Actor;
  /** Set when the client speaks another protocol version: it is told so, then closed. */
  unsupportedProtocol?: true;
}

export type DebriefServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
type DebriefSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

const retroChannel = (retroId: string) => `retro:${retroId}`;
const participantChannel = (retroId: string, participantId: string) => `participant:${retroId}:${participantId}`;

/**
 * How rooms reach sockets: Socket.IO rooms per retro and per participant. Always this process's
 * sockets only (`local`): with several processes, each builds the views of its own viewers.
 */
export function socketOutbox(io: DebriefServer, retroId: string): RoomOutbox {
  return {
    toParticipant(participantId, event, payload) {
      (io.local.to(participantChannel(retroId, participantId)).emit as (e: string, p: unknown) => void)(event, payload);
    },
    toAllExcept(participantIds, event, payload) {
      const except = [...participantIds].map((id) => participantChannel(retroId, id));
      (io.local.to(retroChannel(retroId)).except(except).emit as (e: string, p: unknown) => void)(event, payload);
    },
    closeAll(reason) {
      io.local.to(retroChannel(retroId)).emit('closing', { reason });
      io.local.in(retroChannel(retroId)).disconnectSockets(true);
    },
  };
}

export function attachSocketHandlers(io: DebriefServer, deps: { rooms: RoomRegistry; logger: Logger }) {
  const { rooms, logger } = deps;

  io.use(async (socket, next) => {
    // Let it connect, so it can be told why in words it understands (`closing`), not a code.
    if (!protocolSupported(socket.handshake.auth)) {
      socket.data.unsupportedProtocol = true;
      return next();
    }
    try {
      const result = await resolveHandshake(socket.handshake.auth, rooms);
      if (!result.ok) {
        const error = Object.assign(new Error(result.message), { data: { code: result.code } });
        return next(error);
      }
      socket.data.room = result.room;
      socket.data.actor = result.actor;
      next();
    } catch (error) {
      logger.error({ err: error }, 'handshake failed');
      next(Object.assign(new Error(INTERNAL_ERROR_MESSAGE), { data: { code: 'internal' } }));
    }
  });

  // Synchronous on purpose: listeners must be attached before the first packet is read.
  io.on('connection', (socket: DebriefSocket) => {
    if (socket.data.unsupportedProtocol) {
      socket.emit('closing', { reason: 'unsupported_protocol', protocol: PROTOCOL_VERSION });
      socket.disconnect(true);
      return;
    }
    const { room, actor } = socket.data;
    const retroId = room.id;
    if (room.retired) {
      // Unloaded between handshake and now (idle or deleted): the client reconnects to a fresh room.
      socket.disconnect(true);
      return;
    }
    socket.join([retroChannel(retroId), participantChannel(retroId, actor.participantId)]);
    room.connect(actor);
    socket.emit('snapshot', room.snapshotFor(actor));
    logger.debug({ retroId, role: actor.role }, 'connected');

    // Commands have the contract's bucket; syncs and exports their own of the same size, so
    // asking for snapshots never eats into the commands a client may send.
    const bucket = new TokenBucket();
    const readBucket = new TokenBucket();
    const internal = (error: unknown, event: string) => {
      logger.error({ err: error, retroId, event }, 'handler failed');
      return { ok: false as const, error: commandError('internal', INTERNAL_ERROR_MESSAGE) };
    };
    socket.on('sync', (_payload, ack) => {
      if (typeof ack !== 'function') return;
      if (!readBucket.take()) return ack({ ok: false, error: RATE_LIMITED });
      try {
        ack({ ok: true, ...room.snapshotFor(actor) });
      } catch (error) {
        ack(internal(error, 'sync'));
      }
    });
    socket.on('command', (payload, ack) => {
      if (typeof ack !== 'function') return;
      if (!bucket.take()) return ack({ ok: false, error: RATE_LIMITED });
      void runCommand(room, actor, payload).then(ack, (error: unknown) => ack(internal(error, 'command')));
    });
    socket.on('export', (payload, ack) => {
      if (typeof ack !== 'function') return;
      if (!readBucket.take()) return ack({ ok: false, error: RATE_LIMITED });
      const request = ExportRequestSchema.safeParse(payload ?? {});
      if (!request.success) {
        ack({ ok: false, error: commandError('invalid', summarise(request.error), { issues: issuesOf(request.error) }) });
        return;
      }
      try {
        ack(exportRetro(room.current, request.data.format, room.participantCount));
      } catch (error) {
        ack(internal(error, 'export'));
      }
    });
    socket.on('disconnect', () => {
      room.disconnect(actor.participantId);
      if (room.presence.isEmpty) rooms.unloadWhenIdle(retroId);
    });
  });
}

const RATE_LIMITED = commandError('rate_limited', 'Too many requests; slow down and retry.');

async function runCommand(room: Room, actor: Actor, payload: unknown): Promise<CommandAck> {
  const parsed = CommandSchema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: commandError('invalid', summarise(parsed.error), { issues: issuesOf(parsed.error) }) };
  }
  return room.execute(actor, parsed.data);
}
