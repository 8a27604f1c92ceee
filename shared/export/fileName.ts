import { formatUtcDate } from './format.ts';
import type { PostMortem } from './types.ts';

const MAX_SLUG = 60;

/**
 * `2026-11-20-payments-api-outage.md`: the retro's creation date (UTC) and its title as an
 * ASCII slug. Only `[a-z0-9.-]`, so it is safe as-is in a Content-Disposition header and on any
 * file system. Falls back to "retro" when the title has no ASCII letters or digits.
 */
export function exportFileName(pm: PostMortem, ext: 'md' | 'json' | 'csv'): string {
  const date = formatUtcDate(pm.createdAt);
  const slug = slugify(pm.retro.title) || 'retro';
  return `${date ? `${date}-` : ''}${slug}.${ext}`;
}

/** Lower-case ASCII words joined by "-", accents dropped ("Café outage" → "cafe-outage"). */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG) return words;
  const cut = words.slice(0, MAX_SLUG);
  // Cut at a word boundary when the text is long; a single very long word is cut mid-word.
  const atWord = cut.slice(0, cut.lastIndexOf('-'));
  return (atWord || cut).replace(/-+$/, '');
}
