/** One static server and one Chromium per test file, on the site built by `npm test`. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { DIST } from './paths.ts';
import { serve, type StaticServer } from './server.ts';

export function useSite(dist = DIST, base = '/') {
	const ctx = {} as {
		server: StaticServer;
		browser: Browser;
		url: (path: string) => string;
		page: (opts?: { width?: number; javaScript?: boolean }) => Promise<Page>;
		/** A new page at `path`, once `ready` (a selector) is on it when given. */
		open: (path: string, ready?: string) => Promise<Page>;
		/** A filterable list (catalogue, experiences) once its script has taken over: filters shown, status written. */
		openList: (path: string) => Promise<Page>;
	};
	beforeAll(async () => {
		ctx.server = await serve(dist, base);
		ctx.browser = await launch();
		ctx.url = (path) => `${ctx.server.url}${path}`;
		ctx.page = async ({ width = 1280, javaScript = true } = {}) => {
			const context = await ctx.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
			return context.newPage();
		};
		ctx.open = async (path, ready) => {
			const page = await ctx.page();
			await page.goto(ctx.url(path));
			if (ready) await page.waitForSelector(ready);
			return page;
		};
		ctx.openList = async (path) => {
			const page = await ctx.page();
			await page.goto(ctx.url(path));
			await page.waitForSelector('[data-filters]:not([hidden])');
			await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
			return page;
		};
	});
	afterAll(async () => {
		await ctx.browser?.close();
		await ctx.server?.close();
	});
	return ctx;
}
