import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_CLAUSES } from '../../rules/engine';
import { ALL_RULE_METAS } from '../../rules/index';

const run = (args: string[], input?: string) =>
  execFileSync('npm', ['run', '-s', 'check', '--', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('the check CLI', () => {
  it('--json prints one object with the findings', () => {
    const output = JSON.parse(run(['--json', 'Mijn BSN is 111222333']));
    expect(output.findings).toHaveLength(1);
    expect(output.findings[0]).toMatchObject({ ruleId: 'bsn', category: 'vertrouwelijk', start: 12, end: 21 });
  });

  it('takes role and school', () => {
    const output = JSON.parse(run(['--json', '--role', 'medewerker', '--school', 'Het Streek', 'Open dag op Het Streek!']));
    expect(output.findings.map((finding: { category: string }) => finding.category)).toEqual(['disclaimer']);
  });

  it('prints findings for a person without --json', () => {
    expect(run(['jij bent een kankerlijer'])).toContain('belediging');
  });

  it('--jsonl answers every line, in order, and nothing else on stdout', () => {
    const lines = Array.from({ length: 2000 }, (_, index) =>
      JSON.stringify({ id: `r${index}`, text: index % 2 ? 'kanker' : 'Fijne dag!', role: 'leerling', school: '' }),
    );
    const output = run(['--jsonl'], lines.join('\n') + '\n').trimEnd().split('\n');
    expect(output).toHaveLength(2000);
    output.forEach((line, index) => {
      const parsed = JSON.parse(line);
      expect(parsed.id).toBe(`r${index}`);
      expect(parsed.findings.length).toBe(index % 2);
    });
  });

  it('--jsonl answers every JSON line without an error, whatever its text, role or shape', () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'jij bent een kankerlijer juf van', role: 'docent' }),
      JSON.stringify({ id: 2, text: '\ud800kank\u0000erlijer\u202e' }),
      JSON.stringify({ id: 3, text: 42 }),
      JSON.stringify({ id: 4, text: null, school: 7 }),
      'null',
      JSON.stringify({ id: 6, text: 'a1'.repeat(61_443) }),
      JSON.stringify({ id: 7, text: '가'.repeat(400) + ' jij bent een kankerlijer' }),
    ];
    const output = run(['--jsonl'], lines.join('\n') + '\n').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(output).toHaveLength(lines.length);
    for (const answer of output) expect(answer.error).toBeUndefined();
    expect(output[0].findings.length).toBeGreaterThan(0);
    expect(output[6].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('scheldwoorden');
  });

  it('--list-rules --json lists every rule of the registry, text and image, with its protocol clause', () => {
    const { rules } = JSON.parse(run(['--list-rules', '--json'])) as {
      rules: Array<{ id: string; category: string; severity: string; protocolRef: string; protocol?: { school: string; title: string }; description: string; messages: Record<string, string> }>;
    };
    expect(rules.map((rule) => rule.id)).toEqual(ALL_RULE_METAS.map((meta) => meta.id));
    expect(rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['logo', 'logo-profielfoto']));
    for (const rule of rules) {
      const clause = PROTOCOL_CLAUSES[rule.protocolRef];
      expect(clause, `${rule.id}: ${rule.protocolRef}`).toBeDefined();
      expect(rule.protocol).toEqual({ school: clause!.school, title: clause!.title });
      expect(rule.description).not.toBe('');
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    }
    expect(rules.find((rule) => rule.id === 'logo')).toMatchObject({ category: 'logo', severity: 'waarschuwing', protocolRef: '000 §8' });
  });

  it('--list-rules prints a table with a line per rule', () => {
    const lines = run(['--list-rules']).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^regel\s+categorie\s+ernst\s+protocol\s+beschrijving$/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual(ALL_RULE_METAS.map((meta) => meta.id));
    expect(lines.find((line) => line.startsWith('logo-profielfoto '))).toContain('Clusius College, 000 §8');
  });
});
