import type { CommandAck } from '../../shared/protocol/messages.ts';
import type { CommandDraft, SendOptions } from './commands.ts';
import { createConnection, type Connection, type ConnectOptions } from './connection.ts';
import type { ExportAck, ExportFormat } from './socket.ts';

/**
 * client/net: the only code that touches the socket. Views import from here and never emit.
 * The app's one connection is made on first use and writes into the app's store; the functions
 * below are its methods, so views need no handle on it.
 */
let app: Connection | null = null;

function appConnection(): Connection {
  app ??= createConnection();
  return app;
}

export function connectToRetro(retroId: string, options?: ConnectOptions): () => void {
  return appConnection().connect(retroId, options);
}

export function sendCommand(draft: CommandDraft, options?: SendOptions): Promise<CommandAck> {
  return appConnection().sendCommand(draft, options);
}

export function untilVersion(version: number): Promise<void> {
  return appConnection().untilVersion(version);
}

export function requestExport(format: ExportFormat): Promise<ExportAck> {
  return appConnection().requestExport(format);
}

export { createConnection, type Connection, type ConnectOptions } from './connection.ts';
export { checkCommand, issueFor, refusalNotice, type CommandDraft } from './commands.ts';
export { createRetro, type CreatedRetro, type FollowUpOf } from './api.ts';
export { facilitatorKeyFromHash } from './identity.ts';
export type { ExportFormat, ExportAck } from './socket.ts';
