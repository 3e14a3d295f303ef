import { describe, expect, it } from 'vitest';
import { EVASION_FORMS, EVASION_PHRASES, evasionResults } from '../eval/evasion';

describe('evasion forms (tests/eval/evasion.ts)', () => {
  const results = evasionResults();

  it('use at least 40 phrases that are caught as typed, for words and for numbers', () => {
    for (const result of results) expect(result.phrases, result.form).toBeGreaterThanOrEqual(40);
    expect(new Set(EVASION_PHRASES.map((phrase) => phrase.category))).toEqual(new Set(['belediging', 'vertrouwelijk']));
  });

  it.each(EVASION_FORMS.map((form) => form.name))('%s: at least 95% still caught', (name) => {
    const result = results.find((entry) => entry.form === name)!;
    expect(result.rate, `missed: ${result.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
