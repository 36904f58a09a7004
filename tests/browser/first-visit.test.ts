/**
 * A first visit, and a link someone shared (issue 15), driven in Chromium: a number permalink
 * keeps its `#section` with and without JavaScript, a redirect keeps it with JavaScript, the 404
 * page speaks the reader's language and leads back into the catalogue, and the site follows the
 * device's light or dark setting even without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { computeView, FACETS, type FacetItem } from '../../src/lib/facets.ts';
import { RETIRED_EXPERIENCES } from '../../src/lib/redirect-paths.ts';
import { axe, describeViolations } from '../helpers/browser.ts';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const action = model.actions.find((a) => a.number === 20) ?? model.actions[0]!;

const items: FacetItem[] = model.facetItems();

/** Whether an element is wholly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
	page.$eval(selector, (el) => {
		const r = el.getBoundingClientRect();
		return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
	});

/** Whether the heading with this id is at the top of the viewport, where a `#fragment` puts it. */
const atTop = (page: Page, id: string) => page.evaluate((id) => Math.abs(document.getElementById(id)!.getBoundingClientRect().top) < 120 && scrollY > 200, id);

describe('a number permalink with a #section', () => {
	test('with JavaScript, shows the named address and the section', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url('/'));
		await page.goto(site.url(`/actuacions/${action.number}/#metodologia`));
		await page.waitForURL((url) => url.pathname === `/actuacions/${action.slug}/` && url.hash === '#metodologia');
		expect(await atTop(page, 'metodologia')).toBe(true);
		// The address is replaced, not added: Back leaves the sheet.
		await page.goBack();
		expect(new URL(page.url()).pathname).toBe('/');
		await page.context().close();
	});

	test('without JavaScript, shows the section at the permalink itself', async () => {
		for (const prefix of ['', '/es', '/en']) {
			const page = await site.page({ width: 390, javaScript: false });
			await page.goto(site.url(`${prefix}/actuacions/${action.number}/#metodologia`));
			await page.waitForTimeout(300);
			expect(new URL(page.url()).pathname, prefix).toBe(`${prefix}/actuacions/${action.number}/`);
			expect(await atTop(page, 'metodologia'), prefix).toBe(true);
			await page.context().close();
		}
	});

	test('keeps the query too, and a permalink without a fragment lands at the top', async () => {
		const page = await site.page();
		await page.goto(site.url(`/actuacions/${action.number}/?utm=pla`));
		await page.waitForURL((url) => url.pathname === `/actuacions/${action.slug}/` && url.search === '?utm=pla');
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await page.context().close();
	});
});

test('a redirect (a withdrawn experience) keeps the #section with JavaScript', async () => {
	const { slug, chapter } = RETIRED_EXPERIENCES[0]!;
	const page = await site.page();
	await page.goto(site.url(`/guia/${chapter}/`));
	const id = await page.locator('.sl-markdown-content h2[id]').last().getAttribute('id');
	await page.goto(site.url(`/experiencies/${slug}/#${id}`));
	await page.waitForURL((url) => url.pathname === `/guia/${chapter}/` && decodeURIComponent(url.hash) === `#${id}`);
	await page.context().close();
});

