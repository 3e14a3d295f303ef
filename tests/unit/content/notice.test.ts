// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmDelivery } from '../../../entrypoints/compose.content/notice';
import { demo } from '../../../entrypoints/compose.content/platforms/demo';
import type { Submission } from '../../../entrypoints/compose.content/submission';

function heldPost(text: string): { held: Submission; box: HTMLTextAreaElement } {
  document.body.innerHTML = '<textarea></textarea>';
  const box = document.querySelector('textarea')!;
  box.value = text;
  const held: Submission = { surface: demo.surfaces[0]!, text, editors: [box], focusEditor: box, replay: () => undefined };
  return { held, box };
}

const notice = () => document.querySelector('twijfelcheck-notice');

describe('after a post was handed on to the site', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('says nothing when the site took it (the box was emptied)', () => {
    const { held, box } = heldPost('Hoi allemaal');
    const letThrough = vi.fn();
    confirmDelivery(held, (key) => key, letThrough);
    box.value = '';
    vi.advanceTimersByTime(5000);
    expect(letThrough).not.toHaveBeenCalled();
    expect(notice()).toBeNull();
  });

  it('when the text is still there: lets the next press through, tells the user, and leaves once the post is gone', () => {
    const { held, box } = heldPost('Hoi allemaal');
    const letThrough = vi.fn();
    confirmDelivery(held, (key) => key, letThrough);
    vi.advanceTimersByTime(5000);
    expect(letThrough).toHaveBeenCalledOnce();
    expect(notice()).not.toBeNull();
    box.value = '';
    vi.advanceTimersByTime(1000);
    expect(notice()).toBeNull();
  });

  it('says nothing when the composer closed', () => {
    const { held, box } = heldPost('Hoi allemaal');
    const letThrough = vi.fn();
    confirmDelivery(held, (key) => key, letThrough);
    box.remove();
    vi.advanceTimersByTime(5000);
    expect(letThrough).not.toHaveBeenCalled();
  });
});
