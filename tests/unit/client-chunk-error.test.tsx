// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/App.tsx';

// The room's chunk cannot be fetched, as after a redeploy removed the chunk this page asked for.
vi.mock('../../client/room/RetroRoom.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/RetroRoom-3f9a1c.js');
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports the caught error on the console; that is wanted in a browser, noise here.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  window.history.pushState(null, '', '/r/retro1');
});
afterEach(() => {
  cleanup();
  consoleError.mockRestore();
  vi.unstubAllGlobals();
  window.history.pushState(null, '', '/');
});

describe('a lazy part that fails to load', () => {
  it('says so calmly and offers a reload instead of leaving a blank page', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/r/retro1', reload });
    render(<App />);
    const message = await screen.findByRole('alert');
    expect(message.textContent).toContain('This part of Debrief could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
