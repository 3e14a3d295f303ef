import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The English corpus (tests/corpus/english/) and its sealed quarter (tests/corpus/english-sealed/) are well-formed.
 * Sealed lines are never printed: every failure message names a file and a line number, never a text.
 */

const TUNING = 'tests/corpus/english';
const SEALED = 'tests/corpus/english-sealed';

const PHENOMENA = [
  'hate-emotion',
  'negative-attribute',
  'dehumanisation',
  'implicit-derogation',
  'direct-threat',
  'normative-threat',
  'implicit-threat',
  'death-wish-self-harm',
  'exclusion',
  'sexual-harassment',
  'body-shaming',
  'slurs',
  'profanity-untargeted',
  'insult-individual',
  'pronoun-reference',
  'question-opinion',
  'spelling',
  'mixed-dutch-english',
] as const;
/** The other families: what each file must expect, and the least number of harmful lines and contrasts. */
const FAMILIES = {
  confidential: { expect: 'vertrouwelijk', harmful: 30, contrasts: 15 },
  people: { expect: 'personen', harmful: 30, contrasts: 10 },
} as const;
const FILES = [...PHENOMENA, ...Object.keys(FAMILIES)];

const CATEGORIES = new Set(['belediging', 'vertrouwelijk', 'personen', 'logo', 'disclaimer']);
const FIELDS = new Set(['text', 'expect', 'kind', 'target', 'contrast', 'allow']);
/** Contrasts the brief asks to be covered somewhere in the phenomenon files. */
const REQUIRED_CONTRASTS = [
  'self-mockery',
  'negation',
  'counter-speech',
  'news-fiction',
  'object',
  'sport-game',
  'positive-group',
  'neutral-group',
  'friendly',
];
const CONTRASTS = new Set([...REQUIRED_CONTRASTS, 'word-sense', 'clean-frustration', 'not-confidential', 'no-person']);
const TARGET = /^(individu|geen|object|groep:[a-z][a-z -]*)$/;

interface Line {
  text: string;
  expect: string[];
  kind: string;
  target?: string;
  contrast?: string;
  allow?: string[];
}
interface Parsed {
  where: string;
  line?: Line;
  error?: string;
}

function parse(folder: string, file: string): Parsed[] {
  const path = `${folder}/${file}.jsonl`;
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((raw, index) => ({ raw, where: `${path}:${index + 1}` }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, where }) => {
      try {
        return { where, line: JSON.parse(raw) as Line };
      } catch {
        return { where, error: 'invalid JSON' };
      }
    });
}

const sets = { tuning: TUNING, sealed: SEALED } as const;
const parsed = Object.fromEntries(
  Object.entries(sets).map(([set, folder]) => [set, Object.fromEntries(FILES.map((file) => [file, parse(folder, file)]))]),
) as Record<keyof typeof sets, Record<string, Parsed[]>>;
const all = (file: string) => [...parsed.tuning[file]!, ...parsed.sealed[file]!];
const lines = (file: string) => all(file).flatMap(({ line }) => (line ? [line] : []));

/** What is wrong with one line, if anything; never mentions the text itself. */
function problems(file: string, line: Line): string[] {
  const found: string[] = [];
  const family = FAMILIES[file as keyof typeof FAMILIES];
  for (const key of Object.keys(line)) if (!FIELDS.has(key)) found.push(`unknown field ${key}`);
  if (typeof line.text !== 'string' || line.text.trim() === '') found.push('text missing or empty');
  if (line.kind !== file) found.push(`kind ${String(line.kind)} does not match the file name`);
  if (!Array.isArray(line.expect)) found.push('expect is not a list');
  else for (const category of line.expect) if (!CATEGORIES.has(category)) found.push(`unknown category ${category}`);
  if (line.allow !== undefined && (!Array.isArray(line.allow) || line.allow.some((category) => !CATEGORIES.has(category))))
    found.push('allow names an unknown category');
  const harmful = Array.isArray(line.expect) && line.expect.length > 0;
  if (harmful && line.contrast !== undefined) found.push('a harmful line has a contrast');
  if (!harmful && (line.contrast === undefined || !CONTRASTS.has(line.contrast))) found.push('a contrast without a known contrast name');
  if (family) {
    if (harmful && !line.expect.includes(family.expect)) found.push(`expect lacks ${family.expect}`);
  } else {
    if (harmful && (line.expect.length !== 1 || line.expect[0] !== 'belediging')) found.push('expect is not ["belediging"]');
    if (typeof line.target !== 'string' || !TARGET.test(line.target)) found.push('target missing or malformed');
  }
  return found;
}

describe('the English corpus', () => {
  it('has a tuning file and a sealed file for every phenomenon and family, and nothing else', () => {
    for (const folder of Object.values(sets)) {
      const present = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).map((name) => name.replace(/\.jsonl$/, ''));
      expect(present.sort(), folder).toEqual([...FILES].sort());
    }
    expect(existsSync(`${TUNING}/README.md`)).toBe(true);
    expect(existsSync(`${SEALED}/README.md`)).toBe(true);
  });

  it('has one valid, well-formed JSON object per line', () => {
    const wrong = FILES.flatMap((file) =>
      all(file).flatMap(({ where, line, error }) => (error ? [`${where}: ${error}`] : problems(file, line!).map((problem) => `${where}: ${problem}`))),
    );
    expect(wrong).toEqual([]);
  });

  it('has at least 30 harmful lines and 12 contrasts per phenomenon, and the family minimums', () => {
    const short: string[] = [];
    for (const file of FILES) {
      const family = FAMILIES[file as keyof typeof FAMILIES];
      const harmful = lines(file).filter((line) => line.expect.length > 0).length;
      const contrasts = lines(file).length - harmful;
      if (harmful < (family?.harmful ?? 30)) short.push(`${file}: ${harmful} harmful`);
      if (contrasts < (family?.contrasts ?? 12)) short.push(`${file}: ${contrasts} contrasts`);
    }
    expect(short).toEqual([]);
  });

  it('aims at individuals and at least 8 protected groups, and covers every kind of contrast', () => {
    const targets = PHENOMENA.flatMap((file) => lines(file).filter((line) => line.expect.length > 0).map((line) => line.target ?? ''));
    const groups = new Set(targets.filter((target) => target.startsWith('groep:')));
    expect(groups.size).toBeGreaterThanOrEqual(8);
    expect(targets.filter((target) => target === 'individu').length).toBeGreaterThanOrEqual(30);
    const contrasts = new Set(PHENOMENA.flatMap((file) => lines(file).map((line) => line.contrast)));
    expect(REQUIRED_CONTRASTS.filter((contrast) => !contrasts.has(contrast))).toEqual([]);
  });

  it('seals about a quarter of every file', () => {
    const off = FILES.flatMap((file) => {
      const share = parsed.sealed[file]!.length / all(file).length;
      return share >= 0.2 && share <= 0.3 ? [] : [`${file}: ${(share * 100).toFixed(0)}% sealed`];
    });
    expect(off).toEqual([]);
  });

  it('has no text twice, within or across tuning and sealed', () => {
    const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const first = new Map<string, string>();
    const twice: string[] = [];
    for (const file of FILES)
      for (const { where, line } of all(file)) {
        if (!line) continue;
        const key = normal(line.text);
        const earlier = first.get(key);
        if (earlier) twice.push(`${where} repeats ${earlier}`);
        else first.set(key, where);
      }
    expect(twice).toEqual([]);
  });
});
