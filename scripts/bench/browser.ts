// The UI in Chromium (Playwright) against the loopback host, on an encrypted workspace holding
// the large roster: load → unlock screen, unlock → home, opening the roster, filtering it, and
// scrolling it while counting frames over 50 ms. Times are taken inside the page
// (performance.now, requestAnimationFrame), so Playwright's own round trips are not counted.
// The list measured is the situation list (10,000 situations at the standard size), whose
// search runs in the backend (FTS5) and comes back over the loopback host.
import { initialScript } from './bundleSize.js';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createRouter } from '../../electron/api/router.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { startHost } from '../../electron/host/host.js';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../find-chromium.js';
import type { GeneratedGroup } from './generate.js';
import { stats } from './measure.js';
import { singleLine, type BenchLine } from './report.js';
import type { PageWindow } from './pageTypes.js';
import { BENCH_PASSPHRASE, buildStore, newBenchStore, writeBenchKeyFile } from './stores.js';

const STATIC_DIR = path.resolve('out/renderer');
export const FILTER_GOAL_MS = 50;
/** What the window may load before the unlock screen is usable (the rest comes with the screens that need it). */
export const UNLOCK_SCRIPT_GOAL_KB = 350;
export const UNLOCK_SCRIPT_GZIP_GOAL_KB = 120;
export const SLOW_FRAME_MS = 50;

/** The list whose filtering and scrolling is measured. */
const LIST_UNDER_TEST = { navLink: 'Situations', heading: 'Situations', count: '.situation-count', scroller: '.situation-scroll', search: 'input[type=search]' };

function ensureRendererBuilt(log: (text: string) => void): void {
  if (fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    log(`browser: using the renderer built in ${path.relative(process.cwd(), STATIC_DIR)} (npm run build:renderer to refresh it)`);
    return;
  }
  log('browser: building the renderer');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const out = spawnSync(npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (out.status !== 0) throw new Error('renderer build failed');
}

/** Waits (checking every frame) until an h1 with that text is in the page; returns performance.now() then. */
async function headingAt(page: Page, text: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (t) => (Array.from((globalThis as unknown as PageWindow).document.querySelectorAll('h1')).some((h) => h.textContent?.trim() === t) ? performance.now() : false),
    text,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}

async function unlockOnce(page: Page): Promise<number> {
  await page.reload();
  await headingAt(page, 'Déverrouiller Concerto');
  await page.getByLabel('Phrase de passe (obligatoire)').fill(BENCH_PASSPHRASE);
  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.benchT0 = performance.now();
    w.document.querySelector('form button[type=submit]')!.click();
  });
  const at = await headingAt(page, 'Accueil');
  return at - (await page.evaluate(() => (globalThis as unknown as PageWindow).benchT0!));
}

async function openList(page: Page): Promise<number> {
  await page.reload();
  await headingAt(page, 'Accueil');
  const t0 = await page.evaluate((link) => {
    const a = Array.from((globalThis as unknown as PageWindow).document.querySelectorAll('nav a')).find((x) => x.textContent?.trim() === link);
    const t = performance.now();
    a!.click();
    return t;
  }, LIST_UNDER_TEST.navLink);
  const handle = await page.waitForFunction((sel) => ((globalThis as unknown as PageWindow).document.querySelector(sel)?.textContent ? performance.now() : false), LIST_UNDER_TEST.count, { polling: 'raf', timeout: 60_000 });
  return ((await handle.jsonValue()) as number) - t0;
}

