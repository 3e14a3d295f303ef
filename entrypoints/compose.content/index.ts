import { defineContentScript } from 'wxt/utils/define-content-script';
import { recordError } from '../../utils/error-log';
import { pickLocale, translator } from '../../utils/i18n';
import type { Finding } from '../../rules/types';
import { applyCategories, contextFromPolicy, isOfficialAccount, mergePolicy } from '../../utils/policy';
import { SITE_MATCHES } from '../../utils/sites';
import { watchPolicy, type LoadedPolicy } from '../../utils/settings';
import { knownHandle, watchSignedInAccount } from './account';
import { clearAttachmentsOf, watchAttachments } from './attachments';
import { needsDialog } from './composer-check';
import { warmUp, type WhenIdle } from './warm-up';
import { loadEngineWhenWriting } from './engine-on-demand';
import { trackCaret } from './editors';
import { presentFindings } from './dialog-host';
import { installInterceptor } from './interceptor';
import { installLiveHint } from './live-hint';
import { adapterFor } from './platforms';
import { useSchoolLogos } from './school-logos';
import { removeOwnUiWhenInvalidated } from './shadow-host';
import { anyEditorSelector } from './surfaces';

/**
 * The longest a warm-up task waits for an idle moment. A post made before the warm-up is done waits for it
 * (~0.8 s of work in Chromium here), and a page being typed in has few idle moments: the warm-up goes on anyway.
 */
const WARM_UP_WAIT_MS = 10;

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    let { policy } = mergePolicy(undefined);
    let context = contextFromPolicy(policy);
    let policyReady = false;
    // A site the school switched off is left alone entirely; the demo page is no site a school switches.
    const adapter = () => {
      const site = adapterFor(location);
      return site && (site.id === 'demo' || policy.sites[site.id]) ? site : undefined;
    };
    // Until the policy is read, official accounts may still come: the account is noted from the start.
    const lookForAccount = watchSignedInAccount(ctx, adapter, () => !policyReady || policy.officialAccounts.length > 0);
    const apply = (loaded: LoadedPolicy) => {
      policy = loaded.policy;
      context = contextFromPolicy(policy);
      useSchoolLogos(policy.logos);
      lookForAccount();
    };
    const policyLoaded = watchPolicy(apply)
      .catch((error) => recordError('settings', error))
      .finally(() => (policyReady = true));
    // On the school's own account, speaking for the school is its job: no warning about that.
    const checkContext = () => {
      const site = adapter();
      const official = site && policy.officialAccounts.length > 0 && isOfficialAccount(policy, knownHandle(site));
      return official ? contextFromPolicy(policy, true) : context;
    };
    const t = translator(pickLocale(navigator.languages));
    // The engine comes when someone starts to write; its lists are then built in tasks of a few milliseconds
    // (warm-up.ts), in idle moments if the page has them, else soon after.
    const whenIdle: WhenIdle = (task) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: WARM_UP_WAIT_MS }) : setTimeout(task, WARM_UP_WAIT_MS);
    loadEngineWhenWriting(ctx, adapter, () => warmUp(checkContext, whenIdle));
    removeOwnUiWhenInvalidated(ctx);
    trackCaret(ctx, () => {
      const site = adapter();
      return site && anyEditorSelector(site);
    });
    const liveHint = installLiveHint(ctx, { adapter, context: checkContext, policy: () => policy, t });
    /** A profile photo with a finding: ask before the site gets it; if asking fails, the site gets it. */
    const askAboutProfilePhoto = (input: HTMLInputElement, found: Finding[], keep: () => void, drop: () => void) => {
      try {
        const { findings, blocked } = applyCategories(found, policy);
        if (!needsDialog(findings)) return keep();
        presentFindings({
          mode: 'profile-photo',
          anchor: input,
          text: '',
          findings,
          blocked,
          policy,
          t,
          onEdit: drop,
          onGoAhead: keep,
        });
      } catch (error) {
        recordError('dialog', error);
        keep();
      }
    };
    watchAttachments(ctx, {
      adapter,
      context: checkContext,
      onChange: (composer) => {
        const site = adapter();
        const editor = site && composer.querySelector(anyEditorSelector(site));
        if (editor) liveHint.schedule(editor);
      },
      onProfileFindings: askAboutProfilePhoto,
    });
    installInterceptor(ctx, {
      adapter,
      context: checkContext,
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
