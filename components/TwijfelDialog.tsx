import { useEffect, useRef } from 'preact/hooks';
import type { ProtocolClause } from '../rules/protocol';
import { SEVERITY_RANK, type Finding, type ImageFinding, type Severity } from '../rules/types';
import { fragmentAround } from './fragment';
import { ImageMark } from './ImageMark';

export type Translate = (key: string, substitutions?: string[]) => string;

export interface TwijfelDialogProps {
  text: string;
  findings: Finding[];
  clauses: Record<string, ProtocolClause>;
  /** Message key of the line under the title. */
  intro: string;
  /** Message key of the line saying the school asked not to go ahead; absent when it did not ask. */
  blockedText?: string;
  /** Whom to ask, as the school configured it. */
  contact?: { name: string; role: string; how: string };
  /** The school's own social-media protocol. */
  protocolUrl?: string;
  /** Message key of the first button ("Bericht aanpassen"), which Escape means too. */
  editLabel: string;
  onEdit(): void;
  /** The button to go ahead after all; absent when that is no choice (the school blocks it, or nothing is being posted). */
  goAhead?: { label: string; onChoose(): void };
  /** Staff only: inserts the school's disclaimer into the post. */
  onAddDisclaimer?(): void;
  t: Translate;
}

const SEVERITY_KEY: Record<Severity, string> = {
  info: 'severityInfo',
  waarschuwing: 'severityWaarschuwing',
  ernstig: 'severityErnstig',
};

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')].filter(
    (element) => !element.hasAttribute('disabled'),
  );
}

/**
 * "Bij twijfel: niet plaatsen": what was found, why it matters, and the choice. "Bericht aanpassen"
 * has the focus; Esc means the same. Tab stays inside the dialog.
 */
export function TwijfelDialog(props: TwijfelDialogProps) {
  const { text, findings, clauses, intro, blockedText, contact, protocolUrl, editLabel, onEdit, goAhead, onAddDisclaimer, t } = props;
  const who = contact && [contact.name, contact.role && `(${contact.role})`].filter(Boolean).join(' ');
  const ask = who ? (contact!.how ? `${who}: ${contact!.how}` : who) : contact?.how;
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    editRef.current?.focus();
  }, []);

  // Most serious first; within a severity, in the order they stand in the text.
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = focusables(dialogRef.current);
    if (items.length === 0) return;
    const active = (dialogRef.current.getRootNode() as ShadowRoot | Document).activeElement;
    const index = items.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : (index + 1) % items.length;
    event.preventDefault();
    items[next]!.focus();
  };

  return (
    <div class="backdrop">
      <div
        ref={dialogRef}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="twijfelcheck-title"
        aria-describedby="twijfelcheck-intro"
        onKeyDown={onKeyDown}
      >
        <h2 id="twijfelcheck-title">{t('dialogTitle')}</h2>
        <p id="twijfelcheck-intro">{t(intro)}</p>
        {findings.length > 0 && (
          <ul class="findings" aria-label={t('dialogFindingsLabel')}>
            {ordered.map((finding, index) => {
              const fragment = fragmentAround(text, finding.start, finding.end);
              const clause = clauses[finding.protocolRef];
              // Read in an attached image: its offsets are in the image's text, not in the post.
              const image = (finding as Partial<ImageFinding>).source === 'image' ? (finding as ImageFinding) : undefined;
              return (
                <li class={`finding severity-${finding.severity}`} key={`${finding.ruleId}:${finding.start}:${index}`}>
                  <span class="severity">{t(SEVERITY_KEY[finding.severity])}</span>
                  {image?.thumbnail && image.regions.length > 0 && (
                    <ImageMark pixels={image.thumbnail} regions={image.regions} label={t('dialogImageLabel')} />
                  )}
                  {!image && finding.end > finding.start && (
                    <p class="fragment">
                      {fragment.before}
                      <mark>{fragment.match}</mark>
                      {fragment.after}
                    </p>
                  )}
                  <p class="message">{finding.message}</p>
                  {clause && (
                    <p class="protocol">{t('dialogProtocol', [clause.school, clause.quote])}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {blockedText && <p class="blocked">{t(blockedText)}</p>}
        <p class="remember">{t('dialogRemember')}</p>
        {ask && <p class="contact">{t('dialogContact', [ask])}</p>}
        {protocolUrl && (
          <p class="contact">
            <a href={protocolUrl} target="_blank" rel="noopener noreferrer">
              {t('dialogProtocolLink')}
            </a>
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" ref={editRef} onClick={onEdit}>
            {t(editLabel)}
          </button>
          {onAddDisclaimer && (
            <button type="button" class="secondary" onClick={onAddDisclaimer}>
              {t('dialogAddDisclaimer')}
            </button>
          )}
          {goAhead && (
            <button type="button" class="secondary" onClick={goAhead.onChoose}>
              {t(goAhead.label)}
            </button>
          )}
        </div>
        <p class="privacy">{t('dialogPrivacy')}</p>
      </div>
    </div>
  );
}
