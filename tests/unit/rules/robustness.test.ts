import { beforeAll, describe, expect, it, vi } from 'vitest';
import { check, checkInSlices, createContext, MIN_SLICE_CHARS, NothingChecked, PIECE_BUDGET_MS, SEVERITY_RANK, SLICE_CHARS } from '../../../rules/engine';
import { rules } from '../../../rules/index';
import { type Finding, MAX_FINDINGS_PER_RULE, type Rule } from '../../../rules/types';
import { adversarialInputs } from '../../bench/adversarial';
import { loadTrainingExamples } from '../../../utils/second-reader-training';

const rulesOf = (text: string) => check(text).map((finding) => finding.ruleId);
const highlighted = (text: string) => check(text).map((finding) => text.slice(finding.start, finding.end));

const throwing: Rule = {
  meta: { id: 'kapot', category: 'belediging', severity: 'ernstig', protocolRef: '000 §6', messages: { m: 'x' }, description: 'throws' },
  check() {
    throw new TypeError('kapot');
  },
};

describe('one rule failing', () => {
  it('is reported by id and the other rules still run', () => {
    const failures = vi.fn();
    const findings = check('Mijn BSN is 111222333', createContext(), [throwing, ...rules], failures);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['bsn']);
    expect(failures).toHaveBeenCalledWith('kapot', expect.any(TypeError));
  });

  it('drops what the failing rule reported before it threw', () => {
    const halfway: Rule = {
      ...throwing,
      check(_doc, _context, report) {
        report({ messageId: 'm', start: 0, end: 1 });
        throw new Error('halfway');
      },
    };
    expect(check('abc', createContext(), [halfway, ...rules], () => undefined)).toEqual([]);
  });

  it('keeps the word lists of every family when the grammar shared by them throws, and reports it', async () => {
    vi.resetModules();
    vi.doMock('../../../rules/belediging/grammar/analyse', async (original) => ({
      ...(await original<typeof import('../../../rules/belediging/grammar/analyse')>()),
      grammarHits: () => {
        throw new TypeError('grammatica kapot');
      },
    }));
    const engine = await import('../../../rules/engine');
    const failures = vi.fn();
    const found = engine.check('jij bent een kankerlijer, ik maak je af', engine.createContext(), undefined, failures);
    expect(found.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['scheldwoorden', 'bedreigingen']));
    expect(failures).toHaveBeenCalledWith('grammatica', expect.any(TypeError));
    vi.doUnmock('../../../rules/belediging/grammar/analyse');
    vi.resetModules();
  });

  it('makes the check fail (open) only when no rule could run', () => {
    expect(() => check('tekst', createContext(), [throwing, throwing], () => undefined)).toThrow(NothingChecked);
  });
});

describe('no rule fails on real posts', () => {
  // A rule that throws fails open: the post goes through, unchecked by it. A slip in the grammar once switched all of it
  // off this way while every other rule kept running, so the tests must see a failure, not only the figures. Thousands
  // of posts: on a busy machine more than Vitest's default 5 s, so a time limit of its own (no speed is tested here).
  it('runs every rule on every third line of the tuning corpora without one failing', { timeout: 120_000 }, () => {
    const failed = new Map<string, string>();
    loadTrainingExamples()
      .filter((_, index) => index % 3 === 0)
      .forEach((example) => check(example.text, createContext(), undefined, (ruleId) => failed.set(ruleId, example.text)));
    expect([...failed]).toEqual([]);
  });
});

