/**
 * The experience proposal form's rules (`src/lib/proposal.ts`): the file it produces from a
 * complete proposal passes `npm run validate` as it is, and bad or hostile input is refused with
 * the field named, before anything reaches the editors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/lib/content-files.ts';
import { buildProposal, type ProposalFields } from '../../src/lib/proposal.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { copyFixture } from '../helpers/content-copy.ts';

const fields = (overrides: Partial<ProposalFields> = {}): ProposalFields => ({
	title: "Una sala d'estudi oberta durant els exàmens",
	placeName: 'Vilaexemple',
	comarca: 'osona',
	ownership: 'ajuntament',
	promoter: 'Ajuntament de Vilaexemple',
	date: '2024-05',
	forWhom: 'Joves que preparen els exàmens de final de curs.',
	funding: '',
	sourceUrl: 'https://vilaexemple.example/noticia',
	publisher: 'Ajuntament de Vilaexemple',
	sourceDate: '',
	actions: ['4'],
	summary: "L'ajuntament va obrir una sala d'estudi les nits de maig i juny perquè els joves poguessin preparar els exàmens.",
	whatWasDone: "L'espai jove va obrir de vuit a dotze de la nit durant les setmanes d'exàmens, amb una persona dinamitzadora i places per a una cinquantena d'estudiants de batxillerat i universitat.",
	contact: 'Anna, tècnica de joventut, anna@vilaexemple.example',
	...overrides,
});

describe('a complete proposal', () => {
	const root = copyFixture();
	const proposal = buildProposal(fields(), readKnownIds(root), '2026-11-28');

	test('has no problems and a file name made of the place and the title', () => {
		expect(proposal.problems).toEqual([]);
		expect(proposal.fileName).toBe('vilaexemple-una-sala-destudi-oberta-durant-els-examens.mdx');
	});

	test('is a file that passes npm run validate as it is, but for what the editors write before publishing', () => {
		writeFileSync(join(root, 'content/experiencies', proposal.fileName), proposal.mdx);
		// The sections' full text and the translations are the editors' work (CONTRIBUTING.md, seccio-buida, traduccio-falta).
		expect(validateContent(root).filter((p) => p.code !== 'seccio-buida' && p.code !== 'traduccio-falta')).toEqual([]);
	});

	test('keeps the contact out of the file, which becomes public', () => {
		expect(proposal.mdx).not.toContain('anna@');
	});
});

describe('a proposal that cannot be accepted', () => {
	const known = { chapters: [], comarques: ['osona'] };
	const problemsOf = (overrides: Partial<ProposalFields>) => buildProposal(fields(overrides), known, '2026-11-28').problems;

	test('says which required fields are empty, in plain words', () => {
		expect(problemsOf({ title: '', comarca: '', actions: [], sourceUrl: ' ' })).toEqual(
			expect.arrayContaining([
				{ input: 'title', message: 'Cal omplir aquest camp.' },
				{ input: 'comarca', message: 'Tria una comarca de la llista (o «Fora de Catalunya»).' },
				{ input: 'actions', message: 'Marca almenys una actuació.' },
				{ input: 'sourceUrl', message: "Cal l'adreça de la pàgina on ho has llegit: sense font, no es pot publicar." },
			]),
		);
	});

	test.each([
		['title', { title: 'Sala <script>alert(1)</script>' }, /Conté «<»/],
		['sourceUrl', { sourceUrl: 'javascript:alert(1)' }, /L'adreça «javascript:alert\(1\)» fa servir/],
		['sourceUrl', { sourceUrl: 'http://vilaexemple.example/noticia' }, /comenci per https:\/\//],
		['date', { date: '2024-13' }, /AAAA-MM-DD, AAAA-MM o AAAA/],
		['whatWasDone', { whatWasDone: 'Massa curt.' }, /té 11 caràcters i n'ha de tenir almenys 150/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone} {alert(1)}` }, /«\{» o «\}»/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone} <img src=x onerror=alert(1)>` }, /Conté «<»/],
		['summary', { summary: 'Curt.' }, /almenys 60/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone}\n\n## Un altre apartat` }, /comença per «#», «import» o «export»/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone}\nexport const x = 1` }, /comença per «#», «import» o «export»/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone} [font](javascript:alert(1))` }, /enllaços o imatges/],
		['whatWasDone', { whatWasDone: `${fields().whatWasDone} ![](https://tercers.example/pixel.png)` }, /enllaços o imatges/],
	] as const)('refuses a bad %s', (input, overrides, message) => {
		const problems = problemsOf(overrides);
		expect(problems.map((p) => p.input)).toContain(input);
		expect(problems.find((p) => p.input === input)!.message).toMatch(message);
	});

	test('a story in several paragraphs is fine, and stays paragraphs in the file', () => {
		const story = `${fields().whatWasDone}\n\nUn segon paràgraf explica qui ho va organitzar i amb quins resultats, segons la notícia.`;
		const proposal = buildProposal(fields({ whatWasDone: story }), known, '2026-11-28');
		expect(proposal.problems).toEqual([]);
		expect(proposal.mdx).toContain(`## Què es va fer\n\n${story}\n`);
	});

	test('a title with quotes or a colon stays one YAML string', () => {
		const proposal = buildProposal(fields({ title: 'Joves: "estudiar" a la nit\nactions: [99]' }), known, '2026-11-28');
		expect(proposal.mdx.split('\n').filter((l) => l.startsWith('actions:'))).toEqual(['actions: [4]']);
	});
});
