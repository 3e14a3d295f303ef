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
/** Words that look like a fact and are not ("the Great Depression", "hearing aids"). */
const NOT_FACTS = new PhraseSet(data.notFacts);
const GRADE_VERBS = new Set(data.gradeVerbs);
const THIRD_PERSONS = new Set(data.thirdPersons);
/** "je", "you": the one addressed, someone other than the writer ("als je ADHD hebt" is anyone, see ANYONE_MARKERS). */
const ADDRESSED = new Set(data.addressedPersons);
/** Before a person, a condition or "every" makes them anyone ("if your friend self harms", "elke leerling die …"). */
const ANYONE_MARKERS = new Set(data.anyoneMarkers);
/** "iedereen die betrapt wordt", "anyone caught cheating": nobody in particular. */
const GENERIC_PERSONS = new Set(data.genericPersons);
/** "they say ADHD is …", "ze zeggen dat …": the one who speaks, not whose fact it is. */
const SAYING_VERBS = new Set(data.sayingVerbs);
/** "voorlichting over ADHD", "how diabetes works": a topic, nobody's fact. */
const TOPIC_WORDS = new Set(data.topicWords);
/** A sentence about a film, series, book or article tells about its characters, not about someone here. */
const STORY_WORDS = new Set(data.storyWords);
const OTHER_PERSON_NOUNS = new Set(data.otherPersonNouns);
const OWN_FAMILY = new Set(data.ownFamily);
const FIRST_PERSON = new Set(data.firstPersonSubjects);
const POSSESSIVES = new Set(data.possessives);
const GRADE_UNITS = new Set(data.gradeUnits);
/** "een 3", "a 3": without an article (or decimals) a number is a count ("scoorde 2 goals"). */
const GRADE_ARTICLES = new Set(data.gradeArticles);
/** "van mij", "tegen me", "to me": the writer as object, not the subject. */
const OBJECT_PREPOSITIONS = new Set(['van', 'bij', 'tegen', 'met', 'voor', 'aan', 'of', 'to', 'with', 'for', 'about', 'at', 'from']);
/** "she's", "I'm", "classmate's": the person word without what is joined to it. */
const JOINED_ENDING = /['’](?:s|m|re|ve|ll|d)$/;
/** A school grade: 1 to 10 with up to two decimals, not a score ("3-0") or a time ("8:30"). */
const GRADE = /^(?:10|[1-9])$/;
const LOOK_BACK = 6;
/** A condition or "every" stands at most this many words before the person ("if your friend", "als je"). */
const ANYONE_REACH = 2;

/**
 * Whose fact is it? The nearest subject before the fact within its sentence (or right after the verb,
 * "heeft hij"): a named person is serious, another person a warning, the writer or the writer's own
 * family nothing (theirs to share), and anyone ("iedereen", "if your friend", "elke leerling") nobody in
 * particular.
 */
function subjectSeverity(doc: TextDocument, school: SchoolSettings, first: number, last: number): Severity | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentenceAt(tokens[first]!.start);
  // A reference counts for the sentence its name is in: the full stop of a title ("Mr. Jansen") ends no sentence.
  const references = personReferences(doc, school).filter((reference) => doc.sentenceAt(tokens[reference.lastToken]!.start) === sentence);
  const isReference = (index: number) => references.some((reference) => reference.firstToken <= index && index <= reference.lastToken);
  const before = first > 0 ? tokens[first - 1]!.folded : '';
  // "mijn burn-out", "my depression": the writer's own; "over ADHD": a topic.
  if (POSSESSIVES.has(before) || TOPIC_WORDS.has(before)) return undefined;
  for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK) && doc.sentenceAt(tokens[i]!.start) === sentence; i--) {
    const word = tokens[i]!.folded.replace(JOINED_ENDING, '');
    const previous = i > 0 ? tokens[i - 1]!.folded : '';
    if (isReference(i)) return 'ernstig';
    if (OWN_FAMILY.has(word) && POSSESSIVES.has(previous)) return undefined;
    if (FIRST_PERSON.has(word) && !OBJECT_PREPOSITIONS.has(previous)) return undefined;
    if (GENERIC_PERSONS.has(word)) return undefined;
    if (!THIRD_PERSONS.has(word) && !ADDRESSED.has(word) && !OTHER_PERSON_NOUNS.has(word)) continue;
    if (SAYING_VERBS.has(tokens[i + 1]!.folded)) continue;
    if (tokens.slice(Math.max(0, i - ANYONE_REACH), i).some((token) => ANYONE_MARKERS.has(token.folded))) return undefined;
    return references.length > 0 ? 'ernstig' : 'waarschuwing';
  }
  if (references.length > 0) return 'ernstig';
  // "… heeft hij": right after the fact, in the same clause.
  const after = tokens[last + 1];
  const sameClause = after !== undefined && /^[ \t]+$/.test(doc.text.slice(tokens[last]!.end, after.start));
  return sameClause && (THIRD_PERSONS.has(after.folded) || ADDRESSED.has(after.folded)) ? 'waarschuwing' : undefined;
}

