import data from '../data/afbeelding.json';
import type { ImageTextRule } from '../types';
import { foldWord, linesOf } from './lines';

const TEST_WORDS = new Set(data.testWords);
/** Short test words that are everyday words too ("so", "se"): they count only in capitals (SO, SE, PW). */
const SHORT_TEST_WORDS = new Set(['so', 'se', 'pw']);
const QUESTION_WORDS = new Set(data.questionWords);
const FORM_WORDS = new Set(data.testFormWords);
/** A question number at the start of a line: 1. 2) 3a 4b) 12. */
const NUMBERED = /^\d{1,2}(?:[a-h]\)?|[.)]|[a-h][.)])$/;
/** Points per question: (2p) 3p 4pt. */
const POINTS = /^\(?\d{1,2}\s?(?:p|pt|ptn|punt|punten)\)?[.,:]?$/i;
const NUMBER = /^\d{1,2}[a-h]?[.:)]?$/;

/**
 * A test or exam paper (002 A.3: sharing must not harm others; a photo of a test is a leak): a word for a
 * test (toets, proefwerk, SO, examen) with two or more question markers (a number at the start of a line,
 * "vraag 3", points per question); or three or more questions with the headings of a test form (naam,
 * klas, punten); or "vraag 1", "vraag 2", "vraag 3" on their own.
 */
const rule: ImageTextRule = {
  meta: {
    id: 'toets-foto',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '002 A.3',
    description: 'A test or exam paper in an attached image: test words with numbered questions (OCR).',
    messages: {
      toets: 'Dit lijkt een toets of proefwerk. Deel geen toetsvragen of antwoorden, ook niet als foto.',
    },
  },
  check(image, _doc, context, report) {
    let testWord: { start: number; end: number; box: (typeof image.words)[number]['box'] } | undefined;
    const markers: typeof testWord[] = [];
    let namedQuestions = 0;
    let formWords = 0;
    for (const line of linesOf(image)) {
      line.words.forEach((word, index) => {
        const folded = foldWord(word.text);
        const isTestWord = TEST_WORDS.has(folded) && (!SHORT_TEST_WORDS.has(folded) || /^\p{Lu}{2}\b/u.test(word.text));
        if (isTestWord) testWord ??= word;
        if (FORM_WORDS.has(folded) && /:$/.test(word.text)) formWords++;
        if (index === 0 && NUMBERED.test(word.text) && line.words.length > 1) markers.push(word);
        else if (POINTS.test(word.text)) markers.push(word);
        else if (QUESTION_WORDS.has(folded) && NUMBER.test(line.words[index + 1]?.text ?? '')) {
          namedQuestions++;
          markers.push(word);
        }
      });
    }
    const paper = (testWord && markers.length >= 2) || (formWords >= 2 && markers.length >= 3) || namedQuestions >= 3;
    if (!paper) return;
    const first = testWord ?? markers[0]!;
    report({
      messageId: 'toets',
      start: first.start,
      end: first.end,
      severity: context.role === 'medewerker' ? 'ernstig' : 'waarschuwing',
      boxes: [first, ...markers.filter((marker) => marker !== first).slice(0, 6)].map((item) => item!.box),
    });
  },
};
export default rule;
