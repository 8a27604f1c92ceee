import type { Phase } from '../../shared/domain/values.ts';
import type { ActionItemView } from '../../shared/protocol/view.ts';

/**
 * The retros this browser created, kept in this browser's localStorage and nowhere else: there
 * is no server-side list of retros, on purpose. Each entry holds the facilitator key, because
 * the facilitator link is what the list is for; it is the same key the address bar already held.
 */
export interface MyRetro {
  id: string;
  title: string;
  facilitatorKey: string;
  createdAt: string;
  /** Last seen when the facilitator had the room open here; absent until then. */
  phase?: Phase;
  openActions?: number;
  overdueActions?: number;
}

const KEY = 'debrief:my-retros';
/** Enough to find last quarter's retros; the oldest fall off. */
const MAX_KEPT = 50;

export function listMyRetros(storage: Storage = localStorage): MyRetro[] {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isMyRetro) : [];
  } catch {
    return [];
  }
}

export function rememberCreated(retro: MyRetro, storage: Storage = localStorage): void {
  save([retro, ...listMyRetros(storage).filter((kept) => kept.id !== retro.id)], storage);
}

/** Refreshes what the list shows of a retro this browser created; others are left alone. */
export function refreshMyRetro(
  id: string,
  seen: { title: string; phase: Phase; actions: readonly ActionItemView[] },
  today: string,
  storage: Storage = localStorage,
): void {
  const all = listMyRetros(storage);
  const index = all.findIndex((retro) => retro.id === id);
  if (index < 0) return;
  const open = seen.actions.filter((action) => action.status === 'open' || action.status === 'in-progress');
  const next: MyRetro = {
    ...all[index],
    title: seen.title,
    phase: seen.phase,
    openActions: open.length,
    overdueActions: open.filter((action) => action.dueDate !== null && action.dueDate < today).length,
  };
  if (JSON.stringify(next) === JSON.stringify(all[index])) return;
  all[index] = next;
  save(all, storage);
}

export function facilitatorPath(retro: Pick<MyRetro, 'id' | 'facilitatorKey'>): string {
  return `/r/${retro.id}#key=${encodeURIComponent(retro.facilitatorKey)}`;
}

/** The retro id and key in a facilitator link (`…/r/<id>#key=<key>`), or null if it is not one. */
export function parseFacilitatorLink(link: string): { id: string; facilitatorKey: string } | null {
  let url: URL;
  try {
    url = new URL(link.trim(), window.location.origin);
  } catch {
    return null;
  }
  const id = /^\/r\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url.pathname)?.[1];
  const facilitatorKey = new URLSearchParams(url.hash.replace(/^#/, '')).get('key');
  return id && facilitatorKey ? { id, facilitatorKey } : null;
}

function save(retros: MyRetro[], storage: Storage) {
  try {
    storage.setItem(KEY, JSON.stringify(retros.slice(0, MAX_KEPT)));
  } catch {
    // A full or disabled storage only costs the list, never the retro.
  }
}

function isMyRetro(value: unknown): value is MyRetro {
  const retro = value as MyRetro;
  return typeof retro === 'object' && retro !== null && typeof retro.id === 'string' && typeof retro.facilitatorKey === 'string' && typeof retro.title === 'string';
}
