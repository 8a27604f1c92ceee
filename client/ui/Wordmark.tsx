/** The product name with its mark; plain text and CSS, no image or font to load. */
export function Wordmark() {
  return (
    <a className="wordmark" href="/">
      <span className="wordmark__mark" aria-hidden="true">D</span>
      Debrief
    </a>
  );
}