/** The sentences (by number) that are about a film, series, book or article. */
function storySentences(doc: TextDocument): Set<number> {
  return new Set(doc.tokens.filter((token) => STORY_WORDS.has(token.folded)).map((token) => doc.sentenceAt(token.start)));
}

/**
 * Private facts about other people: their grades, health, disciplinary measures and home situation, in
 * Dutch and in English (the lists hold both). Serious when the person is named (001: no information about
 * others without their consent).
 */
const rule: Rule = {
  meta: {
    id: 'gevoelige-feiten',
    category: 'vertrouwelijk',
    severity: 'waarschuwing',
    protocolRef: '001 §2.2',
    description: "Grades, health, discipline and home situation of someone other than the writer, in Dutch and English; serious when the person is named.",
    messages: {
      cijfer: 'Je deelt een cijfer van iemand anders. Cijfers zijn privé: alleen diegene zelf mag ze delen.',
      gezondheid: 'Je schrijft over de gezondheid van iemand anders. Dat is privé: deel het niet zonder toestemming.',
      straf: 'Je schrijft over een straf of maatregel van iemand anders. Dat is privé en kan diegene schaden.',
      thuis: 'Je schrijft over de thuissituatie van iemand anders. Dat is privé: deel het niet.',
    },
  },
  check(doc, context, report) {
    const tokens = doc.tokens;
    let stories: Set<number> | undefined;
    const whose = (first: number, last: number) => {
      stories ??= storySentences(doc);
      return stories.has(doc.sentenceAt(tokens[first]!.start)) ? undefined : subjectSeverity(doc, context.school, first, last);
    };
    if (doc.hasDigit) {
      for (let i = 1; i < tokens.length; i++) {
        if (!GRADE.test(tokens[i]!.folded)) continue;
        let verb = i - 1;
        const article = GRADE_ARTICLES.has(tokens[verb]!.folded);
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
        const severity = whose(verb, i);
        if (severity) report({ messageId: 'cijfer', start: tokens[verb]!.start, end: tokens[i]!.end + decimals, severity });
      }
    }
    const facts = FACTS.find(doc);
    const notFacts = facts.length > 0 ? NOT_FACTS.find(doc) : [];
    for (const match of facts) {
      if (notFacts.some((notFact) => notFact.firstToken <= match.lastToken && match.firstToken <= notFact.lastToken)) continue;
      const kind = kindOf().get(tokens.slice(match.firstToken, match.lastToken + 1).map((token) => token.skeleton).join(' '))!;
      const severity = whose(match.firstToken, match.lastToken);
      if (severity) report({ messageId: kind, start: match.start, end: match.end, severity });
    }
  },
};
export default rule;
