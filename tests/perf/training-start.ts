import { chromium, type Page } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * How long training mode takes to a usable login screen, measured in Chromium against a
 * static server of `dist/training` (`npm run build:training` first):
 * - cold: a fresh browser profile (empty cache, no database, no service worker);
 * - warm: a reload of the same tab (the database is in IndexedDB, files in the cache);
 * - a reload of the dossier list while logged in (the session survives the reload).
 * "Usable" is the login form on screen: training mode renders the app only once its API
 * and database answer. Also prints the boot screen's steps with their times.
 * `npm run measure:training [-- runs]` builds and measures; not part of `npm test` (it takes
 * a minute or two).
 */

const root = path.resolve('dist/training');
const runs = Number(process.argv[2] ?? 3);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Any web server would do; this one serves precompressed `.br`/`.gz` beside a file when the
 * browser takes them, caches hashed assets for good and revalidates the rest, and answers
 * unknown paths with index.html (the SPA's deep links).
 */
export function serveTrainingBuild(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    let sent = file;
    for (const [encoding, extension] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (accepts.includes(encoding) && existsSync(file + extension)) {
        sent = file + extension;
        headers['content-encoding'] = encoding;
        break;
      }
    }
    headers['content-length'] = String(statSync(sent).size);
    const modified = statSync(file).mtime.toUTCString();
    headers['last-modified'] = modified;
    if (request.headers['if-modified-since'] === modified) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers);
    createReadStream(sent).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Records each text the boot screen shows, with its time since navigation start. */
function recordBootSteps(page: Page) {
  return page.addInitScript(() => {
    const steps: [number, string][] = [];
    Object.assign(window, { bootSteps: steps });
    new MutationObserver(() => {
      const text = document.querySelector('[aria-current="step"]')?.textContent?.trim();
      if (text && steps.at(-1)?.[1] !== text) steps.push([Math.round(performance.now()), text]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

async function bootSteps(page: Page): Promise<string> {
  const steps = await page.evaluate(() => (window as unknown as { bootSteps: [number, string][] }).bootSteps);
  return steps.map(([at, text]) => `${(at / 1000).toFixed(1)} s ${text}`).join(' → ');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error('no dist/training: run `npm run build:training` first');
  const server = await serveTrainingBuild();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  const results = { cold: [] as number[], warm: [] as number[], session: [] as number[], request: [] as number[] };
  try {
    for (let run = 1; run <= runs; run += 1) {
      // A new context is a fresh profile: empty HTTP cache, IndexedDB and service workers.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`  console: ${message.text()}`);
      });
      await recordBootSteps(page);
      const username = page.getByLabel(/Tên đăng nhập/);

      const cold = await timed(async () => {
        await page.goto(`${base}/dang-nhap`);
        await username.waitFor({ timeout: 120_000 });
      });
      const coldSteps = await bootSteps(page);

      const warm = await timed(async () => {
        await page.reload();
        await username.waitFor({ timeout: 60_000 });
      });
      const warmSteps = await bootSteps(page);

      await username.fill('motcua1');
      await page.getByLabel(/^Mật khẩu/).fill('motcua2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const list = page.getByRole('table', { name: /Danh sách hồ sơ/ });
      await list.waitFor({ timeout: 60_000 });
      const session = await timed(async () => {
        await page.reload();
        await list.waitFor({ timeout: 60_000 });
      });
      if (page.url().includes('/dang-nhap')) throw new Error('the session did not survive the reload');
      // One page of the list through the service worker and the in-page API, as the app asks for it.
      const request = await page.evaluate(async () => {
        const times: number[] = [];
        for (let index = 0; index < 5; index += 1) {
          const start = performance.now();
          await fetch('/api/dossiers?page=1&pageSize=20').then((response) => response.json());
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b)[2]!;
      });

      console.log(
        `run ${run}: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s, dossier list after reload ${session.toFixed(1)} s, ` +
          `GET /api/dossiers ${Math.round(request)} ms`,
      );
      console.log(`  cold boot steps: ${coldSteps}`);
      console.log(`  warm boot steps: ${warmSteps}`);
      results.cold.push(cold);
      results.warm.push(warm);
      results.session.push(session);
      results.request.push(request);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `\nmedian of ${runs}: cold ${median(results.cold).toFixed(1)} s (target ≤ 10 s), warm ${median(results.warm).toFixed(1)} s (target ≤ 3 s), ` +
      `dossier list after reload ${median(results.session).toFixed(1)} s, GET /api/dossiers ${Math.round(median(results.request))} ms`,
  );
}

if (import.meta.main) await main();
