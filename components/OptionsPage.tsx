import { useEffect, useMemo } from 'preact/hooks';
import { useStoreState } from './use-store';
import { optionsStore } from '../utils/options-store';
import { CATEGORIES, categoryLabelKey } from '../rules/categories';
import { healthLine } from '../utils/health';
import { SITES } from '../utils/sites';
import { contextFromPolicy, isAbout, isSetBySchool, type Policy, type PolicyIssue, type PolicyOutcome } from '../utils/policy';
import { TryIt } from './TryIt';
import type { Translate } from './TwijfelDialog';

const KEYS: Array<keyof Policy> = [
  'role', 'schoolName', 'schoolAliases', 'officialAccounts', 'disclaimerText', 'protocolUrl', 'contact',
  'categories', 'allowOverride', 'extraTerms', 'allowTerms', 'logos', 'sites', 'lessonTimes',
];

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const OUTCOME_KEY: Record<PolicyOutcome, string> = {
  default: 'settingInvalid',
  partial: 'settingPartial',
  converted: 'settingConverted',
  ignored: 'settingIgnored',
};

/** One problem with the school's policy, in words an admin (or a pupil passing it on) can act on. */
function Issue({ issue, t }: { issue: PolicyIssue; t: Translate }) {
  const reason = t(`policyProblem${capitalised(issue.problem)}`, [String(issue.limit ?? ''), (issue.allowed ?? []).join(', ')]);
  return (
    <li>
      <code>{issue.path}</code>: {t(OUTCOME_KEY[issue.outcome])}. {reason}
      {issue.count !== undefined && ` ${t('policyCount', [String(issue.count)])}`}
    </li>
  );
}

/** A list as far as it fits on the page: a school's 2000 words are counted, not all shown. */
const SHOWN_ENTRIES = 20;
function listed(items: string[]): string {
  const shown = items.slice(0, SHOWN_ENTRIES).join(', ');
  return items.length > SHOWN_ENTRIES ? `${shown} … (+${items.length - SHOWN_ENTRIES})` : shown;
}

function describe(key: keyof Policy, policy: Policy, t: Translate): string {
  const value = policy[key];
  if (key === 'role') return t(`role${capitalised(policy.role)}`);
  if (key === 'categories') return CATEGORIES.map((category) => `${t(categoryLabelKey(category))}: ${policy.categories[category]}`).join(' · ');
  if (key === 'extraTerms') {
    const withWords = CATEGORIES.filter((category) => policy.extraTerms[category].length > 0);
    return withWords.map((category) => `${t(categoryLabelKey(category))}: ${listed(policy.extraTerms[category])}`).join(' · ') || '–';
  }
  if (key === 'sites') return SITES.map((site) => `${t(site.label)}: ${policy.sites[site.id] ? t('yes') : t('no')}`).join(' · ');
  if (key === 'logos') return String(policy.logos.length);
  if (key === 'lessonTimes') return listed(policy.lessonTimes.map((time) => `${time.days.join(', ')} ${time.from}–${time.to}`)) || '–';
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value)) return listed(value as string[]) || '–';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => (Array.isArray(inner) ? inner.length > 0 : inner !== '' && inner !== undefined))
      .map(([inner, innerValue]) => `${inner}: ${Array.isArray(innerValue) ? listed(innerValue) : String(innerValue)}`)
      .join(' · ') || '–';
  }
  return String(value) || '–';
}

