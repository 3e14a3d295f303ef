import schema from '../public/managed-schema.json';
import { perCategory, type Category } from '../rules/categories';
import type { CheckContext, Finding, Role } from '../rules/types';
import { createContext } from '../rules/context';
import { perSite, type Site } from './sites';

/** What a school can choose per category; the schema's enum for each category holds the same. */
export const CATEGORY_LEVELS = ['off', 'info', 'warn', 'block'] as const;
export type CategoryLevel = (typeof CATEGORY_LEVELS)[number];

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

export const DEFAULT_POLICY: Policy = {
  role: 'leerling',
  schoolName: '',
  schoolAliases: [],
  officialAccounts: [],
  disclaimerText: '',
  protocolUrl: '',
  contact: { name: '', role: '', how: '' },
  categories: perCategory(() => 'warn'),
  allowOverride: true,
  extraTerms: perCategory(() => []),
  allowTerms: [],
  logos: [],
  sites: perSite(() => true),
  lessonTimes: [],
};

/** The disclaimer staff get when the school sets none. */
export function defaultDisclaimer(schoolName: string): string {
  return `Dit bericht plaats ik op persoonlijke titel; het is niet namens ${schoolName.trim() || 'de school'}.`;
}

interface SchemaNode {
  type: 'string' | 'boolean' | 'array' | 'object';
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  maxItems?: number;
  maxLength?: number;
}

/** Why a value from the school's policy was not used, or not used as written; each has a message on the options page. */
export type PolicyProblem =
  // A top-level key, or a name inside a group (a category, a site, a field of a lesson time).
  | 'unknownKey'
  | 'unknownName'
  | 'notBoolean'
  | 'notText'
  | 'notList'
  | 'notGroup'
  | 'notAllowed'
  | 'incomplete'
  | 'textAsBoolean'
  | 'tooLong'
  | 'tooMany'
  | 'notHttps'
  | 'notImage'
  | 'logoTooBig'
  | 'badTime'
  | 'timeOrder'
  | 'noDays';

/**
 * What happened with a value: `default` (rejected, the default holds), `partial` (entries of a list were
 * left out), `converted` (used, but read differently from how it was written) or `ignored` (a key that
 * Twijfelcheck does not know).
 */
export type PolicyOutcome = 'default' | 'partial' | 'converted' | 'ignored';

export interface PolicyIssue {
  /** Where, as the school wrote it: `allowOverride`, `categories.personen`, `lessonTimes`, `lessonTimes[].kleur`. */
  path: string;
  problem: PolicyProblem;
  outcome: PolicyOutcome;
  /** The limit that was passed (characters, entries or megabytes). */
  limit?: number;
  /** What is allowed, for `notAllowed`; what is needed, for `incomplete`; what is known, for `unknownName`. */
  allowed?: readonly string[];
  /** For entries of a list: how many entries had this problem. */
  count?: number;
}

/** What arrived from the school's policy: the keys in force (wholly or partly), and every problem. */
export interface PolicyReport {
  applied: string[];
  issues: PolicyIssue[];
}

const PROPERTIES = (schema as unknown as SchemaNode).properties!;

/** Logos are decoded in the browser: a bigger file only costs memory and time, never a better match. */
const MAX_LOGO_MEGABYTES = 1;
/** The image types the browser decodes itself; the logo stays inside the policy, nothing is fetched. */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|webp|gif|svg\+xml)(;base64)?,/i;
const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;
/** An unknown key is shown to the admin; a key as long as a document is shortened. */
const MAX_SHOWN_KEY = 80;

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const shownKey = (key: string) => (key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key);

function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

function logoBytes(dataUrl: string, header: RegExpExecArray): number {
  const payload = dataUrl.length - header[0].length;
  if (!header[2]) return payload;
  const padding = dataUrl.endsWith('==') ? 2 : dataUrl.endsWith('=') ? 1 : 0;
  return Math.floor((payload * 3) / 4) - padding;
}

type Problem = Pick<PolicyIssue, 'problem' | 'limit'>;

/**
 * What the schema cannot say, per place in it (`[]` is an entry of a list). A problem here rejects the
 * value, never cuts it: half a web address or half a logo is worth nothing.
 */
