import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { aboutSomeone, GOOD_NEWS, mediaOfSomeone, MINE, MOCKED, negatedAt, PERMISSION } from './coercion';
import { type Attack, type Reading, FIRST_PERSON, hasAnyFrom, hasWords, HEART_EMOJI, LAUGHTER, NO_FRAMES, stretchText } from './reading';

/**
 * Making someone a laughing stock: something that shames a person, put where others see it. Three things, each
 * its own words, in a sentence and the ones beside it: a person (named, pointed at or addressed), showing or
 * spreading in the sentence itself ("zet het in de groep", "kijk", "gaat rond", "1000 views", "gefilmd") and
 * what shames them ("huilend", "op de wc", "luizen", "de voedselbank", "zijn dagboek"). Two of the three are
 * common in kind posts; the three together rarely are. Not when denied, condemned, reported, news, a quote or
 * sport; not kind, good news, illness told with care ("opgenomen in het ziekenhuis"), or with leave asked; not the writer as the one shown.
 *
 * Without a word of shame, someone else's things spread are shaming too when they are private by nature (their
 * chats, messages, voice memos, diary: "de berichten van Daan aan zijn ex gaan rond") or spread with a laugh
 * ("zijn voicememo gaat naar de hele jaarlaag lol"): then a place that says little alone ("online", "rond") counts.
 */

/** Classes that show or spread something, or name the crowd that will see it. */
const SHOWING_CLASSES = ['publiek', 'doorvertellen', 'opname', 'blootstellen'] as const;
/** Words of the spreading classes that say nothing of showing by themselves ("luizen opgelopen op school", "we kijken een film"). */
const SAYS_LITTLE = new Set(['op school', 'online', 'rond', 'openbaar', 'met iedereen', 'delen', 'film', 'camera']);
/** Who "kijk" is said by when it is no call to look ("ik kijk tv", "we kijken een film"). */
const LOOKING_SUBJECTS = new Set([...FIRST_PERSON, 'je', 'jij', 'jullie', 'hij', 'ze', 'zij']);
// With chat's contractions: "kheb een crush op …", "kzat te huilen".
const WRITER = new Set([...FIRST_PERSON, 'me', 'mij', 'kheb', 'kben', 'kzat', 'kwas']);
/** Someone else's, right before what shames or shows them: "zijn dagboek", "haar foto". */
const THEIRS = new Set(['zijn', 'zn', 'haar', 'dr', 'jouw', 'hun']);
/** How far before the shameful word the writer may stand as its subject ("ik zat te huilen"). */
const WRITER_REACH = 3;

/** Words of those classes that never spread anything: filming is no showing, and everyone at school is no crowd shown to. */
const NEVER_SPREADS = new Set(['op school', 'met iedereen', 'film', 'camera']);
/**
 * Private by nature: someone's words to someone else, spread without a word of shame ("opname", "brief", "rapport" may be
 * anyone's: they need a laugh).
 */
const PRIVATE_WORDS = new Set(['voice memo', 'voicememo', 'spraakbericht', 'spraakmemo', 'spraakberichtje', 'dms', 'chat', 'chats', 'chatgesprek', 'dagboek', 'berichten', 'appjes', 'zoekgeschiedenis', 'liefdesbrief', 'geheimen']);
/** The private words rare enough in kind posts to wake the grammar alone (rules/belediging/grammar/analyse.ts): "zijn voicememo" names no one. */
export const PRIVATE_CUES = ['voice memo', 'voicememo', 'spraakbericht', 'spraakmemo', 'spraakberichtje', 'dagboek', 'zoekgeschiedenis', 'liefdesbrief', "dm's"];

/**
 * A call to show or spread in the sentence, not denied; undefined if any is denied ("niet doorsturen, …"). `quietWords`
 * are the words of those classes left out as saying too little by themselves.
 */
function showing(read: Reading, from: number, to: number, quietWords: ReadonlySet<string> = SAYS_LITTLE): PhraseMatch | undefined {
  const { classes } = read;
  const readings = classes.readings;
  const found = SHOWING_CLASSES.flatMap((name) => classes.all(name, from, to))
    .filter((match) => !quietWords.has(readings.slice(match.firstToken, match.lastToken + 1).join(' ')))
    .filter((match) => !(readings[match.firstToken]!.startsWith('kijk') && LOOKING_SUBJECTS.has(readings[match.firstToken - 1] ?? '')));
  if (found.some((match) => negatedAt(classes, match.firstToken))) return undefined;
  return found.sort((a, b) => a.firstToken - b.firstToken)[0];
}

