import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { logUnhandledRejections } from '../../server/unhandled.ts';

describe('an unhandled rejection', () => {
  it('is logged as an error instead of ending the process silently', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const proc = new EventEmitter();
    logUnhandledRejections(createLogger('info', sink), proc as unknown as NodeJS.Process);
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
    proc.emit('unhandledRejection', new Error('purge failed'), Promise.resolve());
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 50, msg: 'unhandled rejection', err: expect.objectContaining({ message: 'purge failed' }) }),
    ]);
  });
});
