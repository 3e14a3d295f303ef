import { describe, expect, it } from 'vitest';
import { check, createContext, DEFAULT_CONTEXT } from '../../../rules/engine';
import { MAX_FINDINGS_PER_RULE, type Rule } from '../../../rules/types';

describe('check', () => {
  it('returns findings with exactly the contract fields, sorted by position', () => {
    const findings = check('kanker! Mijn BSN is 111222333');
    expect(findings.map((finding) => finding.ruleId)).toEqual(['vloeken', 'bsn']);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(['category', 'end', 'message', 'messageId', 'protocolRef', 'ruleId', 'severity', 'start']);
    }
  });

  it('highlights the characters as typed, also after normalisation', () => {
    const text = '😀 Hé 𝐤𝐚𝐧𝐤𝐞𝐫!';
    const [finding] = check(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('𝐤𝐚𝐧𝐤𝐞𝐫');
  });

  it('keeps the more serious of two findings of one category on the same words', () => {
    const findings = check('NL91 ABNA 0417 1643 00');
    expect(findings.map((finding) => finding.ruleId)).toEqual(['iban']);
  });

  it('keeps a second opinion only where no other rule of its category reported', () => {
    const meta = (id: string, secondOpinion: boolean) => ({ id, category: 'belediging' as const, severity: 'waarschuwing' as const, protocolRef: '002 A.10', description: '', messages: { m: 'x' }, secondOpinion });
    const first: Rule = { meta: meta('eerste', false), check: (_doc, _context, report) => report({ messageId: 'm', start: 0, end: 5 }) };
    const second: Rule = {
      meta: meta('tweede', true),
      check: (_doc, _context, report) => {
        report({ messageId: 'm', start: 0, end: 12 });
        report({ messageId: 'm', start: 13, end: 20 });
      },
    };
    const found = check('aaaaa bbbbbb cccccc', DEFAULT_CONTEXT, [first, second]).map((finding) => [finding.ruleId, finding.start]);
    expect(found).toEqual([
      ['eerste', 0],
      ['tweede', 13],
    ]);
  });

  it('a long text: positions in the whole text, nothing twice, at most the cap per rule', () => {
    const sentence = 'Wat een mooie dag. Bel me op 0612345678 als je wilt. ';
    const text = sentence.repeat(Math.ceil(40_000 / sentence.length));
    const phones = check(text).filter((finding) => finding.ruleId === 'telefoonnummer');
    expect(phones.length).toBe(Math.min(MAX_FINDINGS_PER_RULE, text.split('0612345678').length - 1));
    for (const finding of phones) expect(text.slice(finding.start, finding.end)).toBe('0612345678');
    expect(new Set(phones.map((finding) => finding.start)).size).toBe(phones.length);
  });

  it('finds nothing in an empty or kind post', () => {
    expect(check('')).toEqual([]);
    expect(check('Wat een mooie dag! Succes allemaal met de toetsen 🍀')).toEqual([]);
  });

  it('fills the context from defaults, key by key', () => {
    expect(createContext()).toEqual(DEFAULT_CONTEXT);
    const context = createContext({ role: 'medewerker', school: { name: 'PCC', aliases: undefined } });
    expect(context.school).toEqual({ ...DEFAULT_CONTEXT.school, name: 'PCC' });
  });

  it('never throws and stays linear on random and adversarial input', () => {
    const random = (length: number, seed: number) => {
      let state = seed;
      let out = '';
      const alphabet = 'ak nre0134@$.-_ \u200B😀кé\n1234567890NL';
      for (let i = 0; i < length; i++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        out += alphabet[state % alphabet.length];
      }
      return out;
    };
    for (let seed = 1; seed < 50; seed++) expect(() => check(random(500, seed))).not.toThrow();
    const adversarial = [
      'k '.repeat(20_000),
      '1 '.repeat(20_000),
      '0'.repeat(40_000),
      '@'.repeat(40_000),
      'a.'.repeat(20_000),
      'ik ga je '.repeat(5_000),
      'jij bent zo '.repeat(4_000),
      'niemand wil '.repeat(4_000),
      'k*'.repeat(20_000),
      'jijbent'.repeat(5_000),
    ];
    for (const text of adversarial) {
      const begin = performance.now();
      check(text);
      // Generous bound: catastrophic backtracking takes seconds or worse on these.
      expect(performance.now() - begin).toBeLessThan(1_000);
    }
  });
});
