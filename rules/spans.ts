/** A set of text spans that answers "does anything overlap [start, end)?" in logarithmic time. */
export class SpanIndex {
  private readonly starts: number[];
  /** Per span in start order, the furthest end of it and every span before it. */
  private readonly furthestEnd: number[];

  constructor(spans: Iterable<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    this.furthestEnd = [];
    let furthest = -Infinity;
    for (const span of sorted) this.furthestEnd.push((furthest = Math.max(furthest, span.end)));
  }

  get size(): number {
    return this.starts.length;
  }

  overlaps(start: number, end: number): boolean {
    // The last span that starts before `end`; any overlapping span starts before it too.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.furthestEnd[low - 1]! > start;
  }
}
