import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { type Attack, type Reading, blockingTheWriter, hasAny, hasAnyFrom, hasWords, indexIn, NO_FRAMES, FIRST_PERSON, stretchText } from './reading';

/** Sexual coercion told over a sentence or two: pictures, pressure, blame for clothes, filming. */

const SENDING = new Set(['stuur', 'stuurt', 'sturen', 'send']);
/**
 * What is told of someone to an audience, within a few words of it ("iedereen op de afdeling"): "dat je …", or "wat je …"
 * with a deed ("wat je op dat feest gedaan hebt"; not "wat je gemist hebt").
 */
const THAT_YOU = [['dat', 'je'], ['dat', 'jij']];
const WHAT_YOU = [['wat', 'je'], ['wat', 'jij']];
const DEEDS = new Set(['gedaan', 'gezegd', 'gestuurd', 'geschreven', 'gepost', 'geappt', 'uitgespookt', 'uitgevreten', 'geflikt', 'gelapt', 'doet', 'deed', 'zei', 'stuurde']);
const SECRET_REACH = 6;
const OFF = new Set(['uit', 'af']);
/** "als je (me vanavond) geen/niet …", "als jij je klacht bij HR niet intrekt": a condition with a denial within a few words. */
const DENIAL_REACH = 8;
function deniedCondition(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i + 1 < to; i++) {
    if (readings[i] !== 'als' || (readings[i + 1] !== 'je' && readings[i + 1] !== 'jij')) continue;
    for (let k = i + 2; k < Math.min(to, i + DENIAL_REACH); k++) if (readings[k] === 'geen' || readings[k] === 'niet') return { firstToken: i, lastToken: k, start: 0, end: 0 };
  }
  return undefined;
}

/**
 * "als je me blokt, …", "als jij nog iets zegt, …": a condition on what the one addressed does to the writer or tells.
 * Not one on what they have or want ("als je de foto's hebt, zet ze in de groep"); leave asked is told apart by the caller.
 */
function condition(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i + 1 < to; i++) {
    if (readings[i] !== 'als' || (readings[i + 1] !== 'je' && readings[i + 1] !== 'jij')) continue;
    if (hasAnyFrom(readings, i + 2, Math.min(to, i + 6), AGAINST_THE_WRITER)) return { firstToken: i, lastToken: i + 1, start: 0, end: 0 };
  }
  return undefined;
}
/** "…, of deze gaat rond": "or" and a word pointing back at the picture named before (the rest of the threat follows). */
function orElse(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i + 1 < to; i++) if (readings[i] === 'of' && POINTING.has(readings[i + 1]!)) return { firstToken: i, lastToken: i + 1, start: 0, end: 0 };
  return undefined;
}
const POINTING = new Set(['deze', 'die', 'dit', 'dat', 'ze', 'hij', 'het']);

/**
 * "krijgt je hele klas ze", "ziet je vader die video", "krijgen al je volgers ze te zien": a verb of getting or seeing with
 * an audience in the same clause, in any order (the phrase list holds the fixed ones).
 */
function audienceGets(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i < to; i++) {
    if (!GETTING.has(readings[i]!)) continue;
    for (let k = Math.max(from, i - AUDIENCE_REACH); k < Math.min(to, i + AUDIENCE_REACH + 1); k++) if (AUDIENCE.has(readings[k]!)) return { firstToken: Math.min(i, k), lastToken: Math.max(i, k), start: 0, end: 0 };
  }
  return undefined;
}
const GETTING = new Set(['krijgt', 'krijgen', 'ziet', 'zien', 'ontvangt', 'ontvangen']);
const AUDIENCE = new Set(['iedereen', 'klas', 'school', 'jaarlaag', 'team', 'groep', 'volgers', 'vader', 'moeder', 'ouders', 'pa', 'ma', 'vriendje', 'vriendinnetje', 'ex', 'broer', 'zus', 'mentor']);
/** How far from the verb the audience may stand ("krijgt je hele klas ze": two words between). */
const AUDIENCE_REACH = 4;

/**
 * "ik blijf je appen tot je een foto stuurt", "k blijf je snappen tot je toegeeft": the writer keeps at someone until
 * they give in. Not keeping at one's own work ("tot ik het kan"), nor until someone is safe ("tot je thuis bent").
 */