describe('the audit cases of issue 13', () => {
  it('a title with particles at the end no longer switches the checks off', () => {
    for (const tail of [' juf van', ' meneer de', ' mevrouw van der', ' Wat vind jij van de mentor van?']) {
      expect(rulesOf('jij bent een kankerlijer' + tail)).toContain('scheldwoorden');
    }
  });

  it('long texts of digits and letters do not overflow the stack', () => {
    expect(() => check('a1'.repeat(61_443))).not.toThrow();
    expect(() => check('a1b2c3d4 '.repeat(120_000))).not.toThrow();
  });

  it('characters that fold to several (Hangul) do not push the insult out of reach', () => {
    const text = '가'.repeat(400) + ' jij bent een kankerlijer';
    expect(rulesOf(text)).toContain('scheldwoorden');
    check('가'.repeat(100_000));
    expect(rulesOf(text)).toContain('scheldwoorden');
  });

  it('"een" before a curse is not the illness ("een kanker")', () => {
    for (const text of ['jij bent een kanker', 'jij bent een tyfus', 'jij bent een tering', 'wat een kanker']) {
      expect(check(text).some((finding) => finding.category === 'belediging'), text).toBe(true);
    }
    expect(check('Mijn oma heeft kanker').some((finding) => finding.category === 'belediging')).toBe(false);
  });

  it('highlights the whole word through an emoji, NUL or lone surrogate inside it', () => {
    expect(highlighted('kank😀erlijer')).toEqual(['kank😀erlijer']);
    expect(highlighted('kank\u0000erlijer')).toEqual(['kank\u0000erlijer']);
    expect(highlighted('kank\ud800erlijer')).toEqual(['kank\ud800erlijer']);
  });

  it('highlights never split a letter from its accent', () => {
    const text = 'jij bent een k\u0308a\u0308n\u0308k\u0308e\u0308r\u0308l\u0308i\u0308j\u0308e\u0308r\u0308!';
    expect(highlighted(text)).toContain('k\u0308a\u0308n\u0308k\u0308e\u0308r\u0308l\u0308i\u0308j\u0308e\u0308r\u0308');
  });
});

