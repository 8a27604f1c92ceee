import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { RetroStore } from './store/types.ts';

const HOUR_MS = 3_600_000;

/**
 * Optional retention (RETENTION_DAYS): retros with no change for that many days are deleted
 * with their history, once at start and then every hour. Returns a function that stops it.
 * A failed purge (the store busy or failing) is logged and tried again at the next hour: it
 * runs in the background, where an uncaught rejection would end the whole server.
 */
export function startRetention(
  config: Pick<Config, 'retentionDays'>,
  store: RetroStore,
  closeRetro: (retroId: string) => void,
  logger: Logger,
): () => void {
  if (!config.retentionDays) return () => {};
  const days = config.retentionDays;
  const purge = async () => {
    const cutoff = new Date(Date.now() - days * 24 * HOUR_MS).toISOString();
    try {
      for (const retroId of await purgeIdleRetros(store, cutoff, closeRetro)) {
        logger.info({ retroId }, 'retro purged by retention');
      }
    } catch (error) {
      logger.error({ err: error }, 'retention purge failed; trying again in an hour');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function purgeIdleRetros(store: RetroStore, cutoff: string, closeRetro: (retroId: string) => void) {
  const ids = await store.retrosIdleSince(cutoff);
  const purged: string[] = [];
  for (const retroId of ids) {
    // Conditional: a retro written to since the look-up is not idle any more and stays.
    if (await store.deleteRetro(retroId, { idleBefore: cutoff })) {
      closeRetro(retroId);
      purged.push(retroId);
    }
  }
  return purged;
}
