import type { Page } from '@playwright/test';

/** One task of a renderer's main thread: how long it ran by the clock, and how much CPU it used. */
export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
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
    return events
      .filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`))
      .map((event) => ({ wallMs: Math.round((event.dur ?? 0) / 100) / 10, cpuMs: Math.round((event.tdur ?? 0) / 100) / 10 }))
      .filter((task) => task.wallMs > minMs || task.cpuMs > minMs);
  };
}
