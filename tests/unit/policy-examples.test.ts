import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../public/managed-schema.json';
import { EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../utils/extension-identity';
import { mergePolicy } from '../../utils/policy';

const read = (name: string) => readFileSync(new URL(`../../docs/policies/${name}`, import.meta.url), 'utf8');
const KEYS = Object.keys(schema.properties);
const BOOLEAN_KEYS = new Set(KEYS.filter((key) => (schema.properties as Record<string, { type: string }>)[key]!.type === 'boolean'));

/** Registry values as Chrome reads them: REG_DWORD for booleans, REG_SZ with JSON for lists and objects. */
function fromRegistry(text: string): Record<string, unknown> {
  const section = text.split(/\r?\n\r?\n/).find((part) => part.includes(`\\3rdparty\\extensions\\${EXTENSION_ID}\\policy]`))!;
  const values: Record<string, unknown> = {};
  for (const line of section.split(/\r?\n/).slice(1)) {
    const dword = /^"(\w+)"=dword:([0-9a-f]{8})$/.exec(line);
    const string = /^"(\w+)"="(.*)"$/.exec(line);
    if (dword) values[dword[1]!] = BOOLEAN_KEYS.has(dword[1]!) ? parseInt(dword[2]!, 16) !== 0 : parseInt(dword[2]!, 16);
    else if (string) {
      const raw = string[2]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
      values[string[1]!] = /^[[{]/.test(raw) ? JSON.parse(raw) : raw;
    }
  }
  return values;
}

/** The extension's payload of a configuration profile, read as a property list. */
function fromMobileconfig(text: string): Record<string, unknown> {
  const payload = text.split('<dict>').find((part) => part.includes(`com.google.Chrome.extensions.${EXTENSION_ID}`))!;
  const body = text.slice(text.indexOf(payload) - '<dict>'.length);
  const tokens = body.match(/<key>[^<]*<\/key>|<string>[^<]*<\/string>|<integer>[^<]*<\/integer>|<true\/>|<false\/>|<array\/>|<\/?array>|<\/?dict>/g)!;
  let index = 0;
  const value = (): unknown => {
    const token = tokens[index++]!;
    if (token.startsWith('<string>')) return token.slice(8, -9);
    if (token.startsWith('<integer>')) return Number(token.slice(9, -10));
    if (token === '<true/>') return true;
    if (token === '<false/>') return false;
    if (token === '<array/>') return [];
    if (token === '<array>') {
      const list: unknown[] = [];
      while (tokens[index] !== '</array>') list.push(value());
      index++;
      return list;
    }
    const object: Record<string, unknown> = {};
    while (tokens[index] !== '</dict>') object[tokens[index++]!.slice(5, -6)] = value();
    index++;
    return object;
  };
  const dict = value() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !key.startsWith('Payload')));
}

const examples: Array<[string, () => unknown]> = [
  ['chrome-linux.json', () => JSON.parse(read('chrome-linux.json'))['3rdparty'].extensions[EXTENSION_ID]],
  [
    'google-admin.json',
    () => Object.fromEntries(Object.entries(JSON.parse(read('google-admin.json'))).map(([key, wrapped]) => [key, (wrapped as { Value: unknown }).Value])),
  ],
  ['windows-chrome.reg', () => fromRegistry(read('windows-chrome.reg'))],
  ['windows-edge.reg', () => fromRegistry(read('windows-edge.reg'))],
  ['macos-chrome.mobileconfig', () => fromMobileconfig(read('macos-chrome.mobileconfig'))],
  ['firefox-policies.json', () => JSON.parse(read('firefox-policies.json')).policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID]],
];

describe('example policy files in docs/policies', () => {
  for (const [name, extract] of examples) {
    it(`${name}: every value fits the managed schema, and every schema key is shown`, () => {
      const { report } = mergePolicy(extract());
      expect(report.issues).toEqual([]);
      const topKeys = new Set(report.applied.map((path) => path.split('.')[0]));
      expect([...topKeys].sort()).toEqual([...KEYS].sort());
    });
  }

  it('force-installs the extension by its ID in the Chrome and Edge files', () => {
    expect(JSON.parse(read('chrome-linux.json')).ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${EXTENSION_ID};https://`));
    for (const name of ['windows-chrome.reg', 'windows-edge.reg', 'macos-chrome.mobileconfig']) expect(read(name)).toContain(`${EXTENSION_ID};https://`);
  });

  it('covers private windows, where the extension does not run unless the policy says so', () => {
    expect(JSON.parse(read('chrome-linux.json')).IncognitoModeAvailability).toBe(1);
    expect(read('windows-chrome.reg')).toMatch(/\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\]\r?\n"IncognitoModeAvailability"=dword:00000001/);
    expect(read('windows-edge.reg')).toMatch(/\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\]\r?\n"InPrivateModeAvailability"=dword:00000001/);
    expect(read('macos-chrome.mobileconfig')).toMatch(/<key>IncognitoModeAvailability<\/key>\s*<integer>1<\/integer>/);
    const firefox = JSON.parse(read('firefox-policies.json')).policies;
    expect(firefox.ExtensionSettings[FIREFOX_EXTENSION_ID].private_browsing).toBe(true);
    expect(firefox.PrivateBrowsingModeAvailability).toBe(1);
  });
});
