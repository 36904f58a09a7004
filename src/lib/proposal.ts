/**
 * The experience proposal form (`/proposa-experiencia/`), as pure functions shared by the page
 * script and the tests. A council technician fills the fields; the browser checks them against
 * the same schema and the same Catalan messages as `npm run validate`, and turns them into an
 * experience file (`content/experiencies/<slug>.mdx`) to download, and into an email to send.
 * No server and no GitHub account are involved.
 */
import { experienceSchema, type ExperienceVocabularies } from '../schemas/experiences.ts';
import { plainTextProblem } from '../schemas/safe-text.ts';
import { EXPERIENCE_SECTIONS } from '../schemas/sections.ts';
import { slugify } from './slug.ts';
import { fieldPath, issueToProblems } from './validation/zod-issues.ts';

/** The form's fields, named as the form's inputs. Every value is the text the person typed. */
export interface ProposalFields {
	title: string;
	placeName: string;
	comarca: string;
	ownership: string;
	promoter: string;
	date: string;
	forWhom: string;
	funding: string;
	sourceUrl: string;
	publisher: string;
	sourceDate: string;
	actions: string[];
	summary: string;
	whatWasDone: string;
	contact: string;
}

/** The schema field each form input fills, so a problem can be shown beside its input. */
export const FIELD_OF_INPUT: Record<string, keyof ProposalFields> = {
	title: 'title',
	'place.name': 'placeName',
	'place.comarca': 'comarca',
	ownership: 'ownership',
	promoter: 'promoter',
	date: 'date',
	forWhom: 'forWhom',
	funding: 'funding',
	'source.url': 'sourceUrl',
	'source.publisher': 'publisher',
	'source.date': 'sourceDate',
	actions: 'actions',
	summary: 'summary',
	whatWasDone: 'whatWasDone',
};

/** What to say when a required input is left empty: plainer than the schema's editor messages. */
const EMPTY: Partial<Record<keyof ProposalFields, string>> = {
	title: 'Cal omplir aquest camp.',
	placeName: 'Cal omplir aquest camp.',
	comarca: 'Tria una comarca de la llista (o «Fora de Catalunya»).',
	ownership: 'Tria qui és titular del projecte.',
	promoter: 'Cal omplir aquest camp.',
	forWhom: 'Cal omplir aquest camp.',
	sourceUrl: "Cal l'adreça de la pàgina on ho has llegit: sense font, no es pot publicar.",
	publisher: 'Cal omplir aquest camp.',
	actions: 'Marca almenys una actuació.',
	summary: 'Cal omplir aquest camp.',
	whatWasDone: 'Cal omplir aquest camp.',
};

/** Minimum length of the "what was done" text: the length of a section an editor must write. */
export const MIN_STORY_CHARS = 150;

export interface ProposalProblem {
	input: keyof ProposalFields;
	message: string;
}

export interface Proposal {
	problems: ProposalProblem[];
	/** The file name to save, e.g. `masquefa-reforc-escolar.mdx`. */
	fileName: string;
	/** The experience file, ready for `content/experiencies/`. It never holds the person's contact. */
	mdx: string;
}

/**
 * The story becomes the body of an MDX file, so it must stay plain prose in paragraphs: the
 * plain-text rules (no markup, no invisible characters) line by line, and no MDX or Markdown
 * constructs that would turn into code, headings, links or images.
 */
