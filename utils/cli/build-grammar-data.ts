/**
 * `npm run data:grammar`: builds the compact rules/data/grammatica.json that ships in the content script
 * from the readable source rules/data/bronnen/grammatica.json (edit that one). Word lists become
 * front-coded strings (rules/front-coding.ts), and every form of the verbs the grammar needs (the violent
 * verbs and the verbs inside their phrases and separable forms) is added from Pattern's Dutch verb list
 * in ../shared/data/pattern-nl/nl-verbs.txt (BSD-3-Clause); a verb it lacks is conjugated as a regular
 * (weak) verb. The nouns of the classes in NOUN_CLASSES get their other number (singular or plural) where
 * OpenTaal's word list (/usr/share/dict/dutch, BSD or CC-BY 3.0; `apt-get install wdutch`) has it: "terroristen"
 * brings "terrorist", "boef" brings "boeven". The output is committed, so neither a build nor CI needs the sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SEPARABLE_PARTICLES } from '../../rules/belediging/grammar/verbs';
import { frontCodeText } from '../../rules/front-coding';

const SOURCE = new URL('../../rules/data/bronnen/grammatica.json', import.meta.url);
const OUTPUT = new URL('../../rules/data/grammatica.json', import.meta.url);
const VERBS = new URL('../../../shared/data/pattern-nl/nl-verbs.txt', import.meta.url);

/** Per verb: present forms (infinitive, persons, present participle), past forms, past participle. */
interface Forms {
  nu: string[];
  verleden: string[];
  deelwoord: string[];
}

/** Classes of nouns met in either number: the source lists one or both, the build adds the other. */
const NOUN_CLASSES = ['scheldnaam', 'ontmenselijk', 'last'];
const DUTCH_WORDS = new Set(readFileSync('/usr/share/dict/dutch', 'utf8').split('\n'));
const VOWELS = 'aeiou';

