import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import leetspeak from '../../../rules/normalise/data/leetspeak.json';
import { normalise, readingOfFolded, skeletonOf } from '../../../rules/normalise/pipeline';
import { foldCodePoint } from '../../../rules/normalise/fold';

const skeletons = (text: string) => normalise(text).tokens.map((token) => token.skeleton);
const spans = (text: string) => normalise(text).tokens.map((token) => text.slice(token.start, token.end));

describe('folding', () => {
  it('drops zero-width and invisible characters', () => {
    expect(skeletons('k\u200Ban\u200Dk\uFEFFer\u00AD')).toEqual(['kanker']);
    expect(foldCodePoint(0x200b)).toBe('');
  });
  it('maps look-alike letters from other scripts and styled alphabets', () => {
    expect(skeletons('каnкеr')).toEqual(['kanker']); // Cyrillic к, а, е
    expect(skeletons('ｋａｎｋｅｒ')).toEqual(['kanker']); // full-width
    expect(skeletons('𝐤𝐚𝐧𝐤𝐞𝐫')).toEqual(['kanker']); // mathematical bold
    expect(skeletons('🇰🇺🇹')).toEqual(['kut']); // regional indicators
  });
  it('removes accents and lowers case', () => {
    expect(normalise('Één IDEEËN Café').tokens.map((token) => token.folded)).toEqual(['een', 'ideeen', 'cafe']);
  });
});

