import { useId, useState } from 'react';
import type { FactorView } from '../../../shared/protocol/view.ts';
import { sendCommand } from '../../net/index.ts';

interface MergeControlProps {
  source: FactorView;
  others: readonly FactorView[];
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The facilitator folds a duplicate into another factor; its votes and links move along.
 * Folded away by default: merging is occasional, and the board should read as factors first.
 */
export function MergeControl({ source, others }: MergeControlProps) {
  const selectId = useId();
  const [targetId, setTargetId] = useState('');
  if (others.length === 0) return null;
  return (
    <details className="merge">
      <summary>Merge a duplicate…</summary>
      <div className="merge__body">
        <label htmlFor={selectId} className="small">
          Merge into
        </label>
        <select id={selectId} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">Choose a factor…</option>
          {others.map((factor) => (
            <option key={factor.id} value={factor.id}>
              {short(factor.text)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={!targetId}
          aria-label={`Merge “${short(source.text)}” into the chosen factor`}
          onClick={() => {
            void sendCommand({ type: 'factor.merge', sourceId: source.id, targetId });
            setTargetId('');
          }}
        >
          Merge
        </button>
      </div>
    </details>
  );
}
