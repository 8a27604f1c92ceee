import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.ts';

/**
 * Same-origin by default (CONTRACT "Origins"). A request without an Origin header is not a
 * cross-site browser request (browsers send Origin on cross-origin fetches and WebSockets),
 * so bots and command-line clients pass; a browser from another site is refused unless
 * ALLOWED_ORIGINS lists it.
 */
export function originAllowed(req: IncomingMessage, config: Pick<Config, 'allowedOrigins' | 'publicUrl'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return false;
  }
  const host = req.headers.host;
  if (host && (parsed === `http://${host}` || parsed === `https://${host}`)) return true;
  if (config.publicUrl && parsed === config.publicUrl) return true;
  return config.allowedOrigins.includes(parsed);
}
