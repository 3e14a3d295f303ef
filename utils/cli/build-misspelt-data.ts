/**
 * `npm run data:misspelt`: writes rules/data/geen-spelfout.json, the slips of attack words that are real
 * Dutch words ("gemeenste" without its s is "gemeente") or English words pupils use ("creeper" is no "crepeer"),
 * so the grammar never reads them as the attack word (rules/belediging/grammar/misspelt.ts); and the real words a slip of
 * one of the word list's sure words gives ("plakken", "polakken" without its o), so the list never reads them as one. Needs the Debian
 * word lists /usr/share/dict/dutch and /usr/share/dict/american-english (`apt-get install wdutch wamerican`;
 * OpenTaal, BSD or CC-BY 3.0; SCOWL, free with attribution); only the derived list ships. Run after
 * `npm run data:grammar`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { looselyMetWords } from '../../rules/belediging/grammar/words';
import { lexicon, lexiconTerms } from '../../rules/belediging/lexicon';
import reviewed from '../../rules/data/bronnen/woordenboek-treffers.json';
import { TextDocument } from '../../rules/document';
import { misspeltVariants } from '../../rules/belediging/grammar/misspelt';
import { frontCodeText } from '../../rules/front-coding';
import { gluedSplit, normalise, skeletonOf } from '../../rules/normalise/pipeline';

const OUTPUT = new URL('../../rules/data/geen-spelfout.json', import.meta.url);
/** The file's text, from the word lists and the grammar as they are now (a unit test compares it with the shipped file). */
export function misspeltFile(): string {
  const dutch = new Set(
    readFileSync('/usr/share/dict/dutch', 'utf8')
      .split('\n')
      .map((word) => word.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f'’]/g, ''))
      .filter((word) => /^[a-z]+$/.test(word)),
  );
  const dutchSkeletons = new Set([...dutch].map(skeletonOf));
  /** English words of four letters or more, as written (no names, no apostrophes). */
  const english = new Set(
    readFileSync('/usr/share/dict/american-english', 'utf8')
      .split('\n')
      .map((word) => word.trim())
      .filter((word) => /^[a-z]{4,}$/.test(word)),
  );
  const real = new Set<string>();
  const ambiguous = new Set<string>();
  for (const word of looselyMetWords()) {
    for (const variant of misspeltVariants(word)) {
      if (dutch.has(variant) || english.has(variant)) real.add(variant);
      // The reading wakes by skeleton ("gehaad" and "gehad" are one): a skeleton of a real word wakes nothing.
      else if (dutchSkeletons.has(skeletonOf(variant))) ambiguous.add(skeletonOf(variant));
    }
  }
  // The word list's sure words met slipped ("polakken" without its o): a slip that is a real word's skeleton is none.
  const englishSkeletons = new Set([...english].map(skeletonOf));
  const listSlips = lexicon()
    .slipKeys()
    .filter((key) => dutchSkeletons.has(key) || englishSkeletons.has(key))
    .sort();
  const words = [...real].sort();
  const innocent = innocentDictionaryWords([...readFileSync('/usr/share/dict/dutch', 'utf8').split('\n'), ...english]);
  return JSON.stringify({
    about: 'Slips of the grammar\'s attack words (one letter left out, two swapped) that are real Dutch or English words (woorden) or share their skeleton with a Dutch one (skeletten), the skeletons of real words that a slip of a sure word of the word list would also give (scheldwoorden), the real Dutch words the word list would read as abusive that a person judged innocent (echteWoorden, from rules/data/bronnen/woordenboek-treffers.json; eigenNamen: those the dictionary has only as names, innocent only when written with a capital), and the real Dutch words the glued-word reading would cut into words of their own (heleWoorden: "halsslagader" is no "hals sla ga der"), derived by utils/cli/build-misspelt-data.ts from OpenTaal\'s word list (/usr/share/dict/dutch, BSD or CC-BY 3.0) and SCOWL\'s American English list (/usr/share/dict/american-english, free with attribution). Front-coded.',
    woorden: frontCodeText(words),
    skeletten: frontCodeText([...ambiguous].sort()),
    scheldwoorden: frontCodeText(listSlips),
    echteWoorden: frontCodeText(innocent.words),
    eigenNamen: frontCodeText(innocent.names),
    heleWoorden: frontCodeText([...dutch].filter((word) => gluedSplit(word) !== undefined).sort()),
  }) + '\n';
}

/** Adjectives of peoples and languages, which Dutch writes with a capital ('Mongools', 'Nigerees'). */
const PEOPLES_ADJECTIVE = /(?:ees|isch|aans|ools|eens|iaans)$/;
/**
 * The dictionaries' words (Dutch, and English as pupils mix it in) that the word list reads as abusive, other than its
 * own terms ("sleetje" as "sletje", "tevens" as "teven"+s, "kankerkliniek", "moniker" as "nikker"), split by
 * rules/data/bronnen/woordenboek-treffers.json into abusive and innocent; the innocent ones are returned, common words
 * and names apart. A word read that the review does not name stops the build: someone has to judge it.
 */
export function innocentDictionaryWords(lines: readonly string[]): { words: string[]; names: string[] } {
  const terms = new Set(lexiconTerms().map((term) => normalise(term).folded));
  const read = new Set<string>();
  // A word the dictionary has only with a capital is a name ("Niger", "Losser"): innocent only when written so. Not the
  // adjectives of peoples and languages that Dutch also capitalises ("Mongools", "Nigerees"): innocent in any case.
  const common = new Set(lines.filter((line) => line === line.toLowerCase() || PEOPLES_ADJECTIVE.test(line.trim())).map((line) => normalise(line.trim()).folded));
  for (const line of lines) {
    const word = line.trim().toLowerCase();
    if (!/^\p{L}+$/u.test(word)) continue;
    const folded = normalise(word).folded;
    if (terms.has(folded) || read.has(folded)) continue;
    if (lexicon().find(new TextDocument(folded)).length > 0) read.add(folded);
  }
  const abusive = new Set(reviewed.kwetsend);
  const innocent = new Set(reviewed.onschuldig);
  const unjudged = [...read].filter((word) => !abusive.has(word) && !innocent.has(word)).sort();
  // An innocent word is not split into pieces (rules/normalise/vocabulary.ts), so it may no longer be read: only the abusive ones must be.
  const gone = [...abusive].filter((word) => !read.has(word)).sort();
  if (unjudged.length > 0 || gone.length > 0) {
    throw new Error(
      `rules/data/bronnen/woordenboek-treffers.json is out of date. Judge these dictionary words the word list reads: ${unjudged.join(' ') || '(none)'}; drop these it no longer reads: ${gone.join(' ') || '(none)'}`,
    );
  }
  return { words: [...innocent].filter((word) => common.has(word)).sort(), names: [...innocent].filter((word) => !common.has(word)).sort() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(OUTPUT, misspeltFile());
  console.log('→ rules/data/geen-spelfout.json');
}
