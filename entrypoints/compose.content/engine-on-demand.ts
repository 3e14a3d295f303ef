import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadedEngine, loadEngine } from '../../utils/engine-handle';
import { recordError } from '../../utils/error-log';
import type { SiteAdapter } from './platforms/types';
import { editorAt } from './surfaces';

/** What shows that someone starts to write: the editor gets focus, a click, a key or text. */
const WRITING_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/**
 * Loads the engine when someone starts to write in one of the site's editors, and then calls `onLoaded`
 * (which warms it up). A page that is only read never loads it; a post made before it arrived is held
 * until it does (see `mustWait`).
 */
export function loadEngineWhenWriting(ctx: ContentScriptContext, adapter: () => SiteAdapter | undefined, onLoaded: () => void): void {
  let requested = false;
  const onEvent = (event: Event) => {
    if (requested) return;
    const site = adapter();
    const target = event.target;
    if (!site || !(target instanceof Element) || !editorAt(site, target)) return;
    requested = true;
    // Brought in already (for a photo's text): warmed up from now on all the same.
    if (loadedEngine()) return onLoaded();
    loadEngine().then(onLoaded, (error) => {
      // The next sign of writing tries again; until then posts wait for it (briefly) and then go out.
      requested = false;
      recordError('engine', error);
    });
  };
  for (const type of WRITING_EVENTS) ctx.addEventListener(window, type, onEvent, { capture: true });
}
