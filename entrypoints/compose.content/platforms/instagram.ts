import type { SiteAdapter } from './types';

/**
 * Instagram. Caption and direct-message boxes are Lexical; comments are a textarea in a form. Buttons are
 * div[role=button] with a visible word (English and Dutch UI; Dutch labels least certain:
 * ../shared/platforms.md).
 */
export const instagram: SiteAdapter<'instagram'> = {
  id: 'instagram',
  localPaths: ['/sites/instagram/'],
  // The "Profile" item of the side navigation: the account's picture (alt "handle's profile picture", as
  // Mask Network's Instagram adaptor finds it; Dutch alt from memory) in a link to /handle/. Posts and
  // profiles show other people's pictures the same way, so only pictures outside them count.
  accountHandle: ['img[alt$="\'s profile picture"]', 'img[alt^="Profielfoto van"]']
    .map((picture) => `${picture}:not(main *, article *, [role="dialog"] *)`)
    .join(', '),
  // "Change profile photo" on /accounts/edit/ and the own profile: a hidden input that takes only JPEG and
  // PNG (the create-post input also takes video). Not in platforms.md: unverified, from memory.
  profilePhotoInput: 'input[type="file"][accept="image/jpeg,image/png"]',
  surfaces: [
    {
      id: 'story-reply',
      // Reply to a story (/stories/<user>/<id>/): textarea[placeholder*="Reply to"] (issue 15, 2026-09); Enter
      // sends, or Send. Dutch placeholders are guesses.
      editor: ['textarea[placeholder^="Reply to"]', 'textarea[placeholder^="Antwoord aan"]', 'textarea[placeholder^="Reageer op"]'].join(', '),
      submit: '[role="button"], button',
      submitLabels: ['Send', 'Verzenden', 'Versturen', 'Verstuur'],
      keys: ['enter'],
    },
    {
      id: 'comment',
      // Comment box on feed and post pages (2019–): textarea with a Unicode ellipsis in its label.
      editor: [
        'textarea[aria-label="Add a comment…"]',
        'textarea[aria-label="Add a comment..."]',
        'textarea[aria-label="Voeg een opmerking toe…"]',
        'textarea[aria-label="Voeg een reactie toe…"]',
        'form textarea[placeholder^="Add a comment"]',
        'form textarea[placeholder^="Voeg een"]',
      ].join(', '),
      submit: 'form [role="button"], form button[type="submit"]',
      submitLabels: ['Post', 'Plaatsen'],
      keys: ['enter'],
    },
    {
      id: 'caption',
      // Create-post flow, last step: caption textbox and Share, inside the [role=dialog].
      editor: [
        '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption"]',
        '[role="dialog"] [contenteditable="true"][aria-label^="Schrijf een bijschrift"]',
        '[role="dialog"] textarea[aria-label^="Write a caption"]',
      ].join(', '),
      submit: '[role="dialog"] [role="button"]',
      submitLabels: ['Share', 'Delen'],
      keys: [],
    },
    {
      id: 'direct',
      // Direct messages (/direct/t/…): a Lexical textbox; older pages mark it div.notranslate or label it
      // "Message", the 2026 one only has aria-placeholder="Message..." (issue 15, from a desktop client
      // tested live 2026-09). Send is a word or an svg icon label, shown once there is text.
      editor: [
        'div.notranslate[contenteditable="true"][role="textbox"]',
        '[contenteditable="true"][aria-label="Message"]',
        '[role="textbox"][contenteditable="true"][aria-placeholder^="Message"]',
        '[role="textbox"][contenteditable="true"][aria-placeholder^="Bericht"]',
      ].join(', '),
      submit: '[role="button"]',
      submitLabels: ['Send', 'Verzenden', 'Versturen', 'Verstuur'],
      keys: ['enter'],
    },
    // Language-independent fallbacks (issue 15) for a UI whose labels are not above: the editors by
    // structure, their button by what it does (structural.ts). The settings page's fields (/accounts/edit) are
    // in a form outside any post or dialog, and search is an input: neither is taken.
    {
      // A comment box: a textarea in a form under a post, on the feed (article) or in the post viewer
      // (dialog); Enter sends, the button is disabled while empty.
      id: 'comment-structure',
      editor: 'article form textarea, [role="dialog"] form textarea',
      submit: 'button, [role="button"]',
      submitBy: 'structure',
      keys: ['enter'],
    },
    {
      // The caption step of the create-post dialog: Share is the text button beside the dialog's heading.
      id: 'caption-structure',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"]',
      submit: 'button, [role="button"]',
      scope: '[role="dialog"]',
      submitBy: 'structure',
      keys: [],
    },
    {
      // A direct message: a Lexical textbox outside posts and dialogs; Send shows up once there is text.
      id: 'direct-structure',
      editor: '[role="textbox"][contenteditable="true"]',
      notInside: 'article, [role="dialog"]',
      submit: 'button, [role="button"]',
      submitBy: 'structure',
      keys: ['enter'],
    },
  ],
};
