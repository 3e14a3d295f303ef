// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../../entrypoints/compose.content/platforms';
import { facebook } from '../../../entrypoints/compose.content/platforms/facebook';
import { instagram } from '../../../entrypoints/compose.content/platforms/instagram';
import { messenger } from '../../../entrypoints/compose.content/platforms/messenger';
import type { SiteAdapter } from '../../../entrypoints/compose.content/platforms/types';
import { x } from '../../../entrypoints/compose.content/platforms/x';
import { handleFromProfileLink, signedInHandle } from '../../../entrypoints/compose.content/account';
import { acceptsEditor } from '../../../entrypoints/compose.content/structural';
import { editorsOfButton, submitButtonAt, submitButtonsIn } from '../../../entrypoints/compose.content/surfaces';

function load(name: string): void {
  // happy-dom gives import.meta.url a http: address; the repository root is the working directory.
  const html = readFileSync(resolve(`tests/fixtures/sites/saved/${name}.html`), 'utf8');
  // Only the DOM counts here: the saved page's own scripts are left out.
  document.body.innerHTML = html
    .replace(/^<!--.*-->\n<body[^>]*>/, '')
    .replace(/<\/body>\s*$/, '')
    .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
}

/** Per surface: [compose boxes, post buttons] found in the saved page. */
type Counts = Record<string, [number, number]>;

function countsOf(adapter: SiteAdapter): Counts {
  return Object.fromEntries(
    adapter.surfaces.map((surface) => [
      surface.id,
      [
        [...document.querySelectorAll(surface.editor)].filter((editor) => acceptsEditor(surface, editor)).length,
        submitButtonsIn(document, surface).length,
      ],
    ]),
  );
}

const table: Array<[string, SiteAdapter, Counts]> = [
  ['x-home', x, { dm: [0, 0], post: [1, 1], article: [0, 0], profile: [0, 0] }],
  ['x-modal-thread', x, { dm: [0, 0], post: [3, 2], article: [0, 0], profile: [0, 0] }],
  ['x-reply', x, { dm: [0, 0], post: [1, 1], article: [0, 0], profile: [0, 0] }],
  ['x-dm', x, { dm: [1, 1], post: [0, 0], article: [0, 0], profile: [0, 0] }],
  // Mobile web's textarea in its wrapper, over the home timeline's composer.
  ['x-mobile', x, { dm: [0, 0], post: [2, 2], article: [0, 0], profile: [0, 0] }],
  ['x-article', x, { dm: [0, 0], post: [0, 0], article: [2, 1], profile: [0, 0] }],
  // The home timeline stays under the dialog.
  ['x-profile', x, { dm: [0, 0], post: [1, 1], article: [0, 0], profile: [2, 1] }],
  // The structural surfaces find their buttons by behaviour (typing makes them enabled or appear), which a
  // saved page cannot show: only their editors count here; structural.test.ts covers the buttons.
  ['facebook-feed-with-post-dialog', facebook, { comment: [2, 2], messenger: [1, 1], post: [1, 1], 'comment-structure': [2, 0], 'post-structure': [1, 0], 'chat-structure': [1, 0] }],
  ['facebook-feed-nl', facebook, { comment: [1, 1], messenger: [1, 1], post: [0, 0], 'comment-structure': [1, 0], 'post-structure': [0, 0], 'chat-structure': [1, 0] }],
  ['facebook-feed-pl', facebook, { comment: [0, 0], messenger: [0, 0], post: [0, 0], 'comment-structure': [1, 0], 'post-structure': [0, 0], 'chat-structure': [1, 0] }],
  ['instagram-feed', instagram, { 'story-reply': [0, 0], comment: [1, 1], caption: [0, 0], direct: [0, 0], 'comment-structure': [1, 0], 'caption-structure': [0, 0], 'direct-structure': [0, 0] }],
  // Share is the word beside the dialog's heading: found without its label.
  ['instagram-caption', instagram, { 'story-reply': [0, 0], comment: [1, 1], caption: [1, 1], direct: [0, 0], 'comment-structure': [1, 0], 'caption-structure': [1, 1], 'direct-structure': [0, 0] }],
  // Send shows up only once there is text.
  ['instagram-direct-nl', instagram, { 'story-reply': [0, 0], comment: [0, 0], caption: [0, 0], direct: [1, 0], 'comment-structure': [0, 0], 'caption-structure': [0, 0], 'direct-structure': [1, 0] }],
  ['instagram-feed-pl', instagram, { 'story-reply': [0, 0], comment: [0, 0], caption: [0, 0], direct: [0, 0], 'comment-structure': [1, 0], 'caption-structure': [0, 0], 'direct-structure': [0, 0] }],
  // The story's Send reads as a chat's Send too; submitButtonAt gives it to the surface with an editor (below).
  ['instagram-story', instagram, { 'story-reply': [1, 1], comment: [0, 0], caption: [0, 0], direct: [0, 1], 'comment-structure': [0, 0], 'caption-structure': [0, 0], 'direct-structure': [0, 0] }],
  ['messenger-chat', messenger, { chat: [1, 0], 'chat-structure': [1, 0] }],
];