function keepsAtUntilGiven(readings: string[], from: number, to: number): PhraseMatch | undefined {
  for (let i = from; i < to; i++) {
    if (!KEEP_ON.has(readings[i]!) || !(FIRST_PERSON.has(readings[i - 1] ?? '') || FIRST_PERSON.has(readings[i + 1] ?? ''))) continue;
    for (let until = i + 2; until < Math.min(to, i + 8); until++) {
      if (!UNTIL.has(readings[until]!)) continue;
      if (!hasAnyFrom(readings, i + 1, until, PESTERING) || !GIVER.has(readings[until + 1] ?? '')) break;
      if (hasAnyFrom(readings, until + 2, Math.min(to, until + 8), GIVING_IN)) return { firstToken: i, lastToken: until + 1, start: 0, end: 0 };
      break;
    }
  }
  return undefined;
}
const KEEP_ON = new Set(['blijf', 'blijven', 'keep', 'keeping']);
const UNTIL = new Set(['tot', 'totdat']);
const PESTERING = new Set(['appen', 'sturen', 'vragen', 'berichten', 'dmen', 'snappen', 'spammen', 'taggen', 'stalken', 'zeuren', 'bellen', 'mailen']);
const GIVER = new Set(['je', 'jij', 'ze', 'zij', 'hij', 'u']);
/** What giving in is: a yes, a picture, a meeting, unblocking. */
const GIVING_IN = new Set(['ja', 'toegeeft', 'toegeven', 'foto', 'fotos', 'pic', 'pics', 'nudes', 'afspreekt', 'deblokkeert', 'meegaat', 'zwicht', 'kusje', 'zoen']);

/**
 * A no or a block from someone else in the post: "je zei nee", "als je nee zegt", "je hebt me geblokt", "blokkeren heeft
 * geen zin", "you said no". Not the writer's own no or block, nor a parent's or a teacher's no. The token, or -1.
 */
function theirRefusal(readings: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const word = readings[i]!;
    if (NO.has(word) && (SAYING.has(readings[i - 1] ?? '') || SAYING.has(readings[i + 1] ?? '') || SAYING.has(readings[i - 2] ?? ''))) {
      const before = readings.slice(Math.max(from, i - 4), i);
      if (before.some((other) => REFUSERS.has(other)) && !before.some((other) => NOT_APPROACHED.has(other))) return i;
    }
    if (blockingTheWriter(readings, { firstToken: i, lastToken: i })) return i;
  }
  return -1;
}
const NO = new Set(['nee', 'no']);
const SAYING = new Set(['zei', 'zeg', 'zegt', 'zeggen', 'gezegd', 'zeiden', 'said', 'say', 'says', 'saying']);
const REFUSERS = new Set(['je', 'jij', 'ze', 'zij', 'hij', 'u', 'you', 'she', 'he', 'een']);

/**
 * The writer going on anyway: keeping at it, not stopping or giving up, a new account or number, asking again.
 * Not when the sentence gives up ("ik vraag het niet meer", "I'm not going to keep asking"). The token, or -1.
 */
