import type { Finding } from '../../../shared/blame/types.ts';

interface FieldFindingsProps {
  id: string;
  /** Findings the server refused the item for (blame errors), for this field. */
  refused: readonly Finding[];
  /** Live hints while typing, for this field. */
  hints: readonly Finding[];
  text: string;
}

/**
 * Under an action item field: why the server refused it (with the suggested rewrite), or else
 * the quiet live hints. What the person typed stays in the field either way.
 */
export function FieldFindings({ id, refused, hints, text }: FieldFindingsProps) {
  if (refused.length > 0) {
    return (
      <div id={id} className="blame-refusal" role="alert">
        {refused.map((finding, index) => (
          <p key={`${finding.rule}-${index}`}>
            <strong>{finding.message}</strong>
            {finding.suggestion && (
              <>
                {' '}
                <span className="blame-hint__suggestion">Suggested rewrite: {finding.suggestion}</span>
              </>
            )}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div id={id} className="blame-hint" aria-live="polite">
      {hints.slice(0, 2).map((finding, index) => (
        <p key={`${finding.rule}-${finding.start}-${index}`} className="blame-hint__item">
          <span className="blame-hint__quote">“{text.slice(finding.start, finding.end)}”</span> {finding.message}{' '}
          {finding.suggestion && <span className="blame-hint__suggestion">Try: {finding.suggestion}</span>}
        </p>
      ))}
    </div>
  );
}
