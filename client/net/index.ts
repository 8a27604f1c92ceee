/**
 * client/net: the only code that touches the socket. Views import from here and never emit.
 */
export { connectToRetro } from './connection.ts';
export { sendCommand, checkCommand, issueFor, untilVersion, type CommandDraft } from './commands.ts';
export { requestExport } from './exportRetro.ts';
export { createRetro, type CreatedRetro, type FollowUpOf } from './api.ts';
export { facilitatorKeyFromHash } from './identity.ts';
export type { ExportFormat, ExportAck } from './socket.ts';