describe('leetspeak and repeats', () => {
  it('reads digits and symbols as letters inside words with letters', () => {
    expect(skeletons('k4nk3r h0m0 l0s3r h@ter $l3t')).toEqual(['kanker', 'homo', 'loser', 'hater', 'slet']);
  });
  it('leaves numbers, prices and times alone', () => {
    expect(skeletons('€5 om 10.30 en $5')).toEqual(['5', 'om', '10', '30', 'en', '5']);
  });
  it('keeps a masked letter inside the word', () => {
    expect(skeletons('k*nker k*t')).toEqual(['k*nker', 'k*t']);
  });
  it('does not read trailing punctuation as a letter', () => {
    expect(skeletons('kut!')).toEqual(['kut']);
  });
  it('collapses repeated letters on both sides alike', () => {
    expect(skeletons('kankerrrrr kaaaaanker')).toEqual(['kanker', 'kanker']);
    expect(skeletonOf('kkanker')).toBe(skeletonOf('kanker'));
  });
  it('reads every word letter by letter as the definition says, however it is typed (property)', () => {
    // The definition, one letter at a time: leetspeak read, apostrophes dropped, a run kept at most `longest` long.
    const leet = new Map(Object.entries(leetspeak.map));
    const byDefinition = (word: string, longest: number) => {
      const letters: string[] = [];
      for (const unit of word.split('')) {
        if (unit === "'" || unit === '’') continue;
        const letter = leet.get(unit) ?? unit;
        if (letters.length >= longest && letters.slice(-longest).every((before) => before === letter)) continue;
        letters.push(letter);
      }
      return letters.join('');
    };
    const typed = fc.string({ unit: fc.constantFrom(...'aaabeellott0134$@!|+*xyz\'’é🙂'.split('')) });
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ unit: 'grapheme' })), (word) => {
        expect(skeletonOf(word)).toBe(byDefinition(word, 1));
        expect(readingOfFolded(word)).toBe(byDefinition(word, 2));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('letters typed apart', () => {
  it('joins spaced, dotted and emoji-separated single letters', () => {
    expect(skeletons('jij k a n k e r')).toEqual(['jij', 'kanker']);
    expect(skeletons('k.u.t')).toEqual(['kut']);
    expect(skeletons('k🤬u🤬t')).toEqual(['kut']);
    expect(skeletons('k-a-n-k-e-r')).toEqual(['kanker']);
  });
  it('reads a lone digit for a letter between single letters, not digits on their own', () => {
    expect(skeletons('jij h 0 e r')).toEqual(['jij', 'hoer']);
    expect(skeletons('k 4 n k e r')).toEqual(['kanker']);
    expect(skeletons('groep 3 a b')).toEqual(['groep', '3', 'a', 'b']);
    expect(skeletons('1 2 3')).toEqual(['1', '2', '3']);
  });
  it('keeps two single letters and line breaks apart', () => {
    expect(skeletons('a b')).toEqual(['a', 'b']);
    expect(skeletons('q\nu\nx')).toEqual(['q', 'u', 'x']);
  });
  it('mends a known word cut by line breaks, with the whole vocabulary loaded as the engine has it', () => {
    // Before the vocabulary was generated (rules/data/woordenschat.json), this file saw only the
    // function words and "kut" stayed three letters here, while the engine, with every rule loaded, read "kut".
    expect(skeletons('k\nu\nt')).toEqual(['kut']);
  });
});

describe('words cut by a space, words typed as one, masked letters', () => {
  const words = (text: string) => normalise(text).tokens.map((token) => token.folded);
  it('mends a known word cut by one space when a piece is no word of its own', () => {
    expect(words('ik haat mos lims')).toEqual(['ik', 'haat', 'moslims']);
    expect(words('zijn onge dierte')).toEqual(['zijn', 'ongedierte']);
    expect(words('zijn waarde loos')).toEqual(['zijn', 'waardeloos']);
    expect(words('Sam en Ali en ik')).toEqual(['sam', 'en', 'ali', 'en', 'ik']);
    expect(spans('ik haat mos lims')).toEqual(['ik', 'haat', 'mos lims']);
  });
  it('keeps two words that are words apart, and a name after a space', () => {
    expect(words('ik weet wat je doet')).toEqual(['ik', 'weet', 'wat', 'je', 'doet']);
    expect(words('de pest en cholera')).toEqual(['de', 'pest', 'en', 'cholera']);
    expect(words('het nummer van Daan')).toEqual(['het', 'nummer', 'van', 'daan']);
  });
  it('splits a little word typed onto another, not a name or a compound', () => {
    expect(words('ikhaat jou')).toEqual(['ik', 'haat', 'jou']);
    expect(words('turkenzijn dom')).toEqual(['turken', 'zijn', 'dom']);
    expect(words('zij zijnwaardeloos')).toEqual(['zij', 'zijn', 'waardeloos']);
    expect(words('dat vindt Ikram ook')).toEqual(['dat', 'vindt', 'ikram', 'ook']);
    expect(words('de mongolen kwamen')).toEqual(['de', 'mongolen', 'kwamen']);
    expect(words('ikslajeinelkaar')).toEqual(['ik', 'sla', 'je', 'in', 'elkaar']);
    expect(words('meisjeskunnenniks')).toEqual(['meisjes', 'kunnen', 'niks']);
    expect(words('mijn adres is Wilhelminastraat 45')).toEqual(['mijn', 'adres', 'is', 'wilhelminastraat', '45']);
  });
  it('reads masks as the one known word that fits, and leaves them when several fit', () => {
    expect(words('ik haat m*slims')).toEqual(['ik', 'haat', 'moslims']);
    expect(words('zo waardel**s')).toEqual(['zo', 'waardeloos']);
    expect(words('k*t')).toEqual(['k*t']);
  });
});

describe('offsets back to the original text', () => {
  it('points at what was typed, through every transformation', () => {
    const text = 'Hé 𝐤𝐚𝐧𝐤𝐞𝐫, k a n k e r en kan\u200Bker!';
    expect(spans(text)).toEqual(['Hé', '𝐤𝐚𝐧𝐤𝐞𝐫', 'k a n k e r', 'en', 'kan\u200Bker']);
  });
  it('marks capitals and sentence starts', () => {
    const tokens = normalise('Ik zag Sanne. Daarna niks').tokens;
    expect(tokens.map((token) => [token.capitalised, token.sentenceStart])).toEqual([
      [true, true],
      [false, false],
      [true, false],
      [true, true],
      [false, false],
    ]);
  });
});
