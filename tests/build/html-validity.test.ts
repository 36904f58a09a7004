/**
 * Every built page is valid HTML for the W3C Nu Html Checker (the `vnu-jar` package, run with the
 * machine's Java). The one error it reports that we cannot fix is markup Starlight itself writes:
 * `aria-hidden` on the inline scripts of its sidebar (SidebarPersister.astro, a VoiceOver
 * workaround). Each fixed error of issue 15 is also asserted by name, so that it cannot return
 * unnoticed inside a count.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { DIST } from '../helpers/paths.ts';

interface Message {
	type: string;
	url: string;
	message: string;
	extract?: string;
}

const STARLIGHT_OWN = [/^The “aria-hidden” attribute must not be specified on the “script” element\.$/];

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
let output = '';
try {
	execFileSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', '--skip-non-html', DIST], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
} catch (error) {
	// vnu exits with 1 when it reports errors and writes its JSON to stderr.
	output = (error as { stderr?: string }).stderr ?? '';
	if (!output.startsWith('{')) throw error;
}
const messages: Message[] = output ? (JSON.parse(output) as { messages: Message[] }).messages : [];
const where = (m: Message) => `${m.url.slice(m.url.indexOf('/dist/') + 5)}: ${m.message} ${m.extract ?? ''}`;

test('the checker ran on every page', () => {
	// A run that checked nothing would pass the tests below: a fatal error (a broken file) shows here.
	expect(messages.filter((m) => m.type === 'non-document-error').map(where)).toEqual([]);
});

test('the built pages have no HTML error besides Starlight’s own markup', () => {
	const ours = messages.filter((m) => m.type === 'error' && !STARLIGHT_OWN.some((r) => r.test(m.message)));
	expect(ours.map(where).slice(0, 30), `${ours.length} errors`).toEqual([]);
});

test.each([
	['explicit roles on table cells', /The “role” attribute must not be used on a “t[dhr]” element/],
	['a style element inside noscript in the body', /A “style” element in “body”|“style” element .* “noscript”/],
	['a refresh without a space after the semicolon', /Bad value “0;url=/],
	['a script after the end of the document', /Stray start tag “script”/],
	['an empty table header row', /has no cells beginning on it/],
])('no page has %s', (_name, pattern) => {
	expect(messages.filter((m) => pattern.test(m.message)).map(where)).toEqual([]);
});
