interface HiddenCountProps {
  count: number;
  what: 'card' | 'factor';
  /**
   * Keep the line even while the count is zero (private writing on), so the list below does
   * not jump when the first hidden card arrives.
   */
  reserve?: boolean;
}

/** What an empty board says while others' cards are still hidden: they exist, unseen. */
export function nothingVisibleYet(count: number, what: 'card' | 'factor'): string {
  return `Nothing visible yet — ${count} ${what}${count === 1 ? '' : 's'} hidden until the reveal.`;
}

/** Others' hidden cards exist only as a number here: their text never reached this browser. */
export function HiddenCount({ count, what, reserve = false }: HiddenCountProps) {
  if (count === 0 && !reserve) return null;
  const noun = what === 'card' ? (count === 1 ? 'card' : 'cards') : count === 1 ? 'factor' : 'factors';
  return (
    <p className="hidden-count" aria-live="polite" data-testid={`hidden-${what}s`}>
      {count > 0 ? `${count} ${noun} from others ${count === 1 ? 'is' : 'are'} hidden until the facilitator reveals them.` : ''}
    </p>
  );
}
