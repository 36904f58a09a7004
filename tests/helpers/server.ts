/**
 * A minimal static server for built sites, as a static host would serve them: `/x/` serves
 * `x/index.html`, a missing file is a 404 with `404.html`. It listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

export async function serve(dist: string, base = '/'): Promise<StaticServer> {
	const prefix = base.replace(/\/$/, '');
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (prefix && !path.startsWith(`${prefix}/`)) {
			res.writeHead(404).end();
			return;
		}
		let file = normalize(join(dist, path.slice(prefix.length)));
		if (!file.startsWith(dist)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			const notFound = join(dist, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => {
			server.close(() => resolve());
			// A browser keeps idle connections open; close them so the server can stop.
			server.closeAllConnections();
		}) };
}
