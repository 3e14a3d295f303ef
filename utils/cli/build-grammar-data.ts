/**
 * `npm run data:grammar`: builds the compact rules/data/grammatica.json that ships in the content script
 * from the readable source rules/data/bronnen/grammatica.json (edit that one). Word lists become
 * front-coded strings (rules/front-coding.ts), and every form of the verbs the grammar needs (the violent
 * verbs and the verbs inside their phrases and separable forms) is added from Pattern's Dutch verb list
 * in ../shared/data/pattern-nl/nl-verbs.txt (BSD-3-Clause); a verb it lacks is conjugated as a regular
 * (weak) verb. The output is committed, so neither a build nor CI needs the sources.
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
  klassen: Object.fromEntries(Object.entries(source.klassen as Record<string, string[]>).map(([name, words]) => [name, code(words)])),
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
