import { defineContentScript } from 'wxt/utils/define-content-script';
import { recordError } from '../../utils/error-log';
import { pickLocale, translator } from '../../utils/i18n';
import { contextFromPolicy, mergePolicy, type Site } from '../../utils/policy';
import { loadPolicy, onPolicyChange, type LoadedPolicy } from '../../utils/settings';
import { clearAttachmentsOf, watchAttachments } from './attachments';
import { installInterceptor } from './interceptor';
import { installLiveHint } from './live-hint';
import { adapterFor } from './platforms';
import { anyEditorSelector } from './surfaces';

export default defineContentScript({
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.instagram.com/*', 'https://*.facebook.com/*'],
  runAt: 'document_start',
  main(ctx) {
    let { policy } = mergePolicy(undefined);
    let context = contextFromPolicy(policy);
    let policyReady = false;
    const apply = (loaded: LoadedPolicy) => {
      policy = loaded.policy;
      context = contextFromPolicy(policy);
    };
    const policyLoaded = loadPolicy()
      .then(apply)
      .catch((error) => recordError('settings', error))
      .finally(() => (policyReady = true));
    onPolicyChange(apply);
    // A site the school switched off is left alone entirely.
    const adapter = () => {
      const site = adapterFor(location);
      return site && policy.sites[site.id as Site] !== false ? site : undefined;
    };
    const t = translator(pickLocale(navigator.languages));
    const liveHint = installLiveHint(ctx, { adapter, context: () => context, policy: () => policy, t });
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
      policy: () => policy,
      t,
      policyReady: () => policyReady,
      whenPolicyReady: () => policyLoaded,
      onPosted: (editors) => {
        clearAttachmentsOf(editors);
        liveHint.clear(editors);
      },
    });
  },
});
