import { MARKERS, MARKER_LABELS, type Marker } from '../../../../shared/domain/values.ts';
import type { Finding } from '../../../../shared/blame/types.ts';
import type { LogEntry } from '../../../../shared/import/index.ts';
import { formatInTimeZone } from 'date-fns-tz';

export interface PreviewRow extends LogEntry {
  included: boolean;
}

interface ImportPreviewProps {
  rows: readonly PreviewRow[];
  hints: readonly Finding[][];
  timeZone: string;
  onChange: (index: number, change: Partial<Pick<PreviewRow, 'included' | 'marker'>>) => void;
}

/** The cards an import would add: tick or untick each, and keep, change or clear its suggested marker. */
export function ImportPreview({ rows, hints, timeZone, onChange }: ImportPreviewProps) {
  return (
    <ol className="import-preview" aria-label="Cards to import">
      {rows.map((row, index) => {
        const finding = hints[index]?.[0];
        const label = `Import line ${index + 1}`;
        return (
          <li key={index} className={row.included ? 'import-preview__row' : 'import-preview__row import-preview__row--off'} data-testid="import-row">
            <input
              type="checkbox"
              checked={row.included}
              aria-label={label}
              onChange={(event) => onChange(index, { included: event.target.checked })}
            />
            <span className="import-preview__time">{row.at ? <time dateTime={row.at}>{formatInTimeZone(row.at, timeZone, 'MMM d HH:mm:ss')}</time> : 'No time'}</span>
            <span className="import-preview__text">
              {row.text}
              {row.clipped && <span className="muted small"> (shortened to fit a card)</span>}
              {finding && (
                <span className="import-preview__hint">
                  {finding.message}
                  {finding.suggestion && ` Try: ${finding.suggestion}`}
                </span>
              )}
            </span>
            <select
              aria-label={`Marker for line ${index + 1}`}
              value={row.marker ?? ''}
              onChange={(event) => onChange(index, { marker: (event.target.value || null) as Marker | null })}
            >
              <option value="">No marker</option>
              {MARKERS.map((marker) => (
                <option key={marker} value={marker}>
                  {MARKER_LABELS[marker]}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ol>
  );
}
