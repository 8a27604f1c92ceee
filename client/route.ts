import { useSyncExternalStore } from 'react';

/**
 * Two routes need no router library: `/` (start page) and `/r/:id` (a retro room). The
 * facilitator key stays in the fragment, which is never sent to the server.
 */
export type Route = { page: 'start' } | { page: 'room'; retroId: string } | { page: 'missing' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  const match = /^\/r\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match ? { page: 'room', retroId: match[1] } : { page: 'missing' };
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current path (re-rendering on back/forward and on `navigate`). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Moves within the app without a page load. `url` may carry a `#key=…` fragment. */
export function navigate(url: string): void {
  window.history.pushState(null, '', url);
  notify();
}
