import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../public/managed-schema.json';
import { DEFAULT_POLICY, mergePolicy, type Policy } from '../../utils/policy';

/** Fixed seed and bounded runs: the same cases every time, quick enough for every test run. */
const RUNS = { seed: 42, numRuns: 200 };

interface Node {
  type: string;
  enum?: string[];
  properties?: Record<string, Node>;
  items?: Node;
  maxItems?: number;
  maxLength?: number;
}
const PROPERTIES = (schema as unknown as Node).properties!;
const KEYS = Object.keys(PROPERTIES);
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/**
 * Whether a merged value stays inside the schema and its limits, written apart from the code under test:
 * plain objects with exactly the schema's keys, the right types, enums, lengths and counts.
 */
function problemsIn(value: unknown, node: Node, path: string): string[] {
  switch (node.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : [path];
    case 'string':
      if (typeof value !== 'string') return [path];
      if (node.enum && !node.enum.includes(value)) return [path];
      return node.maxLength !== undefined && value.length > node.maxLength ? [path] : [];
    case 'array':
      if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return [path];
      if (node.maxItems !== undefined && value.length > node.maxItems) return [path];
      return value.flatMap((item, index) => problemsIn(item, node.items!, `${path}[${index}]`));
    case 'object': {
      if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return [path];
      const keys = Object.keys(value);
      const extra = keys.filter((key) => !Object.hasOwn(node.properties!, key)).map((key) => `${path}.${key}`);
      return [...extra, ...keys.filter((key) => Object.hasOwn(node.properties!, key)).flatMap((key) => problemsIn((value as Record<string, unknown>)[key], node.properties![key]!, `${path}.${key}`))];
    }
    default:
      return [path];
  }
}

function problemsInPolicy(policy: Policy): string[] {
  const problems = problemsIn(policy, { type: 'object', properties: PROPERTIES }, 'policy');
  if (Object.keys(policy).sort().join() !== Object.keys(DEFAULT_POLICY).sort().join()) problems.push('policy keys');
  if (policy.protocolUrl !== '' && !/^https:\/\/\S+$/i.test(policy.protocolUrl)) problems.push('protocolUrl');
  for (const logo of policy.logos) if (!/^data:image\/(png|jpeg|webp|gif|svg\+xml)(;base64)?,/i.test(logo)) problems.push('logos');
  for (const time of policy.lessonTimes) {
    const minutes = (text: string) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
    if (Object.keys(time).sort().join() !== 'days,from,to' || time.days.length === 0 || !(minutes(time.from) < minutes(time.to))) problems.push('lessonTimes');
  }
  return problems;
}

function expectSafe(raw: unknown): void {
  const { policy, report } = mergePolicy(raw);
  expect(problemsInPolicy(policy)).toEqual([]);
  expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
  for (const path of report.applied) expect(KEYS).toContain(path.split('.')[0]);
  for (const issue of report.issues) expect(issue.path.length).toBeLessThanOrEqual(200);
}

/** Values admins could type for a key: the right shape, a near miss, or anything at all. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('true', 'FALSE ', '1', '0', 'ja', 'https://example.nl/p', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'https://x/logo.png', '08:30', '25:00', '8:3', 'ma', 'block', 'leerling', '$&', "$'", '$$'),
  fc.nat({ max: 3000 }).map((length) => 'x'.repeat(length)),
);
const time = fc.oneof(fc.constantFrom('00:00', '8:05', '08:30', '15:30', '23:59'), text);
const lessonTime = fc.record(
  {
    days: fc.oneof(fc.array(fc.constantFrom('ma', 'di', 'zo', 'maandag'), { maxLength: 3 }), fc.array(text, { maxLength: 9 })),
    from: time,
    to: time,
    kleur: text,
  },
  { requiredKeys: [] },
);
const value = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  text,
  fc.array(text, { maxLength: 40 }),
  fc.array(lessonTime, { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(PROPERTIES.categories!.properties!), 'x', 'instagram', 'name', ...PROTOTYPE_KEYS), fc.string()), fc.oneof(text, fc.array(text, { maxLength: 5 }), fc.boolean())),
);
const policyLike = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS, ...PROTOTYPE_KEYS), fc.string()), value, { maxKeys: 20 });

describe('mergePolicy on arbitrary input (property-based)', () => {
  it('never throws and never returns a value outside the schema, for anything at all', () => {
    fc.assert(fc.property(fc.anything(), (raw) => expectSafe(raw)), RUNS);
  });

  it('… for objects with arbitrary keys and values', () => {
    fc.assert(fc.property(fc.object({ maxDepth: 3 }), (raw) => expectSafe(raw)), RUNS);
  });

  it('… for policies with the schema keys and near-miss values', () => {
    fc.assert(fc.property(policyLike, (raw) => expectSafe(raw)), RUNS);
  });

  it('… for the same policies as JSON, where "__proto__" is an own key', () => {
    fc.assert(
      fc.property(policyLike, fc.constantFrom(...PROTOTYPE_KEYS), (raw, prototypeKey) => {
        const json = JSON.stringify(raw).replace(/^\{/, `{${JSON.stringify(prototypeKey)}: {"allowOverride": false, "role": "medewerker"},`);
        const parsed = JSON.parse(json.replace(/,\}$/, '}'));
        expectSafe(parsed);
        const { report } = mergePolicy(parsed);
        expect(report.issues).toContainEqual({ path: prototypeKey, problem: 'unknownKey', outcome: 'ignored' });
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it('… for lists of lesson times, near misses included', () => {
    fc.assert(fc.property(fc.array(lessonTime, { maxLength: 8 }), (lessonTimes) => expectSafe({ lessonTimes })), RUNS);
  });

  it('… for JSON text of any shape', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (json) => expectSafe(JSON.parse(json))), RUNS);
  });

  it('… for huge strings and long lists in every key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.nat({ max: 200_000 }), fc.nat({ max: 5000 }), (key, length, count) => {
        const huge = 'x'.repeat(length);
        expectSafe({ [key]: huge });
        expectSafe({ [key]: Array.from({ length: count }, () => huge.slice(0, 150)) });
        expectSafe({ [key]: Object.fromEntries(KEYS.map((inner) => [inner, huge])) });
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('is stable: merging what it returned gives the same policy with no problems', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const { policy } = mergePolicy(raw);
        const again = mergePolicy(policy);
        expect(again.policy).toEqual(policy);
        expect(again.report.issues).toEqual([]);
      }),
      RUNS,
    );
  });
});
