import { describe, expect, it } from 'vitest';
import nameData from '../../../rules/data/namen.json';
import publicNames from '../../../rules/data/publieke-namen.json';
import { check } from '../../../rules/engine';
import { frontDecode } from '../../../rules/front-coding';

/**
 * A kind post about a classmate must never warn because of the classmate's name: every first name the person rules
 * know, in four ordinary sentences. Names shaped like an insult ("Abderrazak" ends in "zak", "Levent" in "vent",
 * "Henderik" in "-erik") or met loosely as one ("Harrie" as "harig") were read as insults until 2 December 2026.
 */
const FRAMES = ['{n} is jarig vandaag, gefeliciteerd!', 'Ik zit in de klas naast {n}.', '{n} is mijn beste vriend', 'Wat een topdag met {n} en Sara!'];
/**
 * Names that are also the word at the start of a sentence, where a capital says nothing ("Luis is …" may be about
 * lice). Inside a sentence they are read as names.
 */
const ALSO_THE_WORD_AT_THE_START = new Set(['Dik', 'Doetje', 'Kalle', 'Luis', 'Made']);

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Threats and shutting out aimed at a pupil by first name alone ("ik maak Julia morgen af" found nothing until 2 December 2026). */
const ABUSIVE_FRAMES = ['{n} is echt een sukkel', 'ik maak {n} morgen af', 'niemand mag meer met {n} praten', 'hé {n}, ga toch dood'];
/** Names that are also a month or a day ("Mei", "April"): read as such, never as a pupil. Shops and figures ("Dirk", "Thor") are pupils when attacked. */
const PUBLIC = new Set([...publicNames.maanden, ...publicNames.dagen, ...publicNames.feestdagen].map((name) => name.toLowerCase()));
/** Names the rules read as an ordinary word or a game when alone ("Frans" the language, "Is", "Mario", "Zelda"). */
const READ_AS_WORDS = new Set(['Frans', 'Is', 'Kee', 'Mart', 'Nikee', 'Mario', 'Zelda']);

describe('abuse aimed at a named pupil', () => {
  it('is found for every first name the person rules know', { timeout: 120_000 }, () => {
    const names = [...frontDecode(nameData.firstNames)].map(capitalised).filter((name) => !PUBLIC.has(name.toLowerCase()) && !READ_AS_WORDS.has(name));
    const missed: string[] = [];
    for (const name of names) {
      for (const frame of ABUSIVE_FRAMES) {
        const text = frame.replace('{n}', name);
        if (!check(text).some((finding) => finding.ruleId !== 'naam')) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('kind posts about a named pupil', () => {
  it('give no warning for any first name the person rules know', { timeout: 120_000 }, () => {
    const names = [...frontDecode(nameData.firstNames)].map(capitalised);
    expect(names.length).toBeGreaterThan(5000);
    const warned: string[] = [];
    for (const name of names) {
      for (const frame of FRAMES) {
        const text = frame.replace('{n}', name);
        const findings = check(text).filter((finding) => finding.ruleId !== 'naam');
        const atTheStart = frame.startsWith('{n}') && ALSO_THE_WORD_AT_THE_START.has(name);
        if (findings.length > 0 && !atTheStart) warned.push(`${text} → ${findings.map((finding) => finding.ruleId).join(', ')}`);
      }
    }
    expect(warned).toEqual([]);
  });
});