/** Sets the search text as typing would and waits until the count shows the result, then the next frame. */
async function filterOnce(page: Page, query: string): Promise<number> {
  return page.evaluate(
    ({ query, list }) => {
      const w = globalThis as unknown as PageWindow;
      const input = w.document.querySelector(list.search)!;
      const count = w.document.querySelector(list.count)!;
      const before = count.textContent;
      // React listens to input events and ignores a value set through the element's own setter.
      const setValue = Object.getOwnPropertyDescriptor(w.HTMLInputElement.prototype, 'value')!.set!;
      return new Promise<number>((resolve, reject) => {
        const timer = w.setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the count did not change for "${query}"`));
        }, 10_000);
        const observer = new w.MutationObserver(() => {
          // A count with no number is a "searching…" placeholder, not the result.
          if (count.textContent === before || !/\d/.test(count.textContent ?? '')) return;
          observer.disconnect();
          w.clearTimeout(timer);
          // After the frame that shows the result is painted.
          w.requestAnimationFrame(() => w.setTimeout(() => resolve(performance.now() - t0), 0));
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
        const t0 = performance.now();
        setValue.call(input, query);
        input.dispatchEvent(new w.Event('input', { bubbles: true }));
      });
    },
    { query, list: LIST_UNDER_TEST },
  );
}

interface ScrollPass {
  frames: number[];
  longTasks: number;
  reachedEnd: boolean;
}

/** Scrolls by a fixed step each frame (requestAnimationFrame) and records every frame's duration. */
async function scrollOnce(page: Page, step: 'steady' | 'fling'): Promise<ScrollPass> {
  return page.evaluate(
    ({ selector, step }) => {
      const w = globalThis as unknown as PageWindow;
      const el = w.document.querySelector(selector)!;
      el.scrollTop = 0;
      const px = step === 'steady' ? 120 : Math.ceil(el.scrollHeight / 120);
      let longTasks = 0;
      const observer = new w.PerformanceObserver((list) => (longTasks += list.getEntries().length));
      try {
        observer.observe({ type: 'longtask', buffered: false });
      } catch {
        // Long tasks are not observable here: frame times still are.
      }
      return new Promise<{ frames: number[]; longTasks: number; reachedEnd: boolean }>((resolve) => {
        const frames: number[] = [];
        let last = 0;
        const tick = (now: number) => {
          if (last) frames.push(now - last);
          last = now;
          const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
          if (end || frames.length >= 400) {
            observer.disconnect();
            resolve({ frames, longTasks, reachedEnd: end });
            return;
          }
          el.scrollTop += px;
          w.requestAnimationFrame(tick);
        };
        w.requestAnimationFrame(() => w.requestAnimationFrame(tick));
      });
    },
    { selector: LIST_UNDER_TEST.scroller, step },
  );
}

/** Words to search for: each finds some situations, and none finds them all. */
const QUERIES = ['hospitalisation', 'TDAH', 'fugue', 'guidance parentale', 'logement'];

export async function browserBench(s: Sodium, group: GeneratedGroup, workDir: string, repeats: number, log: (text: string) => void): Promise<{ lines: BenchLine[]; details: object }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  ensureRendererBuilt(log);
  const script = initialScript(STATIC_DIR);
  const situations = group.options.situations ?? 0;
  log(`browser: encrypted workspace with ${situations} situations`);
  const store = newBenchStore(s, 'encrypted', workDir, 'browser');
  buildStore(store, group);
  writeBenchKeyFile(s, store, group);
  const router = createRouter({ workspaceDir: store.dir, mode: 'browser', version: 'bench' });
  const host = await startHost({ router, staticDir: STATIC_DIR });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'fr-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 800 } });
    // tsx compiles this file with esbuild's keepNames, which wraps named closures in __name(...);
    // the functions sent to page.evaluate carry that call into the page, so define it there.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();

    log(`browser: load → unlock screen, ${repeats + 1}× (the first with an empty HTTP cache)`);
    await page.goto(host.url);
    const load = [await headingAt(page, 'Déverrouiller Concerto')];
    for (let i = 0; i < repeats; i++) {
      await page.reload();
      load.push(await headingAt(page, 'Déverrouiller Concerto'));
    }

    log(`browser: unlock → home, ${repeats}×`);
    const unlock: number[] = [];
    for (let i = 0; i < repeats; i++) {
      if (i > 0) await router.lockNow();
      unlock.push(await unlockOnce(page));
    }

    log(`browser: open the ${LIST_UNDER_TEST.heading} list, ${repeats}×`);
    const open: number[] = [];
    for (let i = 0; i < repeats; i++) open.push(await openList(page));

    const names = QUERIES;
    log(`browser: filter (${names.length} queries × ${repeats}) and clear`);
    const filter: number[] = [];
    const clear: number[] = [];
    for (let i = 0; i < repeats; i++) {
      for (const q of names) {
        filter.push(await filterOnce(page, q));
        clear.push(await filterOnce(page, ''));
      }
    }

    log(`browser: scroll the list (steady and fling), ${repeats}× each`);
    const passes: Array<ScrollPass & { step: string }> = [];
    for (let i = 0; i < repeats; i++) for (const step of ['steady', 'fling'] as const) passes.push({ step, ...(await scrollOnce(page, step)) });
    const slowFrames = (step: string) => passes.filter((p) => p.step === step).map((p) => p.frames.filter((f) => f > SLOW_FRAME_MS).length);
    // To find what a slow frame spends its time on: one more fling, not counted, under Chromium's tracer.
    const tracePath = process.env.CONCERTO_BENCH_TRACE;
    if (tracePath) {
      await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
      await scrollOnce(page, 'fling');
      await browser.stopTracing();
      log(`browser: trace of one fling written to ${tracePath}`);
    }

    const lines = [
      singleLine('browser.load', 'browser: time to interactive, page load → unlock screen usable', 'ms', load, null),
      singleLine('browser.initialScript', `browser: script loaded before the unlock screen (${script.files.length} files)`, 'kB', [script.bytes / 1000], { max: UNLOCK_SCRIPT_GOAL_KB, text: `≤ ${UNLOCK_SCRIPT_GOAL_KB} kB` }),
      singleLine('browser.initialScriptGzip', 'browser: the same, gzipped', 'kB', [script.gzipBytes / 1000], { max: UNLOCK_SCRIPT_GZIP_GOAL_KB, text: `≤ ${UNLOCK_SCRIPT_GZIP_GOAL_KB} kB` }),
      singleLine('browser.unlock', 'browser: unlock → home screen (Argon2id included)', 'ms', unlock, { max: 1000, text: '≤ 1000 ms' }),
      singleLine('browser.openList', `browser: open ${LIST_UNDER_TEST.heading}, ${situations} situations, until the count shows`, 'ms', open, null),
      singleLine('browser.filter', `browser: search ${situations} situations (backend FTS5 over the loopback host), until the result is painted`, 'ms', filter, { max: FILTER_GOAL_MS, text: `≤ ${FILTER_GOAL_MS} ms` }),
      singleLine('browser.filterClear', 'browser: clear the filter, until the full list is painted', 'ms', clear, { max: FILTER_GOAL_MS, text: `≤ ${FILTER_GOAL_MS} ms` }),
      singleLine('browser.frame', 'browser: frame time while scrolling (all passes)', 'ms', passes.flatMap((p) => p.frames), null),
      singleLine('browser.slowFrames.steady', `browser: frames over ${SLOW_FRAME_MS} ms per steady scroll pass (120 px a frame)`, 'frames', slowFrames('steady'), { max: 0, text: 'none', on: 'max' }),
      singleLine('browser.slowFrames.fling', `browser: frames over ${SLOW_FRAME_MS} ms per fling (whole list in 120 frames)`, 'frames', slowFrames('fling'), { max: 0, text: 'none', on: 'max' }),
    ];
    const details = {
      initialScript: script,
      list: LIST_UNDER_TEST,
      situations,
      queries: names,
      scroll: passes.map((p) => ({ step: p.step, frames: p.frames.length, reachedEnd: p.reachedEnd, longTasks: p.longTasks, slowFrames: p.frames.filter((f) => f > SLOW_FRAME_MS).length, frame: stats(p.frames) })),
    };
    return { lines, details };
  } finally {
    await browser.close();
    await host.close();
    await router.close();
  }
}
