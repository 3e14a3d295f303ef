// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import contentScript from '../../entrypoints/compose.content/index';
import { adapterFor, adapters } from '../../entrypoints/compose.content/platforms';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import schema from '../../public/managed-schema.json';
import { CATEGORIES, categoryLabelKey } from '../../rules/categories';
import { translator } from '../../utils/i18n';
import { CATEGORY_LEVELS } from '../../utils/policy';
import { SITE_MATCHES, SITES } from '../../utils/sites';

/**
 * The handwritten artefacts that name every category and every site, checked against the two lists
 * (rules/categories.ts, utils/sites.ts): a new entry there fails here until each artefact has it.
 */
const SITE_IDS = SITES.map((site) => site.id);
const groupKeys = (key: 'categories' | 'extraTerms' | 'sites') => Object.keys(schema.properties[key].properties);

describe('public/managed-schema.json', () => {
  it('has a level per category, with exactly the levels the policy knows', () => {
    expect(groupKeys('categories')).toEqual([...CATEGORIES]);
    for (const node of Object.values(schema.properties.categories.properties)) {
      expect(node).toEqual({ type: 'string', enum: [...CATEGORY_LEVELS] });
    }
  });
  it('has a word list per category', () => {
    expect(groupKeys('extraTerms')).toEqual([...CATEGORIES]);
  });
  it('has a switch per site', () => {
    expect(groupKeys('sites')).toEqual(SITE_IDS);
    for (const node of Object.values(schema.properties.sites.properties)) expect(node).toEqual({ type: 'boolean' });
  });
});

describe('locales', () => {
  for (const [locale, messages] of [['nl', nl], ['en', en]] as const) {
    it(`${locale}: a name for every category and every site`, () => {
      const keys = [...CATEGORIES.map(categoryLabelKey), ...SITES.map((site) => site.label)];
      for (const key of keys) expect((messages as Record<string, { message: string } | undefined>)[key]?.message, key).toBeTruthy();
    });
  }
});

describe('sites', () => {
  it('the content script runs on every host of every site', () => {
    expect(contentScript.matches).toEqual(SITE_MATCHES);
    for (const site of SITES) {
      for (const host of site.hosts) expect(SITE_MATCHES).toContain(`https://*.${host}/*`);
    }
  });
  it('every site has its own adapter, found by host and sub-domain', () => {
    for (const site of SITES) {
      for (const host of site.hosts) {
        expect(adapterFor({ hostname: host, pathname: '/' })?.id).toBe(site.id);
        expect(adapterFor({ hostname: `www.${host}`, pathname: '/' })?.id).toBe(site.id);
      }
    }
    expect(adapters.map((adapter) => adapter.id)).toEqual([...SITE_IDS, 'demo']);
    expect(adapterFor({ hostname: 'notx.com', pathname: '/' })).toBeUndefined();
  });
  it('the popup names every site, in the order of the list', () => {
    const t = translator('nl');
    const root = document.createElement('div');
    render(<Popup t={t} />, root);
    expect(root.textContent).toContain(t('popupOn', [SITES.map((site) => t(site.label)).join(', ')]));
    render(null, root);
  });
});
