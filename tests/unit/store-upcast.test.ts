import { describe, expect, it } from 'vitest';
import { NewerDataError, STORED_SCHEMA_VERSION, upcast, type UpcastSteps } from '../../server/store/upcast.ts';

/** A made-up history of stored shapes: what a release after a few format changes would carry. */
const steps: UpcastSteps = {
  event: {
    1: (value) => ({ ...(value as object), at: null }),
    2: (value) => {
      const { text, ...rest } = value as { text: string };
      return { ...rest, body: text };
    },
  },
  snapshot: {},
  ack: {},
};

describe('upcasting stored data', () => {
  it('reads what every earlier release wrote, one step at a time', () => {
    expect(upcast('event', { type: 'note', text: 'hi' }, 1, steps, 3)).toEqual({ type: 'note', at: null, body: 'hi' });
    expect(upcast('event', { type: 'note', text: 'hi', at: 'x' }, 2, steps, 3)).toEqual({ type: 'note', at: 'x', body: 'hi' });
    expect(upcast('event', { type: 'note', body: 'hi' }, 3, steps, 3)).toEqual({ type: 'note', body: 'hi' });
  });

  it('refuses data written by a newer release instead of misreading it', () => {
    expect(() => upcast('ack', { ok: true }, STORED_SCHEMA_VERSION + 1)).toThrow(NewerDataError);
  });

  it('fails plainly when a step is missing', () => {
    expect(() => upcast('snapshot', {}, 1, steps, 2)).toThrow(/No upcast for a stored snapshot from schema version 1/);
  });

  it('passes the current version through untouched', () => {
    const value = { type: 'timer.stopped' };
    expect(upcast('event', value, STORED_SCHEMA_VERSION)).toBe(value);
  });
});
