import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../rules/categories';
import { DEFAULT_POLICY, isLessonTime, isSetBySchool, mergePolicy } from '../../utils/policy';
import { SITES } from '../../utils/sites';

/** The values admins really type: registry text for yes/no, typos, web addresses where data belongs. */
describe('school policy: malformed values', () => {
  it('reads "true"/"false"/"1"/"0" (any case, spaces around) as yes or no, with a warning', () => {
    for (const [written, read] of [['false', false], [' FALSE ', false], ['0', false], [0, false], ['True', true], ['1', true], [1, true]] as const) {
      const { policy, report } = mergePolicy({ allowOverride: written, sites: { x: written } });
      expect(policy.allowOverride).toBe(read);
      expect(policy.sites.x).toBe(read);
      expect(report.applied).toEqual(['allowOverride', 'sites.x']);
      expect(report.issues).toEqual([
        { path: 'allowOverride', problem: 'textAsBoolean', outcome: 'converted' },
        { path: 'sites.x', problem: 'textAsBoolean', outcome: 'converted' },
      ]);
    }
  });

  it('rejects other text for yes or no: the default holds and the report says why', () => {
    for (const written of ['misschien', 'nee', 'yes', '', 2, null, [], {}]) {
      const { policy, report } = mergePolicy({ allowOverride: written });
      expect(policy.allowOverride).toBe(true);
      expect(isSetBySchool(report, 'allowOverride')).toBe(false);
      expect(report.issues).toEqual([{ path: 'allowOverride', problem: 'notBoolean', outcome: 'default' }]);
    }
  });

  it('a lesson time without its fields is dropped, so a clean post is checked as usual', () => {
    const { policy, report } = mergePolicy({ role: 'leerling', lessonTimes: [{}] });
    expect(policy.lessonTimes).toEqual([]);
    expect(report.issues).toEqual([{ path: 'lessonTimes', problem: 'incomplete', outcome: 'default', allowed: ['days', 'from', 'to'], count: 1 }]);
    expect(() => isLessonTime(policy.lessonTimes, new Date())).not.toThrow();
  });

  it('keeps the good lesson times and reports each kind of bad one', () => {
    const good = { days: ['ma', 'di'], from: '8:30', to: '15:30' };
    const { policy, report } = mergePolicy({
      lessonTimes: [
        good,
        { days: ['maandag'], from: '08:30', to: '15:30' },
        { days: ['wo'], from: '15:30', to: '08:30' },
        { days: ['wo'], from: '15:30', to: '15:30' },
        { days: [], from: '08:30', to: '15:30' },
        { days: ['do'], from: '8.30', to: '15:30' },
        { days: ['vr'], from: '08:30', to: '24:00' },
        { days: 'ma', from: '08:30', to: '15:30' },
        'ma 08:30-15:30',
        { days: ['vr'], from: '08:30', to: '12:00', kleur: 'rood' },
      ],
    });
    expect(policy.lessonTimes).toEqual([good, { days: ['vr'], from: '08:30', to: '12:00' }]);
    expect(isSetBySchool(report, 'lessonTimes')).toBe(true);
    expect(report.issues).toEqual([
      { path: 'lessonTimes', problem: 'notAllowed', outcome: 'partial', allowed: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], count: 1 },
      { path: 'lessonTimes', problem: 'timeOrder', outcome: 'partial', count: 2 },
      { path: 'lessonTimes', problem: 'noDays', outcome: 'partial', count: 1 },
      { path: 'lessonTimes', problem: 'badTime', outcome: 'partial', count: 2 },
      { path: 'lessonTimes', problem: 'notList', outcome: 'partial', count: 1 },
      { path: 'lessonTimes', problem: 'notGroup', outcome: 'partial', count: 1 },
      { path: 'lessonTimes[].kleur', problem: 'unknownName', outcome: 'ignored', allowed: ['days', 'from', 'to'], count: 1 },
    ]);
  });

  it('prototype keys are unknown keys: reported, never applied, no prototype touched', () => {
    const raw = JSON.parse('{"__proto__": {"allowOverride": false, "role": "medewerker"}, "constructor": {"prototype": {"x": 1}}, "toString": "x", "hasOwnProperty": 1, "categories": {"__proto__": {"belediging": "off"}, "constructor": "off"}, "lessonTimes": [{"__proto__": {"days": ["ma"]}, "from": "08:00", "to": "09:00"}]}');
    const { policy, report } = mergePolicy(raw);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(policy.categories)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).allowOverride).toBeUndefined();
    expect(report.applied).toEqual([]);
    const unknown = (problem: string) => report.issues.filter((issue) => issue.problem === problem).map((issue) => issue.path);
    expect(unknown('unknownKey')).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(unknown('unknownName')).toEqual(['categories.__proto__', 'categories.constructor', 'lessonTimes[].__proto__']);
    // The lesson time lacks its days (they were only on a prototype key), so it is incomplete.
    expect(report.issues).toContainEqual({ path: 'lessonTimes', problem: 'incomplete', outcome: 'default', allowed: ['days', 'from', 'to'], count: 1 });
  });

  it('keeps at most 2000 words per list, each at most 100 characters: the first ones, so the list still protects', () => {
    const many = Array.from({ length: 1_000_000 }, (_, index) => `woord${index}`);
    const started = performance.now();
    const { policy, report } = mergePolicy({ extraTerms: { vertrouwelijk: many, belediging: ['kort', 'x'.repeat(101), 'ook kort'] }, allowTerms: many });
    expect(performance.now() - started).toBeLessThan(500);
    expect(policy.extraTerms.vertrouwelijk).toEqual(many.slice(0, 2000));
    expect(policy.extraTerms.belediging).toEqual(['kort', 'ook kort']);
    expect(policy.allowTerms).toHaveLength(2000);
    expect(report.issues).toEqual([
      { path: 'extraTerms.vertrouwelijk', problem: 'tooMany', outcome: 'partial', limit: 2000 },
      { path: 'extraTerms.belediging', problem: 'tooLong', outcome: 'partial', limit: 100, count: 1 },
      { path: 'allowTerms', problem: 'tooMany', outcome: 'partial', limit: 2000 },
    ]);
  });

  it('rejects text over its limit rather than cutting it: half a name or disclaimer says something else', () => {
    const { policy, report } = mergePolicy({
      schoolName: 'x'.repeat(201),
      disclaimerText: 'x'.repeat(501),
      contact: { name: 'x'.repeat(101), how: 'via Teams' },
      officialAccounts: ['@school', 'x'.repeat(101)],
    });
    expect(policy.schoolName).toBe('');
    expect(policy.disclaimerText).toBe('');
    expect(policy.contact).toEqual({ name: '', role: '', how: 'via Teams' });
    expect(policy.officialAccounts).toEqual(['@school']);
    expect(report.issues).toEqual([
      { path: 'schoolName', problem: 'tooLong', outcome: 'default', limit: 200 },
      { path: 'disclaimerText', problem: 'tooLong', outcome: 'default', limit: 500 },
      { path: 'contact.name', problem: 'tooLong', outcome: 'default', limit: 100 },
      { path: 'officialAccounts', problem: 'tooLong', outcome: 'partial', limit: 100, count: 1 },
    ]);
  });

  it('takes only an https address as the protocol link', () => {
    expect(mergePolicy({ protocolUrl: 'https://www.example.nl/protocol' }).policy.protocolUrl).toBe('https://www.example.nl/protocol');
    expect(mergePolicy({ protocolUrl: 'HTTPS://example.nl' }).report.issues).toEqual([]);
    expect(mergePolicy({ protocolUrl: '' }).report.issues).toEqual([]);
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'http://example.nl', 'data:text/html,x', 'file:///etc/passwd', 'https://', 'https://exa mple.nl', 'www.example.nl', '//example.nl']) {
      const { policy, report } = mergePolicy({ protocolUrl: url });
      expect(policy.protocolUrl, url).toBe('');
      expect(report.issues, url).toEqual([{ path: 'protocolUrl', problem: 'notHttps', outcome: 'default' }]);
    }
  });

  it('takes logos only as image data URLs of at most 1 MB, at most 10', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const svg = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E';
    // Base64 of exactly 1 MiB is 1,398,104 characters with two '=' of padding; one byte more needs one '='.
    const oneMegabyte = `data:image/jpeg;base64,${'A'.repeat(1_398_102)}==`;
    const big = `data:image/png;base64,${'A'.repeat(1_398_103)}=`;
    const { policy, report } = mergePolicy({
      logos: [png, svg, 'https://www.example.nl/logo.png', 'data:text/html;base64,PHNjcmlwdD4=', 'javascript:alert(1)', big, png, png, png, png, png, png, png, png],
    });
    expect(policy.logos).toEqual([png, svg, png, png, png, png]);
    expect(report.issues).toEqual([
      { path: 'logos', problem: 'tooMany', outcome: 'partial', limit: 10 },
      { path: 'logos', problem: 'notImage', outcome: 'partial', count: 3 },
      { path: 'logos', problem: 'logoTooBig', outcome: 'partial', limit: 1, count: 1 },
    ]);
    expect(mergePolicy({ logos: [oneMegabyte] }).report.issues).toEqual([]);
    // Only bad logos: the list is rejected as a whole, and says so.
    expect(mergePolicy({ logos: ['https://www.example.nl/logo.png'] }).report.issues).toEqual([{ path: 'logos', problem: 'notImage', outcome: 'default', count: 1 }]);
  });

  it('checks every structured key: wrong shapes keep the default and are reported', () => {
    const { policy, report } = mergePolicy({
      role: 'docent',
      schoolAliases: 'Streek',
      contact: 'Mevrouw Bakker',
      categories: { belediging: 'Block', onbekend: 'warn' },
      extraTerms: { vertrouwelijk: 'Project Zwaluw', personen: [1, 'Jan'] },
      sites: ['x'],
      schoolName: 42,
    });
    expect(policy).toEqual({ ...DEFAULT_POLICY, extraTerms: { ...DEFAULT_POLICY.extraTerms, personen: ['Jan'] } });
    expect(report.issues).toEqual([
      { path: 'role', problem: 'notAllowed', outcome: 'default', allowed: ['leerling', 'medewerker'] },
      { path: 'schoolAliases', problem: 'notList', outcome: 'default' },
      { path: 'contact', problem: 'notGroup', outcome: 'default' },
      { path: 'categories.belediging', problem: 'notAllowed', outcome: 'default', allowed: ['off', 'info', 'warn', 'block'] },
      { path: 'categories.onbekend', problem: 'unknownName', outcome: 'ignored', allowed: [...CATEGORIES] },
      { path: 'extraTerms.vertrouwelijk', problem: 'notList', outcome: 'default' },
      { path: 'extraTerms.personen', problem: 'notText', outcome: 'partial', count: 1 },
      { path: 'sites', problem: 'notGroup', outcome: 'default' },
      { path: 'schoolName', problem: 'notText', outcome: 'default' },
    ]);
  });

  it('a misspelt category or site is not used, and the report names the ones Twijfelcheck knows', () => {
    const { policy, report } = mergePolicy({ categories: { Belediging: 'off' }, extraTerms: { geheim: ['fusie'] }, sites: { twitter: false, tiktok: false } });
    // Nothing the school meant to switch off is switched off, nothing is silently dropped.
    expect(policy).toEqual(DEFAULT_POLICY);
    const sites = SITES.map((site) => site.id);
    expect(report.issues).toEqual([
      { path: 'categories.Belediging', problem: 'unknownName', outcome: 'ignored', allowed: [...CATEGORIES] },
      { path: 'extraTerms.geheim', problem: 'unknownName', outcome: 'ignored', allowed: [...CATEGORIES] },
      { path: 'sites.twitter', problem: 'unknownName', outcome: 'ignored', allowed: sites },
      { path: 'sites.tiktok', problem: 'unknownName', outcome: 'ignored', allowed: sites },
    ]);
  });

  it('shortens an unknown key as long as a document in the report', () => {
    const { report } = mergePolicy({ ['k'.repeat(10_000)]: 1 });
    expect(report.issues[0]!.path).toBe(`${'k'.repeat(80)}…`);
  });

  it('never shares a list or object with the input', () => {
    const raw = { allowTerms: ['Ede'], lessonTimes: [{ days: ['ma'], from: '08:00', to: '09:00' }] };
    const { policy } = mergePolicy(raw);
    raw.allowTerms.push('Kuttekoven');
    raw.lessonTimes[0]!.days.push('di');
    expect(policy.allowTerms).toEqual(['Ede']);
    expect(policy.lessonTimes[0]!.days).toEqual(['ma']);
  });
});