function writerPersists(readings: string[], from: number, to: number): number {
  if (!hasAnyFrom(readings, from, to, WRITER)) return -1;
  const accepts = hasAnyFrom(readings, from, to, GIVING_UP);
  for (let i = from; i < to; i++) {
    const word = readings[i]!;
    const deniedBefore = hasAnyFrom(readings, Math.max(from, i - 3), i, DENIALS);
    // "ik stop echt niet", "ik geef niet op", "i won't stop".
    if ((STOPPING.has(word) && (hasAnyFrom(readings, i + 1, Math.min(to, i + 3), DENIALS) || deniedBefore)) || (word === 'geef' && hasWords(readings, i + 1, Math.min(to, i + 4), ['niet', 'op']))) return i;
    if (accepts) return -1;
    // "ik blijf het vragen", "i keep texting"; not "ik blijf gewoon mezelf".
    if (KEEP_ON.has(word) && !deniedBefore && (hasAnyFrom(readings, i + 1, Math.min(to, i + 7), PESTERING) || hasAnyFrom(readings, i + 1, Math.min(to, i + 7), KEPT_AT))) return i;
    // "ik maak gewoon een ander account", "i already have the new one".
    if (ANOTHER.has(word) && hasAnyFrom(readings, i + 1, Math.min(to, i + 3), ACCOUNTS) && !deniedBefore) return i;
    // "ik vraag het gewoon nog een keer", "i'll ask again".
    if (ASKING.has(word) && hasAnyFrom(readings, i + 1, Math.min(to, i + 8), AGAIN) && !hasAnyFrom(readings, i + 1, Math.min(to, i + 4), DENIALS)) return i;
  }
  return -1;
}
const WRITER = new Set(['ik', 'k', 'i', 'im', 'ill']);
const DENIALS = new Set(['niet', 'nie', 'not', 'never', 'wont', 'nooit', 'geen']);
const STOPPING = new Set(['stop', 'stoppen', 'stopt', 'ophouden', 'hou']);
/** Accepting the no: the writer gives up ("dat respecteer ik", "is ook chill"). */
const GIVING_UP = new Set(['respecteer', 'respect', 'respecteren', 'chill', 'prima', 'oke', 'fine']);
/** What the writer keeps at, beside PESTERING: asking, trying, waiting, following, texting. */
const KEPT_AT = new Set(['vraag', 'proberen', 'wachten', 'volgen', 'sturen', 'stuur', 'berichtjes', 'asking', 'texting', 'messaging', 'trying', 'calling', 'waiting', 'following', 'dming']);
const ANOTHER = new Set(['ander', 'andere', 'nieuw', 'nieuwe', 'tweede', 'other', 'new', 'another']);
const ACCOUNTS = new Set(['account', 'accounts', 'nummer', 'insta', 'profiel', 'number', 'one', 'snap', 'tiktok']);
const ASKING = new Set(['vraag', 'vragen', 'probeer', 'proberen', 'ask', 'try']);
const AGAIN = new Set(['keer', 'eens', 'opnieuw', 'again']);

const AGAINST_THE_WRITER = new Set(['zegt', 'vertelt', 'klikt', 'meldt', 'blokt', 'blokkeert', 'verklikt', 'verraadt', 'uitmaakt', 'dumpt', 'negeert', 'ontvolgt']);
/** A condition on what the one addressed wants is an offer ("als je nog foto's wil", "als je er niet op wil staan"). */
const WANTING = new Set(['wil', 'wilt', 'willen', 'wilde']);
/** A no to be overruled ("nog één keer nee en …"): something was asked of them. */
const REFUSING = new Set(['nee', 'weigeren', 'weigert']);

/** The writer's own pictures: "mijn foto's", "de foto's van mij", "die van mij" (the pictures pointed back at). */
function ownMedia(readings: string[], media: PhraseMatch, from: number, to: number): boolean {
  const of = media.lastToken + 1;
  return MINE.has(readings[media.firstToken - 1] ?? '') || (readings[of] === 'van' && ME.has(readings[of + 1] ?? '')) || hasWords(readings, from, to, ['die', 'van', 'mij']) || hasWords(readings, from, to, ['die', 'van', 'me']);
}
const ME = new Set(['mij', 'me']);
/** The writer's own: "mijn foto's". */
export const MINE = new Set(['mijn', 'mn']);

