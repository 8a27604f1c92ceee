// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../client/ui/CopyButton.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** jsdom has no Clipboard API: the button takes the textarea route, whose copy is recorded here. */
function recordCopies(): string[] {
  const copied: string[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: vi.fn(() => {
      copied.push(document.querySelector('textarea')?.value ?? '');
      return true;
    }),
  });
  return copied;
}

describe('CopyButton', () => {
  it('copies text that is only made when clicked', async () => {
    const copied = recordCopies();
    render(<CopyButton label="Copy as issue" text={() => Promise.resolve('## Made on click')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as issue' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(copied).toEqual(['## Made on click']);
  });

  it('says the copy failed when the text cannot be made, and copies nothing', async () => {
    const copied = recordCopies();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CopyButton label="Copy as issue" text={() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as issue' }));
    expect(await screen.findByText('Copy failed')).toBeTruthy();
    expect(copied).toEqual([]);
  });

  it('copies plain text as it is', async () => {
    const copied = recordCopies();
    render(<CopyButton label="Copy join link" text="http://example.test/r/abc" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy join link' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(copied).toEqual(['http://example.test/r/abc']);
  });
});