const TEXT_CHECKS: Record<string, (text: string) => Problem | undefined> = {
  // A link in the dialog: only a web page, never javascript:, data: or a file. Empty means no link.
  protocolUrl: (text) => (text === '' || isHttpsUrl(text) ? undefined : { problem: 'notHttps' }),
  // Used as <img src> and decoded: only an image inside the policy itself.
  'logos[]': (text) => {
    const header = LOGO_DATA_URL.exec(text);
    if (!header) return { problem: 'notImage' };
    const tooBig = logoBytes(text, header) > MAX_LOGO_MEGABYTES * 1024 * 1024;
    return tooBig ? { problem: 'logoTooBig', limit: MAX_LOGO_MEGABYTES } : undefined;
  },
  'lessonTimes[].from': (text) => (TIME.test(text) ? undefined : { problem: 'badTime' }),
  'lessonTimes[].to': (text) => (TIME.test(text) ? undefined : { problem: 'badTime' }),
};

/** Checks across the fields of one entry of a list. */
const ENTRY_CHECKS: Record<string, (entry: Record<string, unknown>) => PolicyProblem | undefined> = {
  'lessonTimes[]': (entry) => {
    const time = entry as unknown as LessonTime;
    if (time.days.length === 0) return 'noDays';
    return minutes(time.from) < minutes(time.to) ? undefined : 'timeOrder';
  },
};

/** A problem found while checking one value; `at` adds to the path (`[].kleur` for a field in a list). */
type Found = Omit<PolicyIssue, 'path'> & { at?: string };
const REJECTED = Symbol('rejected');

/** Yes or no as a registry or a text field gives it: "true", " FALSE", "1", 0. */
function readBoolean(value: unknown): boolean | undefined {
  if (value === 0 || value === 1) return value === 1;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/**
 * Checks one value against its schema node (`place` names the node for TEXT_CHECKS and ENTRY_CHECKS)
 * and returns what to use, or REJECTED. Only own keys are read and every object and list is built anew,
 * so nothing of the input (a prototype, a shared array) reaches the policy. Inside an entry of a list
 * (`strict`), a problem rejects the entry as a whole: a lesson time without one of its days is another time.
 */
function checkValue(value: unknown, node: SchemaNode, place: string, found: Found[], strict: boolean): unknown {
  const reject = (problem: PolicyProblem, extra: Partial<Found> = {}) => {
    found.push({ problem, outcome: 'default', ...extra });
    return REJECTED;
  };
  switch (node.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const read = readBoolean(value);
      if (read === undefined) return reject('notBoolean');
      found.push({ problem: 'textAsBoolean', outcome: 'converted' });
      return read;
    }
    case 'string': {
      if (typeof value !== 'string') return reject('notText');
      if (node.enum && !node.enum.includes(value)) return reject('notAllowed', { allowed: node.enum });
      const problem = Object.hasOwn(TEXT_CHECKS, place) ? TEXT_CHECKS[place]!(value) : undefined;
      if (problem) return reject(problem.problem, { limit: problem.limit });
      // Too long is rejected, not cut: half a name or half a disclaimer says something else.
      if (node.maxLength !== undefined && value.length > node.maxLength) return reject('tooLong', { limit: node.maxLength });
      return value;
    }
    case 'array':
      return checkList(value, node, place, found, strict);
    case 'object':
      return checkEntry(value, node, place, found);
  }
}

/**
 * A list keeps its good entries; a bad one is left out and counted. With too many entries the first ones
 * are kept: a word list cut short still protects, while a million words would slow down every check. A
 * list with only bad entries is rejected as a whole.
 */