/** News that is passed on to be shared in: a birthday, a win, a pass. */
export const GOOD_NEWS = new Set(['jarig', 'verjaardag', 'feliciteer', 'feliciteren', 'gefeliciteerd', 'gewonnen', 'geslaagd', 'kampioen', 'welkom', 'beterschap', 'trots', 'zwanger', 'geboren', 'verloofd', 'getrouwd']);
/** Plans passed on ("we verzamelen om 8 uur, zeg het door aan Tim"): arrangements, not gossip. */
const PLANS = new Set(['verzamelen', 'verzamel', 'afgelast', 'uitgevallen', 'valt', 'rooster', 'verplaatst', 'uur', 'training', 'repetitie', 'afspraak', 'begint', 'vertrekt', 'bus', 'trein', 'vrij', 'mee', 'meenemen', 'kom', 'komen']);
/** Papers of school life passed on to the class: notes for a test, a letter from the head ("de brief van de directeur in de groep gezet"). */
const SCHOOL_PAPERS = new Set(['samenvatting', 'samenvattingen', 'aantekeningen', 'huiswerk', 'uitwerkingen', 'planner', 'planning', 'nieuwsbrief', 'directeur', 'directie', 'rector', 'schoolleiding', 'uitnodiging', 'inschrijving', 'formulier']);
/** Asking leave first is the opposite of spreading: "mag ik je foto delen?", "vind je het goed als …". */
export const PERMISSION = [['toestemming'], ['mag', 'ik'], ['mogen', 'we'], ['vind', 'je', 'het', 'goed'], ['is', 'het', 'goed'], ['oke', 'als'], ['ok', 'als'], ['goed', 'als'], ['goed', 'vindt'], ['goed', 'vinden'], ['oke', 'vindt'], ['als', 'je', 'wil'], ['als', 'je', 'wilt'], ['als', 'jij', 'wil'], ['als', 'jullie', 'willen']];
const OF_SOMEONE = new Set(['jou', 'je', 'haar', 'hem', 'jullie']);
const WHOSE = new Set(['je', 'jouw', 'haar', 'zijn', 'jullie']);
/** A picture of someone else: "die foto van jou", "dat filmpje van haar", "je foto"; not "van jou en mij". */
function pictureOfSomeone(readings: string[], picture: PhraseMatch | undefined): boolean {
  if (!picture) return false;
  const after = picture.lastToken + 1;
  if (readings[after] === 'van' && OF_SOMEONE.has(readings[after + 1] ?? '')) return readings[after + 2] !== 'en';
  return WHOSE.has(readings[picture.firstToken - 1] ?? '');
}

/** Offering someone's picture or words around: "wie wil … zien / horen / hebben", "dm mij". */
const OFFERING = [['wie', 'wil'], ['dm', 'mij'], ['dm', 'me'], ['app', 'mij'], ['wie', 'wilt']];
/** Showing it to all, "hier is de video van …", "lees maar": an offer only with a laugh or a skull beside it (a nice video is shown so too). */
const SHOWING = [['hier', 'is'], ['hier', 'een'], ['hier', 'de'], ['lees', 'maar'], ['bewijs', 'hierboven'], ['iedereen', 'moet']];
export const MOCKED = /[💀🤣🤡🙈]|\b(?:lmao|loser)\b/iu;
/** A sentence that opens with these is the writer's, "ik" left out ("heb het in de groep gezet"). */
const WRITER_VERBS_ALONE = new Set(['heb', 'had', 'ben']);
/** Orders to spread: "zet die video op tiktok", "stuur die foto door". */
const SPREAD_ORDERS = new Set(['zet', 'stuur', 'post', 'deel', 'verspreid', 'upload']);
const YOURS = new Set(['je', 'jouw', 'jullie', 'uw']);
const DETERMINERS = new Set(['de', 'het', 'een', 'ons', 'onze', 'mijn', 'mn', 'die', 'dat', 'deze', 'dit', 'jullie']);
const OF_SOMEONE_MORE = new Set([...OF_SOMEONE, 'jouw', 'zijn', 'zn', 'dr']);
/** Media of someone: a possessive before, or "van" and someone after ("de screenshot van wat emma stuurde": within a few words). */
export function mediaOfSomeone(read: Reading, media: PhraseMatch): boolean {
  const readings = read.classes.readings;
  if (WHOSE.has(readings[media.firstToken - 1] ?? '') || readings[media.firstToken - 1] === 'zn') return true;
  // "de screenshot zien van …", "die opname horen van …": a verb of seeing between.
  const after = readings[media.lastToken + 1] === 'van' ? media.lastToken + 1 : readings[media.lastToken + 2] === 'van' ? media.lastToken + 2 : -1;
  if (after < 0) return sentBySomeone(read, media);
  for (let k = after + 1; k < Math.min(readings.length, after + 5); k++) {
    const type = read.targets[k]?.type;
    if (OF_SOMEONE_MORE.has(readings[k]!) || type === 'naam' || type === 'derde' || type === 'jij') return readings[k + 1] !== 'en' || !WITH_THE_WRITER.has(readings[k + 2] ?? '');
    // "die video van mo die huilt": someone named bare (no "de", "ons" before), who does something.
    if (readings[k] === 'die' && k >= after + 2 && !DETERMINERS.has(readings[after + 1]!)) return true;
  }
  return false;
}
/** "de dm's die Sven stuurde", "de berichten zien die ze schreef": whose they are told in a clause right after. */
function sentBySomeone(read: Reading, media: PhraseMatch): boolean {
  const readings = read.classes.readings;
  const clause = [media.lastToken + 1, media.lastToken + 2].find((k) => RELATIVE.has(readings[k] ?? ''));
  if (clause === undefined) return false;
  for (let k = clause + 1; k < Math.min(readings.length, clause + 3); k++) {
    const type = read.targets[k]?.type;
    if (type === 'naam' || type === 'derde' || type === 'jij') return true;
  }
  return false;
}
const RELATIVE = new Set(['die', 'dat', 'wat']);
/** "van jou en mij": the writer is in it too. */
const WITH_THE_WRITER = new Set(['mij', 'me', 'ik', 'mijn', 'mn', 'ons', 'onze']);

