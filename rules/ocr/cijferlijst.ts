import data from '../data/afbeelding.json';
import { allPersonReferences } from '../personen/names';
import type { ImageTextRule } from '../types';
import { foldWord, linesOf, type TextLine } from './lines';

const LIST_WORDS = new Set(data.gradeListWords);
/** A Dutch grade: 1 to 10, maybe with one decimal (7,5 or 6.8). Prices have two decimals (3,50). */
const GRADE = /^(?:10|[1-9])(?:[.,]\d)?$/;
const CAPITALISED = /^\p{Lu}[\p{L}'’-]+[,.]?$/u;
const MONEY = /[€$£]|\b(?:eur|euro)\b/i;
const MIN_ROWS = 3;

/** A row of a grade list: a capitalised word (a name) with a grade after it, and no money on the line. */
function isRow(line: TextLine): boolean {
  const { words } = line;
  if (words.length < 2 || words.some((word) => MONEY.test(word.text))) return false;
  const firstGrade = words.findIndex((word) => GRADE.test(word.text));
  return firstGrade > 0 && words.slice(0, firstGrade).some((word) => CAPITALISED.test(word.text));
}

/**
 * A list of names with grades (004 §1.3: no confidential or personal information): three or more rows of
 * a name with a grade, under a heading of a grade list (cijfer, gemiddelde, Magister) or with first names
 * the name list knows. Grades of others are private; with their names, that is serious.
 */
const rule: ImageTextRule = {
  meta: {
    id: 'cijferlijst',
    category: 'vertrouwelijk',
    severity: 'ernstig',
    protocolRef: '004 §1.3',
    description: 'A list of names with grades or marks in an attached image (OCR).',
    messages: {
      cijfers: 'Dit lijkt een lijst met namen en cijfers. Cijfers van anderen zijn privé: zet ze niet online.',
    },
  },
  check(image, doc, _context, report) {
    const lines = linesOf(image);
    const rows = lines.filter(isRow);
    if (rows.length < MIN_ROWS) return;
    const heading = lines.some((line) => line.words.some((word) => LIST_WORDS.has(foldWord(word.text))));
    let named = 0;
    if (!heading) {
      const references = allPersonReferences(doc).filter((reference) => reference.kind === 'naam');
      named = rows.filter((row) => references.some((reference) => reference.start >= row.start && reference.end <= row.end)).length;
    }
    if (!heading && named < 2) return;
    report({ messageId: 'cijfers', start: rows[0]!.start, end: rows[0]!.end, boxes: rows.slice(0, 12).map((row) => row.box) });
  },
};
export default rule;
