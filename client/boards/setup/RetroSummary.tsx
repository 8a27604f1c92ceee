import type { RetroInfo } from '../../../shared/domain/state.ts';
import { SEVERITY_DEFINITIONS } from '../../../shared/domain/values.ts';
import { formatDateTime, formatDuration } from '../../ui/time.ts';

/** The incident as the facilitator described it, read-only (participants' setup, and review). */
export function RetroSummary({ retro }: { retro: RetroInfo }) {
  const span =
    retro.impactStart && retro.impactEnd
      ? formatDuration(Date.parse(retro.impactEnd) - Date.parse(retro.impactStart))
      : null;
  return (
    <section className="card summary" aria-label="Incident summary">
      <dl className="summary__facts">
        <div>
          <dt>Severity</dt>
          <dd>
            {retro.severity ? (
              <>
                <span className={`sev-badge sev-badge--${retro.severity.toLowerCase()}`}>{retro.severity}</span>{' '}
                {SEVERITY_DEFINITIONS[retro.severity]}
              </>
            ) : (
              'Not decided yet'
            )}
          </dd>
        </div>
        <div>
          <dt>Impact window</dt>
          <dd>
            {retro.impactStart ? formatDateTime(retro.impactStart) : 'unknown'} –{' '}
            {retro.impactEnd ? formatDateTime(retro.impactEnd) : 'unknown'}
            {span && ` (${span})`}
          </dd>
        </div>
      </dl>
      <h3 className="summary__heading">Summary</h3>
      <p className="prose">{retro.summary || 'No summary yet.'}</p>
      <h3 className="summary__heading">Customer impact</h3>
      <p className="prose">{retro.customerImpact || 'Not described yet.'}</p>
    </section>
  );
}
