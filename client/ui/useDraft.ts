import { useState } from 'react';

/**
 * An edit in progress over a value the server owns. Until the person changes something the
 * form shows the server's value live (another facilitator device may change it); from the
 * first change it shows their draft, until `discard` (after a save was accepted, or cancel).
 */
export function useDraft<T extends object>(server: T) {
  const [draft, setDraft] = useState<T | null>(null);
  const value = draft ?? server;
  return {
    value,
    dirty: draft !== null,
    update: (patch: Partial<T>) => setDraft((current) => ({ ...(current ?? server), ...patch })),
    discard: () => setDraft(null),
  };
}
