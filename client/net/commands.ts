import { CommandSchema, type CommandInput } from '../../shared/protocol/commands.ts';
import { issuesOf, RETRYABLE_CODES, type Issue } from '../../shared/protocol/errors.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import type { PendingCommand } from '../store/pendingSlice.ts';
import { newCommandId } from './randomId.ts';
import { ACK_TIMEOUT_MS, liveSocket, type Link } from './socket.ts';

/** A command as a view writes it: everything but the id, which net assigns. */
export type CommandDraft = CommandInput extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never;

export interface SendOptions {
  /**
   * The caller shows an error ack itself (e.g. the action item form shows blame findings next
   * to its fields). Without it, a refused command becomes a notice, so nothing fails silently.
   */
  handleErrors?: boolean;
}

interface Waiter {
  resolve: (ack: CommandAck) => void;
  handleErrors: boolean;
}

/**
 * The problems the server would find with a command's fields (the same shared schema), so a
 * form can point at them before anything is queued. Empty when the command is well-formed.
 */
export function checkCommand(draft: CommandDraft): Issue[] {
  const parsed = CommandSchema.safeParse({ ...draft, id: 'check' });
  if (parsed.success) return [];
  return issuesOf(parsed.error);
}

/** The message for one field, from a list of issues. */
export function issueFor(issues: readonly Issue[], field: string): string | undefined {
  return issues.find((issue) => issue.path[0] === field)?.message;
}

export interface CommandChannel {
  send(draft: CommandDraft, options?: SendOptions): Promise<CommandAck>;
  untilVersion(version: number): Promise<void>;
  /** Sends every pending command not already on its way, in order; called after each snapshot. */
  flushPending(): void;
  /** Forgets in-flight bookkeeping: the connection that carried those messages is gone. */
  connectionLost(): void;
}

/**
 * The commands of one connection. Its bookkeeping lives in the channel, not in module state,
 * so each connection (and each test) starts clean and two never see each other's acks.
 */
