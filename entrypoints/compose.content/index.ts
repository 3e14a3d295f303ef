import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContext } from '../../rules/engine';
import { recordError } from '../../utils/error-log';
import { pickLocale, translator } from '../../utils/i18n';
import { loadContext } from '../../utils/settings';
import { clearAttachmentsOf, watchAttachments } from './attachments';
import { installInterceptor } from './interceptor';
import { installLiveHint } from './live-hint';
import { adapterFor } from './platforms';
import { anyEditorSelector } from './surfaces';

export default defineContentScript({
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.instagram.com/*', 'https://*.facebook.com/*'],
  runAt: 'document_start',
  main(ctx) {
    let context = createContext();
    loadContext()
      .then((loaded) => (context = loaded))
      .catch((error) => recordError('settings', error));
    const adapter = () => adapterFor(location);
    const t = translator(pickLocale(navigator.languages));
    const liveHint = installLiveHint(ctx, { adapter, context: () => context, t });
    watchAttachments(ctx, {
      adapter,
      context: () => context,
      onChange: (composer) => {
        const site = adapter();
        const editor = site && composer.querySelector(anyEditorSelector(site));
        if (editor) liveHint.schedule(editor);
      },
    });
    installInterceptor(ctx, {
      adapter,
      context: () => context,
      t,
      onPosted: (editors) => {
        clearAttachmentsOf(editors);
        liveHint.clear(editors);
      },
    });
  },
});
