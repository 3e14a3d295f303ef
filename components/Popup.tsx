import { useEffect } from 'preact/hooks';
import { useStoreState } from './use-store';
import { browser } from 'wxt/browser';
import { optionsStore } from '../utils/options-store';
import { SITES } from '../utils/sites';
import type { Translate } from './TwijfelDialog';

/** The toolbar popup: which sites are checked, the role, and the way to the options page. */
export function Popup({ t }: { t: Translate }) {
  const { policy, load } = useStoreState(optionsStore, (state) => state);
  useEffect(() => {
    void load();
  }, [load]);
  const sites = SITES.filter((site) => policy.sites[site.id]);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{sites.length > 0 ? t('popupOn', [sites.map((site) => t(site.label)).join(', ')]) : t('popupOff')}</p>
      <p>
        {t('optionsRole')}: {t(policy.role === 'medewerker' ? 'roleMedewerker' : 'roleLeerling')}
      </p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </main>
  );
}
