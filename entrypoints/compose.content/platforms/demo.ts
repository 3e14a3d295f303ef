import type { SiteAdapter } from './types';

/** The bundled demo page (tests/fixtures/demo): a textarea composer and a contenteditable comment box. */
export const demo: SiteAdapter = {
  id: 'demo',
  hosts: [],
  localPaths: ['/demo/'],
  surfaces: [
    {
      id: 'post',
      // textarea in the "Nieuw bericht" card; posts on the button or Ctrl/Cmd+Enter.
      editor: '[data-testid="demo-post-text"]',
      submit: '[data-testid="demo-post-button"]',
      scope: '[data-testid="demo-post-composer"]',
      keys: ['mod+enter'],
    },
    {
      id: 'comment',
      // contenteditable comment box; Enter posts, Shift+Enter is a new line (as on Facebook).
      editor: '[data-testid="demo-comment-text"]',
      submit: '[data-testid="demo-comment-button"]',
      scope: '[data-testid="demo-comment-composer"]',
      keys: ['enter'],
    },
  ],
};
