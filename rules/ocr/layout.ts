/**
 * What OCR read in an image, as plain data (no OCR library here): words with their boxes, in lines and
 * paragraphs. The rules read it as one text; a finding in that text maps back to the boxes of its words.
 */

/** A rectangle in pixels of the image that was read: left, top, right, bottom (right and bottom exclusive). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0–100, as the OCR engine reports it. */
  confidence: number;
  box: Box;
}

export interface OcrLine {
  words: OcrWord[];
  box: Box;
  /** Lines of one paragraph (one chat bubble, one block of text) share the number. */
  paragraph: number;
}

export interface OcrPage {
  /** Size of the image that was read, in pixels. */
  width: number;
  height: number;
  lines: OcrLine[];
}

/** A part of the image as fractions of its width and height (0–1), whatever size it is shown at. */
export interface ImageRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Below this confidence a "word" is mostly texture, a photo's edge or an icon read as letters: it is left
 * out of the text, so that noise never becomes a finding.
 */
export const MIN_WORD_CONFIDENCE = 45;

/** The recognised text and where each word of it stands in the text and in the image. */
export interface ImageText {
  text: string;
  /** Per word kept, its offsets in `text` and its line's index in the page; in text order. */
  words: { start: number; end: number; box: Box; line: number }[];
  page: OcrPage;
}

const STARTS_LOWER = /^\p{Ll}/u;
/** A clock time alone, as chat apps put under a message: it never continues a number. */
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
/** A line this long may wrap on to the next; a shorter one (a name, a time) stands on its own. */
const WRAPPED_LINE_WORDS = 3;
/** Nothing, or only bars: the edge of a table or of a shape in a photo, read as a letter ("IK MAAK | JE DOOD"). */
const EDGE_ONLY = /^[\s|]*$/;
/** Letters, all of them capitals: a caption (a meme's), where case cannot tell a new sentence. */
const CAPITALS = /^(?=.*\p{Lu})[^\p{Ll}]*$/u;

/**
 * The page as one text. Words of a line are joined by a space. A line that goes on in lower case after
 * a line of several words continues its sentence (a chat bubble wraps), and so does a line in capitals
 * after one in capitals (a meme's caption: "IK MAAK" / "JE DOOD"), and the digits of a number broken over
 * two lines ("06-" / "12345678" becomes 06-12345678); any other line starts on a new line (a name above a
 * bubble, a time, the next row of a list), paragraphs with an empty line between. Words read with little
 * confidence, and lone bars, are left out.
 */
export function layoutText(page: OcrPage, minConfidence = MIN_WORD_CONFIDENCE): ImageText {
  let text = '';
  const words: ImageText['words'] = [];
  let previousParagraph: number | undefined;
  let previousWords = 0;
  let previousLine = '';
  page.lines.forEach((line, lineIndex) => {
    const kept = line.words.filter((word) => word.confidence >= minConfidence && !EDGE_ONLY.test(word.text));
    if (kept.length === 0) return;
    const lineText = kept.map((word) => word.text.trim()).join(' ');
    if (text !== '') {
      const first = kept[0]!.text.trim();
      const last = text[text.length - 1]!;
      const number = /\d/.test(last) && /^\d/.test(first) && !CLOCK.test(first);
      const caption = CAPITALS.test(previousLine) && CAPITALS.test(lineText);
      const wraps = (previousWords >= WRAPPED_LINE_WORDS && STARTS_LOWER.test(first)) || caption || number;
      text += line.paragraph !== previousParagraph ? '\n\n' : last === '-' && /^[\d\p{Ll}]/u.test(first) ? '' : wraps ? ' ' : '\n';
    }
    previousParagraph = line.paragraph;
    previousWords = kept.length;
    previousLine = lineText;
    kept.forEach((word, index) => {
      if (index > 0) text += ' ';
      const clean = word.text.trim();
      words.push({ start: text.length, end: text.length + clean.length, box: word.box, line: lineIndex });
      text += clean;
    });
  });
  return { text, words, page };
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** Index of the first word that ends after `offset` (words are in text order). */
function firstWordEndingAfter(words: ImageText['words'], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The boxes of the words a range of the text covers, one per line (a finding that wraps gets a box on
 * each line it stands on). An empty range covers the word it stands in, if any.
 */
export function boxesOf(imageText: ImageText, start: number, end: number): Box[] {
  const { words } = imageText;
  const boxes: Box[] = [];
  let lastLine = -1;
  for (let index = firstWordEndingAfter(words, start); index < words.length; index++) {
    const word = words[index]!;
    if (word.start >= Math.max(end, start + 1)) break;
    if (word.line === lastLine) boxes[boxes.length - 1] = union(boxes[boxes.length - 1]!, word.box);
    else boxes.push({ ...word.box });
    lastLine = word.line;
  }
  return boxes;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** A box as fractions of the page, clipped to it. */
export function regionOf(box: Box, page: Pick<OcrPage, 'width' | 'height'>): ImageRegion {
  const clip = (value: number, size: number) => Math.min(1, Math.max(0, size > 0 ? value / size : 0));
  const x = clip(box.x0, page.width);
  const y = clip(box.y0, page.height);
  return { x: round(x), y: round(y), width: round(clip(box.x1, page.width) - x), height: round(clip(box.y1, page.height) - y) };
}

/** The shape of a recognised page as Tesseract (tesseract.js `blocks` output) gives it; only what is read here. */
export interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; confidence: number; bbox: Box }[]; bbox: Box }[] }[];
}

/** Tesseract's blocks → an {@link OcrPage}, numbering paragraphs across blocks. */
export function pageFromTesseract(blocks: readonly TesseractBlock[] | null | undefined, width: number, height: number): OcrPage {
  const lines: OcrLine[] = [];
  let paragraph = 0;
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        lines.push({
          paragraph,
          box: { ...line.bbox },
          words: line.words.map((word) => ({ text: word.text, confidence: word.confidence, box: { ...word.bbox } })),
        });
      }
      paragraph++;
    }
  }
  return { width, height, lines };
}
