import { z } from 'zod';
import type { RetroState } from '../../shared/domain/state.ts';
import { exportFileName, postMortemFrom, toActionsCsv, toJSON, toMarkdown } from '../../shared/export/index.ts';
import type { ExportAck } from '../../shared/protocol/messages.ts';

export const ExportRequestSchema = z.object({ format: z.enum(['md', 'json', 'csv']).default('md') });
export type ExportFormat = z.infer<typeof ExportRequestSchema>['format'];


const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const WRITERS = { md: toMarkdown, json: toJSON, csv: toActionsCsv } as const;

/**
 * The post-mortem as a document (`csv`: its action items, for trackers): the same bytes over HTTP, over the socket and on the
 * command line, because all three call this one function.
 */
export function exportRetro(state: RetroState, format: ExportFormat, participants: number): ExportAck & { ok: true } {
  const postMortem = postMortemFrom(state, participants);
  return {
    ok: true,
    content: WRITERS[format](postMortem),
    fileName: exportFileName(postMortem, format),
    contentType: CONTENT_TYPES[format],
  };
}
