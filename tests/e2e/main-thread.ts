import type { Page } from '@playwright/test';

/** One task of a renderer's main thread: how long it ran by the clock, how much CPU it used, which scripts it evaluated. */
export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
  /** The URLs of the scripts the task evaluated from the start (an injected script's parse and first run). */
  evaluated: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/**
 * Starts tracing the browser (Chrome DevTools Protocol) and returns what stops it: the renderers' main-thread
 * tasks of more than `minMs` by either measure. On a busy test machine a task's clock time also counts the
 * moments other processes had the CPU; its CPU time is what the task itself cost, the measure to test on.
 */
export async function traceMainThread(page: Page, minMs = 50): Promise<() => Promise<MainThreadTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mainThreads = new Set(
      events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
    );
    const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
    const evaluations = events.filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && mainThreads.has(thread(event)));
    return events
      .filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(thread(event)))
      .filter((event) => (event.dur ?? 0) > minMs * 1000 || (event.tdur ?? 0) > minMs * 1000)
      .map((task) => ({
        wallMs: Math.round((task.dur ?? 0) / 100) / 10,
        cpuMs: Math.round((task.tdur ?? 0) / 100) / 10,
        evaluated: evaluations
          .filter((event) => thread(event) === thread(task) && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0))
          .map((event) => event.args?.data?.url ?? ''),
      }));
  };
}
