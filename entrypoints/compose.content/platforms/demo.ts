import type { SiteAdapter } from './types';

/** The bundled demo page (tests/fixtures/demo): a textarea composer, one in a modal, and a contenteditable comment box. */
export const demo: SiteAdapter<'demo'> = {
  id: 'demo',
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
      id: 'modal',
      // textarea inside a native <dialog> opened with showModal(): everything outside it is inert.
      editor: '[data-testid="demo-modal-text"]',
      submit: '[data-testid="demo-modal-button"]',
      scope: '[data-testid="demo-modal-composer"]',
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