describe('the 404 page', () => {
	test.each([
		['/actuacions/no-existeix/', 'ca', 'Pàgina no trobada', '/actuacions/'],
		['/es/actuacions/no-existe/', 'es', 'Página no encontrada', '/es/actuacions/'],
		['/en/nowhere/', 'en', 'Page not found', '/en/actuacions/'],
	])('%s answers 404 in its language first, with a way to the catalogue', async (path, lang, heading, catalogue) => {
		const page = await site.page({ width: 390 });
		const response = await page.goto(site.url(path));
		expect(response?.status()).toBe(404);
		const first = page.locator('[data-not-found] > section').first();
		expect(await first.getAttribute('lang')).toBe(lang);
		expect(await first.locator('h2').textContent()).toBe(heading);
		await first.locator(`a[href="${catalogue}"]`).click();
		await page.waitForURL(`**${catalogue}`);
		await page.context().close();
	});

	test('passes axe and reflows at 320 px', async () => {
		const page = await site.page({ width: 320 });
		await page.goto(site.url('/en/nowhere/'));
		expect(describeViolations(await axe(page))).toBe('');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.context().close();
	});

	test('without JavaScript, speaks all three languages, each with its links', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url('/en/nowhere/'));
		const sections = page.locator('[data-not-found] > section');
		expect(await sections.evaluateAll((all) => all.map((s) => s.getAttribute('lang')))).toEqual(['ca', 'es', 'en']);
		for (const [lang, prefix] of [['ca', ''], ['es', '/es'], ['en', '/en']]) {
			const hrefs = await page.locator(`section[lang="${lang}"] a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs).toEqual([`${prefix}/actuacions/`, `${prefix}/planificador/`, `${prefix}/experiencies/`, `${prefix}/`]);
		}
		await page.context().close();
	});
});

describe('light or dark, as the device asks', () => {
	test.each([
		['light', false],
		['dark', false],
		['light', true],
		['dark', true],
	] as const)('%s, JavaScript %s', async (scheme, javaScript) => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, javaScriptEnabled: javaScript });
		const page = await context.newPage();
		await page.goto(site.url(`/actuacions/${action.slug}/`));
		const { background, text, link } = await page.evaluate(() => {
			const luminance = (color: string) => {
				const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
				return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
			};
			const body = getComputedStyle(document.body);
			return { background: luminance(body.backgroundColor), text: luminance(body.color), link: luminance(getComputedStyle(document.querySelector('.trail a')!).color) };
		});
		if (scheme === 'light') expect({ background: background > 0.9, text: text < 0.35, link: link < 0.35 }).toEqual({ background: true, text: true, link: true });
		else expect({ background: background < 0.2, text: text > 0.6, link: link > 0.5 }).toEqual({ background: true, text: true, link: true });
		// Contrast holds in each theme: axe with JavaScript; without it (axe needs it), the WCAG ratio
		// of the text and of the links against the page, computed here.
		if (javaScript) expect(describeViolations(await axe(page))).toBe('');
		else {
			const ratios = await page.evaluate(() => {
				const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
				const lum = (color: string) => {
					const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
					return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
				};
				const bg = lum(getComputedStyle(document.body).backgroundColor);
				return ['.action-summary', '.trail a', '.guide-source a', '.site-title'].map((selector) => {
					const fg = lum(getComputedStyle(document.querySelector(selector)!).color);
					return [selector, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)] as const;
				});
			});
			for (const [selector, ratio] of ratios) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
		}
		await context.close();
	});
});

describe('the citation', () => {
	test('adds the day it is consulted, and copies the permalink', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(site.url(`/es/actuacions/${action.slug}/`));
		const today = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
		await page.click('[data-copy]');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(`Consultado: ${today}.`);
		expect(copied).toContain(`/es/actuacions/${action.number}/.`);
		expect(copied).toContain('Direcció General de Joventut');
		await context.close();
	});
});

describe('the catalogue on a 390 px phone', () => {
	const shared = '/actuacions/?destinataris=families&cost=baix,mitja';
	const expected = (selection: Record<string, string[]>) => computeView(items, selection, null, FACETS).visible.size;

	test('a shared link shows its filters as chips, each one removable', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url(shared));
		await page.waitForSelector('[data-chips]:not([hidden])');
		const chips = page.locator('[data-chips] li:not(.catalogue__chip-clear) button');
		expect(await chips.allTextContents()).toEqual(['Persones destinatàries: Famílies', 'Cost: Baix', 'Cost: Mitjà']);
		expect(await page.textContent('[data-status]')).toBe(`${expected({ destinataris: ['families'], cost: ['baix', 'mitja'] })} actuacions`);
		expect(await chips.nth(0).getAttribute('aria-label')).toBe('Treu el filtre: Persones destinatàries: Famílies');
		expect(await inViewport(page, '[data-status]')).toBe(true);
		await chips.nth(1).click();
		await page.waitForURL((url) => url.search === '?destinataris=families&cost=mitja');
		expect(await chips.allTextContents()).toEqual(['Persones destinatàries: Famílies', 'Cost: Mitjà']);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cost: Mitjà');
		expect(await page.textContent('[data-status]')).toBe(`${expected({ destinataris: ['families'], cost: ['mitja'] })} actuacions`);
		await page.context().close();
	});

	test('a link with a value the list does not offer shows the whole list, with no chip for it', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url('/experiencies/?comarca=no-existeix&titularitat=ajuntament'));
		await page.waitForSelector('[data-chips]:not([hidden])');
		expect(await page.locator('[data-chips] li:not(.catalogue__chip-clear) button').allTextContents()).toEqual(['Titularitat: Un ajuntament']);
		expect(new URL(page.url()).search).toBe('?titularitat=ajuntament');
		await page.goto(site.url('/actuacions/?dimensio=x&escala=y'));
		await page.waitForSelector('[data-filters]:not([hidden])');
		expect(await page.textContent('[data-status]')).toBe(`${model.actions.length} actuacions`);
		expect(await page.isHidden('[data-chips]')).toBe(true);
		await page.context().close();
	});

	test('while filtering, the number of results stays on screen', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url('/actuacions/'));
		await page.waitForSelector('[data-filters]:not([hidden])');
		await page.click('[data-facets] > summary');
		expect(await page.textContent('.catalogue__logic')).toMatch(/^Dins d'un grup, les opcions se sumen/);
		for (const [facet, value] of [['cost', 'baix'], ['cost', 'alt']]) {
			const box = page.locator(`input[name="${facet}"][value="${value}"]`);
			await box.scrollIntoViewIfNeeded();
			await box.check();
			expect(await inViewport(page, '[data-apply]'), `${facet}=${value}`).toBe(true);
		}
		const n = expected({ cost: ['baix', 'alt'] });
		expect(await page.textContent('[data-apply]')).toBe(`Mostra ${n} ${n === 1 ? 'actuació' : 'actuacions'}`);
		await page.click('[data-apply]');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
		expect(await page.evaluate(() => (document.querySelector('[data-facets]') as HTMLDetailsElement).open)).toBe(false);
		expect(await inViewport(page, '[data-status]')).toBe(true);
		await page.context().close();
	});

	test('a shared filtered link does not jump on a slow phone', async () => {
		for (const path of [shared, '/actuacions/']) {
			const page = await site.page({ width: 390 });
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.addInitScript(() => {
				(window as unknown as { shifts: number }).shifts = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(site.url(path));
			await page.waitForSelector('[data-filters]:not([hidden])');
			await page.waitForTimeout(1000);
			const cls = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
			expect(cls, path).toBeLessThan(0.05);
			await page.context().close();
		}
	});
});

test.each([
	['', 'Som un municipi petit'],
	['/en', 'We are a small town'],
])('%s/: each situation on the home page opens a list of the size it announces', async (prefix, first) => {
	const page = await site.page({ width: 390 });
	await page.goto(site.url(`${prefix}/`));
	expect(await page.locator('a[data-situation]').first().locator('.situation__title').textContent()).toBe(first);
	const links = await page.locator('a[data-situation]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.getAttribute('data-count')) })));
	expect(links.map((l) => l.href.includes('/planificador/'))).toContain(true);
	for (const { href, count } of links) {
		await page.goto(site.url(href));
		if (href.includes('/planificador/')) {
			await page.waitForSelector('[data-fits] > li');
			expect(await page.locator('[data-fits] > li').count(), href).toBe(count);
			// A small town sharing its actions finds first those made to be shared (action 20).
			const first = Number(JSON.parse((await page.locator('[data-fits] > li').first().getAttribute('data-result'))!).number);
			const madeToShare = model.actions.filter((a) => a.scaleFit.smallTown === 'compartida').map((a) => a.number);
			expect(madeToShare, 'cap actuació no és «compartida» per a un municipi petit').not.toEqual([]);
			expect(madeToShare).toContain(first);
		} else {
			await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
			expect(await page.locator('[data-item]:not([hidden])').count(), href).toBe(count);
		}
	}
	await page.context().close();
});
