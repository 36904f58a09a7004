/** Writes frontmatter the way editors write it: one key per line, short lists inline `[a, b]`. */
import { Document, isSeq } from 'yaml';

export function toFrontmatter(data: Record<string, unknown>): string {
	const doc = new Document(data);
	for (const key of Object.keys(data)) {
		const node = doc.get(key, true);
		if (isSeq(node) && node.items.every((i) => typeof (i as { value?: unknown }).value !== 'object')) node.flow = true;
	}
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
