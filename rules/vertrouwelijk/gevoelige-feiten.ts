import data from '../data/vertrouwelijk.json';
import type { TextDocument } from '../document';
import { PhraseSet, toPhrase } from '../phrases';
import { personReferences } from '../personen/names';
import type { Rule, SchoolSettings, Severity } from '../types';
import { lazily } from '../lazy';

type Kind = keyof typeof data.sensitiveFacts;
/** All facts in one phrase set (one pass over the text); the kind is looked up by the phrase's words. */
const kindOf = lazily(() => {
  const map = new Map<string, Kind>();
  for (const [kind, phrases] of Object.entries(data.sensitiveFacts)) {
    for (const phrase of phrases) map.set(toPhrase(phrase).join(' '), kind as Kind);
  }
  return map;
});
const FACTS = new PhraseSet(Object.values(data.sensitiveFacts).flat());
const GRADE_VERBS = new Set(data.gradeVerbs);
const THIRD_PERSONS = new Set(data.thirdPersons);
const OTHER_PERSON_NOUNS = new Set(data.otherPersonNouns);
const OWN_FAMILY = new Set(data.ownFamily);
const FIRST_PERSON = new Set(data.firstPersonSubjects);
const POSSESSIVES = new Set(data.possessives);
const GRADE_UNITS = new Set(data.gradeUnits);
/** "van mij", "tegen me": the writer as object, not the subject. */
const OBJECT_PREPOSITIONS = new Set(['van', 'bij', 'tegen', 'met', 'voor', 'aan']);
/** A school grade: 1 to 10 with up to two decimals, not a score ("3-0") or a time ("8:30"). */
const GRADE = /^(?:10|[1-9])$/;
const LOOK_BACK = 6;

/**
 * Whose fact is it? The nearest subject before the fact within its sentence (or right after the verb,
 * "heeft hij"): a named person is serious, another person a warning, the writer or the writer's own
 * family nothing (theirs to share).
 */
function subjectSeverity(doc: TextDocument, school: SchoolSettings, first: number, last: number): Severity | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentenceAt(tokens[first]!.start);
  const references = personReferences(doc, school).filter((reference) => doc.sentenceAt(reference.start) === sentence);
  const isReference = (index: number) => references.some((reference) => reference.firstToken <= index && index <= reference.lastToken);
  for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK) && doc.sentenceAt(tokens[i]!.start) === sentence; i--) {
    const word = tokens[i]!.folded;
    if (isReference(i)) return 'ernstig';
    if (OWN_FAMILY.has(word) && i > 0 && POSSESSIVES.has(tokens[i - 1]!.folded)) return undefined;
    if (FIRST_PERSON.has(word) && !(i > 0 && OBJECT_PREPOSITIONS.has(tokens[i - 1]!.folded))) return undefined;
    if (THIRD_PERSONS.has(word) || OTHER_PERSON_NOUNS.has(word)) return references.length > 0 ? 'ernstig' : 'waarschuwing';
  }
  if (references.length > 0) return 'ernstig';
  const after = tokens[last + 1];
  return after && THIRD_PERSONS.has(after.folded) ? 'waarschuwing' : undefined;
}

/**
 * Private facts about other people: their grades, health, disciplinary measures and home situation.
 * Serious when the person is named (001: no information about others without their consent).
 */
const rule: Rule = {
  meta: {
    id: 'gevoelige-feiten',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '001 §2.2',
    description: "Grades, health, discipline and home situation of someone other than the writer; serious when the person is named.",
    messages: {
      cijfer: 'Je deelt een cijfer van iemand anders. Cijfers zijn privé: alleen diegene zelf mag ze delen.',
      gezondheid: 'Je schrijft over de gezondheid van iemand anders. Dat is privé: deel het niet zonder toestemming.',
      straf: 'Je schrijft over een straf of maatregel van iemand anders. Dat is privé en kan diegene schaden.',
      thuis: 'Je schrijft over de thuissituatie van iemand anders. Dat is privé: deel het niet.',
    },
  },
  check(doc, context, report) {
    const tokens = doc.tokens;
    if (doc.hasDigit) {
      for (let i = 1; i < tokens.length; i++) {
        if (!GRADE.test(tokens[i]!.folded)) continue;
        let verb = i - 1;
        const article = tokens[verb]!.folded === 'een';
        if (article || tokens[verb]!.folded === 'gemiddeld') verb--;
        if (verb >= 0 && tokens[verb]!.folded === 'gemiddeld') verb--;
        if (verb < 0 || !GRADE_VERBS.has(tokens[verb]!.folded)) continue;
        const rest = doc.text.slice(tokens[i]!.end, tokens[i]!.end + 4);
        if (/^[-–:]\d/.test(rest)) continue;
        // The tokens split "3,4" in two: the decimals belong to the grade.
        const decimals = /^[,.]\d{1,2}(?!\d)/.exec(rest)?.[0].length ?? 0;
        const unit = tokens[i + (decimals > 0 ? 2 : 1)];
        // "scoorde 2 goals": without "een" or decimals a number is a count, not a grade.
        if ((!article && decimals === 0) || (unit && GRADE_UNITS.has(unit.folded))) continue;
        const severity = subjectSeverity(doc, context.school, verb, i);
        if (severity) report({ messageId: 'cijfer', start: tokens[verb]!.start, end: tokens[i]!.end + decimals, severity });
      }
    }
    for (const match of FACTS.find(doc)) {
      const kind = kindOf().get(tokens.slice(match.firstToken, match.lastToken + 1).map((token) => token.skeleton).join(' '))!;
      const severity = subjectSeverity(doc, context.school, match.firstToken, match.lastToken);
      if (severity) report({ messageId: kind, start: match.start, end: match.end, severity });
    }
  },
};
export default rule;