describe('adversarial inputs (tests/bench/adversarial.ts)', () => {
  // The engine's word data loads on first use: not part of any one input's check (times live in the bench).
  beforeAll(() => void check('warm-up'), 30_000);
  it.each(adversarialInputs(100_000).map((input) => [input.name, input.text] as const))('%s: checked without an error', (_name, text) => {
    const findings = check(text);
    for (const finding of findings) expect(finding.end).toBeLessThanOrEqual(text.length);
    const perRule = new Map<string, number>();
    for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
    for (const count of perRule.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
  });
});

describe('what a pupil adds to get a post through', () => {
  const dialog = (text: string) => check(text).some((finding) => finding.category === 'belediging' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
  // A condemning word anywhere in the post ("gemeld", "racisme", "niet oké") once made the whole post a report of abuse.
  it.each([
    ['jij bent een vuile hoer', ' gemeld'],
    ['ik maak je morgen af na school', ' gemeld'],
    ['ik maak je morgen af na school', '. racisme'],
    ['alle moslims zijn ratten', ' racisme'],
    ['alle moslims zijn ratten', ' niet oke'],
    ['ga dood jij mongool', ' stop met pesten'],
    ['spring maar van een flat', ' gemeld'],
    ['niemand mag met Lisa praten', ' niet oke'],
    ['stuur me een naaktfoto anders deel ik je screenshots', ' racisme'],
    // The help line as a push: "bel 113 maar".
    ['niemand mist je', ', bel 113 maar'],
    ['iedereen haat je', '. bel 113'],
  ])('"%s" + "%s" still opens the dialog', (attack, added) => {
    expect(dialog(attack)).toBe(true);
    expect(dialog(attack + added)).toBe(true);
  });
  // A report of the same words stays a report.
  it.each([
    'Hij noemde me een vuile hoer, zo erg. Ik heb het gemeld.',
    'Iemand schreef "alle moslims zijn ratten" onder mijn post. Racisme, gemeld.',
    'Als iemand je pest, zeg het tegen een mentor. Wij helpen je echt.',
    'Het is echt niet waar dat Marokkanen allemaal crimineel zijn.',
    // Someone else's words, told to condemn them (from a review of this change).
    'ze zeggen dat jij een slet bent, zo erg',
    'Tom zei Aisha is een vieze moslim, dat is discriminatie',
    'in de groep stond: alle marokkanen zijn dieven. echt racisme, heb het gemeld',
    'Mevrouw, ik wil iets melden. Daaronder schreef hij kankermoslim. Iedereen lachte. Ik vond het echt niet oké.',
    'die jongen stuurde mij jij bent een aap. dat is racisme',
  ])('"%s" opens no dialog', (report) => expect(dialog(report)).toBe(false));
  // Fondness near a mild name makes it teasing; a heart at the end of a wall of text does not soften the rest.
  it('a heart softens a mild name near it, not one far away', () => {
    expect(dialog('haha jij sukkel, ik mis je nu al ❤️')).toBe(false);
    expect(dialog(`jij bent echt een sukkel. ${'We hadden vandaag gym en daarna wiskunde. '.repeat(20)}❤️`)).toBe(true);
  });
});

describe('checking a long post in pieces', () => {
  it('hands the thread back between pieces and finds what is in each', async () => {
    const filler = 'Wat een mooie dag gehad met de klas in het museum. '.repeat(400);
    const text = filler + 'Mijn BSN is 111222333. ' + filler + 'jij bent een kankerlijer';
    let pauses = 0;
    const findings = await checkInSlices(text, createContext(), async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / SLICE_CHARS) - 1);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['bsn', 'scheldwoorden']);
    expect(text.slice(findings[1]!.start, findings[1]!.end)).toBe('kankerlijer');
  });

  it('sizes each next piece by how long the last took: slow pieces get shorter, never below a floor', async () => {
    const filler = 'Wat een mooie dag gehad met de klas in het museum. '.repeat(800);
    const text = filler + 'Mijn BSN is 111222333. ' + filler + 'jij bent een kankerlijer';
    const piecesWith = async (clock: () => number) => {
      let pauses = 0;
      const findings = await checkInSlices(text, createContext(), async () => void pauses++, undefined, undefined, clock);
      return { pauses, found: findings.map((finding) => [finding.ruleId, text.slice(finding.start, finding.end)]) };
    };
    let time = 0;
    // Every piece takes 100 ms on this clock: after a few halvings, pieces of the floor.
    const slow = await piecesWith(() => (time += 50));
    const fast = await piecesWith(() => 0);
    expect(fast.pauses).toBe(Math.ceil(text.length / SLICE_CHARS) - 1);
    // Pieces of the floor, less the part of a sentence each cut leaves for the next one.
    expect(slow.pauses).toBeGreaterThan((0.8 * text.length) / MIN_SLICE_CHARS);
    expect(slow.found).toEqual(fast.found);
    expect(fast.found).toEqual([['bsn', '111222333'], ['scheldwoorden', 'kankerlijer']]);
  });

  it('reads a piece with what follows it: a heart just after a cut softens a mild name as in the whole text', async () => {
    // No full stops, so the cuts fall at spaces, some between a name and its heart.
    const block = 'haha jij sukkel je bent weer je sleutels vergeten en je jas ik mis je nu al ❤️ ' + 'we hadden vandaag gym en daarna wiskunde '.repeat(12);
    const text = block.repeat(30);
    const severities = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId}:${finding.start}:${finding.severity}`);
    let time = 0;
    // Every piece takes four budgets on this clock: pieces of the floor.
    const sliced = await checkInSlices(text, createContext(), async () => undefined, undefined, undefined, () => (time += 4 * PIECE_BUDGET_MS));
    const whole = check(text);
    expect(severities(sliced)).toEqual(severities(whole));
    expect(new Set(whole.map((finding) => finding.severity))).toEqual(new Set(['info']));
  });

  it('reads a piece with the sentence before it (a pronoun after a cut)', async () => {
    const filler = 'We hadden vandaag gym en daarna wiskunde. '.repeat(190);
    const text = filler + 'Daan zit bij mij in de klas. Hij is echt een kankerlijer.';
    const findings = await checkInSlices(text, createContext(), async () => undefined);
    expect(findings.map((finding) => finding.ruleId)).toEqual(check(text).map((finding) => finding.ruleId));
  });
});
