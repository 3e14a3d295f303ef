import { describe, expect, it } from 'vitest';
import { englishSentences, readSentence, sentences } from '../../rules/english/language';

describe('which sentences are English', () => {
  const table: Array<[text: string, reading: ReturnType<typeof readSentence>]> = [
    ["you're such a loser", 'english'],
    ['kys', 'english'],
    ['I will find you', 'english'],
    ['Ik ga je vinden', 'dutch'],
    ['jij bent echt een loser', 'dutch'],
    ['Wat een mooie dag vandaag', 'dutch'],
    // Neither decides, and too short for franc: left alone.
    ['Loser', 'unknown'],
    ['haha lol', 'unknown'],
    // Long enough, undecided by function words: franc decides.
    ['Absolutely ridiculous performance yesterday evening, honestly', 'english'],
    ['Belachelijke voorstelling gisteravond, eerlijk gezegd zeg ik dat', 'dutch'],
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
