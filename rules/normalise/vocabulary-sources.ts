import functionWords from './data/functiewoorden.json';
import { vocabularyWords } from './vocabulary';
import { frontCode } from '../front-coding';
import { lexiconVocabulary } from '../belediging/lexicon';
import { patternVocabulary } from '../belediging/patterns';
import { grammarVocabulary } from '../belediging/grammar/words';

/**
 * Every word the vocabulary (./vocabulary.ts) holds, computed from the sources: common Dutch words, the
 * word-list terms, the pattern words and the grammar's words. `npm run data:vocabulary` writes it to
 * rules/data/woordenschat.json; tests/unit/normalise/vocabulary-data.test.ts checks that file is current.
 */
export function computeVocabulary(): string[] {
  return vocabularyWords([...functionWords.words, ...lexiconVocabulary(), ...patternVocabulary(), ...grammarVocabulary()]);
}

/** The contents of rules/data/woordenschat.json. */
export function vocabularyData(): { about: string; words: string } {
  return {
    about: 'Gemaakt met npm run data:vocabulary uit de woordenlijsten, patronen en grammatica (rules/normalise/vocabulary-sources.ts); niet met de hand bewerken.',
    words: frontCode(computeVocabulary()),
  };
}
