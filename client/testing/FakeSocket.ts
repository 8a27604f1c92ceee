import type { RetroSocket } from '../net/socket.ts';

type Handler = (...args: any[]) => void;

export interface SentMessage {
  event: string;
  payload: any;
  /** Answers the emit as the server would (the ack). */
  answer: (reply: unknown) => void;
  answered: boolean;
}

/**
 * A stand-in for a Socket.IO client socket with just what client/net uses, driven by the
 * test: accept or drop the connection, push server events, answer (or ignore) acks. Acks
 * time out and fail on disconnect the way Socket.IO's `timeout().emit` does.
 */
export class FakeSocket {
  connected = false;
  connectCalls = 0;
  sent: SentMessage[] = [];
  private handlers = new Map<string, Handler[]>();
  private waiting = new Set<{ fail: (error: Error) => void }>();

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.connectCalls++;
    return this;
  }

  disconnect(): this {
    if (this.connected) this.drop('io client disconnect');
    return this;
  }

  timeout(ms: number) {
    return {
      emit: (event: string, payload: unknown, callback: (error: Error | null, reply?: unknown) => void) => {
        let done = false;
        const entry = {
          fail: (error: Error) => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            this.waiting.delete(entry);
            callback(error);
          },
        };
        const timer = setTimeout(() => entry.fail(new Error('operation has timed out')), ms);
        this.waiting.add(entry);
        const message: SentMessage = {
          event,
          payload,
          answered: false,
          answer: (reply) => {
            if (done) return;
            done = true;
            message.answered = true;
            clearTimeout(timer);
            this.waiting.delete(entry);
            callback(null, reply);
          },
        };
        this.sent.push(message);
      },
    };
  }

  // ---- driven by the test ----

  /** The server accepts the connection. */
  accept(): void {
    this.connected = true;
    this.fire('connect');
  }

  /** The connection drops; unanswered acks fail, as in Socket.IO. */
  drop(reason = 'transport close'): void {
    this.connected = false;
    for (const entry of [...this.waiting]) entry.fail(new Error('socket has been disconnected'));
    this.fire('disconnect', reason);
  }

  /** A server → client event. */
  fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  commands(): SentMessage[] {
    return this.sent.filter((message) => message.event === 'command');
  }

  asSocket(): RetroSocket {
    return this as unknown as RetroSocket;
  }
}
