import { ACK_TIMEOUT_MS, liveSocket, type ExportAck, type ExportFormat, type Link } from './socket.ts';

/**
 * Asks the server for the post-mortem (Markdown) or the whole retro (JSON). The server renders
 * it from what this viewer may see, so the browser never assembles the document itself.
 */
export function requestExport(link: Link, format: ExportFormat): Promise<ExportAck> {
  const socket = liveSocket(link);
  if (!socket) {
    return Promise.resolve({ ok: false, error: { code: 'internal', message: 'You are offline; export needs a live connection.' } });
  }
  return new Promise((resolve) => {
    socket.timeout(ACK_TIMEOUT_MS * 2).emit('export', { format }, (err, answer) => {
      resolve(err ? { ok: false, error: { code: 'internal', message: 'The server did not answer in time. Try again.' } } : answer);
    });
  });
}
