import type { SiteAdapter } from './types';

/**
 * Messenger on messenger.com. The composer is a Lexical textbox in the conversation's [role=main]; it sends
 * on Enter. termite09/bubble-for-messenger (src/main/scrape.js, a desktop client tested on the live site in
 * 2026-09) finds it as `[role="main"] [contenteditable="true"][role="textbox"]`, sends with the user's own
 * Enter, and reports that the editor ignores execCommand('insertText') and a synthetic paste: "Toch plaatsen"
 * (a replayed Enter) may do nothing here, so notice.tsx asks the user to press once more, and "Disclaimer
 * toevoegen" falls back to the clipboard. The Send button's label is localised and shares words with "Send a
 * like" and "Send a voice clip" (same source), so labels are only a first signal; the structural surface
 * takes the button that appears once there is text.
 */
export const messenger: SiteAdapter<'messenger'> = {
  id: 'messenger',
  localPaths: ['/sites/messenger/'],
  surfaces: [
    {
      id: 'chat',
      editor: '[role="main"] [contenteditable="true"][role="textbox"]',
      submit: '[role="button"][aria-label]',
      // Facebook's chat labels (../shared/platforms.md); the Dutch ones are unconfirmed guesses.
      submitLabels: ['Press enter to send', 'Send', 'Druk op Enter om te verzenden', 'Verzenden', 'Versturen'],
      keys: ['enter'],
      userEventsOnly: true,
    },
    {
      id: 'chat-structure',
      editor: '[role="main"] [contenteditable="true"][role="textbox"]',
      submit: 'button, [role="button"]',
      submitBy: 'structure',
      keys: ['enter'],
      userEventsOnly: true,
    },
  ],
};
