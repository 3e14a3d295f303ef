import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContext } from '../../rules/engine';
import { recordError } from '../../utils/error-log';
import { pickLocale, translator } from '../../utils/i18n';
import { loadContext } from '../../utils/settings';
import { installInterceptor } from './interceptor';
import { adapterFor } from './platforms';

export default defineContentScript({
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.instagram.com/*', 'https://*.facebook.com/*'],
  runAt: 'document_start',
  main(ctx) {
    let context = createContext();
    loadContext()
      .then((loaded) => (context = loaded))
      .catch((error) => recordError('settings', error));
    installInterceptor(ctx, {
      adapter: () => adapterFor(location),
      context: () => context,
      t: translator(pickLocale(navigator.languages)),
    });
  },
});
