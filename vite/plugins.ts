import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../src/server/http/security-policy.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|wasm|data|webmanifest)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * Writes `file.gz` and `file.br` beside every compressible file of a client build, so the
 * Node server (and any web server serving the training build) sends them without
 * compressing on every request. Variants that would not be smaller are skipped.
 */
export function precompress(): Plugin {
  let outDir = '';
  let enabled = false;
  return {
    name: 'motcua-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      enabled = !config.build.ssr;
    },
    async closeBundle() {
      if (!enabled) return;
      const work: Promise<void>[] = [];
      for await (const file of files(outDir)) {
        if (!compressible.test(file) || (await stat(file)).size < 1024) continue;
        work.push(
          (async () => {
            const content = await readFile(file);
            // Brotli's best level costs seconds per megabyte: keep it for the app's own files.
            const quality = content.length > 1_000_000 ? 9 : constants.BROTLI_MAX_QUALITY;
            const [br, gz] = await Promise.all([
              brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
              gzipAsync(content, { level: 9 }),
            ]);
            if (br.length < content.length) await writeFile(`${file}.br`, br);
            if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
          })(),
        );
      }
      await Promise.all(work);
    },
  };
}

/**
 * The training build is static, served by any web server: its Content-Security-Policy can
 * only travel in a <meta> tag. The Node server sends the `app` policy as a header instead.
 */
export function trainingContentSecurityPolicy(): Plugin {
  return {
    name: 'motcua-training-csp',
    apply: (_config, env) => env.command === 'build' && env.mode === 'training',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('training') }, injectTo: 'head-prepend' },
      ],
    },
  };
}