export function createCommandChannel(link: Link): CommandChannel {
  /** In-memory only: who is awaiting which command. After a reload nobody is, hence notices. */
  const waiters = new Map<string, Waiter>();
  /** Command ids sent on the current connection whose ack has not come back. */
  const inFlight = new Set<string>();
  const store = () => link.store.getState();

  /**
   * Sends a command to the server and resolves with its ack — possibly much later, after the
   * browser was offline or reloaded. The command is first checked against the shared schema (so
   * bad input is answered at once, like the server would), then kept pending in the store (and
   * so in localStorage) until an ack that uses its id up arrives.
   */
  function send(draft: CommandDraft, options: SendOptions = {}): Promise<CommandAck> {
    const command = { ...draft, id: newCommandId() } as CommandInput;
    const issues = checkCommand(draft);
    if (issues.length > 0) {
      const ack: CommandAck = { ok: false, error: { code: 'invalid', message: issues[0]?.message ?? 'Invalid input.', issues } };
      if (!options.handleErrors) store().notify(describeRefusal(command, ack));
      return Promise.resolve(ack);
    }
    return new Promise((resolve) => {
      waiters.set(command.id, { resolve, handleErrors: options.handleErrors ?? false });
      const entry: PendingCommand = { command, queuedAt: Date.now() };
      store().enqueue(entry);
      transmit(entry);
    });
  }

  /**
   * Resolves once the view has reached `version` (e.g. the version an ack named), so a form can
   * drop its draft only when the saved value is on screen, without a flash of the old one.
   */
  function untilVersion(version: number): Promise<void> {
    return new Promise((resolve) => {
      if (store().version >= version) return resolve();
      const unsubscribe = link.store.subscribe((state) => {
        if (state.version >= version || state.retroId === null) {
          unsubscribe();
          resolve();
        }
      });
    });
  }

  function transmit(entry: PendingCommand, attempt = 0): void {
    const socket = liveSocket(link);
    const id = entry.command.id;
    if (!socket || inFlight.has(id) || entry.landsAt !== undefined) return;
    inFlight.add(id);
    const generation = link.generation;
    socket.timeout(ACK_TIMEOUT_MS).emit('command', entry.command, (err, ack) => {
      inFlight.delete(id);
      if (err) {
        // No answer in time (or the connection dropped). Keep it pending; the same id makes a
        // retry safe. A reconnect flushes it anyway, so only retry here on the same connection.
        if (generation === link.generation) retryLater(entry, attempt);
        return;
      }
      if (!ack.ok && RETRYABLE_CODES.has(ack.error.code)) {
        retryLater(entry, attempt);
        return;
      }
      finish(entry, ack);
    });
  }

  // Not p-retry: a retry here is one more emit of a command that stays in the store, re-read
  // each time (it may have been settled or accepted meanwhile) and dropped when its connection
  // is gone, since the next connection flushes it anyway. p-retry wraps a promise-returning
  // call and would need all three as abort conditions around it.
  function retryLater(entry: PendingCommand, attempt: number): void {
    const delay = Math.min(500 * 2 ** attempt, 10_000);
    setTimeout(() => {
      // Re-read it: it may have been settled, or accepted (landsAt set), in the meantime.
      const current = store().pending.find((p) => p.command.id === entry.command.id);
      if (current) transmit(current, attempt + 1);
    }, delay);
  }

  function finish(entry: PendingCommand, ack: CommandAck): void {
    const id = entry.command.id;
    // A second answer to the same id (a retry raced the first) changes nothing.
    if (!store().pending.some((p) => p.command.id === id)) return;
    // Keep an accepted command visible (as pending) until its change is in our view, so a new
    // card never blinks out between the ack and the `changes` message.
    if (ack.ok && ack.version > store().version) store().markLanding(id, ack.version);
    else store().settle(id);
    const waiter = waiters.get(id);
    waiters.delete(id);
    if (!ack.ok && !waiter?.handleErrors) {
      const notice = refusalNotice(entry.command, ack);
      store().notify(notice.message, notice.detail);
    }
    waiter?.resolve(ack);
  }

  return {
    send,
    untilVersion,
    flushPending: () => {
      for (const entry of store().pending) transmit(entry);
    },
    connectionLost: () => inFlight.clear(),
  };
}

/**
 * The notice for a refused command: what did not go through and why, with the text that was
 * written repeated, so nothing is silently lost. For views that hand a command's refusal on to
 * the notices once they are gone themselves.
 */
export function refusalNotice(command: CommandDraft | CommandInput, ack: CommandAck): { message: string; detail?: string } {
  return { message: describeRefusal(command, ack), detail: textOf(command) };
}

function textOf(command: CommandDraft | CommandInput): string | undefined {
  if ('text' in command && typeof command.text === 'string') return command.text;
  // An import refused after its dialog closed: the cards' text is all that is left of the log.
  if (command.type === 'timeline.import') return command.cards.map((card) => card.text).join('\n');
  if ('title' in command && typeof command.title === 'string') return command.title;
  return undefined;
}

function describeRefusal(command: CommandDraft | CommandInput, ack: CommandAck): string {
  if (ack.ok) return '';
  const what = COMMAND_NAMES[command.type] ?? 'That change';
  return `${what} did not go through: ${ack.error.message}`;
}

const COMMAND_NAMES: Partial<Record<CommandInput['type'], string>> = {
  'timeline.add': 'Your timeline card',
  'timeline.edit': 'Your edit',
  'timeline.remove': 'Removing the card',
  'timeline.import': 'Your log import',
  'factor.add': 'Your contributing factor',
  'factor.edit': 'Your edit',
  'factor.merge': 'The merge',
  'vote.cast': 'Your vote',
  'vote.retract': 'Taking back your vote',
  'action.add': 'Your action item',
  'action.edit': 'Your edit',
  'action.status': 'The status change',
};
