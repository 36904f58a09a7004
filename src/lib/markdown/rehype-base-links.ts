/**
 * Content links are written root-relative (`/actuacions/suport-escolar/`) so editors never think
 * about where the site is hosted. When the site is published under a sub-path (`base`), this
 * prefixes those links with it, so the same content works on any host. Every root-relative link
 * is prefixed, even one that happens to start like the base (`/estrategies/…` under a base
 * `/estrategies/`): content links are always relative to the site root.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks({ base }: { base: string }) {
	const prefix = base.replace(/\/$/, '');
	return (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node: Element) => {
			const href = node.properties?.href;
			if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
				node.properties.href = `${prefix}${href}`;
			}
		});
	};
}
