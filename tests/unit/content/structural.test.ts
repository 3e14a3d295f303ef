// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Surface } from '../../../entrypoints/compose.content/platforms/types';
import { acceptsEditor, isStructuralSubmit, noteComposerState } from '../../../entrypoints/compose.content/structural';

const BUTTONS = 'button, [role="button"]';
const comment: Surface = { id: 'comment', editor: '[role="article"] [contenteditable="true"]', submit: BUTTONS, submitBy: 'structure', keys: ['enter'] };
const post: Surface = { id: 'post', editor: '[role="dialog"] [contenteditable="true"]', submit: BUTTONS, scope: '[role="dialog"]', submitBy: 'structure', keys: [] };
const chat: Surface = { id: 'chat', editor: '[role="main"] [contenteditable="true"]', notInside: '[role="article"]', submit: BUTTONS, submitBy: 'structure', keys: ['enter'] };

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;

describe('composers found by structure alone (no labels)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('the button that was disabled while the editor was empty posts; the others do not', () => {
    document.body.innerHTML =
      '<div role="article"><div role="button" id="like">Lubię to</div><div><div contenteditable="true" id="box"></div><div role="button" id="send" aria-disabled="true">➤</div></div></div>';
    noteComposerState(comment, $('#box'));
    expect(isStructuralSubmit(comment, $('#send'))).toBe(false);
    $('#box').textContent = 'hoi';
    $('#send').setAttribute('aria-disabled', 'false');
    expect(isStructuralSubmit(comment, $('#send'))).toBe(true);
    expect(isStructuralSubmit(comment, $('#like'))).toBe(false);
  });

  it('a send button that shows up beside a chat editor once there is text posts; one further away does not', () => {
    document.body.innerHTML =
      '<div role="main"><div id="far"></div><div><div contenteditable="true" id="box"></div><span id="slot"><div role="button">👍</div></span></div></div>';
    noteComposerState(chat, $('#box'));
    $('#box').textContent = 'hoi';
    $('#slot').innerHTML = '<div role="button" id="send">➤</div>';
    expect(isStructuralSubmit(chat, $('#send'))).toBe(true);
    // A new message with its own buttons, arriving while the user types: before the editor, not its button.
    $('#far').innerHTML = '<div role="button" id="react">❤</div>';
    expect(isStructuralSubmit(chat, $('#react'))).toBe(false);
  });

  it("a form's submit button posts; a dialog's worded button beside its heading posts, a glyph there does not", () => {
    document.body.innerHTML =
      '<div role="article"><form><div contenteditable="true"></div><button type="submit" id="submit">Gönder</button></form></div>';
    expect(isStructuralSubmit(comment, $('#submit'))).toBe(true);
    document.body.innerHTML =
      '<div role="dialog"><div><div role="button" id="back">←</div><h2>Yeni gönderi</h2><div role="button" id="share">Paylaş</div><div role="button" id="close">✕</div></div><div contenteditable="true"></div></div>';
    expect(isStructuralSubmit(post, $('#share'))).toBe(true);
    expect(isStructuralSubmit(post, $('#back'))).toBe(false);
    expect(isStructuralSubmit(post, $('#close'))).toBe(false);
  });

  it('a dialog without an editor has no post button (the steps before a caption)', () => {
    document.body.innerHTML = '<div role="dialog"><div><h2>Kırp</h2><div role="button" id="next">İleri</div></div></div>';
    expect(isStructuralSubmit(post, $('#next'))).toBe(false);
  });

  it('never takes a search box or a picker as an editor, nor an editor inside what the surface excludes', () => {
    document.body.innerHTML =
      '<div role="main"><form role="search"><div contenteditable="true" id="search"></div></form><div contenteditable="true" role="combobox" id="picker"></div><div role="article"><div contenteditable="true" id="comment"></div></div><div contenteditable="true" id="chat"></div></div>';
    expect(acceptsEditor(chat, $('#search'))).toBe(false);
    expect(acceptsEditor(chat, $('#picker'))).toBe(false);
    expect(acceptsEditor(chat, $('#comment'))).toBe(false);
    expect(acceptsEditor(chat, $('#chat'))).toBe(true);
  });
});