describe('site adapters against saved fixture HTML', () => {
  for (const [name, adapter, expected] of table) {
    it(`${adapter.id}: ${name} has the expected compose boxes and post buttons`, () => {
      load(name);
      expect(countsOf(adapter)).toEqual(expected);
    });
  }

  it('the modal post button sends both parts of an X thread, the inline one only its own box', () => {
    load('x-modal-thread');
    const post = x.surfaces.find((surface) => surface.id === 'post')!;
    const modalButton = document.querySelector('[data-testid="tweetButton"]')!;
    const inlineButton = document.querySelector('[data-testid="tweetButtonInline"]')!;
    expect(editorsOfButton(post, modalButton).map((editor) => editor.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    expect(editorsOfButton(post, inlineButton)).toHaveLength(1);
  });

  it('a Send that two surfaces could mean goes to the one with an editor for it (a story reply, not a chat)', () => {
    load('instagram-story');
    const send = [...document.querySelectorAll('[role="button"]')].find((button) => button.textContent === 'Send')!;
    expect(submitButtonAt(instagram, send)?.surface.id).toBe('story-reply');
  });

  it('reads the signed-in account from each saved page', () => {
    for (const [name, adapter, handle] of [
      ['x-home', x, 'sanne_j'],
      ['facebook-feed-nl', facebook, 'sanne.jansen'],
      ['instagram-feed', instagram, 'sanne.j'],
      ['instagram-direct-nl', instagram, 'sanne.j'],
    ] as const) {
      load(name);
      expect(signedInHandle(adapter), name).toBe(handle);
    }
  });

  it('x: at narrow widths the account comes from the profile link of the tab bar or side menu', () => {
    document.body.innerHTML = '<nav><a data-testid="AppTabBar_Profile_Link" href="/Sanne_J"><div></div></a></nav>';
    expect(signedInHandle(x)).toBe('sanne_j');
    document.body.innerHTML = '<div><a data-testid="DashButton_ProfileIcon_Link" href="/csghetstreek"></a></div>';
    expect(signedInHandle(x)).toBe('csghetstreek');
  });

  it('takes the handle from the address of a profile link', () => {
    expect(handleFromProfileLink('/CSGHetStreek/')).toBe('csghetstreek');
    expect(handleFromProfileLink('https://www.facebook.com/het.streek')).toBe('het.streek');
    expect(handleFromProfileLink('https://www.facebook.com/profile.php?id=100064512345678')).toBe('100064512345678');
    expect(handleFromProfileLink('/profile.php?id=abc')).toBeUndefined();
    expect(handleFromProfileLink('/')).toBeUndefined();
  });

  it('remembers the account on a Facebook page that does not show it, until a page shows another', () => {
    load('facebook-feed-nl');
    expect(signedInHandle(facebook)).toBe('sanne.jansen');
    document.body.innerHTML = '<main role="main"><h1>Schoolband</h1></main>';
    expect(signedInHandle(facebook)).toBe('sanne.jansen');
    document.body.innerHTML = '<div data-pagelet="LeftRail"><ul><li><a role="link" href="/csghetstreek">Het Streek</a></li></ul></div>';
    expect(signedInHandle(facebook)).toBe('csghetstreek');
  });

  it('adapter data is plain JSON (a school policy can replace it)', () => {
    for (const adapter of adapters) expect(JSON.parse(JSON.stringify(adapter))).toEqual(adapter);
  });

  it('picks the adapter by host, and by path on local pages', () => {
    expect(adapterFor({ hostname: 'x.com', pathname: '/home' })?.id).toBe('x');
    expect(adapterFor({ hostname: 'mobile.twitter.com', pathname: '/' })?.id).toBe('x');
    expect(adapterFor({ hostname: 'www.facebook.com', pathname: '/' })?.id).toBe('facebook');
    expect(adapterFor({ hostname: 'www.instagram.com', pathname: '/p/1/' })?.id).toBe('instagram');
    expect(adapterFor({ hostname: 'www.messenger.com', pathname: '/t/123/' })?.id).toBe('messenger');
    expect(adapterFor({ hostname: 'www.facebook.com', pathname: '/messages/e2ee/t/123' })?.id).toBe('facebook');
    expect(adapterFor({ hostname: 'notx.com', pathname: '/' })).toBeUndefined();
    expect(adapterFor({ hostname: 'localhost', pathname: '/sites/facebook/groups/1' })?.id).toBe('facebook');
    expect(adapterFor({ hostname: 'example.org', pathname: '/sites/x/' })).toBeUndefined();
  });

  // Shapes the live sites were reported to have in 2026 (issue 15), written as the smallest HTML with them.
  const shapes: Array<[string, SiteAdapter, string, string]> = [
    ['X mobile web: the testid on a wrapper around the textarea', x, 'post', '<div data-testid="tweetTextarea_0"><textarea></textarea></div>'],
    ['Instagram direct: a Lexical textbox known only by its placeholder', instagram, 'direct', '<div role="textbox" contenteditable="true" aria-placeholder="Message..."></div>'],
    ['Facebook: "Write a public comment…"', facebook, 'comment', '<div data-lexical-editor="true" contenteditable="true" aria-label="Write a public comment…"></div>'],
    ['Facebook: "Answer as <name>"', facebook, 'comment', '<div data-lexical-editor="true" contenteditable="true" aria-label="Answer as Sanne Jansen"></div>'],
  ];
  for (const [name, adapter, surfaceId, html] of shapes) {
    it(`${adapter.id}: ${name}`, () => {
      document.body.innerHTML = html;
      const surface = adapter.surfaces.find((candidate) => candidate.id === surfaceId)!;
      expect(document.querySelectorAll(surface.editor)).toHaveLength(1);
    });
  }

  it('facebook: "Post comment" posts a comment', () => {
    document.body.innerHTML =
      '<div><div data-lexical-editor="true" contenteditable="true" aria-label="Write a public comment…"></div><div role="button" aria-label="Post comment"></div></div>';
    const comment = facebook.surfaces.find((surface) => surface.id === 'comment')!;
    expect(submitButtonsIn(document, comment)).toHaveLength(1);
  });
});
