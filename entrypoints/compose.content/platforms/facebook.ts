import type { SiteAdapter } from './types';

/**
 * Facebook (www, web and m.facebook.com). The editors are Lexical (data-lexical-editor); buttons are
 * div[role=button] known only by aria-label, so labels are listed for the English and Dutch UI
 * (the Dutch ones are the least certain part: ../shared/platforms.md).
 */
export const facebook: SiteAdapter<'facebook'> = {
  id: 'facebook',
  localPaths: ['/sites/facebook/'],
  // The feed's left column starts with a link to the signed-in profile or page (/name or
  // /profile.php?id=…), as Mask Network's Facebook adaptor reads it. Other pages do not show it.
  accountHandle: '[data-pagelet="LeftRail"] ul a[role="link"][href]',
  // Profile picture and cover photo. Issue 15 (2026-09) reports that "Update profile picture" labels the camera
  // *button*, not the dialog it opens, whose image input is a plain [role=dialog] input[type=file]; the cover
  // photo's input sits in [role=main]. "Any image input in a dialog" would take the create-post dialog's photos
  // too, so only the flow these buttons start counts (attachments.ts: an image input chosen soon after, outside
  // any composer). Labels from memory of the web app, English and Dutch, unverified; the older form, a dialog
  // with that label, stays.
  profilePhotoTrigger: [
    'Update profile picture',
    'Profielfoto bijwerken',
    'Profielfoto wijzigen',
    'Edit cover photo',
    'Add cover photo',
    'Omslagfoto bewerken',
    'Omslagfoto toevoegen',
  ]
    .map((name) => `[role="button"][aria-label="${name}"], button[aria-label="${name}"]`)
    .join(', '),
  profilePhotoInput: ['Update profile picture', 'Profielfoto bijwerken', 'Profielfoto wijzigen']
    .map((name) => `[role="dialog"][aria-label="${name}"] input[type="file"]`)
    .join(', '),
  surfaces: [
    {
      id: 'comment',
      // Comment and reply boxes under posts and in the photo viewer (2023–): aria-label starts with the action.
      // "Write a public comment…" and "Answer as <name>" (issue 15, from a Messenger/Facebook desktop client
      // tested live 2026-09, termite09/bubble-for-messenger).
      editor: [
        'Comment as',
        'Reply to',
        'Write a comment',
        'Write a public comment',
        'Answer as',
        'Write a reply',
        'Reageer als',
        'Beantwoorden aan',
        'Schrijf een opmerking',
        'Schrijf een reactie',
        'Beantwoord',
      ]
        .map((prefix) => `[data-lexical-editor="true"][aria-label^="${prefix}"]`)
        .join(', '),
      submit: 'div[role="button"][aria-label]',
      submitLabels: ['Comment', 'Post comment', 'Reply', 'Reageren', 'Reageer', 'Beantwoorden', 'Opmerking plaatsen'],
      keys: ['enter'],
    },
    {
      id: 'messenger',
      // Messenger chat boxes on facebook.com (popup and /messages): Lexical textbox labelled "Message".
      editor: '[data-lexical-editor="true"][aria-label="Message"], [data-lexical-editor="true"][aria-label="Bericht"]',
      submit: 'div[role="button"][aria-label]',
      submitLabels: ['Press Enter to send', 'Send', 'Druk op Enter om te verzenden', 'Verzenden', 'Versturen'],
      keys: ['enter'],
    },
    {
      id: 'post',
      // The "Create post" dialog on the feed, in groups and on pages; page posts go Next → Post, and Next
      // is checked too because the editor is gone on the last step.
      editor: '[role="dialog"] [data-lexical-editor="true"][contenteditable="true"]',
      submit: '[role="dialog"] div[role="button"]',
      submitLabels: ['Post', 'Next', 'Share now', 'Publish', 'Plaatsen', 'Volgende', 'Nu delen', 'Publiceren'],
      keys: [],
    },
    // Language-independent fallbacks (issue 15): a UI whose labels are not above (Frisian, Turkish, or a
    // reworded button) still has these editors, and their button is found by what it does (structural.ts).
    // Search boxes are inputs and settings fields textareas: neither is a Lexical textbox.
    {
      // A comment or reply box: a textbox inside a post (Mask Network's Facebook adaptor reads posts as
      // [role=article], 2024-10); Enter sends.
      id: 'comment-structure',
      editor: '[role="article"] [contenteditable="true"][role="textbox"]',
      submit: 'button, [role="button"]',
      submitBy: 'structure',
      keys: ['enter'],
    },
    {
      // The create-post dialog: its button is disabled while the post is empty (platforms.md).
      id: 'post-structure',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"]',
      submit: 'button, [role="button"]',
      scope: '[role="dialog"]',
      submitBy: 'structure',
      keys: [],
    },
    {
      // A chat: a Lexical editor in a conversation, which Facebook marks [role=main] for the /messages page and
      // for each chat window (brbavar/katex-for-messenger-web, selector.js, 2025); Enter sends.
      id: 'chat-structure',
      editor: '[role="main"] [data-lexical-editor="true"]',
      notInside: '[role="article"], [role="dialog"]',
      submit: 'button, [role="button"]',
      submitBy: 'structure',
      keys: ['enter'],
    },
  ],
};
