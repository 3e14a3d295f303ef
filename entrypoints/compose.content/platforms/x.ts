import type { SiteAdapter } from './types';

/**
 * X (x.com, twitter.com). Selectors from public extensions and automation scripts, 2021–2026
 * (../shared/platforms.md); the composer is Draft.js. Structural (data-testid) only: labels differ
 * per UI language and change more often.
 */
export const x: SiteAdapter<'x'> = {
  id: 'x',
  localPaths: ['/sites/x/'],
  // The account switcher in the side navigation shows "Name @handle" (2021–). At narrow widths and on mobile
  // web it is absent; there the profile link of the tab bar or of the side menu leads to /handle (issue 15,
  // 2026-09, after Mask Network's Twitter adaptor).
  accountHandle: [
    '[data-testid="SideNav_AccountSwitcher_Button"]',
    'a[data-testid="AppTabBar_Profile_Link"]',
    'a[data-testid="DashButton_ProfileIcon_Link"]',
  ].join(', '),
  // The "Edit profile" dialog (/settings/profile): avatar and banner inputs next to Profile_Save_Button.
  // Not in platforms.md: from memory of X's web app, unverified; structural so labels do not matter.
  profilePhotoInput: '[role="dialog"]:has([data-testid="Profile_Save_Button"]) input[type="file"]',
  // The mention and hashtag suggestions under the composer (automation scripts for x.com/compose/tweet, 2025).
  suggestionList: '[id^="typeaheadDropdown"]',
  surfaces: [
    {
      id: 'dm',
      // X Chat (/i/chat, 2025–): textarea + send button; older DM composer: dmComposerTextInput (2021–2024).
      editor: 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]',
      submit: '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
      keys: ['enter'],
    },
    {
      id: 'post',
      // New post (home inline and modal), reply, quote and every part of a thread: tweetTextarea_0, _1, …
      // on the Draft.js contenteditable (desktop). Mobile web: the testid sits on a wrapper div around a
      // textarea (issue 15's comparison with maintained extensions, 2026-09; not checked here against a
      // saved live page); the older form, the testid on the textarea itself, stays.
      editor: [
        '[data-testid^="tweetTextarea_"][contenteditable="true"]',
        'textarea[data-testid^="tweetTextarea_"]',
        'div[data-testid^="tweetTextarea_"] textarea',
      ].join(', '),
      // tweetButton in the modal, tweetButtonInline on the home timeline and under a post (reply).
      submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
      // Draft.js takes an untrusted Ctrl+Enter when keyCode and which are 13 (tried 2026-11 on Draft 0.11.7).
      keys: ['mod+enter'],
    },
    {
      id: 'article',
      // X Articles (/compose/articles/edit/<id>): a title textarea and a Draft.js body. Body testid "composer"
      // per issue 15 (2026-09); "composerRichTextInputContainer" around .public-DraftEditor-content and the
      // title textarea[name="Article Title"] from a public X automation script whose selectors were "measured
      // 2026-07". Publish is known only by its word (same script: a button whose text is "Publish"); the
      // settings step after it no longer shows the text, so its own Publish passes.
      editor: [
        '[data-testid="composer"][contenteditable="true"]',
        '[data-testid="composer"] [contenteditable="true"]',
        '[data-testid="composerRichTextInputContainer"] [contenteditable="true"]',
        'textarea[name="Article Title"]',
      ].join(', '),
      submit: 'button, [role="button"]',
      submitLabels: ['Publish', 'Publiceren'],
      keys: [],
    },
    {
      id: 'profile',
      // Bio and display name in the "Edit profile" dialog (/settings/profile), saved with Profile_Save_Button:
      // textarea[name="description"] and input[name="displayName"] (issue 15, 2026-09; not checked here against
      // a saved live page). Checked like a post: a bio naming the school or a classmate is public text.
      editor: '[role="dialog"] textarea[name="description"], [role="dialog"] input[name="displayName"]',
      submit: '[data-testid="Profile_Save_Button"]',
      scope: '[role="dialog"]',
      keys: [],
    },
  ],
};
