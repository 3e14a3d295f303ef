import data from '../data/afbeelding.json';
import type { ImageTextRule } from '../types';
import { foldWord, linesOf } from './lines';

const CHAT_WORDS = new Set(data.chatWords);
/** A clock time as chat apps print it beside a message: 14:02, 9.41, 2:15 (PM). */
const TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;
const AM_PM = /^[ap]\.?m\.?$/i;

/**
 * A screenshot of a conversation (001 leerlingen: "Zonder toestemming van de ander publiceer je niet"; 003
 * §1: no quotes of classmates): several lines that end in a clock time, as messages in a chat app do, or
 * one such line with a chat app's words (online, typt, gelezen). A time at the start of a line (a
 * timetable) or in a range (09:00 - 17:00) is no message time.
 */
const rule: ImageTextRule = {
  meta: {
    id: 'screenshot-gesprek',
    category: 'personen',
    severity: 'waarschuwing',
    protocolRef: '003 §1',
    description: 'A screenshot of a chat in an attached image: lines that end in a message time (OCR).',
    messages: {
      gesprek: 'Dit lijkt een screenshot van een gesprek: heb je toestemming van de anderen om het te delen?',
    },
  },
  check(image, _doc, _context, report) {
    const lines = linesOf(image);
    const times: (typeof lines)[number]['words'] = [];
    let chatWord = false;
    for (const line of lines) {
      const words = line.words;
      let last = words.length - 1;
      if (last > 0 && AM_PM.test(words[last]!.text)) last--;
      // A tick or two after the time (read as a letter or a symbol) still ends the line.
      const at = TIME.test(words[last]!.text) ? last : last > 0 && words[last]!.text.length <= 2 && TIME.test(words[last - 1]!.text) ? last - 1 : -1;
      const before = words[at - 1]?.text ?? '';
      // A range (09:00 - 17:00, 9:00 tot 12:00) is opening hours or a timetable, no message time.
      if (at !== -1 && before !== '-' && before !== 'tot' && !TIME.test(before)) times.push(words[at]!);
      if (!chatWord) chatWord = words.some((word) => CHAT_WORDS.has(foldWord(word.text)));
    }
    const enough = times.length >= 2 ? lines.length >= 4 : times.length === 1 && chatWord && lines.length >= 3;
    if (!enough) return;
    report({ messageId: 'gesprek', start: times[0]!.start, end: times[0]!.end, boxes: times.slice(0, 8).map((time) => time.box) });
  },
};
export default rule;
