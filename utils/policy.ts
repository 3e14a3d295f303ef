import schema from '../public/managed-schema.json';
import type { Category, CheckContext, Finding, Role } from '../rules/types';
import { createContext } from '../rules/engine';

export type CategoryLevel = 'off' | 'info' | 'warn' | 'block';
export type Site = 'x' | 'instagram' | 'facebook';

export interface LessonTime {
  days: string[];
  from: string;
  to: string;
}

/** Everything a school can set through managed browser policy (public/managed-schema.json). */
export interface Policy {
  role: Role;
  schoolName: string;
  schoolAliases: string[];
  officialAccounts: string[];
  disclaimerText: string;
  protocolUrl: string;
  contact: { name: string; role: string; how: string };
  categories: Record<Category, CategoryLevel>;
  allowOverride: boolean;
  extraTerms: Record<Category, string[]>;
  allowTerms: string[];
  logos: string[];
  sites: Record<Site, boolean>;
  lessonTimes: LessonTime[];
}

const CATEGORIES: Category[] = ['vertrouwelijk', 'belediging', 'personen', 'logo', 'disclaimer'];

export const DEFAULT_POLICY: Policy = {
  role: 'leerling',
  schoolName: '',
  schoolAliases: [],
  officialAccounts: [],
  disclaimerText: '',
  protocolUrl: '',
  contact: { name: '', role: '', how: '' },
  categories: { vertrouwelijk: 'warn', belediging: 'warn', personen: 'warn', logo: 'warn', disclaimer: 'warn' },
  allowOverride: true,
  extraTerms: { vertrouwelijk: [], belediging: [], personen: [], logo: [], disclaimer: [] },
  allowTerms: [],
  logos: [],
  sites: { x: true, instagram: true, facebook: true },
  lessonTimes: [],
};

/** The disclaimer staff get when the school sets none. */
export function defaultDisclaimer(schoolName: string): string {
  return `Dit bericht plaats ik op persoonlijke titel; het is niet namens ${schoolName.trim() || 'de school'}.`;
}

interface SchemaNode {
  type?: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Chrome's JSON-schema subset as the schema file uses it: type, enum, properties, items. */
export function matchesSchema(value: unknown, node: SchemaNode): boolean {
  switch (node.type) {
    case 'string':
      return typeof value === 'string' && (!node.enum || node.enum.includes(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value) && (!node.items || value.every((item) => matchesSchema(item, node.items!)));
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      return Object.entries(value).every(([key, inner]) => {
        const property = node.properties?.[key];
        return property !== undefined && matchesSchema(inner, property);
      });
    default:
      return true;
  }
}

/** What arrived from the school's policy: applied keys, and keys that were invalid or unknown. */
export interface PolicyReport {
  applied: string[];
  invalid: string[];
  unknown: string[];
}

const PROPERTIES = (schema as SchemaNode).properties!;
/** Objects merged key by key, so one bad category does not throw away the others. */
const NESTED = new Set(['contact', 'categories', 'extraTerms', 'sites']);

/**
 * Merges the managed policy into the defaults key by key (one level deeper for objects); a value that
 * fails the schema keeps the default and is reported, never thrown.
 */
export function mergePolicy(raw: unknown): { policy: Policy; report: PolicyReport } {
  const policy = structuredClone(DEFAULT_POLICY) as Policy & Record<string, unknown>;
  const report: PolicyReport = { applied: [], invalid: [], unknown: [] };
  if (typeof raw !== 'object' || raw === null) return { policy, report };
  for (const [key, value] of Object.entries(raw)) {
    const node = PROPERTIES[key];
    if (!node) {
      report.unknown.push(key);
      continue;
    }
    if (NESTED.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const target = policy[key] as Record<string, unknown>;
      for (const [inner, innerValue] of Object.entries(value)) {
        const innerNode = node.properties?.[inner];
        const path = `${key}.${inner}`;
        if (!innerNode) report.unknown.push(path);
        else if (matchesSchema(innerValue, innerNode)) {
          target[inner] = innerValue;
          report.applied.push(path);
        } else report.invalid.push(path);
      }
    } else if (matchesSchema(value, node)) {
      policy[key] = value;
      report.applied.push(key);
    } else {
      report.invalid.push(key);
    }
  }
  return { policy, report };
}

/** Whether the school set this key (or a key inside it): then the user cannot change it. */
export function isSetBySchool(report: PolicyReport, key: string): boolean {
  return report.applied.some((applied) => applied === key || applied.startsWith(`${key}.`));
}

/** Whether the signed-in account is one of the school's official accounts (may speak for the school). */
export function isOfficialAccount(policy: Policy, handle: string | undefined): boolean {
  if (!handle) return false;
  return policy.officialAccounts.some((account) => account.replace(/^@/, '').toLowerCase() === handle.toLowerCase());
}

/** The engine's context for this policy. */
export function contextFromPolicy(policy: Policy, officialAccount = false): CheckContext {
  return {
    ...createContext({
      role: policy.role,
      school: {
        name: policy.schoolName,
        aliases: policy.schoolAliases,
        disclaimerText: policy.disclaimerText || defaultDisclaimer(policy.schoolName),
        isOfficialAccount: officialAccount,
      },
    }),
    extraTerms: policy.extraTerms,
    allowTerms: policy.allowTerms,
  };
}

/**
 * The school's choice per category: `off` drops the findings, `info` keeps them as a reminder only,
 * `block` means no "Toch plaatsen" (also when `allowOverride` is false).
 */
export function applyCategories(findings: Finding[], policy: Policy): { findings: Finding[]; blocked: boolean } {
  const kept: Finding[] = [];
  let blocked = !policy.allowOverride && findings.length > 0;
  for (const finding of findings) {
    const level = policy.categories[finding.category] ?? 'warn';
    if (level === 'off') continue;
    if (level === 'info') kept.push({ ...finding, severity: 'info' });
    else {
      if (level === 'block' && finding.severity !== 'info') blocked = true;
      kept.push(finding);
    }
  }
  return { findings: kept, blocked: blocked && kept.some((finding) => finding.severity !== 'info') };
}

const DAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

/** Whether `now` falls in one of the school's lesson times (days "ma".."zo", times "hh:mm"). */
export function isLessonTime(times: LessonTime[], now: Date): boolean {
  const day = DAYS[now.getDay()]!;
  const current = now.getHours() * 60 + now.getMinutes();
  return times.some((time) => time.days.includes(day) && minutes(time.from) <= current && current < minutes(time.to));
}

export { CATEGORIES };
