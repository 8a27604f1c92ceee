import { spawnServer } from './spawnServer.ts';

/**
 * Starts one Debrief server on a random port (port 0) with a temporary DATA_DIR and hands its
 * URL to the tests through process.env.DEBRIEF_URL (env set here reaches the workers).
 * Returns the teardown, which stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await spawnServer();
  process.env.DEBRIEF_URL = server.url;
  return () => server.stop();
}
