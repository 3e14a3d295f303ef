// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { demo } from '../../../entrypoints/compose.content/platforms/demo';
import { x } from '../../../entrypoints/compose.content/platforms/x';
import { hasOpenSuggestions } from '../../../entrypoints/compose.content/surfaces';

function editorIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[contenteditable]')!;
}

describe('an open list of suggestions (Enter picks, it does not post)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is read from the editor ARIA state (Lexical, comboboxes)', () => {
    expect(hasOpenSuggestions(demo, editorIn('<div contenteditable="true" aria-expanded="true"></div>'))).toBe(true);
    expect(
      hasOpenSuggestions(demo, editorIn('<div contenteditable="true" aria-activedescendant="typeahead-item-0"></div><ul role="listbox"><li id="typeahead-item-0" role="option">Daan</li></ul>')),
    ).toBe(true);
  });

  it('is not open when the editor points at nothing or says it is closed', () => {
    expect(hasOpenSuggestions(demo, editorIn('<div contenteditable="true" aria-expanded="false" aria-autocomplete="list"></div>'))).toBe(false);
    expect(hasOpenSuggestions(demo, editorIn('<div contenteditable="true" aria-activedescendant="gone"></div>'))).toBe(false);
    expect(hasOpenSuggestions(demo, editorIn('<div contenteditable="true" aria-controls="list"></div><ul id="list" role="listbox" hidden></ul>'))).toBe(false);
  });

  it("is read from the site's own list where the editor does not say so (X's typeahead)", () => {
    const editor = editorIn('<div data-testid="tweetTextarea_0" contenteditable="true"></div><div id="typeaheadDropdown-3" role="listbox">@daan</div>');
    expect(hasOpenSuggestions(x, editor)).toBe(true);
    expect(hasOpenSuggestions(demo, editor)).toBe(false);
  });
});
