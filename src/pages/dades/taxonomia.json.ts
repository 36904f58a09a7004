import type { APIRoute } from 'astro';
import { buildData } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json((await buildData(site)).taxonomy);
