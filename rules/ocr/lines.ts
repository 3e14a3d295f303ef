import type { Box, ImageText } from './layout';

/** One line of the recognised text as the image-kind rules read it. */
export interface TextLine {
  /** The line's words, as kept (confident enough), joined by spaces. */
  words: { text: string; start: number; end: number; box: Box }[];
  start: number;
  end: number;
  box: Box;
  paragraph: number;
}

const cache = new WeakMap<ImageText, TextLine[]>();

/** The lines of the recognised text that kept at least one word, in order; computed once per image. */
export function linesOf(image: ImageText): TextLine[] {
  let lines = cache.get(image);
  if (lines) return lines;
  lines = [];
  let current: TextLine | undefined;
  let lineIndex = -1;
  for (const word of image.words) {
    if (word.line !== lineIndex) {
      lineIndex = word.line;
      const source = image.page.lines[word.line]!;
      current = { words: [], start: word.start, end: word.end, box: { ...source.box }, paragraph: source.paragraph };
      lines.push(current);
    }
    current!.words.push({ text: image.text.slice(word.start, word.end), start: word.start, end: word.end, box: word.box });
    current!.end = word.end;
  }
  cache.set(image, lines);
  return lines;
}

/** Words folded for comparison: lower case, accents and surrounding punctuation gone. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
}
