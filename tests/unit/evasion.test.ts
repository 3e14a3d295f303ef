import { describe, expect, it } from 'vitest';
import { EVASION_FORMS, EVASION_PHRASES, evasionResults } from '../eval/evasion';

describe('evasion forms (tests/eval/evasion.ts)', () => {
  const results = evasionResults();

  it('use at least 40 phrases that are caught as typed, for words and for numbers', () => {
    for (const result of results) expect(result.phrases, result.form).toBeGreaterThanOrEqual(40);
    expect(new Set(EVASION_PHRASES.map((phrase) => phrase.category))).toEqual(new Set(['belediging', 'vertrouwelijk']));
  });

  it.each(EVASION_FORMS.map((form) => [form.name, form.floor ?? 0.95] as const))('%s: at least %d still caught', (name, floor) => {
    const result = results.find((entry) => entry.form === name)!;
    expect(result.rate, `missed: ${result.missed.join(' | ')}`).toBeGreaterThanOrEqual(floor);
  });
});
