import { useMemo, useState } from 'preact/hooks';
import { check } from '../rules/engine';
import type { CheckContext, Finding } from '../rules/types';
import type { Translate } from './TwijfelDialog';

/** The text with every finding marked, for the "Probeer het" box. */
function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  const parts = [];
  let at = 0;
  for (const finding of [...findings].filter((item) => item.end > item.start).sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(<mark key={`${finding.ruleId}:${finding.start}`}>{text.slice(finding.start, finding.end)}</mark>);
    at = finding.end;
  }
  parts.push(text.slice(at));
  return <p class="highlighted">{parts}</p>;
}

/** Runs the real checker live on what the user types; nothing leaves the page. */
export function TryIt({ context, t }: { context: CheckContext; t: Translate }) {
  const [text, setText] = useState('');
  const findings = useMemo(() => check(text, context), [text, context]);
  return (
    <section aria-labelledby="try-title">
      <h2 id="try-title">{t('optionsTry')}</h2>
      <label for="try-text">{t('optionsTryLabel')}</label>
      <textarea id="try-text" rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      {text.trim() !== '' && (
        <div aria-live="polite">
          <Highlighted text={text} findings={findings} />
          {findings.length === 0 ? (
            <p>{t('optionsTryNothing')}</p>
          ) : (
            <ul class="try-findings">
              {findings.map((finding) => (
                <li key={`${finding.ruleId}:${finding.start}`}>
                  <strong>{text.slice(finding.start, finding.end) || finding.category}</strong>: {finding.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
