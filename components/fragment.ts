/** How much text to show either side of a finding, so the reader sees where it is. */
const CONTEXT_CHARS = 30;

export interface FragmentParts {
  before: string;
  match: string;
  after: string;
}

/** The found words with a little text around them, cut at word boundaries, with ellipses. */
export function fragmentAround(text: string, start: number, end: number): FragmentParts {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
