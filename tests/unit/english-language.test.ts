import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import attackWords from '../../rules/data/english-attack-words.json';
import { frontDecode } from '../../rules/front-coding';
import { ENGLISH, mayHoldEnglish } from '../../rules/english/function-words';
import '../../rules/english/in-node';
import { englishSentences, readSentence, sentences } from '../../rules/english/language';

describe('which sentences are English', () => {
  const table: Array<[text: string, reading: ReturnType<typeof readSentence>]> = [
    ["you're such a loser", 'english'],
    ['kys', 'english'],
    ['I will find you', 'english'],
    ['Ik ga je vinden', 'dutch'],
    ['jij bent echt een loser', 'dutch'],
    ['Wat een mooie dag vandaag', 'dutch'],
    // No function word, too short for franc: the language of the words decides. English words that are no
    // Dutch word, and none that is not English:
    ['fat cow', 'english'],
    ['drink bleach bro', 'english'],
    ['kys loser', 'english'],
    ['jayden u clown', 'unknown'],
    // A word that is not English, and none that is only English:
    ['dikke koe', 'dutch'],
    ['vieze bitch', 'dutch'],
    // Both, or only words both languages hold: undecided, both readings look.
    ['stuur nudes', 'unknown'],
    ['Loser', 'unknown'],
    ['bye loser', 'unknown'],
    // Long enough, undecided by function words: franc decides.
    ['Absolutely ridiculous performance yesterday evening, honestly', 'english'],
    ['Belachelijke voorstelling gisteravond, eerlijk gezegd zeg ik dat', 'dutch'],
    // Long runs with (almost) no function words are no sentence of either language.
    ['i k  m a a k  j e  a f  '.repeat(10), 'unknown'],
    ['Aad Aafje Aafke Aagje Aalbert Aaldert Will Mark Aaliyah Abdel Abdul Abe Abel Abraham Achmed Ada Adam Adri Adriaan Adrianus Agnes Aida Albert Alex', 'unknown'],
    // One English word among a short sentence's words still decides it.
    ["Sanne's in my class now.", 'english'],
    // A word typed with digits or symbols stays one word: its pieces ("h", "te") are no Dutch words.
    ['I h4te women', 'english'],
    ['I h@te women', 'english'],
    ['ik h4at je', 'dutch'],
  ];
  for (const [text, reading] of table) it(`${text} → ${reading}`, () => expect(readSentence(text)).toBe(reading));

  it('splits sentences, not after Mr. or Mrs.', () => {
    expect(sentences('Mr. Smith is late. Dat is raar!\nok').map((sentence) => sentence.text)).toEqual(['Mr. Smith is late.', 'Dat is raar!', 'ok']);
  });

  it('keeps the English sentences of a mixed post, with their offsets', () => {
    const text = 'Wat een dag. You are such a clown.';
    const [english] = englishSentences(text);
    expect(english?.text).toBe('You are such a clown.');
    expect(text.slice(english!.start, english!.end)).toBe('You are such a clown.');
    expect(englishSentences('Dit is een gewoon Nederlands bericht over de klas')).toEqual([]);
  });
});

describe('the first look for English (every post pays it)', () => {
  // What the look was before it became one pass over the characters: a regular expression over all words.
  const words = [...ENGLISH, ...frontDecode(attackWords.words)];
  const QUICK = new RegExp(`(?<![a-z])(?:${words.join('|')})(?![a-z])`, 'i');
  // An apostrophe between letters is left out ("don't" is "dont").
  // A post of at most two runs of letters, one of them eight or longer, may be a sentence typed without spaces.
  const gluedPost = (text: string) => {
    const runs = text.match(/[a-z]+/gi) ?? [];
    return runs.length <= 2 && runs.some((run) => run.length >= 8);
  };
  const reference = (typed: string) => {
    const text = typed.replace(/(?<=[a-z])['’](?=[a-z])/gi, '');
    return QUICK.test(text) || QUICK.test(text.replace(/([a-z])\1{2,}/gi, '$1')) || gluedPost(text);
  };
  const pieces = fc.oneof(
    fc.constantFrom(...words, 'de', 'het', 'meisjes', 'Youuu', 'SOOO', 'thhhe', 'kill3r', "don't", 'café', 'İstanbul', 'ſo', 'straße'),
    fc.constantFrom(' ', '.', ',', "'", '’', '1', '@', '_', '\n', 'é', 'ß', '😀'),
    fc.string({ maxLength: 6 }),
  );

  it('finds an English word where the regular expression did, and only there', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(mayHoldEnglish(text)).toBe(reference(text));
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });

  it('reads words typed with a letter repeated, in any case', () => {
    expect(mayHoldEnglish('Wat een dag YOUUU')).toBe(true);
    expect(mayHoldEnglish('Wat een mooie dag, tot morgen allemaal')).toBe(false);
    // No function word, but an English attack word that is no Dutch word.
    expect(mayHoldEnglish('fat cow')).toBe(true);
    expect(mayHoldEnglish('dikke koe')).toBe(false);
    // A run is long by its letters: an apostrophe inside does not make "aa'thing" a sentence typed without spaces.
    expect(mayHoldEnglish("aa'thing")).toBe(false);
  });

  it('reads on in a post typed as one run of letters, not in a Dutch sentence with a long word', () => {
    expect(mayHoldEnglish('Ihatewomen')).toBe(true);
    expect(mayHoldEnglish('youarepathetic!!')).toBe(true);
    expect(mayHoldEnglish('Wat een gezellige verjaardagstaart')).toBe(false);
    expect(englishSentences('Ihatewomen')).toHaveLength(1);
    expect(englishSentences('womenaretrash')).toHaveLength(1);
    // A Dutch run has a piece that is no English word.
    expect(englishSentences('ikhaatvrouwen')).toHaveLength(0);
    expect(englishSentences('aandeelhouders')).toHaveLength(0);
  });
});
