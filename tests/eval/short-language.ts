/**
 * `npx tsx tests/eval/short-language.ts`: how the language signal reads short posts
 * (tests/fixtures/short-posts/tuning.jsonl, written before the signal): before (function words only, as up to
 * now for stretches under 40 characters) and now (function words, then the language of the words). Per
 * language: read as English, as Dutch, undecided. `--sealed` scores the sealed quarter instead, in figures only.
 */
import { readFileSync } from 'node:fs';
import { readByWords, type Reading } from '../../rules/english/function-words';
import '../../rules/english/in-node';
import { readSentence } from '../../rules/english/language';

const file = process.argv.includes('--sealed') ? 'sealed' : 'tuning';
const posts = readFileSync(new URL(`../fixtures/short-posts/${file}.jsonl`, import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { text: string; language: 'english' | 'dutch' });

const signals: Record<string, (text: string) => Reading> = { before: readByWords, now: (text) => readSentence(text) };
const rows: Record<string, Record<string, Record<Reading, number>>> = {};
for (const [name, read] of Object.entries(signals)) {
  for (const post of posts) {
    const tally = ((rows[name] ??= {})[post.language] ??= { english: 0, dutch: 0, unknown: 0 });
    tally[read(post.text)]++;
  }
}
const share = (count: number, total: number) => (count / total).toFixed(3);
for (const [name, byLanguage] of Object.entries(rows)) {
  for (const [language, tally] of Object.entries(byLanguage)) {
    const total = tally.english + tally.dutch + tally.unknown;
    console.log(`${file} ${name.padEnd(7)} ${language.padEnd(8)} (${total}) english ${share(tally.english, total)}  dutch ${share(tally.dutch, total)}  undecided ${share(tally.unknown, total)}`);
  }
}
if (file === 'tuning' && process.argv.includes('--wrong')) {
  for (const post of posts) {
    const reading = readSentence(post.text);
    if (reading !== post.language) console.log(`  ${post.language} → ${reading}: ${post.text}`);
  }
}
