import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  js: { files: string[]; rawKB: number; gzipKB: number };
  css: { files: string[]; rawKB: number; gzipKB: number };
}

/** kB as Vite prints them (1000 bytes). */
const kb = (n: number) => Math.round(n / 100) / 10;

/**
 * Initial JS and CSS of the production build: what dist/index.html loads before any lazy import
 * (module scripts, modulepreloads, stylesheets), gzip level 9 as a static host would serve it.
 */
export function measureBundle(distDir: string): BundleResult {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]))];
  const js = refs(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g);
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*\bhref="\/?([^"]+\.css)"/g);
  const sum = (files: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = readFileSync(join(distDir, f));
      raw += buf.byteLength;
      gz += gzipSync(buf, { level: 9 }).byteLength;
    }
    return { files, rawKB: kb(raw), gzipKB: kb(gz) };
  };
  return { js: sum(js), css: sum(css) };
}
