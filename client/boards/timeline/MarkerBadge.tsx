import { MARKER_LABELS, type Marker } from '../../../shared/domain/values.ts';

export function MarkerBadge({ marker }: { marker: Marker }) {
  return <span className={`marker marker--${marker}`}>{MARKER_LABELS[marker]}</span>;
}
