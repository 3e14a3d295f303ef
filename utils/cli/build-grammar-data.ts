/**
 * `npm run data:grammar`: fills `werkwoordsvormen` in rules/data/grammatica.json with every form of the
 * verbs the grammar needs (the violent verbs and the verbs inside their phrases and separable forms),
 * from Pattern's Dutch verb list in ../shared/data/pattern-nl/nl-verbs.txt (BSD-3-Clause); a verb it
 * lacks is conjugated as a regular (weak) verb. A developer runs it when the verb list changes; the
 * output is committed, so neither a build nor CI needs the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SEPARABLE_PARTICLES } from '../../rules/belediging/grammar/verbs';

const GRAMMAR = new URL('../../rules/data/grammatica.json', import.meta.url);
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
  stem = stem.replace(/z$/, 's').replace(/v$/, 'f');
  const voiceless = /[tkfschp]$/.test(stem) || /x$/.test(stem);
  const past = stem + (voiceless ? 'te' : 'de');
  const prefixed = /^(be|ge|her|ont|ver|er)/.test(infinitive);
  const participle = (prefixed ? '' : 'ge') + stem + (voiceless ? 't' : 'd');
  const third = stem.endsWith('t') ? stem : stem + 't';
  return { nu: unique([infinitive, stem, third, infinitive + 'd']), verleden: unique([past, past + 'n']), deelwoord: [participle.replace(/tt$/, 't').replace(/dd$/, 'd')] };
}

function formsOf(verb: string): Forms {
  return known.get(verb) ?? regular(verb);
}

const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8'));
const lemmas: string[] = grammar.geweld.werkwoorden;
const needed = new Set<string>();
for (const lemma of lemmas) {
  const words = lemma.split(' ');
  const verb = words.at(-1)!;
  needed.add(verb);
  const particle = SEPARABLE_PARTICLES.find((candidate) => verb.startsWith(candidate) && verb.length > candidate.length + 3);
  if (particle) needed.add(verb.slice(particle.length));
}
const forms: Record<string, Forms> = {};
for (const verb of [...needed].sort()) forms[verb] = formsOf(verb);
grammar.werkwoordsvormen = forms;
writeFileSync(GRAMMAR, JSON.stringify(grammar, null, 1) + '\n');
console.log(`${Object.keys(forms).length} werkwoorden`);
