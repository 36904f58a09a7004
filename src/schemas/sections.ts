/**
 * The seven parts of an action sheet, in the guide's order. The `id` is the public anchor of the
 * section on the action page (`/actuacions/<slug>/#<id>`): municipalities link to it, so an id
 * never changes and does not depend on the language of the heading.
 */
import type { Locale } from './shared.ts';

export const ACTION_SECTIONS = [
	{ id: 'descripcio', heading: { ca: 'Descripció', es: 'Descripción', en: 'Description' } },
	{ id: 'destinataris', heading: { ca: 'Persones destinatàries', es: 'Personas destinatarias', en: 'Target groups' } },
	{ id: 'objectius', heading: { ca: 'Objectius', es: 'Objetivos', en: 'Objectives' } },
	{ id: 'metodologia', heading: { ca: 'Metodologia', es: 'Metodología', en: 'Methodology' } },
	{ id: 'agents', heading: { ca: 'Agents implicats', es: 'Agentes implicados', en: 'Agents involved' } },
	{ id: 'rol-joventut', heading: { ca: "El rol de l'àrea de joventut en aquesta actuació", es: 'El papel del área de juventud en esta actuación', en: 'The role of the youth service in this action' } },
	{ id: 'experiencies', heading: { ca: 'Experiències i recursos', es: 'Experiencias y recursos', en: 'Experiences and resources' } },
] as const satisfies readonly { id: string; heading: Record<Locale, string> }[];

export type ActionSectionId = (typeof ACTION_SECTIONS)[number]['id'];
export const ACTION_SECTION_IDS = ACTION_SECTIONS.map((s) => s.id) as [ActionSectionId, ...ActionSectionId[]];

/** The sections of an experience page, in order. */
export const EXPERIENCE_SECTIONS = [
	{ id: 'que-es-va-fer', heading: { ca: 'Què es va fer', es: 'Qué se hizo', en: 'What was done' } },
	{ id: 'rellevancia', heading: { ca: 'Per què és rellevant per a les polítiques de joventut', es: 'Por qué es relevante para las políticas de juventud', en: 'Why it matters for youth policy' } },
	{ id: 'aprenentatges', heading: { ca: 'Què en podem aprendre', es: 'Qué podemos aprender', en: 'What we can learn' } },
] as const satisfies readonly { id: string; heading: Record<Locale, string> }[];

/** Minimum length, in characters of plain text, of each part of a sheet. */
export const MIN_SECTION_CHARS = 40;

/** Maximum length, in characters of plain text, of one part of a sheet. */
export const MAX_SECTION_CHARS = 12_000;

/** Maximum size of one content file, in bytes: a sheet is a few kB; a pasted document is not a sheet. */
export const MAX_FILE_BYTES = 100 * 1024;
