/**
 * axe-core in Chromium on every URL of the sitemap, in every language (the sitemap lists the
 * canonical pages of the three locales), reflow at 320 px on every one of them, plus the search
 * dialog, colour schemes and keyboard-only use of search and the mobile menu.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, describeViolations } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the sitemap covers the three languages', () => {
	expect(paths.filter((p) => p.startsWith('/es/')).length).toBeGreaterThan(10);
	expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(10);
	expect(paths).toContain('/');
});

describe('every page: axe finds zero violations, and at 320 CSS pixels nothing scrolls sideways (WCAG 1.4.10)', () => {
	// One tab for the whole sitemap (a new browser context per page doubled the time), emptied of
	// what a page stored before the next one; and one load per page: axe at desktop width, then the
	// same page narrowed to 320 px for reflow.
	let tab: Page;
	beforeAll(async () => {
		tab = await site.page();
	});
	afterAll(() => tab?.context().close());

	test.each(paths)('%s', async (path) => {
		await tab.setViewportSize({ width: 1280, height: 900 });
		await tab.goto(site.url(path));
		const violations = await axe(tab);
		expect(violations, describeViolations(violations)).toEqual([]);
		await tab.setViewportSize({ width: 320, height: 900 });
		await tab.waitForFunction(() => window.innerWidth === 320);
		// The page's own width first: text that spills out of its box scrolls the page without
		// making any element wider.
		const overflowing = await tab.evaluate(() =>
			document.documentElement.scrollWidth > 320
				? [`scrollWidth ${document.documentElement.scrollWidth}`, ...[...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 321).slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`)]
				: [],
		);
		expect(overflowing, 'elements wider than the screen at 320 px').toEqual([]);
		await tab.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		});
	});

	test('an action page on a phone, with the menu open', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url(paths.find((p) => /^\/actuacions\/[a-z]/.test(p))!));
		await page.click('button.sl-menu-button');
		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.context().close();
	});
});

describe('search dialog and colour schemes', () => {
	test.each(['light', 'dark'] as const)('the open search dialog with results, %s scheme', async (colorScheme) => {
		const page = await site.page();
		await page.emulateMedia({ colorScheme });
		await page.goto(site.url('/'));
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search input', 'absentisme');
		await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.context().close();
	});

	test('when the search cannot be downloaded the dialog says so, and opening it again retries', async () => {
		const page = await site.page();
		await page.goto(site.url('/'));
		const ui = '**/pagefind/pagefind-ui.js';
		await page.route(ui, (route) => route.abort());
		await page.click('button[data-open-modal]');
		await expect.poll(() => page.textContent('site-search [role="status"]')).toBe("No s'ha pogut carregar la cerca. Comproveu la connexió i torneu-ho a provar.");
		await page.unroute(ui);
		await page.keyboard.press('Escape');
		await page.click('button[data-open-modal]');
		await page.waitForSelector('#starlight__search input');
		expect(await page.textContent('site-search [role="status"]')).toBe('');
		await page.context().close();
	});

	test('the page follows a change of the device setting without a reload', async () => {
		const page = await site.page();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(site.url('/'));
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: 2000 });
		await page.context().close();
	});
});

describe('keyboard only', () => {
	test('search: open with the keyboard, type, reach a result and follow it', async () => {
		const page = await site.page();
		await page.goto(site.url('/'));
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Control+k');
		await page.waitForSelector('#starlight__search input');
		expect(await page.evaluate(() => document.activeElement?.matches('#starlight__search input'))).toBe(true);
		await page.keyboard.type('mancomunades');
		await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))) break;
		}
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		expect(href).toMatch(/^\/actuacions\//);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${href}`);
		await page.context().close();
	});

	test('mobile menu: open with Enter, move through the links, close with Escape', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url('/actuacions/'));
		const open = () => page.evaluate(() => document.querySelector('#starlight__sidebar')!.matches(':popover-open'));
		await page.focus('button.sl-menu-button');
		await page.keyboard.press('Enter');
		expect(await open()).toBe(true);
		let reached = '';
		for (let i = 0; i < 10 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => (document.activeElement?.closest('#starlight__sidebar') ? (document.activeElement as HTMLAnchorElement).getAttribute('href') ?? 'x' : ''));
		}
		expect(reached).not.toBe('');
		await page.keyboard.press('Escape');
		expect(await open()).toBe(false);
		await page.context().close();
	});
});
