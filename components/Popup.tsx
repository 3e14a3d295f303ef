import { useEffect } from 'preact/hooks';
import { useStoreState } from './use-store';
import { browser } from 'wxt/browser';
import { optionsStore } from '../utils/options-store';
import type { Translate } from './TwijfelDialog';

const SITE_NAMES = { x: 'X', instagram: 'Instagram', facebook: 'Facebook' } as const;

/** The toolbar popup: which sites are checked, the role, and the way to the options page. */
export function Popup({ t }: { t: Translate }) {
  const { policy, load } = useStoreState(optionsStore, (state) => state);
  useEffect(() => {
    void load();
  }, [load]);
  const sites = (Object.keys(SITE_NAMES) as Array<keyof typeof SITE_NAMES>).filter((site) => policy.sites[site]);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{sites.length > 0 ? t('popupOn', [sites.map((site) => SITE_NAMES[site]).join(', ')]) : t('popupOff')}</p>
      <p>
        {t('optionsRole')}: {t(policy.role === 'medewerker' ? 'roleMedewerker' : 'roleLeerling')}
      </p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </main>
  );
}
