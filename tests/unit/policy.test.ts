import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import { applyCategories, contextFromPolicy, DEFAULT_POLICY, isLessonTime, isOfficialAccount, isSetBySchool, mergePolicy } from '../../utils/policy';

const finding = (category: Finding['category'], severity: Finding['severity'] = 'waarschuwing'): Finding => ({
  ruleId: 'x',
  category,
  severity,
  start: 0,
  end: 1,
  messageId: 'm',
  message: 'm',
  protocolRef: '000 §6',
});

describe('managed policy', () => {
  it('without a policy, everything is the default', () => {
    expect(mergePolicy(undefined).policy).toEqual(DEFAULT_POLICY);
    expect(mergePolicy({}).report).toEqual({ applied: [], issues: [] });
  });

  it('merges key by key and reports what was applied, invalid or unknown', () => {
    const { policy, report } = mergePolicy({
      role: 'medewerker',
      schoolName: 'Het Streek',
      categories: { belediging: 'block', personen: 'sometimes' },
      allowOverride: 'no',
      sites: { instagram: false },
      colour: 'blue',
    });
    expect(policy.role).toBe('medewerker');
    expect(policy.categories).toEqual({ ...DEFAULT_POLICY.categories, belediging: 'block' });
    expect(policy.allowOverride).toBe(true);
    expect(policy.sites).toEqual({ x: true, instagram: false, facebook: true, messenger: true });
    expect(report.applied.sort()).toEqual(['categories.belediging', 'role', 'schoolName', 'sites.instagram']);
    expect(report.issues).toEqual([
      { path: 'categories.personen', problem: 'notAllowed', outcome: 'default', allowed: ['off', 'info', 'warn', 'block'] },
      { path: 'allowOverride', problem: 'notBoolean', outcome: 'default' },
      { path: 'colour', problem: 'unknownKey', outcome: 'ignored' },
    ]);
    expect(isSetBySchool(report, 'categories')).toBe(true);
    expect(isSetBySchool(report, 'contact')).toBe(false);
  });

  it('off drops, info quiets, block removes "Toch plaatsen"', () => {
    const policy = { ...DEFAULT_POLICY, categories: { ...DEFAULT_POLICY.categories, personen: 'off', vertrouwelijk: 'info', belediging: 'block' } } as typeof DEFAULT_POLICY;
    expect(applyCategories([finding('personen')], policy)).toEqual({ findings: [], blocked: false });
    expect(applyCategories([finding('vertrouwelijk')], policy).findings[0]!.severity).toBe('info');
    expect(applyCategories([finding('belediging')], policy).blocked).toBe(true);
    expect(applyCategories([finding('logo')], { ...DEFAULT_POLICY, allowOverride: false }).blocked).toBe(true);
    expect(applyCategories([finding('logo', 'info')], { ...DEFAULT_POLICY, allowOverride: false }).blocked).toBe(false);
  });

  it('the policy feeds the engine: school names, disclaimer, extra and allowed words', () => {
    const { policy } = mergePolicy({
      role: 'medewerker',
      schoolName: 'Het Streek',
      extraTerms: { vertrouwelijk: ['Project Zwaluw'] },
      allowTerms: ['Kuttekoven'],
    });
    const context = contextFromPolicy(policy);
    expect(context.school.disclaimerText).toBe('Dit bericht plaats ik op persoonlijke titel; het is niet namens Het Streek.');
    expect(check('Project Zwaluw op Het Streek', context).map((item) => item.ruleId).sort()).toEqual(['disclaimer-herinnering', 'eigen-woorden']);
    expect(check('Kuttekoven is mooi. Dit bericht plaats ik op persoonlijke titel; het is niet namens Het Streek.', context)).toEqual([]);
  });

  it('knows the school\'s lesson times', () => {
    const times = [{ days: ['ma', 'di', 'wo', 'do', 'vr'], from: '08:30', to: '15:30' }];
    expect(isLessonTime(times, new Date(2026, 10, 23, 10, 0))).toBe(true); // Monday 10:00
    expect(isLessonTime(times, new Date(2026, 10, 23, 15, 30))).toBe(false); // the end is not included
    expect(isLessonTime(times, new Date(2026, 10, 22, 10, 0))).toBe(false); // Sunday
    expect(isLessonTime([], new Date(2026, 10, 23, 10, 0))).toBe(false);
  });

  it('recognises the school\'s official accounts, with or without @, in any case', () => {
    const policy = { ...DEFAULT_POLICY, officialAccounts: ['@CSGHetStreek', 'streek_pr'] };
    expect(isOfficialAccount(policy, 'csghetstreek')).toBe(true);
    expect(isOfficialAccount(policy, 'streek_pr')).toBe(true);
    expect(isOfficialAccount(policy, 'sanne_j')).toBe(false);
    expect(isOfficialAccount(policy, undefined)).toBe(false);
  });
});
