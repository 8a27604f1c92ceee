// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleCard, sampleView } from '../../client/testing/sampleView.ts';

/**
 * The checker's chunk can fail to load (a dropped connection, a redeploy). That must read as
 * "the check could not run", never as an all-clear, and the next use must try again.
 */
const load = vi.hoisted(() => ({ failuresLeft: 0, attempts: 0 }));
vi.mock('../../client/blame/importChecker.ts', () => ({
  importChecker: async () => {
    load.attempts++;
    if (load.failuresLeft > 0) {
      load.failuresLeft--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return import('../../shared/blame/check.ts');
  },
}));

beforeEach(() => {
  // A fresh loader for each test: each starts with nothing loaded (and nothing cached).
  vi.resetModules();
  load.attempts = 0;
});
afterEach(cleanup);

async function freshModules() {
  const { useRetroStore } = await import('../../client/store/store.ts');
  useRetroStore.getState().receiveSnapshot({
    version: 1,
    serverTime: new Date().toISOString(),
    view: sampleView({ timeline: [sampleCard({ id: 'c1', text: 'Sam forgot to check the dashboard' })], factors: [], actions: [] }),
  });
  return {
    WordingReview: (await import('../../client/boards/review/WordingReview.tsx')).WordingReview,
    useBlameHints: (await import('../../client/blame/useBlameHints.ts')).useBlameHints,
  };
}

describe('a checker that fails to load', () => {
  it('makes the wording review say the check could not run, and its retry runs it', async () => {
    load.failuresLeft = 1;
    const { WordingReview } = await freshModules();
    render(<WordingReview />);
    expect(await screen.findByText(/The wording check could not run/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText(/No blaming wording found/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try the check again' }));
    expect(await screen.findByText(/One passage reads/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText(/could not run/)).toBeNull();
    expect(load.attempts).toBe(2);
  });

  it('is not cached by the typing hints: the next pause loads it again', async () => {
    load.failuresLeft = 1;
    const { useBlameHints } = await freshModules();
    function Field({ text }: { text: string }) {
      const findings = useBlameHints(text, 'card', 0);
      return <output data-testid="hints">{findings.length}</output>;
    }
    const { rerender } = render(<Field text="Sam forgot to check the dashboard" />);
    await vi.waitFor(() => expect(load.attempts).toBe(1));
    await act(async () => {});
    expect(screen.getByTestId('hints').textContent).toBe('0');
    rerender(<Field text="Sam forgot to check the dashboard again" />);
    await vi.waitFor(() => expect(Number(screen.getByTestId('hints').textContent)).toBeGreaterThan(0), { timeout: 5000 });
    expect(load.attempts).toBe(2);
  });
});
