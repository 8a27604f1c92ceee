import { MARKER_LABELS } from '../../../shared/domain/values.ts';
import { useRetroStore } from '../../store/store.ts';
import { selectRetro, selectTimeline } from '../../store/selectors.ts';
import { formatDateTime, formatDuration } from '../../ui/time.ts';
import { keyMoments } from './keyMoments.ts';

/** Key moments and the durations derived from the timeline's markers. */
export function KeyMomentsPanel() {
  const cards = useRetroStore(selectTimeline);
  const retro = useRetroStore(selectRetro);
  const { moments, durations, outOfOrder } = keyMoments(cards, retro?.impactStart ?? null);
  return (
    <section className="card" aria-labelledby="key-moments-heading">
      <h3 id="key-moments-heading" className="card__title">Key moments</h3>
      {durations.length > 0 ? (
        <ul className="durations" data-testid="durations">
          {durations.map((duration) => (
            <li key={duration.label} className="duration">
              <span className="duration__value">{formatDuration(duration.ms)}</span>
              <span className="duration__label">{duration.label}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Mark timeline cards (impact started, detected, mitigated, resolved) to see durations here.</p>
      )}
      {outOfOrder && (
        <p className="warning">The marked moments are not in the usual order — worth checking the times on those cards.</p>
      )}
      <dl className="moments">
        {moments.map((moment) => (
          <div key={moment.marker}>
            <dt>{MARKER_LABELS[moment.marker]}</dt>
            <dd>{moment.at ? <time dateTime={moment.at}>{formatDateTime(moment.at)}</time> : '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
