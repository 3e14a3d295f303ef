/**
 * `npm run data:language`: writes rules/data/english-words.json, the word lists behind the language signal
 * for short stretches (rules/english/vocabulary.ts), from two Debian word lists that must be installed
 * (`apt-get install wamerican wdutch`): /usr/share/dict/american-english (SCOWL size 50, Kevin Atkinson's
 * permissive licence) and /usr/share/dict/dutch (OpenTaal, BSD or CC-BY 3.0). Only the derived lists ship.
 *
 * - `english`: English words that are no Dutch word, as stems (a word whose stem is listed is left out when
 *   the stem, with -s, -es, -ies, -ed, -ing, -ly or -ness, gives it back), up to 10 letters, plus the words
 *   the English analysis and the English function words know that are no Dutch word (slang: "kys", "bro").
 * - `shared`: words both lists hold ("fat", "drink", "loser"): English, but no sign of English.
 * - `dutchLookalikes`: Dutch words that a stem of `english` with such an ending would give ("woning" is no
 *   "won" + -ing): kept out of English.
 *
 * Beside it, from rules/data/english.json alone: english-attack-words.json (the words that open the English reading in
 * the content script) and tweede-lezer-engels.json (the English word classes of the second reader).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import englishData from '../../rules/data/english.json';
import loanwords from '../../rules/data/leenwoorden.json';
import { frontCode } from '../../rules/front-coding';
import { DUTCH_WORDS, ENGLISH } from '../../rules/english/function-words';
import { baseForms, MAX_STEM_LETTERS } from '../../rules/english/vocabulary';

const OUTPUT = new URL('../../rules/data/english-words.json', import.meta.url);
const GATE_OUTPUT = new URL('../../rules/data/english-attack-words.json', import.meta.url);
const READER_OUTPUT = new URL('../../rules/data/tweede-lezer-engels.json', import.meta.url);

/**
 * The English analysis's classes of attack words (insults, slurs, swearing, violence, bodies, sex, exclusion):
 * a short post can only be abuse in English with one of them or a word of a structure, so those that are no Dutch
 * word also open the English reading in the content script (function-words.ts), beside the function words.
 */
const ATTACK_CLASSES = ['INSULTN', 'INSULTADJ', 'INSULTPERSON', 'SLUR', 'PROFANITY', 'BODYADJ', 'BODYN', 'BODYBAD', 'MOCKNOUN', 'DEHUM', 'GROUPNEG', 'VIOLENT', 'VIOLENTWIN', 'HATEV', 'EXCLV', 'SEXPART', 'SENDPIC', 'PICS', 'SELFHARM', 'GROUPEPITHET', 'URSTRONG'];
const PLAIN = /^[a-z]+$/;
/**
 * The English analysis's classes the second reader knows as word classes, as the Dutch grammar's classes: who is
 * addressed (YOU …), which words name a group (GROUPN, GROUPADJ: read as `<groep>`, never learnt by name) and how
 * one is attacked. Only their single words: the reader reads words, not the analysis's structures.
 */
const READER_CLASSES = ['YOU', 'YOUR', 'YOUOBJ', 'TGTOBJ', 'GROUPN', 'GROUPADJ', 'SLUR', 'PROFANITY', 'INSULTN', 'INSULTPERSON', 'INSULTADJ', 'BODYADJ', 'BODYN', 'BODYPART', 'BODYBAD', 'MOCKNOUN', 'VIOLENTWIN', 'VIOLENT', 'VIOLENTING', 'VIOLENTPP', 'PUNISHPP', 'DIES', 'SELFHARM', 'HATEV', 'GROUPNEG', 'DEHUM', 'GROUPEPITHET', 'GROUPVNEG', 'EXCLNEG', 'EXCLV', 'EVERYONE', 'EXCLPLACE', 'SEXPART', 'SENDPIC', 'PICS', 'SHARE', 'PRIVATEMEDIA', 'SHAMEFUL', 'BEASTONE', 'PROPERTY', 'ANIMAL', 'INTEND'];