/** Pictures and private words in the stretch: whose they are stands right before or after them. */
function media(read: Reading, from: number, to: number): PhraseMatch[] {
  return [...read.classes.all('beeld', from, to), ...read.classes.all('prive_media', from, to)];
}

/** The writer is the one shown: "een filmpje van mij", "mijn dagboek", "gefilmd hoe ik huilde". */
function ofTheWriter(read: Reading, shaming: PhraseMatch, from: number, to: number): boolean {
  const readings = read.classes.readings;
  const own = media(read, from, to).some((match) => MINE.has(readings[match.firstToken - 1] ?? '') || (readings[match.lastToken + 1] === 'van' && WRITER.has(readings[match.lastToken + 2] ?? '')));
  return own || hasAnyFrom(readings, Math.max(from, shaming.firstToken - WRITER_REACH), shaming.firstToken, WRITER);
}

export function exposure(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames } = read;
  const readings = classes.readings;
  const end = doc.tokens.length;
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    // A place that says little alone ("online", "rond") only for someone's private things or a laugh (below).
    const strict = showing(read, from, to);
    const wide = strict ?? showing(read, from, to, NEVER_SPREADS);
    if (!wide) continue;
    const before = sentenceStart[Math.max(0, sentence - 1)]!;
    const after = sentenceStart[sentence + 2] ?? end;
    const guarded = [sentence - 1, sentence, sentence + 1].some((at) => {
      const frame = frames.get(at) ?? NO_FRAMES;
      return frame.has('tegenspraak') || frame.has('meld') || frame.has('nieuws') || frame.has('citaat') || frame.has('sport') || frame.has('ziekte_context');
    });
    if (guarded) continue;
    // Each of the three its own words: "opgenomen" is no showing and shame at once.
    const shamed = strict && classes.all('beschamend', before, after).find((match) => match.lastToken < strict.firstToken || match.firstToken > strict.lastToken);
    // Someone else's private things or a picture with a laugh: whose they are is already known.
    const byWord = shamed && !ofTheWriter(read, shamed, before, after);
    const shaming = byWord ? shamed : privateOrMocked(read, doc, before, after);
    if (!shaming) continue;
    const shown = byWord ? strict! : wide;
    const inMatch = (token: number) => (token >= shown.firstToken && token <= shown.lastToken) || (token >= shaming.firstToken && token <= shaming.lastToken);
    const theirs = [shaming, ...media(read, before, after)].some((match) => THEIRS.has(readings[match.firstToken - 1] ?? ''));
    if (!theirs && !aboutSomeone(read, before, after, inMatch)) continue;
    if (classes.first('positief', before, after) || hasAnyFrom(readings, before, after, GOOD_NEWS) || HEART_EMOJI.test(stretchText(doc, before, after))) continue;
    // Leave asked or consent given, also in the sentence before or after: "Iedereen heeft toestemming gegeven. Kijk …".
    if (PERMISSION.some((words) => hasWords(readings, before, after, words))) continue;
    // "gaat rond" says little to a reader: someone's things spread are what to mark.
    report('vernederen', shown === strict ? shown : shaming);
    return;
  }
}

/**
 * Someone else's things that shame by being spread at all: private by nature, or pictures and recordings of them spread
 * with a laugh in the sentence or the ones beside it. The thing is theirs: a possessive before it or someone after "van".
 */
function privateOrMocked(read: Reading, doc: TextDocument, from: number, to: number): PhraseMatch | undefined {
  const readings = read.classes.readings;
  const theirs = media(read, from, to).filter((match) => THEIRS.has(readings[match.firstToken - 1] ?? '') || mediaOfSomeone(read, match));
  const isPrivate = (match: PhraseMatch) => PRIVATE_WORDS.has(readings.slice(match.firstToken, match.lastToken + 1).join(' '));
  const text = stretchText(doc, from, to);
  return theirs.find(isPrivate) ?? (LAUGHTER.test(text) || MOCKED.test(text) || MOCKING_WORDS.some((words) => hasWords(readings, from, to, words)) ? theirs[0] : undefined);
}
/** Said of what is spread: for laughs. */
const MOCKING_WORDS = [['lekker', 'lachen'], ['lachen', 'om'], ['veel', 'plezier'], ['graag', 'gedaan'], ['lachen', 'geblazen']];

