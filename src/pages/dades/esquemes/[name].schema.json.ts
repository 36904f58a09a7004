import type { APIRoute } from 'astro';
import { absolute, knownIds } from '../../../lib/open-data.ts';
import { actionsFileSchema, experiencesFileSchema, taxonomyFileSchema, toJsonSchema } from '../../../schemas/open-data.ts';

export const getStaticPaths = () => ['actuacions', 'experiencies', 'taxonomia'].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site }) => {
	const known = knownIds();
	const id = absolute(site, `/dades/esquemes/${params.name}.schema.json`);
	const schema =
		params.name === 'actuacions'
			? toJsonSchema(actionsFileSchema(known), id, 'Actuacions')
			: params.name === 'experiencies'
				? toJsonSchema(experiencesFileSchema(known), id, 'Experiències')
				: toJsonSchema(taxonomyFileSchema, id, 'Conjunts, dimensions i estratègies');
	return Response.json(schema);
};