/** An entry of a class as single words: "stab|punch|run_over" gives stab and punch; a phrase or a reference gives none. */
function singleWords(entry: string): string[] {
  if (/[\s@#…]/.test(entry)) return [];
  return entry.split('|').filter((word) => word !== '' && !word.includes('_'));
}

/** The files' texts, from the word lists and rules/data/english.json as they are now (a unit test compares them with the shipped files). */
export function languageFiles(): { words: string; gate: string; reader: string } {
  const read = (path: string): string[] => readFileSync(path, 'utf8').split('\n');
  const american = new Set(read('/usr/share/dict/american-english').filter((word) => PLAIN.test(word)));
  const dutch = new Set(read('/usr/share/dict/dutch').map((word) => word.toLowerCase()).filter((word) => PLAIN.test(word)));
  for (const word of DUTCH_WORDS.split(' ')) dutch.add(word);

  /** The single words of the English analysis's classes, structures and objects, and the function words. */
  const analysisWords = new Set<string>(ENGLISH);
  const addWords = (source: string) => {
    for (const word of source.split(/[\s|_?*@]+/)) if (PLAIN.test(word)) analysisWords.add(word);
  };
  for (const phrases of Object.values(englishData.classes)) for (const phrase of phrases) addWords(phrase);
  for (const pattern of englishData.patterns) for (const source of pattern.match) addWords(source);
  for (const word of englishData.objects) addWords(word);
  for (const entry of loanwords.entries) addWords(entry.term);

  const englishOnly = new Set([...american, ...analysisWords].filter((word) => !dutch.has(word)));
  const shared = [...american].filter((word) => dutch.has(word));
  const stems = new Set([...englishOnly].filter((word) => word.length <= MAX_STEM_LETTERS && !baseForms(word).some((base) => englishOnly.has(base))));
  // A listed word must come back from its stem; one that does not (its stem is longer than allowed) is kept whole.
  for (const word of englishOnly) {
    if (word.length <= MAX_STEM_LETTERS && !stems.has(word) && !baseForms(word).some((base) => stems.has(base))) stems.add(word);
  }
  const dutchLookalikes = [...dutch].filter((word) => !american.has(word) && !stems.has(word) && baseForms(word).some((base) => stems.has(base)));

  const data = {
    about:
      'Afgeleid door `npm run data:language` (utils/cli/build-language-data.ts) uit de Debian-woordenlijsten wamerican ' +
      '(SCOWL, © Kevin Atkinson, vrij te gebruiken met vermelding) en wdutch (OpenTaal, BSD of CC-BY 3.0), plus de woorden ' +
      'van rules/data/english.json; niet met de hand bewerken. english: Engelse woorden die geen Nederlands woord zijn ' +
      '(stammen, tot 10 letters); shared: woorden die beide talen kennen; dutchLookalikes: Nederlandse woorden die op een ' +
      'Engelse stam met uitgang lijken.',
    english: frontCode(stems),
    shared: frontCode(shared),
    dutchLookalikes: frontCode(dutchLookalikes),
  };

  const classes = englishData.classes as Record<string, string[]>;
  const attackWords = new Set<string>();
  for (const name of ATTACK_CLASSES) {
    for (const phrase of [...(classes[name] ?? []), ...loanwords.entries.filter((entry) => entry.english.includes(name)).map((entry) => entry.term)]) {
      for (const word of phrase.split(/[\s|_?*@]+/)) if (PLAIN.test(word) && word.length > 2 && englishOnly.has(word) && !ENGLISH.has(word)) attackWords.add(word);
    }
  }
  // The structures' own words ("unfollow", "bleach"), outside the classes.
  for (const pattern of englishData.patterns) {
    for (const source of pattern.match) for (const word of source.split(/[\s|_?*]+/)) if (PLAIN.test(word) && word.length > 2 && englishOnly.has(word) && !ENGLISH.has(word)) attackWords.add(word);
  }
  const gate = {
    about:
      'Afgeleid door `npm run data:language` uit rules/data/english.json en wdutch (OpenTaal, BSD of CC-BY 3.0): de ' +
      'aanvalswoorden van de Engelse analyse die geen Nederlands woord zijn. Een bericht met zo een woord (of een Engels ' +
      'functiewoord) laat het content script het Engels lezen; niet met de hand bewerken.',
    words: frontCode(attackWords),
  };
  const reader = {
    about:
      'Afgeleid door `npm run data:language` uit rules/data/english.json: de losse woorden van de klassen van de Engelse ' +
      'analyse, als woordklassen voor de tweede lezer (rules/belediging/second-reader.ts); niet met de hand bewerken.',
    klassen: Object.fromEntries(READER_CLASSES.map((name) => [name, [...new Set((classes[name] ?? []).flatMap(singleWords))]])),
  };
  return { words: JSON.stringify(data) + '\n', gate: JSON.stringify(gate) + '\n', reader: JSON.stringify(reader) + '\n' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { words, gate, reader } = languageFiles();
  writeFileSync(OUTPUT, words);
  writeFileSync(GATE_OUTPUT, gate);
  writeFileSync(READER_OUTPUT, reader);
  console.log('→ rules/data/english-words.json, rules/data/english-attack-words.json, rules/data/tweede-lezer-engels.json');
}
