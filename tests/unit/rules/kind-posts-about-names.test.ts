import { describe, expect, it } from 'vitest';
import nameData from '../../../rules/data/namen.json';
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

describe('kind posts about a named pupil', () => {
  it('give no warning for any first name the person rules know', () => {
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
