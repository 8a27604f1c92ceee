interface VoteDotsProps {
  mine: number;
  cap: number;
}

/** My dots on one factor, out of the most one factor may take. Decorative; the count is in text. */
export function VoteDots({ mine, cap }: VoteDotsProps) {
  return (
    <span className="dots" aria-hidden="true">
      {Array.from({ length: cap }, (_, index) => (
        <span key={index} className={index < mine ? 'dot dot--on' : 'dot'} />
      ))}
    </span>
  );
}
