import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckContext, Finding, ImageFinding, Pixels } from '../../rules/types';
import { warmedEngine } from './warm-up';
import { recordError } from '../../utils/error-log';
import { hasImageChecks, runImageChecks } from '../../utils/image-check';
import { decodeImage } from '../../utils/image-decode';
import { readImageText } from '../../utils/ocr/messages';
import { handOn, isHandingOn } from './hand-on';
import type { SiteAdapter } from './platforms/types';
import { anyEditorSelector, MODAL_SELECTOR } from './surfaces';

export interface Attachments {
  count: number;
  /** Findings of the image checks, computed when the image was added, not at submit. */
  imageFindings: Finding[];
  /** Image checks still running; a submit waits for them (briefly). */
  pending?: Promise<unknown>;
  /** Images whose text is still being read: the live hint says so. */
  reading: number;
}

interface AttachmentRecord {
  count: number;
  imageFindings: Finding[];
  pending: Set<Promise<unknown>>;
  reading: number;
}

/** How long after a click on a profile-photo button an image chosen counts as the new profile photo. */
const PROFILE_FLOW_MS = 120_000;

/** Images are decoded at most this large: twice what the logo matcher works at, enough to see lines of text and to show, cheap to hold. */
export const MAX_DECODE_SIDE = 640;

const byComposer = new WeakMap<Element, AttachmentRecord>();

function isMedia(file: File): boolean {
  return file.type.startsWith('image/') || file.type.startsWith('video/');
}

/**
 * The element files are filed under: the site's modal when there is one (Instagram picks the photo two
 * steps before the caption box exists), else the nearest element holding an editor. Not the composer of
 * surfaces.ts (`composerOfEditor`), which needs an editor to start from; `attachmentsOf` joins the two by
 * looking up from the composer's editors.
 */
function filesOwnerOf(target: Element, adapter: SiteAdapter): Element {
  const modal = target.closest(MODAL_SELECTOR);
  if (modal) return modal;
  const editors = anyEditorSelector(adapter);
  for (let node: Element | null = target; node && node !== document.body; node = node.parentElement) {
    if (node.matches(editors) || node.querySelector(editors)) return node;
  }
  return document.body;
}

/** The attachments of the composer that holds these editors. */
export function attachmentsOf(editors: Element[]): Attachments {
  const total: Attachments = { count: 0, imageFindings: [], reading: 0 };
  const pending: Promise<unknown>[] = [];
  const seen = new Set<AttachmentRecord>();
  for (const editor of editors) {
    for (let node: Element | null = editor; node; node = node.parentElement) {
      const record = byComposer.get(node);
      if (record && !seen.has(record)) {
        seen.add(record);
        total.count += record.count;
        total.reading += record.reading;
        total.imageFindings.push(...record.imageFindings);
        pending.push(...record.pending);
      }
    }
  }
  if (pending.length > 0) total.pending = Promise.allSettled(pending);
  return total;
}

/** Forgets the attachments once their post has gone out. */
export function clearAttachmentsOf(editors: Element[]): void {
  for (const editor of editors) {
    for (let node: Element | null = editor; node; node = node.parentElement) byComposer.delete(node);
  }
}

export interface AttachmentWatcherOptions {
  adapter(): SiteAdapter | undefined;
  context(): CheckContext;
  /** Called when a composer's attachments change (the live hint recounts). */
  onChange(composer: Element): void;
  /** A profile photo the image checks found something in: ask, then keep it or not. */
  onProfileFindings(input: HTMLInputElement, findings: Finding[], keep: () => void, drop: () => void): void;
}

/** Checks the first image of a file list; findings of a failed check are none (never in the way). */
async function checkFirstImage(files: File[], context: CheckContext, purpose: 'post' | 'profile'): Promise<Finding[]> {
  const image = files.find((file) => file.type.startsWith('image/'));
  return image ? runImageChecks(await decodeImage(image, MAX_DECODE_SIDE), context, purpose) : [];
}

/**
 * The text in an attached image, checked like typed text: first the engine's quick look for text on the
 * small decoded copy (a photo without text costs nothing more), then OCR in the background's context
 * (utils/ocr/messages.ts; Tesseract never runs in the page), then the engine on what was read. Each finding
 * keeps the small copy, for the dialog to show with the found words marked.
 */
async function checkImageText(file: File, pixels: Pixels, context: CheckContext, reading: (on: boolean) => void): Promise<ImageFinding[]> {
  // Its lists built first, in short tasks: the text read is checked in one go.
  const engine = await warmedEngine(context);
  if (!engine.mayHoldText(pixels)) return [];
  reading(true);
  try {
    const page = await readImageText(file);
    const { findings } = engine.checkImageText(page, context, (ruleId, error) => recordError('regel', error, ruleId));
    return findings.map((finding) => ({ ...finding, thumbnail: pixels }));
  } finally {
    reading(false);
  }
}

/**
 * A profile photo is held back from the site until the image checks have looked at it (a fraction of a
 * second): the sites upload it as soon as it is chosen. Without findings, or if anything fails, the
 * site gets it as if we were not there.
 */