/** How far after the no its overriding may stand, in words. */
const NO_REACH = 16;
/** What a favour is asked for in return: a lap, a kiss, a picture, going along to the toilets. */
const FAVOURS_ASKED = new Set(['schoot', 'kus', 'kusje', 'zoen', 'zoenen', 'zoentje', 'wc', "wc's", 'kleedkamer', 'naaktfoto', 'aanraken']);
/** Whose no is not one overridden: the writer's, a parent's. */
const NOT_APPROACHED = new Set(['ik', 'k', 'we', 'wij', 'moeder', 'vader', 'mama', 'papa', 'mam', 'pap', 'ouders', 'juf', 'mentor', 'meester']);
const WHAT = new Set(['wat', 'wa']);
/** A look of lust, or eyes on someone, beside what is under their clothes. */
const LUSTFUL_LOOK = /[😏😉😜🥵🤤👅💦👀😈]/u;
/** Kisses, winks and smirks: someone approached. */
const FLIRTING_EMOJI = /[😘😏😍🥵💋😉😜]/u;
/** A secret kept from parents for their sake: a surprise, a present, a party. */
const SURPRISES = new Set(['verrassing', 'verrassingsfeest', 'surprise', 'cadeau', 'cadeautje', 'kado', 'feest', 'feestje', 'verjaardag', 'jarig', 'taart', 'moederdag', 'vaderdag']);

/** A leer: a smirk, drooling, heat, eyes, a tongue (a heart or heart-eyes admire). */
const LEERING = /[😏🤤🥵👀👅💦]/u;

/** Taking a picture: "een foto van je gemaakt". */
const TAKING = new Set(['gemaakt', 'maken', 'maak', 'genomen', 'neem', 'nemen']);

/**
 * Sexual coercion, told over a sentence or two and often without a target word: a picture with a threat
 * to spread it ("Foto's. Nu. Of ik stuur alles naar je moeder."), pressure to send one ("stuur gewoon een
 * pic, niemand ziet het"), blame for clothes ("met zo'n rokje vraag je erom"), filming someone undressing.
 */
