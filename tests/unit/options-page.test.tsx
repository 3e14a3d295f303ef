// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, it } from 'vitest';
import { OptionsPage } from '../../components/OptionsPage';
import { translator } from '../../utils/i18n';
import { optionsStore } from '../../utils/options-store';
import { mergePolicy } from '../../utils/policy';

// Firefox passes a policies.json on as written: a misspelt name inside a group reaches the extension.
it('the options page names a misspelt category or site, and lists the ones Twijfelcheck knows', () => {
  optionsStore.setState(mergePolicy({ categories: { Belediging: 'off' }, sites: { tiktok: false } }));
  const root = document.createElement('div');
  render(<OptionsPage t={translator('nl')} />, root);
  const row = (key: string) => root.querySelector(`[data-setting="${key}"]`)!.textContent;
  expect(row('categories')).toContain(
    'categories.Belediging: Niet gebruikt. Deze naam kent Twijfelcheck hier niet. Kijk of hij goed geschreven is; bekend zijn: vertrouwelijk, belediging, personen, logo, disclaimer.',
  );
  expect(row('categories')).toContain('Ongeldige waarde, standaard gebruikt');
  expect(row('sites')).toContain('sites.tiktok: Niet gebruikt. Deze naam kent Twijfelcheck hier niet. Kijk of hij goed geschreven is; bekend zijn: x, instagram, facebook, messenger.');
  expect(row('sites')).toContain('X: Ja · Instagram: Ja · Facebook: Ja');
  render(null, root);
});
