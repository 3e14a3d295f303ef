import type { Plugin } from 'vite';

/** Keys that document a data file for its readers (source, licence, how it was made): never read at run time. */
const NOTE_KEYS = new Set(['about', 'sources', 'counts', '$comment']);

/**
 * Drops the documentation keys of the data files the extension bundles (rules/data, the normaliser's
 * data), so notes meant for developers do not ship in the content script. The files stay as they are
 * in the repository; Node (tests, CLI) reads them whole.
 */
export function stripJsonNotes(): Plugin {
  return {
    name: 'twijfelcheck:strip-json-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/rules\/(data|normalise\/data)\/[^/]+\.json$/.test(id)) return null;
      const data = JSON.parse(code) as Record<string, unknown>;
      for (const key of NOTE_KEYS) delete data[key];
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, map: null, moduleType: 'js' };
    },
  };
}
