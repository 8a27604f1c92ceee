import type { Finding } from '../../shared/blame/types.ts';

interface BlameHintProps {
  id: string;
  findings: readonly Finding[];
  /** The text the findings point into, to quote the words they are about. */
  text: string;
}

/**
 * A quiet nudge under a field: what the wording does, and a systemic way to say it. Shown in
 * a polite live region so a screen reader hears it after typing pauses, not on every key.
 */
export function BlameHint({ id, findings, text }: BlameHintProps) {
  const shown = findings.slice(0, 2);
  return (
    <div id={id} className="blame-hint" aria-live="polite">
      {shown.map((finding, index) => (
        <p key={`${finding.rule}-${finding.start}-${index}`} className={finding.severity === 'error' ? 'blame-hint__item blame-hint__item--error' : 'blame-hint__item'}>
          <span className="blame-hint__quote">“{text.slice(finding.start, finding.end)}”</span> {finding.message}{' '}
          {finding.suggestion && <span className="blame-hint__suggestion">Try: {finding.suggestion}</span>}
        </p>
      ))}
    </div>
  );
}
