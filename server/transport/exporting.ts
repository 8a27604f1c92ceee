import { z } from 'zod';
import type { RetroState } from '../../shared/domain/state.ts';
import { exportFileName, postMortemFrom, toJSON, toMarkdown } from '../../shared/export/index.ts';
import type { ExportAck } from '../../shared/protocol/messages.ts';

export const ExportRequestSchema = z.object({ format: z.enum(['md', 'json']).default('md') });
export type ExportFormat = z.infer<typeof ExportRequestSchema>['format'];


const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The post-mortem as a document: the same bytes over HTTP, over the socket and on the
 * command line, because all three call this one function.
 */
export function exportRetro(state: RetroState, format: ExportFormat, participants: number): ExportAck & { ok: true } {
  const postMortem = postMortemFrom(state, participants);
  return {
    ok: true,
    content: format === 'md' ? toMarkdown(postMortem) : toJSON(postMortem),
    fileName: exportFileName(postMortem, format),
    contentType: CONTENT_TYPES[format],
  };
}
