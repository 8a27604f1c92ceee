// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostMortemPreview } from '../../client/boards/review/PostMortemPreview.tsx';
import { ReviewBoard } from '../../client/boards/review/ReviewBoard.tsx';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import { sampleCard, sampleFactor, sampleView } from '../../client/testing/sampleView.ts';

const net = vi.hoisted(() => ({ exports: [] as string[] }));
vi.mock('../../client/net/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../client/net/index.ts')>()),
  requestExport: vi.fn(async (format: string) => {
    net.exports.push(format);
    return { ok: true, content: '# Checkout outage\n\n| Time | Event |\n|---|---|\n| 14:02 | Errors \\| 502s |\n', fileName: 'checkout.md' };
  }),
}));

afterEach(() => {
  cleanup();
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
    useRetroStore.getState().receiveSnapshot({
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
    useRetroStore.getState().setStatus('live');
    render(<ReviewBoard />);
    expect(screen.getByText('Payments failed for 41 minutes.')).toBeTruthy();
    expect(screen.getByTestId('durations').textContent).toContain('17 min');
    expect(screen.getAllByTestId('ranked-factor').map((node) => node.textContent)).toEqual([
      expect.stringContaining('No canary'),
      expect.stringContaining('Slow alert'),
    ]);
    const preview = await screen.findByTestId('post-mortem', {}, { timeout: 3000 });
    expect(preview.querySelector('h1')?.textContent).toBe('Checkout outage');
    expect(preview.querySelector('td')).not.toBeNull();
    expect(net.exports).toContain('md');
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
    expect(await screen.findByText(/One passage reads/)).toBeTruthy();
    expect(screen.getByText('forgot to')).toBeTruthy();
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
