import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** The body of `GET /api/dataset.json` (the peer pages read their tasks from it). */
  setDataset(json: string): void;
  close(): Promise<void>;
}

/** Serves the built peer pages (module scripts do not load from file:// URLs) and the current dataset. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  let dataset = Buffer.from('null');
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (path === '/api/dataset.json') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': dataset.byteLength,
        'cache-control': 'no-store',
      });
      res.end(dataset);
      return;
    }
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    setDataset: (json) => void (dataset = Buffer.from(json)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
