import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckContext, Finding } from '../../rules/types';
import { recordError } from '../../utils/error-log';
import { hasImageChecks, runImageChecks, type Pixels } from '../../utils/image-check';
import type { SiteAdapter } from './platforms/types';
import { anyEditorSelector } from './surfaces';

export interface Attachments {
  count: number;
  /** Findings of the image checks, computed when the image was added, not at submit. */
  imageFindings: Finding[];
}

/** Images are decoded at most this large: enough for any image check, cheap to hold. */
const MAX_DECODE_SIDE = 1024;
const MODAL = 'dialog, [role="dialog"]';

const byComposer = new WeakMap<Element, Attachments>();

function isMedia(file: File): boolean {
  return file.type.startsWith('image/') || file.type.startsWith('video/');
}

/**
 * Files belong to the composer they were added in: the site's modal when there is one (Instagram
 * picks the photo two steps before the caption box exists), else the nearest element holding an editor.
 */
function composerOf(target: Element, adapter: SiteAdapter): Element {
  const modal = target.closest(MODAL);
  if (modal) return modal;
  const editors = anyEditorSelector(adapter);
  for (let node: Element | null = target; node && node !== document.body; node = node.parentElement) {
    if (node.matches(editors) || node.querySelector(editors)) return node;
  }
  return document.body;
}

/** Pixels of an image file, scaled down to {@link MAX_DECODE_SIDE}, off the main thread where possible. */
export async function decodeImage(file: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_DECODE_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context2d = canvas.getContext('2d', { willReadFrequently: true })!;
  context2d.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { data } = context2d.getImageData(0, 0, width, height);
  return { width, height, data };
}

/** The attachments of the composer that holds these editors. */
export function attachmentsOf(editors: Element[]): Attachments {
  const total: Attachments = { count: 0, imageFindings: [] };
  const seen = new Set<Attachments>();
  for (const editor of editors) {
    for (let node: Element | null = editor; node; node = node.parentElement) {
      const record = byComposer.get(node);
      if (record && !seen.has(record)) {
        seen.add(record);
        total.count += record.count;
        total.imageFindings.push(...record.imageFindings);
      }
    }
  }
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
}

/** Notices photos and videos added through a file input, paste or drop, per composer. */
export function watchAttachments(ctx: ContentScriptContext, options: AttachmentWatcherOptions): void {
  const add = (target: EventTarget | null, files: FileList | File[] | undefined | null) => {
    try {
      const adapter = options.adapter();
      const media = [...(files ?? [])].filter(isMedia);
      if (!adapter || media.length === 0 || !(target instanceof Element)) return;
      const composer = composerOf(target, adapter);
      const record = byComposer.get(composer) ?? { count: 0, imageFindings: [] };
      record.count += media.length;
      byComposer.set(composer, record);
      options.onChange(composer);
      if (!hasImageChecks()) return;
      for (const file of media.filter((item) => item.type.startsWith('image/'))) {
        decodeImage(file)
          .then((pixels) => {
            record.imageFindings.push(...runImageChecks(pixels, options.context(), 'post'));
            options.onChange(composer);
          })
          .catch((error) => recordError('image', error));
      }
    } catch (error) {
      recordError('attachments', error);
    }
  };

  ctx.addEventListener(window, 'change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'file') add(input, input.files);
  }, { capture: true });
  ctx.addEventListener(window, 'paste', (event) => add(event.target, event.clipboardData?.files), { capture: true });
  ctx.addEventListener(window, 'drop', (event) => add(event.target, event.dataTransfer?.files), { capture: true });
}
