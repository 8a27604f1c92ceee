import { formatUtcDate } from '../../shared/export/format.ts';
import { PHASE_LABELS } from '../ui/phaseLabels.ts';
import { facilitatorPath, type MyRetro } from './myRetros.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Your retros": the ones this browser created, from localStorage, with their facilitator links. */
export function MyRetros({ retros }: { retros: readonly MyRetro[] }) {
  if (retros.length === 0) return null;
  return (
    <section className="my-retros card" aria-labelledby="my-retros-heading">
      <h2 id="my-retros-heading">Retros you started here</h2>
      <p className="muted small">Kept in this browser only; there is no list of retros on the server.</p>
      <ul className="my-retros__list">
        {retros.map((retro) => (
          <li key={retro.id} className="my-retros__item" data-testid="my-retro">
            <a href={facilitatorPath(retro)}>{retro.title}</a>
            <span className="muted small">
              {[
                formatUtcDate(retro.createdAt),
                retro.phase && PHASE_LABELS[retro.phase],
                retro.openActions !== undefined && count(retro.openActions, 'open action', 'open actions'),
                retro.overdueActions ? `${retro.overdueActions} overdue` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