/** Options page: what the school set (locked), a live try-out box, the local error log and counters. */
export function OptionsPage({ t }: { t: Translate }) {
  const { loaded, policy, report, errors, counters, health, load } = useStoreState(optionsStore, (state) => state);
  useEffect(() => {
    void load();
  }, [load]);
  const context = useMemo(() => contextFromPolicy(policy), [policy]);
  const unknown = report.issues.filter((issue) => !KEYS.some((key) => isAbout(issue.path, key)));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>

      <section aria-labelledby="role-title">
        <h2 id="role-title">{t('optionsRole')}</h2>
        <p data-testid="role">
          {t(`role${capitalised(policy.role)}`)}{' '}
          <span class={isSetBySchool(report, 'role') ? 'badge locked' : 'badge'}>
            {isSetBySchool(report, 'role') ? `🔒 ${t('lockedBySchool')}` : t('settingDefault')}
          </span>
        </p>
      </section>

      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('optionsSettings')}</h2>
        <table>
          <tbody>
            {KEYS.map((key) => {
              const issues = report.issues.filter((issue) => isAbout(issue.path, key));
              const locked = isSetBySchool(report, key);
              // A name the school misspelt inside a group is a value not used, as much as a wrong value.
              const invalid = issues.some((issue) => issue.outcome !== 'converted');
              return (
                <tr key={key} data-setting={key}>
                  <th scope="row">{t(`key${capitalised(key)}`)}</th>
                  <td>
                    {describe(key, policy, t)}
                    {key === 'logos' &&
                      policy.logos.map((logo, index) => (
                        <img key={index} class="logo-preview" src={logo} alt={t('optionsLogoAlt', [String(index + 1)])} />
                      ))}
                    {issues.length > 0 && (
                      <ul class="issues">
                        {issues.map((issue, index) => (
                          <Issue key={index} issue={issue} t={t} />
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {locked && <span class="badge locked">🔒 {t('lockedBySchool')}</span>}{' '}
                    {invalid && <span class="badge invalid">{t(locked ? 'settingPartial' : 'settingInvalid')}</span>}
                    {!locked && !invalid && <span class="badge">{t('settingDefault')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {unknown.length > 0 && (
          <div data-testid="unknown-keys">
            <h3>{t('optionsUnknownKeys')}</h3>
            <ul class="issues">
              {unknown.map((issue, index) => (
                <Issue key={index} issue={issue} t={t} />
              ))}
            </ul>
          </div>
        )}
        <p class="note">{t('optionsDropped')}</p>
      </section>

      {loaded && <TryIt context={context} t={t} />}

      <section aria-labelledby="errors-title">
        <h2 id="errors-title">{t('optionsErrors')}</h2>
        {errors.length === 0 ? (
          <p>{t('optionsNoErrors')}</p>
        ) : (
          <ul data-testid="error-log">
            {errors.map((error, index) => (
              <li key={index}>
                {error.time} · {error.where}
                {error.rule ? ` · ${t('optionsErrorRule', [error.rule])}` : ''} · {error.name}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="health-title">
        <h2 id="health-title">{t('optionsHealth')}</h2>
        <p>{t('optionsHealthIntro')}</p>
        {SITES.some((site) => health[site.id]) ? (
          <>
            <table data-testid="health">
              <thead>
                <tr>
                  {['healthSite', 'healthSurfaces', 'healthChecked', 'healthDialogs', 'healthReplays', 'healthLastWorking'].map((key) => (
                    <th key={key} scope="col">
                      {t(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SITES.filter((site) => health[site.id]).map((site) => {
                  const entry = health[site.id]!;
                  return (
                    <tr key={site.id} data-site={site.id}>
                      <th scope="row">{t(site.label)}</th>
                      <td>
                        {Object.entries(entry.surfaces)
                          .map(([surface, { seen, lastSeen }]) => `${surface}: ${seen} (${lastSeen})`)
                          .join(' · ')}
                      </td>
                      <td>{entry.checked}</td>
                      <td>{entry.dialogs}</td>
                      <td>
                        {entry.replaysDelivered} / {entry.replaysPressedAgain}
                      </td>
                      <td>{entry.lastWorking}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p>{t('optionsHealthLine')}</p>
            <pre data-testid="health-line">{healthLine(health, SITES.map((site) => site.id))}</pre>
          </>
        ) : (
          <p>{t('optionsHealthNone')}</p>
        )}
      </section>

      <section aria-labelledby="counters-title">
        <h2 id="counters-title">{t('optionsCounters')}</h2>
        <p>{t('optionsCountersIntro')}</p>
        <ul data-testid="counters">
          {CATEGORIES.map((category) => (
            <li key={category}>
              {t(categoryLabelKey(category))}: {counters[category] ?? 0}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