function problemOfStory(story: string): { message: string; fix: string } | undefined {
	if (/[{}]/.test(story)) return { message: 'conté «{» o «}», que no es poden fer servir.', fix: 'treu-los.' };
	if (/^\s*(#|import\s|export\s)/m.test(story)) {
		return { message: "té una línia que comença per «#», «import» o «export», i el text ha de ser només paràgrafs.", fix: "comença aquella línia amb una altra paraula." };
	}
	if (/\]\(|!\[|^\s*\[[^\]]*\]:/m.test(story)) {
		return { message: 'té enllaços o imatges en format Markdown.', fix: "escriu el text sense enllaços: l'adreça de la font va al camp «Adreça de la pàgina»." };
	}
	for (const line of story.split(/\r?\n/)) {
		const problem = plainTextProblem(line.replaceAll('\t', ' '));
		if (problem) return problem;
	}
	return undefined;
}

/** Validation messages are clauses («és massa curt…»); on the form they stand alone as sentences. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A YAML scalar that is always read back as the same string: a JSON string is valid YAML. */
const yamlString = (value: string) => JSON.stringify(value);

export function buildProposal(fields: ProposalFields, known: ExperienceVocabularies, today: string): Proposal {
	const trimmed = (v: string) => v.trim();
	const optional = (v: string) => (v.trim() ? v.trim() : undefined);
	const data = {
		title: trimmed(fields.title),
		language: 'ca',
		place: { name: trimmed(fields.placeName), comarca: fields.comarca },
		ownership: fields.ownership,
		promoter: trimmed(fields.promoter),
		...(optional(fields.date) ? { date: optional(fields.date) } : {}),
		forWhom: trimmed(fields.forWhom),
		...(optional(fields.funding) ? { funding: optional(fields.funding) } : {}),
		source: {
			url: trimmed(fields.sourceUrl),
			publisher: trimmed(fields.publisher),
			...(optional(fields.sourceDate) ? { date: optional(fields.sourceDate) } : {}),
			checked: today,
		},
		actions: fields.actions.map(Number),
		summary: trimmed(fields.summary),
		reviewed: { date: today, by: 'Proposta pendent de revisió editorial' },
	};
	const schema = experienceSchema(known);
	const result = schema.safeParse(data);
	const problems: ProposalProblem[] = [];
	const empty = new Set(
		(Object.keys(EMPTY) as (keyof ProposalFields)[]).filter((input) => {
			const value = fields[input];
			return Array.isArray(value) ? value.length === 0 : !value.trim();
		}),
	);
	for (const input of empty) problems.push({ input, message: EMPTY[input]! });
	for (const issue of result.success ? [] : result.error.issues) {
		const input = FIELD_OF_INPUT[fieldPath(issue.path as PropertyKey[]).replace(/\[\d+\]$/, '')] ?? 'title';
		if (empty.has(input)) continue;
		for (const p of issueToProblems(issue, { file: '', data, schema, lineOf: () => undefined })) {
			problems.push({ input, message: `${sentence(p.message)} ${sentence(p.fix)}` });
		}
	}
	const story = fields.whatWasDone.trim();
	const storyProblem = problemOfStory(story);
	if (!empty.has('whatWasDone')) {
		if (story.length < MIN_STORY_CHARS) problems.push({ input: 'whatWasDone', message: `És massa curt: té ${story.length} caràcters i n'ha de tenir almenys ${MIN_STORY_CHARS}. Explica què es va fer, per a qui i qui ho va fer.` });
		else if (storyProblem) problems.push({ input: 'whatWasDone', message: sentence(`${storyProblem.message} ${sentence(storyProblem.fix)}`) });
	}

	const fileName = `${slugify(`${data.place.name} ${data.title}`) || 'experiencia'}.mdx`;
	const lines = [
		'---',
		`title: ${yamlString(data.title)}`,
		'language: ca',
		'place:',
		`  name: ${yamlString(data.place.name)}`,
		`  comarca: ${yamlString(data.place.comarca)}`,
		`ownership: ${yamlString(data.ownership)}`,
		`promoter: ${yamlString(data.promoter)}`,
		...(data.date ? [`date: ${yamlString(data.date)}`] : []),
		`forWhom: ${yamlString(data.forWhom)}`,
		...(data.funding ? [`funding: ${yamlString(data.funding)}`] : []),
		'source:',
		`  url: ${yamlString(data.source.url)}`,
		`  publisher: ${yamlString(data.source.publisher)}`,
		...(data.source.date ? [`  date: ${yamlString(data.source.date)}`] : []),
		`  checked: ${today}`,
		`actions: [${data.actions.join(', ')}]`,
		`summary: ${yamlString(data.summary)}`,
		'reviewed:',
		`  date: ${today}`,
		`  by: ${yamlString(data.reviewed.by)}`,
		'---',
		'',
	];
	const pending = "Pendent: l'equip editorial ho redactarà en revisar la proposta.";
	const body = EXPERIENCE_SECTIONS.map((s, i) => `## ${s.heading.ca}\n\n${i === 0 ? story : pending}\n`).join('\n');
	// The contact goes in the email only: the file ends up in a public repository.
	return { problems, fileName, mdx: `${lines.join('\n')}\n${body}` };
}