function checkList(value: unknown, node: SchemaNode, place: string, found: Found[], strict: boolean): unknown {
  if (!Array.isArray(value)) {
    found.push({ problem: 'notList', outcome: 'default' });
    return REJECTED;
  }
  const problems: Found[] = [];
  const kept: unknown[] = [];
  const length = Math.min(value.length, node.maxItems ?? Infinity);
  if (length < value.length) problems.push({ problem: 'tooMany', outcome: 'partial', limit: node.maxItems });
  for (let index = 0; index < length; index++) {
    const entryFound: Found[] = [];
    const entry = checkValue(value[index], node.items!, `${place}[]`, entryFound, true);
    if (entry !== REJECTED) kept.push(entry);
    for (const problem of entryFound) {
      const outcome = problem.outcome === 'default' ? 'partial' : problem.outcome;
      const same = problems.find((other) => other.count && other.problem === problem.problem && other.outcome === outcome && other.at === problem.at);
      if (same) same.count! += 1;
      else problems.push({ ...problem, outcome, count: 1 });
    }
  }
  const rejected = (strict && problems.length > 0) || (value.length > 0 && kept.length === 0);
  for (const problem of problems) found.push(rejected && problem.outcome === 'partial' ? { ...problem, outcome: 'default' } : problem);
  return rejected ? REJECTED : kept;
}

/** An object inside a list (a lesson time) needs every field its schema names. */
function checkEntry(value: unknown, node: SchemaNode, place: string, found: Found[]): unknown {
  if (!isGroup(value)) {
    found.push({ problem: 'notGroup', outcome: 'default' });
    return REJECTED;
  }
  const fields = node.properties!;
  const entry: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) {
      found.push({ problem: 'unknownName', outcome: 'ignored', at: `[].${shownKey(key)}`, allowed: Object.keys(fields) });
      continue;
    }
    const checked = checkValue(value[key], fields[key]!, `${place}.${key}`, found, true);
    if (checked === REJECTED) return REJECTED;
    entry[key] = checked;
  }
  if (Object.keys(fields).some((key) => !Object.hasOwn(entry, key))) {
    found.push({ problem: 'incomplete', outcome: 'default', allowed: Object.keys(fields) });
    return REJECTED;
  }
  const problem = Object.hasOwn(ENTRY_CHECKS, place) ? ENTRY_CHECKS[place]!(entry) : undefined;
  if (problem) {
    found.push({ problem, outcome: 'default' });
    return REJECTED;
  }
  return entry;
}

/** Checks one value at a place where the policy merges (a key, or a key inside an object) and reports it. */
function mergeValue(target: Record<string, unknown>, key: string, value: unknown, node: SchemaNode, path: string, report: PolicyReport): void {
  const found: Found[] = [];
  const checked = checkValue(value, node, path, found, false);
  for (const { at, ...issue } of found) report.issues.push({ path: at ? path + at : path, ...issue });
  if (checked === REJECTED) return;
  target[key] = checked;
  report.applied.push(path);
}

/**
 * Merges the managed policy into the defaults key by key, and objects (categories, sites …) one level
 * deeper, so one bad category does not throw away the others. A bad value keeps the default, a list
 * keeps its good entries, and every problem is in the report: never thrown, never silent. Keys are looked
 * up as own keys of the schema only, so `__proto__` or `constructor` is an unknown key like any typo.
 */
export function mergePolicy(raw: unknown): { policy: Policy; report: PolicyReport } {
  const policy = structuredClone(DEFAULT_POLICY) as Policy & Record<string, unknown>;
  const report: PolicyReport = { applied: [], issues: [] };
  if (!isGroup(raw)) return { policy, report };
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(PROPERTIES, key)) {
      report.issues.push({ path: shownKey(key), problem: 'unknownKey', outcome: 'ignored' });
      continue;
    }
    const node = PROPERTIES[key]!;
    const value = raw[key];
    if (node.type !== 'object') {
      mergeValue(policy, key, value, node, key, report);
    } else if (!isGroup(value)) {
      report.issues.push({ path: key, problem: 'notGroup', outcome: 'default' });
    } else {
      for (const inner of Object.keys(value)) {
        const path = `${key}.${shownKey(inner)}`;
        if (Object.hasOwn(node.properties!, inner)) mergeValue(policy[key] as Record<string, unknown>, inner, value[inner], node.properties![inner]!, path, report);
        else report.issues.push({ path, problem: 'unknownName', outcome: 'ignored', allowed: Object.keys(node.properties!) });
      }
    }
  }
  return { policy, report };
}

/** Whether a reported path is about this key (or a key, or an entry, inside it). */
export function isAbout(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
}

/** Whether the school set this key (or a key inside it): then the user cannot change it. */
export function isSetBySchool(report: PolicyReport, key: string): boolean {
  return report.applied.some((applied) => isAbout(applied, key));
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

