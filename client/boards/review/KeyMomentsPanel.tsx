import { MARKERS, MARKER_LABELS } from '../../../shared/domain/values.ts';
import { DURATION_LABELS, MOMENT_LABELS, durationText } from '../../../shared/export/format.ts';
import { keyMomentsReport } from '../../../shared/export/keyMoments.ts';
import { DURATION_NAMES } from '../../../shared/export/types.ts';
import { useRetroStore } from '../../store/store.ts';
import { selectRetro, selectTimeline } from '../../store/selectors.ts';
import { formatDateTime } from '../../ui/time.ts';

/**
 * Key moments and the durations derived from the timeline's markers. Computed by the exporter's
 * own keyMomentsReport, so the panel says exactly what the post-mortem beside it says. Cards
 * still private to this viewer are left out: the post-mortem does not have them either.
 */
export function KeyMomentsPanel() {
  const cards = useRetroStore(selectTimeline);
  const retro = useRetroStore(selectRetro);
  const shared = cards.filter((card) => !card.private);
  const { keyMoments, times, durations, warnings } = keyMomentsReport(shared, {
    impactStart: retro?.impactStart ?? null,
    impactEnd: retro?.impactEnd ?? null,
  });
  return (
    <section className="card" aria-labelledby="key-moments-heading">
      <h3 id="key-moments-heading" className="card__title">Key moments</h3>
      <ul className="durations" data-testid="durations">
        {DURATION_NAMES.map((name) => (
          <li key={name} className="duration" data-duration={name}>
            {/* An unknown duration says why in a sentence: set smaller than a number so it fits. */}
            <span className={durations[name].ms === null ? 'duration__value duration__value--unknown' : 'duration__value'}>
              {durationText(durations[name], times)}
            </span>
            <span className="duration__label">{DURATION_LABELS[name]}</span>
          </li>
        ))}
      </ul>
      {warnings.map((warning) => (
        <p key={`${warning.first}-${warning.second}`} className="warning">
          {MOMENT_LABELS[warning.second]} is earlier than {MOMENT_LABELS[warning.first]} — worth checking those times.
        </p>
      ))}
      <dl className="moments">
        {MARKERS.map((marker) => {
          const at = keyMoments[marker]?.at ?? null;
          return (
            <div key={marker}>
              <dt>{MARKER_LABELS[marker]}</dt>
              <dd>{at ? <time dateTime={at}>{formatDateTime(at)}</time> : '—'}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
