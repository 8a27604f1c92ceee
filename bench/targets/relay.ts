import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serveStats } from './stats.ts';

/**
 * The baseline: bare Socket.IO. It joins each socket to the room named in its handshake, and
 * for every command forwards exactly what the client sent to the whole room (the sender
 * included, as Debrief does) and acks the sender — nothing padded, nothing skipped, nothing
 * else. Debrief's overhead is measured against this floor, in the same process layout.
 */
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 65_536 });
io.on('connection', (socket) => {
  const room = String(socket.handshake.auth.retroId);
  void socket.join(room);
  socket.emit('snapshot', {});
  socket.on('command', (payload: unknown, ack: (answer: unknown) => void) => {
    io.to(room).emit('changes', payload);
    ack({ ok: true });
  });
});
httpServer.listen(0, '127.0.0.1', () => {
  serveStats('baseline');
  process.send!({ type: 'ready', url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` });
});
process.on('disconnect', () => process.exit(0));
