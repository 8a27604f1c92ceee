/**
 * Which of n processes serves a retro when a proxy routes by retro (README "Several processes"):
 * FNV-1a of the retro id, as a stand-in for nginx's `hash $arg_retro`. The cluster's proxy and
 * the load generator's direct connections use the same function, so both pick the same process.
 */
export function processFor(retroId: string, processes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < retroId.length; i++) hash = Math.imul(hash ^ retroId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % processes;
}

/** The processes behind a proxy and how it spreads connections: for connecting past the proxy. */
export interface DirectRoute {
  urls: string[];
  routing: 'retro' | 'round-robin';
}