export function coercion(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  const { classes, sentenceStart, frames } = read;
  const end = doc.tokens.length;
  // Once per text: a sentence that asks for it would otherwise read the whole text again.
  let flirting: boolean | undefined;
  const flirts = () => (flirting ??= FLIRTING_EMOJI.test(doc.text));
  const sexual = (from: number, to: number) => classes.first('seks_object', from, to) ?? classes.first('seks_lichaam', from, to) ?? classes.first('seks_adj', from, to) ?? classes.first('kleding', from, to);
  // Their no or block, anywhere before: the writer going on is read after it.
  const refusal = theirRefusal(classes.readings, 0, end);
  for (let sentence = 0; sentence < sentenceStart.length; sentence++) {
    const from = sentenceStart[sentence]!;
    const to = sentenceStart[sentence + 1] ?? end;
    const frame = frames.get(sentence) ?? NO_FRAMES;
    if (frame.has('tegenspraak') || frame.has('citaat') || frame.has('nieuws')) continue;
    // "Foto's. Nu. Of ik stuur alles naar je moeder.": the picture may stand two short sentences before.
    const before = sentenceStart[Math.max(0, sentence - 2)]!;
    const after = sentenceStart[sentence + 2] ?? end;
    const image = classes.first('beeld', before, to) ?? classes.first('seks_object', before, to);
    // A condition, also with words between ("als je me vanavond geen naaktfoto stuurt", "als je me blokt").
    const forced = classes.first('dwang', from, to) ?? deniedCondition(classes.readings, from, to) ?? condition(classes.readings, from, to) ?? orElse(classes.readings, from, to);
    const spread = classes.first('blootstellen', from, to) ?? audienceGets(classes.readings, from, to);
    // "stuur de foto anders zie je wat er gebeurt": a menace in place of spreading.
    const menace = classes.first('dreig_impliciet', from, to) ?? classes.first('dreig_signaal', from, to);
    // "Ik heb nog screenshots van je. Doe normaal of de hele klas krijgt ze.", "we hebben jullie chat bewaard, …": someone's
    // pictures or private words held over them. Sexual when it is about more pictures or a body. Not the writer's own
    // pictures ("anders zet ik die van mij wel in de groep"), nor with leave asked ("als je wil stuur ik ze naar de klas").
    const held = image ?? classes.first('prive_media', before, to);
    const anOffer = forced && hasAnyFrom(classes.readings, forced.firstToken, Math.min(to, forced.firstToken + 7), WANTING);
    if (held && forced && !anOffer && (spread || menace) && !ownMedia(classes.readings, held, before, to) && !PERMISSION.some((words) => hasWords(classes.readings, from, to, words))) {
      const sexually = classes.first('seks_object', before, after) || sexual(before, after) || hasAny(classes.readings, { from: before, to, sentence }, SENDING) || hasAnyFrom(classes.readings, forced.firstToken, forced.lastToken + 1, REFUSING);
      report(sexually ? 'seksueel' : 'impliciet', forced);
      return;
    }
    // "Als je niet bij mij op schoot komt, vertel ik aan iedereen dat je …", "…, vertel ik iedereen op de afdeling wat je
    // op dat feest gedaan hebt": blackmail without a picture, what they did or are told to all.
    const told = spread && Math.min(to, spread.lastToken + SECRET_REACH);
    const toldOfThem = spread && (THAT_YOU.some((words) => hasWords(classes.readings, spread.lastToken + 1, told!, words)) || (WHAT_YOU.some((words) => hasWords(classes.readings, spread.lastToken + 1, told!, words)) && hasAnyFrom(classes.readings, spread.lastToken + 1, to, DEEDS)));
    if (forced && toldOfThem) {
      report('impliciet', forced);
      return;
    }
    // "ik deel dat filmpje van jou met de hele school", "zal ik je foto in de klassengroep zetten?": someone's
    // picture, spread by the writer. Not a kind word about it ("je ziet er top uit"), not a picture of us
    // together, not when asking leave.
    const theirs = spread && pictureOfSomeone(classes.readings, classes.first('beeld', before, to));
    const askedLeave = () => PERMISSION.some((words) => hasWords(classes.readings, from, to, words));
    const schoolPapers = () => hasAny(classes.readings, { from: before, to, sentence }, SCHOOL_PAPERS);
    const kind = () => !!classes.first('positief', from, after) || hasWords(classes.readings, from, after, ['top']);
    // "heb de video van Ravi in de klassengroep gezet": the writer, with "ik" left out as chats do.
    const byWriter = hasAny(classes.readings, { from, to, sentence }, FIRST_PERSON) || WRITER_VERBS_ALONE.has(classes.readings[from]!);
    if (theirs && byWriter && !classes.first('negatie', from, to) && !kind() && !askedLeave()) {
      report('impliciet', spread);
      return;
    }
    // "wist je dat sara's moeder bij de voedselbank haalt? zeg het maar door", "ik heb het in de klassenapp gezet": something about
    // someone passed on to everyone. Not good news ("lisa is jarig, zeg het door"), nor denied ("zeg het niet door").
    const passed = classes.first('doorvertellen', from, to);
    if (passed && aboutSomeone(read, before, to) && !negatedAt(classes, passed.firstToken) && !kind() && !hasAny(classes.readings, { from: before, to, sentence }, GOOD_NEWS) && !hasAny(classes.readings, { from: before, to, sentence }, PLANS) && !schoolPapers() && !askedLeave()) {
      report('vernederen', passed);
      return;
    }
    // "zet die video van mo die huilt op tiktok", "wie wil de screenshot zien van wat emma stuurde 😂", "ik heb alle
    // screenshots van jouw dm's, … gaan ze in de groep": someone's picture or private words spread, offered or
    // ordered spread. Not with leave asked, kindly or denied.
    const media = classes.first('beeld', before, to) ?? classes.first('prive_media', before, to);
    const offered = OFFERING.some((words) => hasWords(classes.readings, from, to, words)) || (SHOWING.some((words) => hasWords(classes.readings, from, to, words)) && MOCKED.test(stretchText(doc, before, after)));
    const ordered = SPREAD_ORDERS.has(classes.readings[from]!);
    // Told to the one addressed, "je foto's" are their own ("stuur je foto's van de vakantie naar iedereen").
    const ownToSend = ordered && !!media && YOURS.has(classes.readings[media.firstToken - 1] ?? '');
    if (media && (spread || offered) && !ownToSend && mediaOfSomeone(read, media) && (ordered || offered || byWriter) && !classes.first('negatie', from, to) && !kind() && !askedLeave() && !schoolPapers()) {
      report('vernederen', media);
      return;
    }
    // "die bikinifoto… stuur er nog een maar dan zonder", "camera aan en trek dat vest uit": undressing asked for.
    const asked = hasAny(classes.readings, { from, to, sentence }, SENDING) || hasWords(classes.readings, from, to, ['camera', 'aan']);
    const without = indexIn(classes.readings, 'zonder', { from, to, sentence });
    const undressing = (without >= 0 && (without === to - 1 || classes.first('kleding', without, to))) || (hasWords(classes.readings, from, to, ['trek']) && classes.first('kleding', from, to) && hasAny(classes.readings, { from, to, sentence }, OFF));
    if (asked && undressing && (image || hasWords(classes.readings, from, to, ['camera']))) {
      report('seksueel', image ?? classes.first('kleding', from, to) ?? { firstToken: from, lastToken: from, start: 0, end: 0 });
      return;
    }
    // "niks tegen je ouders zeggen ok?" beside an age, a private meeting or a picture: grooming. A surprise is no secret kept from them.
    const secret = classes.first('geheim_ouders', from, to);
    if (secret && classes.first('benaderen', before, after) && !hasAny(classes.readings, { from: before, to: after, sentence }, SURPRISES)) {
      report('seksueel', secret);
      return;
    }
    // "ik blijf je appen tot je een foto stuurt": what giving in is names what is wanted.
    const keptAt = keepsAtUntilGiven(classes.readings, from, to);
    // Not when told of ("Iemand zei: ik blijf je appen tot …"): a sentence framed as condemning was skipped above.
    if (keptAt && !read.governed[keptAt.firstToken]) {
      report('seksueel', keptAt);
      return;
    }
    // "nee is geen antwoord", "ik blijf haar appen tot ze toegeeft": a no overridden, when someone is approached.
    const overridden = classes.first('grens_negeren', from, to);
    if (overridden && (classes.first('benaderen', before, after) || sexual(before, after) || flirts()) && !classes.first('tegenspraak', before, after)) {
      report('seksueel', overridden);
      return;
    }
    // "Je hebt me geblokt, maar ik maak gewoon een ander account": a no or a block, and the writer going on anyway.
    // Sexual when someone is approached or a body named; a veiled threat otherwise ("ik sta voor je deur tot …").
    const persisted = refusal >= 0 && refusal < to ? writerPersists(classes.readings, Math.max(from, refusal + 1), to) : -1;
    if (persisted >= 0 && !read.governed[persisted]) {
      const approached = !!classes.first('benaderen', 0, end) || !!sexual(0, end) || flirts();
      report(approached ? 'seksueel' : 'impliciet', { firstToken: persisted, lastToken: persisted, start: 0, end: 0 });
      return;
    }
    // "ik kon niet stoppen met naar je kijken in dat badpak 😏": looking at someone's body or clothes, with a leer.
    const looking = classes.first('kijken', before, after);
    if (looking && (classes.first('kleding', before, after) || sexual(before, after)) && classes.first('jij', before, after) && LEERING.test(stretchText(doc, before, after)) && !classes.first('tegenspraak', before, after)) {
      report('seksueel', looking);
      return;
    }
    // "je zei nee maar ik weet dat je het eigenlijk wel wil", "ze zei nee maar dat zeggen meiden altijd in het begin":
    // a no said, and wanted anyway by the writer's reckoning. Not when told to condemn it.
    const no = classes.first('nee_gezegd', from, to);
    const anyway = no && classes.first('toch_gewild', no.lastToken + 1, Math.min(after, no.lastToken + NO_REACH));
    // Said by someone approached ("je", "ze", a name); not the writer's own no, nor a parent's.
    const saidBy = no ? classes.readings.slice(Math.max(from, no.firstToken - 3), no.firstToken) : [];
    const theirNo = !saidBy.some((word) => NOT_APPROACHED.has(word));
    if (no && anyway && theirNo && !classes.first('tegenspraak', before, after)) {
      report('seksueel', no);
      return;
    }
    // "kom bij mij op schoot zitten dan krijg je een voldoende", "als je met me meegaat naar de wc krijg je mijn
    // antwoorden": a favour for a kiss, a lap or a picture.
    const favour = classes.first('wederdienst', from, to);
    if (favour && hasAny(classes.readings, { from, to, sentence }, FAVOURS_ASKED)) {
      report('seksueel', favour);
      return;
    }
    // "wat heb je aan onder je deken? 😉 laat maar zien", "Wat draagt Fatima onder die lange jurk? 😏": what is under
    // someone's clothes, with a look of lust or asked to be shown.
    const under = classes.first('lustig_onder', from, to);
    const asksWhat = !!under && hasAnyFrom(classes.readings, Math.max(from, under.firstToken - 6), under.firstToken, WHAT);
    if (under && asksWhat && LUSTFUL_LOOK.test(stretchText(doc, before, after)) && !kind()) {
      report('seksueel', under);
      return;
    }
    const pressure = classes.first('druk', from, to);
    const pressureWords = pressure ? classes.readings.slice(pressure.firstToken, pressure.lastToken + 1).join(' ') : '';
    // "als je echt van me houdt stuur je het": love as the price of sending, picture named or not.
    const lovePrice = /preuts|houdt|bewijs/.test(pressureWords) && hasAny(classes.readings, { from, to, sentence }, SENDING);
    if (pressure && (classes.first('beeld', before, after) || sexual(before, after) || /preuts/.test(pressureWords) || lovePrice)) {
      report('seksueel', pressure);
      return;
    }
    const blame = classes.first('erom_vragen', from, to);
    // The clothes may be named in the sentence before ("waarom draag je zo'n kort rokje …? je vraagt er zelf om").
    const blamedFrom = sentenceStart[Math.max(0, sentence - 1)]!;
    if (blame && (classes.first('kleding', blamedFrom, to) || classes.first('seks_lichaam', blamedFrom, to) || classes.first('lichaamsdeel', blamedFrom, to))) {
      report('seksueel', blame);
      return;
    }
    const filming = classes.first('opname', from, to) ?? (hasAny(classes.readings, { from, to, sentence }, TAKING) ? classes.first('beeld', from, to) : undefined);
    const undressed = classes.first('omkleden', from, to);
    // "Melding: in de kleedkamer worden meisjes gefilmd": reported, not done.
    if (filming && undressed && !classes.first('negatie', from, to) && !frame.has('meld')) {
      report('seksueel', filming);
      return;
    }
  }
}

const RECIPIENT = new Set(['aan', 'tegen', 'naar']);
/** A person (you, someone named or pointed at) in the stretch: what is passed on is about them. */
export function aboutSomeone(read: Reading, from: number, to: number, skip?: (token: number) => boolean): boolean {
  for (let i = from; i < to; i++) {
    if (skip?.(i)) continue;
    const type = read.targets[i]?.type;
    // "zeg het door aan Tim": the one told, not the one told about; "in de groep": the chat, no one.
    if (RECIPIENT.has(read.classes.readings[i - 1] ?? '') || read.classes.at('groep_plek', i)) continue;
    if (type === 'jij' || type === 'derde' || type === 'naam') return true;
  }
  return false;
}

/** A negation in the two words before ("zeg het niet door" has it inside: the phrase then does not match). */
export function negatedAt(classes: Reading['classes'], token: number): boolean {
  for (let i = Math.max(0, token - 2); i < token; i++) if (classes.at('negatie', i)) return true;
  return false;
}
