import { describe, expect, it } from 'vitest';
import bedreigingen from '../../../rules/belediging/bedreigingen';
import discriminatie from '../../../rules/belediging/discriminatie';
import pesten from '../../../rules/belediging/pesten';
import scheldwoorden from '../../../rules/belediging/scheldwoorden';
import seksueleTaal from '../../../rules/belediging/seksuele-taal';
import vloeken from '../../../rules/belediging/vloeken';
import patterns from '../../../rules/data/patronen.json';
import data from '../../../rules/data/scheldwoorden.json';
import { normalise } from '../../../rules/normalise/pipeline';

const KINDS = ['vloek', 'scheldwoord', 'discriminatie', 'bedreiging', 'seksueel'];
const MODES = ['word', 'prefix', 'suffix', 'affix', 'exact', 'phrase'];
const skeleton = (text: string) => normalise(text).tokens.map((token) => token.skeleton).join(' ');

describe('the insult word list (data)', () => {
  it('has well-formed entries without duplicates', () => {
    const seen = new Set<string>();
    for (const entry of data.entries) {
      expect(KINDS, entry.term).toContain(entry.kind);
      expect(MODES, entry.term).toContain(entry.match);
      expect([0, 1, 2], entry.term).toContain(entry.sureness);
      expect(skeleton(entry.term), entry.term).not.toBe('');
      const key = `${entry.term}|${entry.match}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('gives every word and every pattern a unique, stable id', () => {
    for (const list of [data.entries, patterns.patterns]) {
      const ids = list.map((entry) => entry.id);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  it('only allow-lists words that contain the term (otherwise the allow entry does nothing)', () => {
    for (const entry of data.entries) {
      for (const allowed of entry.allow ?? []) {
        const term = skeleton(entry.term);
        const word = skeleton(allowed);
        expect(word.startsWith(term) || word.endsWith(term) || term.startsWith(word.slice(0, 3)), `${entry.term}: ${allowed}`).toBe(true);
      }
    }
  });

  it('has mild words (sureness 0) only in kinds whose rule has a mild message', () => {
    const ruleOf = { vloek: vloeken, scheldwoord: scheldwoorden, discriminatie, bedreiging: bedreigingen, seksueel: seksueleTaal, pesten };
    for (const entry of [...data.entries, ...patterns.patterns]) {
      if (entry.sureness !== 0) continue;
      expect(ruleOf[entry.kind as keyof typeof ruleOf].meta.messages, 'term' in entry ? entry.term : entry.id).toHaveProperty('mild');
    }
  });

  it('states where it comes from and under what terms', () => {
    expect(data.about).toMatch(/Zelf samengesteld/);
  });
});
