import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serveStats } from './stats.ts';

/**
 * The baseline: bare Socket.IO. It joins each socket to the room named in its handshake, and
 * for every command acks it and emits it to the room — nothing else. Debrief's overhead is
 * measured against this floor.
 */
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 65_536 });
let seq = 0;
io.on('connection', (socket) => {
  const room = String(socket.handshake.auth.retroId);
  void socket.join(room);
  socket.emit('snapshot', { version: 0 });
  socket.on('command', (payload: unknown, ack: (answer: unknown) => void) => {
    const version = ++seq;
    io.to(room).emit('changes', { version, payload });
    ack({ ok: true, version });
  });
});
httpServer.listen(0, '127.0.0.1', () => {
  serveStats();
  process.send!({ type: 'ready', url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` });
});
process.on('disconnect', () => process.exit(0));
