import { POSTMORTEM_FORMAT, type PostMortem } from './types.ts';

/**
 * The post-mortem as pretty JSON (2-space indent, trailing newline) with a `format` marker.
 * `postMortemFrom` is the one place that picks fields (never spreading a view, so no
 * participant identifier can get in) and fixes their order; this only serialises its result,
 * so the bytes depend only on the retro.
 */
export function toJSON(pm: PostMortem): string {
  return `${JSON.stringify({ format: POSTMORTEM_FORMAT, ...pm }, null, 2)}\n`;
}