/** Candidate plurals and singulars of a noun by Dutch spelling rules; the word list decides which exist. */
function otherNumber(noun: string): string[] {
  const candidates = [noun + 's', noun + "'s", noun + 'en'];
  const last = noun.at(-1)!;
  const beforeLast = noun.at(-2) ?? '';
  // A short vowel keeps its sound by doubling the consonant ("rat" → "ratten"); a long one loses a letter ("aap" → "apen").
  if (!VOWELS.includes(last) && VOWELS.includes(beforeLast) && !VOWELS.includes(noun.at(-3) ?? '')) candidates.push(noun + last + 'en');
  if (!VOWELS.includes(last) && beforeLast === noun.at(-3) && VOWELS.includes(beforeLast)) candidates.push(noun.slice(0, -2) + last + 'en');
  // "boef" → "boeven", "graaf" → "graven" (a doubled vowel is single in an open syllable), "roos" → "rozen".
  const shortened = /(aa|ee|oo|uu)[fs]$/.test(noun) ? noun.slice(0, -2) : noun.slice(0, -1);
  if (last === 'f') candidates.push(noun.slice(0, -1) + 'ven', shortened + 'ven');
  if (last === 's') candidates.push(noun.slice(0, -1) + 'zen', shortened + 'zen');
  // The other way: plural to singular.
  if (noun.endsWith("'s")) candidates.push(noun.slice(0, -2));
  else if (noun.endsWith('s')) candidates.push(noun.slice(0, -1));
  if (noun.endsWith('en')) {
    const stem = noun.slice(0, -2);
    candidates.push(stem);
    if (stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
    if (stem.endsWith('v')) candidates.push(stem.slice(0, -1) + 'f');
    if (stem.endsWith('z')) candidates.push(stem.slice(0, -1) + 's');
    // "apen" → "aap", "boeven" → "boef": a single vowel before the last consonant was long.
    const lengthened = stem.replace(/([^aeiou])([aeiou])([^aeiou])$/, '$1$2$2$3');
    candidates.push(lengthened, lengthened.replace(/v$/, 'f').replace(/z$/, 's'));
  }
  // "pesten", "plagen", "afvallen": a verb's infinitive is another word, not this noun's plural.
  return [...new Set(candidates)].filter((form) => form !== noun && form.length >= 4 && DUTCH_WORDS.has(form) && !known.has(form) && !otherWords.has(form));
}

/** Classes of words about the body met inflected: "kaal" as "kale", "skelet" as "skeletje", "onderkin" as "onderkinnen". */
const BODY_CLASSES = ['lichaam_neg'];
/** Candidate inflected adjectives ("-e") and diminutives of a word by Dutch spelling rules; the word list decides which exist. */
function inflected(word: string): string[] {
  const last = word.at(-1)!;
  const beforeLast = word.at(-2) ?? '';
  const candidates = [word + 'e', word + 'je', word + 'tje', word + 'pje', word + 'etje'];
  // A short vowel doubles the consonant ("dik" → "dikke", "vet" → "vetje"); a long one is written single ("kaal" → "kale", "scheel" → "schele").
  if (!VOWELS.includes(last) && VOWELS.includes(beforeLast) && !VOWELS.includes(word.at(-3) ?? '')) candidates.push(word + last + 'e', word + last + 'etje');
  if (!VOWELS.includes(last) && beforeLast === word.at(-3) && VOWELS.includes(beforeLast)) candidates.push(word.slice(0, -2) + last + 'e');
  return [...new Set([...candidates, ...otherNumber(word)])].filter((form) => form !== word && DUTCH_WORDS.has(form) && !known.has(form) && !otherWords.has(form));
}
function withInflections(words: string[]): string[] {
  const out = new Set(words);
  for (const word of words) if (/^[a-z]{3,}$/.test(word)) for (const form of inflected(word)) out.add(form);
  return [...out];
}

/** The class's words with the other number of each single-word noun added. */
function withOtherNumber(words: string[]): string[] {
  const out = new Set(words);
  // Real animals keep their number: "de olifanten waren schattig" is about olifanten, not a name for people.
  const animals = new Set<string>(source.klassen.dier);
  for (const word of words) if (/^[a-z]{4,}$/.test(word) && !animals.has(word)) for (const form of otherNumber(word)) out.add(form);
  return [...out];
}

const unique = (fields: (string | undefined)[]) => [...new Set(fields.filter((field): field is string => !!field))];

// A line: infinitive, 1sg, 2sg, 3sg, (plural), present participle, …, past plural, past singular, past participle.
const known = new Map<string, Forms>();
for (const line of readFileSync(VERBS, 'utf8').split('\n')) {
  const fields = line.split(',');
  if (!fields[0]) continue;
  known.set(fields[0], { nu: unique(fields.slice(0, 6)), verleden: unique(fields.slice(9, 11)), deelwoord: unique(fields.slice(11, 12)) });
}

/** A weak verb by the book: stem, stem+t, infinitive, past with 't kofschip, participle with ge-. */
function regular(infinitive: string): Forms {
  let stem = infinitive.replace(/en$/, '');
  if (/(.)\1$/.test(stem)) stem = stem.slice(0, -1);
  else if (/[^aeiou][aeiou][^aeiou]$/.test(stem) && !/^(ver|be|ge|ont|her)/.test(stem.slice(0, -3)) && stem.length <= 4) stem = stem.replace(/([aeiou])([^aeiou])$/, '$1$1$2');
  // Loanwords on -eren stress the last syllable, long: castreren → castreer, elimineren → elimineer.
  else if (/[^aeiou]eren$/.test(infinitive) && stem.length > 4) stem = stem.replace(/er$/, 'eer');
  stem = stem.replace(/z$/, 's').replace(/v$/, 'f');
  const voiceless = /[tkfschp]$/.test(stem) || /x$/.test(stem);
  const past = stem + (voiceless ? 'te' : 'de');
  const prefixed = /^(be|ge|her|ont|ver|er)/.test(infinitive);
  const participle = (prefixed ? '' : 'ge') + stem + (voiceless ? 't' : 'd');
  const third = stem.endsWith('t') ? stem : stem + 't';
  return { nu: unique([infinitive, stem, third, infinitive + 'd']), verleden: unique([past, past + 'n']), deelwoord: [participle.replace(/tt$/, 't').replace(/dd$/, 'd')] };
}

const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
/** Forms the spelling rules would give that are another word (reviewed by hand): "kwalen", "sleten", "beest". */
const otherWords = new Set<string>(source.niet_ander_getal);
const lemmas: string[] = source.geweld.werkwoorden;
const needed = new Set<string>();
for (const lemma of lemmas) {
  const verb = lemma.split(' ').at(-1)!;
  needed.add(verb);
  const particle = SEPARABLE_PARTICLES.find((candidate) => verb.startsWith(candidate) && verb.length > candidate.length + 3);
  if (particle) needed.add(verb.slice(particle.length));
}

const code = (words: string[]) => frontCodeText(words.map((word) => word.toLowerCase()));
const forms: Record<string, string> = {};
/** A separable verb the list lacks, from its base: "wegslaan" → "weggeslagen" (its split forms come from "slaan", rules/belediging/grammar/verbs.ts). */
function separable(verb: string): Forms | undefined {
  const particle = SEPARABLE_PARTICLES.find((candidate) => verb.startsWith(candidate) && verb.length > candidate.length + 3);
  const base = particle ? known.get(verb.slice(particle.length)) : undefined;
  return base && { nu: [verb], verleden: [], deelwoord: base.deelwoord.map((participle) => particle + participle) };
}
for (const verb of [...needed].sort()) {
  const { nu, verleden, deelwoord } = known.get(verb) ?? separable(verb) ?? regular(verb);
  forms[verb] = [nu, verleden, deelwoord].map((list) => list.join(' ')).join(';');
}
const output = {
  about: 'Gemaakt met npm run data:grammar uit rules/data/bronnen/grammatica.json (daar staan de bronnen en de licenties).',
  klassen: Object.fromEntries(Object.entries(source.klassen as Record<string, string[]>).map(([name, words]) => [name, code(NOUN_CLASSES.includes(name) ? withOtherNumber(words) : BODY_CLASSES.includes(name) ? withInflections(words) : words)])),
  groepen: (source.groepen as { groep: string; zelfstandig: string[]; bijvoeglijk: string[] }[]).map((group) => [group.groep, code(group.zelfstandig), code(group.bijvoeglijk)]),
  geweld: {
    werkwoorden: code(source.geweld.werkwoorden),
    schadelijk_met_doel: code(source.geweld.schadelijk_met_doel),
    geen_vorm: code(source.geweld.geen_vorm),
    lichaam_als_onderwerp: code(source.geweld.lichaam_als_onderwerp),
    signalen: code(source.geweld.signalen),
    onschuldige_partikels: Object.fromEntries(Object.entries(source.geweld.onschuldige_partikels as Record<string, string[]>).map(([verb, words]) => [verb, code(words)])),
  },
  werkwoordsvormen: forms,
  spreektaal: Object.fromEntries(Object.entries(source.spreektaal as Record<string, string>).filter(([variant]) => !variant.startsWith('_'))),
};
writeFileSync(OUTPUT, JSON.stringify(output) + '\n');
console.log(`${Object.keys(forms).length} werkwoorden; ${JSON.stringify(output).length} tekens`);
