import { firstNotBefore } from './search';

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
    const after = firstNotBefore(this.starts.length, (index) => this.starts[index]! < end);
    return after > 0 && this.furthestEnd[after - 1]! > start;
  }
}
