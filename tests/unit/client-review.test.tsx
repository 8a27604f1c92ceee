// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PostMortemPreview } from '../../client/boards/review/PostMortemPreview.tsx';
import { ReviewBoard } from '../../client/boards/review/ReviewBoard.tsx';
import { connectToRetro } from '../../client/net/index.ts';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleCard, sampleFactor, sampleView } from '../../client/testing/sampleView.ts';

let leave: (() => void) | undefined;
afterEach(() => {
  cleanup();
  leave?.();
  leave = undefined;
  resetStore();
});

const at = (hhmm: string) => `2025-03-04T${hhmm}:00.000Z`;

describe('the post-mortem preview', () => {
  it('renders Markdown tables but never raw HTML from card text', () => {
    const { container } = render(
      <PostMortemPreview markdown={'# Title\n\n<script>window.hacked = true</script>\n\n<img src=x onerror="alert(1)">\n\n[link](javascript:alert(1))\n\n| a | b |\n|:--|--:|\n| 1 | 2 |'} />,
    );
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('table')).not.toBeNull();
    expect(container.querySelector('[style]')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toContain('javascript:');
  });
});

describe('ReviewBoard', () => {
  it('shows the summary, key moments, ranked factors and the exported post-mortem', async () => {
    // The real app connection, with a fake socket at the wire standing in for the server.
    const socket = new FakeSocket();
    leave = connectToRetro('retro1', { makeSocket: () => socket.asSocket() });
    socket.accept();
    socket.fire('snapshot', {
      version: 9,
      serverTime: new Date().toISOString(),
      view: sampleView({
        retro: { ...sampleView().retro, phase: 'review', summary: 'Payments failed for 41 minutes.', severity: 'SEV2' },
        timeline: [
          sampleCard({ id: 'a', at: at('14:02'), marker: 'impact-start' }),
          sampleCard({ id: 'b', at: at('14:19'), marker: 'detected', seq: 2 }),
        ],
        factors: [sampleFactor({ id: 'f1', text: 'Slow alert', votes: 1, seq: 1 }), sampleFactor({ id: 'f2', text: 'No canary', votes: 6, seq: 2 })],
      }),
    });
    render(<ReviewBoard />);
    expect(screen.getByText('Payments failed for 41 minutes.')).toBeTruthy();
    expect(screen.getByTestId('durations').textContent).toContain('17 min');
    expect(screen.getAllByTestId('ranked-factor').map((node) => node.textContent)).toEqual([
      expect.stringContaining('No canary'),
      expect.stringContaining('Slow alert'),
    ]);
    // Asked for after a short pause (so a burst of changes asks once).
    await waitFor(() => expect(socket.sent.some((message) => message.event === 'export')).toBe(true));
    const request = socket.sent.find((message) => message.event === 'export');
    expect(request?.payload).toEqual({ format: 'md' });
    request!.answer({
      ok: true,
      content: '# Checkout outage\n\n| Time | Event |\n|---|---|\n| 14:02 | Errors \\| 502s |\n',
      fileName: 'checkout.md',
      contentType: 'text/markdown',
    });
    const preview = await screen.findByTestId('post-mortem', {}, { timeout: 3000 });
    expect(preview.querySelector('h1')?.textContent).toBe('Checkout outage');
    expect(preview.querySelector('td')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Download .md' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy Markdown' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeTruthy();
  });
});

describe('the wording check before publishing', () => {
  it('lists the cards that read as blame, with a suggestion, and says so when there are none', async () => {
    const { WordingReview } = await import('../../client/boards/review/WordingReview.tsx');
    useRetroStore.getState().receiveSnapshot({
      version: 1,
      serverTime: new Date().toISOString(),
      view: sampleView({
        timeline: [sampleCard({ id: 'c1', text: 'Sam forgot to check the dashboard before the deploy' }), sampleCard({ id: 'c2', text: 'Deploy 42 started' })],
        factors: [],
        actions: [],
      }),
    });
    render(<WordingReview />);
    expect(await screen.findByText(/One passage reads/, {}, { timeout: 5000 })).toBeTruthy();
    // The passage is quoted (which words the checker points at is the checker's business).
    expect(screen.getAllByText(/forgot/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Try: /)).toBeTruthy();
    cleanup();
    useRetroStore.getState().receiveSnapshot({
      version: 2,
      serverTime: new Date().toISOString(),
      view: sampleView({ timeline: [sampleCard({ id: 'c2', text: 'Deploy 42 started' })], factors: [], actions: [] }),
    });
    render(<WordingReview />);
    expect(await screen.findByText(/No blaming wording found/)).toBeTruthy();
  });
});
