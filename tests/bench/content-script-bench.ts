/**
 * What the content script costs a page of the three sites, measured in Chromium with the built extension
 * on the local demo page: its size, and from a performance trace the time V8 spends compiling it and
 * running it until `main` has set everything up (injection to ready). The engine (entrypoints/engine.ts)
 * is injected only when someone starts to write; its size and its own compile-and-run time are measured
 * after focusing the demo's editor.
 */
import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { CDPSession } from '@playwright/test';
import { startFixtureServer } from '../fixtures/server';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/launch';

export interface ContentScriptBench {
  bytes: number;
  /** Median over page loads: compile and top-level run of the content script (injection to ready). */
  startup_ms: number;
  /** The compile share of that. */
  compile_ms: number;
  engine: { bytes: number; startup_ms: number; compile_ms: number };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

const LOADS = 7;

async function traced(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
  await during();
  await session.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Milliseconds of evaluating the script whose URL ends in `file` (EvaluateScript: compile and top-level
 * run, which for a content script is `main` up to ready) and of compiling it. Chromium caches the
 * compiled code after the first load, so the median is a returning visitor's cost.
 */
function costOf(events: TraceEvent[], file: string): { startup_ms: number; compile_ms: number } {
  const about = (event: TraceEvent) => (event.args?.data?.url ?? event.args?.fileName ?? '').endsWith(file);
  const sum = (names: string[]) => events.filter((event) => names.includes(event.name) && event.ph === 'X' && about(event)).reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  return { startup_ms: sum(['EvaluateScript']), compile_ms: sum(['v8.compile']) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 100) / 100;

export async function contentScriptBench(port: number): Promise<ContentScriptBench> {
  const server: Server = await startFixtureServer(port);
  const { context, close } = await launchWithExtension();
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const pageLoads: Array<{ startup_ms: number; compile_ms: number }> = [];
    const engineLoads: Array<{ startup_ms: number; compile_ms: number }> = [];
    for (let load = 0; load < LOADS; load++) {
      const events = await traced(session, async () => {
        await page.goto(`http://127.0.0.1:${port}/demo/`, { waitUntil: 'load' });
        await page.focus('[data-testid="demo-post-text"]');
        // The engine arrives after a round trip to the background; the hint shows once it checked.
        await page.keyboard.type('jij bent een sukkel');
        await page.waitForFunction(() => document.querySelector('twijfelcheck-hint') !== null, undefined, { timeout: 10_000 });
      });
      pageLoads.push(costOf(events, '/content-scripts/compose.js'));
      engineLoads.push(costOf(events, '/engine.js'));
    }
    const summary = (loads: typeof pageLoads) => ({ startup_ms: round(median(loads.map((l) => l.startup_ms))), compile_ms: round(median(loads.map((l) => l.compile_ms))) });
    return {
      bytes: statSync(`${EXTENSION_DIR}/content-scripts/compose.js`).size,
      ...summary(pageLoads),
      engine: { bytes: statSync(`${EXTENSION_DIR}/engine.js`).size, ...summary(engineLoads) },
    };
  } finally {
    await close();
    server.close();
  }
}
