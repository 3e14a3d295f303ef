import { browser } from 'wxt/browser';

/**
 * Whether the sites' adapters still find what they look for, on this device: counts and days only, never
 * text. When a site changes its page and the extension stops seeing its composers, the options page shows it
 * (docs/beheer.md, "Werkt het nog?").
 */
export interface SiteHealth {
  /** Per surface id: how many compose boxes were seen (each box once a page) and the last day one was. */
  surfaces: Record<string, { seen: number; lastSeen: string }>;
  /** Posts the extension checked when they were submitted. */
  checked: number;
  /** Times the dialog was shown. */
  dialogs: number;
  /** Posts we handed on ("Toch plaatsen", or after a hold) that the site took. */
  replaysDelivered: number;
  /** Posts we handed on that the site ignored, so the user pressed again. */
  replaysPressedAgain: number;
  /** The last day a composer was seen or a post checked. */
  lastWorking: string;
}

export type Health = Partial<Record<string, SiteHealth>>;

export type HealthEvent =
  | { kind: 'composer'; surface: string }
  | { kind: 'checked' | 'dialog' | 'delivered' | 'pressedAgain' };

const KEY = 'siteHealth';
/** Written a second after the first event, and when the page goes away (sites navigate right after a post). */
const FLUSH_MS = 1000;

/** The day as YYYY-MM-DD in local time: a date, never a moment. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function empty(): SiteHealth {
  return { surfaces: {}, checked: 0, dialogs: 0, replaysDelivered: 0, replaysPressedAgain: 0, lastWorking: '' };
}

/** Adds events to stored health (pure, so it can be tested without storage). */
export function addEvents(health: Health, events: Array<[string, HealthEvent]>, day: string): Health {
  const next: Health = { ...health };
  for (const [site, event] of events) {
    const entry: SiteHealth = { ...empty(), ...next[site], surfaces: { ...next[site]?.surfaces } };
    if (event.kind === 'composer') {
      entry.surfaces[event.surface] = { seen: (entry.surfaces[event.surface]?.seen ?? 0) + 1, lastSeen: day };
      entry.lastWorking = day;
    } else if (event.kind === 'checked') {
      entry.checked++;
      entry.lastWorking = day;
    } else if (event.kind === 'dialog') entry.dialogs++;
    else if (event.kind === 'delivered') entry.replaysDelivered++;
    else entry.replaysPressedAgain++;
    next[site] = entry;
  }
  return next;
}

let pending: Array<[string, HealthEvent]> = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** What this page last read or wrote: when it goes away there is time for one write, not a read first. */
let known: Health | undefined;

/** Notes one event for a site; written to local storage in batches. Never throws, never in the way. */
export function recordHealth(site: string, event: HealthEvent): void {
  try {
    pending.push([site, event]);
    if (timer === undefined) {
      timer = setTimeout(flush, FLUSH_MS);
      addEventListener('pagehide', flushNow, { once: true });
    }
  } catch {
    // Health is best effort.
  }
}

function takePending(): Array<[string, HealthEvent]> {
  clearTimeout(timer);
  removeEventListener('pagehide', flushNow);
  timer = undefined;
  const events = pending;
  pending = [];
  return events;
}

/** Reads what other pages wrote, then adds this page's events. */
function flush(): void {
  const events = takePending();
  if (events.length === 0) return;
  void browser.storage.local
    .get(KEY)
    .then((stored) => {
      known = addEvents((stored[KEY] as Health | undefined) ?? {}, events, today());
      return browser.storage.local.set({ [KEY]: known });
    })
    .catch(() => undefined);
}

/** The page goes away: one write on what this page knew (another tab's last counts may be lost, never text). */
function flushNow(): void {
  const events = takePending();
  if (events.length === 0) return;
  if (!known) {
    flush();
    return;
  }
  known = addEvents(known, events, today());
  void browser.storage.local.set({ [KEY]: known }).catch(() => undefined);
}

export async function readHealth(): Promise<Health> {
  return ((await browser.storage.local.get(KEY))[KEY] as Health | undefined) ?? {};
}

/** The health as one line of text an admin can copy from a pupil's options page (sites in the given order). */
export function healthLine(health: Health, sites: readonly string[]): string {
  const parts = sites.flatMap((site) => {
    const entry = health[site];
    if (!entry) return [];
    const surfaces = Object.entries(entry.surfaces)
      .map(([surface, { seen, lastSeen }]) => `${surface}:${seen}@${lastSeen}`)
      .join(',');
    return [
      `${site} ${surfaces || '-'} checked:${entry.checked} dialogs:${entry.dialogs} replays:${entry.replaysDelivered}/${entry.replaysPressedAgain} last:${entry.lastWorking || '-'}`,
    ];
  });
  return `twijfelcheck-health ${parts.join('; ') || '-'}`;
}
