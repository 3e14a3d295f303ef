import { every } from '../../lazy';
import type { Phrase } from '../../phrases';
import { readingsOfTerm } from '../../normalise/pipeline';

/** Particles that split off a Dutch verb in a main clause: "ik maak je af", "ik steek hem neer". */
export const SEPARABLE_PARTICLES = ['kapot', 'dood', 'neer', 'open', 'af', 'op', 'uit', 'in', 'weg', 'aan', 'mee'];

export interface VerbForms {
  /** Infinitive, present tense, present participle. */
  nu: string[];
  verleden: string[];
  deelwoord: string[];
}

/** Whether a form speaks of now or later (a threat), of the past (a report), or is a participle (passive). */
export type Tense = 'nu' | 'verleden' | 'deelwoord';

/**
 * One violent verb as the clause can show it: a form standing alone ("vermoord"), or a verb form with
 * its particle or words elsewhere in the clause ("maak … af", "sla … in elkaar").
 */
export interface VerbUse {
  lemma: string;
  /** Readings of the forms that carry the meaning on their own (one token), with their tense. */
  whole: Map<string, Tense>;
  /** Readings of the verb forms that need `with` somewhere in the clause. */
  split: Map<string, Tense>;
  with: Phrase;
  /** `with` is the verb's separable particle ("maak … af"), not a fixed phrase ("sla … in elkaar"). */
  particle: boolean;
  /** Particles that make this verb harmless when they close the clause ("sla … over", "schiet op"). */
  harmlessParticles: Set<string>;
  /** Objects that make it harmless anywhere in the clause ("steek de kaars aan", "snij de taart"). */
  harmlessObjects: Set<string>;
  /** The forms that are also an order: the stem ("sla", "schiet", "zet"), not "slaat" or "slaan". */
  orders: Set<string>;
  /** A body part in the clause is the one that hurts, not the one hurt ("mijn rug doet pijn"). */
  bodyIsSubject: boolean;
}

/** Words that can be a verb's particle; other harmless words are objects. */
const PARTICLES = new Set(['op', 'over', 'aan', 'om', 'dicht', 'toe', 'terug', 'af', 'uit', 'mee', 'vast', 'te', 'tekort', 'wakker', 'in', 'vol', 'voorbij', 'binnen', 'door', 'los', 'raak', 'omhoog', 'bij', 'weg', 'boven', 'buiten', 'na', 'open', 'kapot', 'rond']);

/** A word of the data as the text's words are read (see readingOf). */
const skeleton = (word: string) => readingsOfTerm(word).join(' ');

function tensed(forms: VerbForms, prefix = '', participlePrefix = prefix): Map<string, Tense> {
  const map = new Map<string, Tense>();
  for (const form of forms.nu) {
    map.set(skeleton(prefix + form), 'nu');
    // "ik snij", "rij": the stem as spoken, without its silent d.
    if (form.endsWith('ijd')) map.set(skeleton(prefix + form.slice(0, -1)), 'nu');
  }
  for (const form of forms.verleden) map.set(skeleton(prefix + form), 'verleden');
  // "vermoord" is both "I murder" and "murdered": the present wins, a threat needs no passive.
  for (const form of forms.deelwoord) if (!map.has(skeleton(participlePrefix + form))) map.set(skeleton(participlePrefix + form), 'deelwoord');
  return map;
}

/** Builds the uses of every violent verb from its lemma and the forms in the data. */
export function* compileVerbs(lemmas: string[], forms: Record<string, VerbForms>, harmless: Record<string, string[]>, notForms: string[] = [], bodySubjects: string[] = []): Generator<void, VerbUse[], void> {
  const skip = new Set(notForms.map(skeleton));
  const uses: VerbUse[] = [];
  const pause = every(20);
  for (const lemma of lemmas) {
    const words = lemma.split(' ');
    const verb = words.at(-1)!;
    const fixed = words.slice(0, -1).map(skeleton);
    const particle = SEPARABLE_PARTICLES.find((candidate) => verb.startsWith(candidate) && verb.length > candidate.length + 3);
    const rest = particle ? verb.slice(particle.length) : verb;
    const own = forms[verb] ?? { nu: [verb], verleden: [], deelwoord: [] };
    const base = particle ? forms[rest] : undefined;
    const harmlessWords = (harmless[verb] ?? harmless[rest] ?? []).map(skeleton);
    const use: VerbUse = {
      lemma,
      whole: new Map(),
      split: new Map(),
      with: fixed,
      particle: false,
      harmlessParticles: new Set(harmlessWords.filter((word) => PARTICLES.has(word))),
      harmlessObjects: new Set(harmlessWords.filter((word) => !PARTICLES.has(word))),
      // The data lists the infinitive first, then the stem: "schiet" is an order though it ends in -t.
      orders: new Set([(base ?? own).nu[1] ?? verb].map(skeleton)),
      bodyIsSubject: bodySubjects.includes(lemma),
    };
    if (fixed.length > 0) {
      // "in elkaar slaan": any form of the verb, with the fixed words in the clause.
      use.split = tensed(own);
    } else if (particle && base) {
      // "afmaken": whole forms (afmaken, afgemaakt, dat ik je afmaak) and "maak … af".
      use.whole = tensed({ nu: base.nu, verleden: base.verleden, deelwoord: base.deelwoord }, particle);
      for (const [form, tense] of tensed(own)) if (!use.whole.has(form)) use.whole.set(form, tense);
      use.split = tensed(base);
      use.with = [skeleton(particle)];
      use.particle = true;
    } else {
      use.whole = tensed(own);
    }
    // "dood" is also "dead", "sla" also a salad: such forms count only with a particle or phrase.
    for (const form of skip) use.whole.delete(form);
    uses.push(use);
    if (pause()) yield;
  }
  return uses;
}