function holdProfilePhoto(event: Event, input: HTMLInputElement, options: AttachmentWatcherOptions): void {
  const files = [...(input.files ?? [])];
  event.stopImmediatePropagation();
  const release = () =>
    handOn(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const drop = () => {
    input.value = '';
  };
  checkFirstImage(files, options.context(), 'profile')
    .then((findings) => (findings.length > 0 ? options.onProfileFindings(input, findings, release, drop) : release()))
    .catch((error) => {
      recordError('image', error);
      release();
    });
}

/** Notices photos and videos added through a file input, paste or drop, per composer; and profile photos. */
export function watchAttachments(ctx: ContentScriptContext, options: AttachmentWatcherOptions): void {
  const add = (target: EventTarget | null, files: FileList | File[] | undefined | null) => {
    try {
      const adapter = options.adapter();
      const media = [...(files ?? [])].filter(isMedia);
      if (!adapter || media.length === 0 || !(target instanceof Element)) return;
      const composer = filesOwnerOf(target, adapter);
      const record = byComposer.get(composer) ?? { count: 0, imageFindings: [], pending: new Set(), reading: 0 };
      record.count += media.length;
      byComposer.set(composer, record);
      options.onChange(composer);
      const reading = (on: boolean) => {
        record.reading += on ? 1 : -1;
        options.onChange(composer);
      };
      for (const file of media.filter((item) => item.type.startsWith('image/'))) {
        // Decoded once, small: for the logo, the quick look for text and the dialog's thumbnail.
        const decoded = decodeImage(file, MAX_DECODE_SIDE);
        decoded.catch((error) => recordError('image', error));
        // Each check files its findings the moment it is done: a post made while the text is still being
        // read (a post waits only briefly) keeps what the faster logo check found.
        const keep = (check: (pixels: Pixels, context: CheckContext) => Promise<Finding[]>) => {
          const checked = decoded
            .then(
              async (pixels) => {
                record.imageFindings.push(...(await check(pixels, options.context())));
                options.onChange(composer);
              },
              // An image that cannot be decoded was recorded once, above.
              () => undefined,
            )
            .catch((error) => recordError('image', error))
            .finally(() => record.pending.delete(checked));
          record.pending.add(checked);
        };
        if (hasImageChecks()) keep((pixels, context) => runImageChecks(pixels, context, 'post'));
        keep((pixels, context) => checkImageText(file, pixels, context, reading));
      }
    } catch (error) {
      recordError('attachments', error);
    }
  };

  /** When the user last started a profile-photo or cover-photo flow (the adapter's `profilePhotoTrigger`). */
  let profileFlowAt = -Infinity;
  ctx.addEventListener(window, 'click', (event) => {
    const trigger = options.adapter()?.profilePhotoTrigger;
    if (trigger && event.target instanceof Element && event.target.closest(trigger)) profileFlowAt = performance.now();
  }, { capture: true });
  /** An input the started flow chose a photo in: not in a composer (a dialog or post with an editor). */
  const inProfileFlow = (input: HTMLInputElement, adapter: SiteAdapter) => {
    if (performance.now() - profileFlowAt > PROFILE_FLOW_MS) return false;
    const holder = input.closest(`${MODAL_SELECTOR}, form, [role="article"], article`);
    return !holder?.querySelector(anyEditorSelector(adapter));
  };
  /** A profile-photo input with an image chosen, while there is an image check to run on it. */
  const isProfilePhoto = (input: HTMLInputElement) => {
    const adapter = options.adapter();
    if (!adapter || !hasImageChecks() || ![...(input.files ?? [])].some((file) => file.type.startsWith('image/'))) return false;
    return (!!adapter.profilePhotoInput && input.matches(adapter.profilePhotoInput)) || (!!adapter.profilePhotoTrigger && inProfileFlow(input, adapter));
  };
  const fileInputOf = (event: Event) => {
    const input = event.target;
    return !isHandingOn() && input instanceof HTMLInputElement && input.type === 'file' ? input : undefined;
  };

  ctx.addEventListener(window, 'change', (event) => {
    const input = fileInputOf(event);
    if (!input) return;
    try {
      if (isProfilePhoto(input)) {
        holdProfilePhoto(event, input, options);
        return;
      }
    } catch (error) {
      recordError('attachments', error);
      return;
    }
    add(input, input.files);
  }, { capture: true });
  ctx.addEventListener(window, 'input', (event) => {
    // The site hears about a held profile photo when it is released, not before.
    const input = fileInputOf(event);
    try {
      if (input && isProfilePhoto(input)) event.stopImmediatePropagation();
    } catch (error) {
      recordError('attachments', error);
    }
  }, { capture: true });
  ctx.addEventListener(window, 'paste', (event) => add(event.target, event.clipboardData?.files), { capture: true });
  ctx.addEventListener(window, 'drop', (event) => add(event.target, event.dataTransfer?.files), { capture: true });
}
