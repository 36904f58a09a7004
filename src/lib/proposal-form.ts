/**
 * Browser side of the experience proposal page (`proposa-experiencia.astro`). Checks the fields
 * with `buildProposal` (the experience schema and `npm run validate`'s messages), shows each
 * problem beside its field and in a summary at the top, and, when all is well, offers the file
 * to download and a prefilled email. `?actuacio=4` ticks action 4, so an action sheet can link here.
 * The checks (the schema, about 100 kB) load only once the person starts filling the form.
 */
import type { ExperienceVocabularies } from '../schemas/experiences.ts';
import type { ProposalFields } from './proposal.ts';

interface Config {
	known: ExperienceVocabularies;
	email: string;
	subject: string;
	intro: string;
	errorsOne: string;
	errorsOther: string;
	contactLabel: string;
	loadFailed: string;
}

export function initProposalForm(form: HTMLFormElement) {
	const config = JSON.parse(form.dataset.config ?? '{}') as Config;
	const summary = document.querySelector<HTMLElement>('[data-summary]')!;
	const ready = document.querySelector<HTMLElement>('[data-ready]')!;
	const preview = ready.querySelector<HTMLTextAreaElement>('[data-preview]')!;
	const email = ready.querySelector<HTMLAnchorElement>('[data-email]')!;
	let file = { name: 'experiencia.mdx', text: '' };
	let rules: Promise<typeof import('./proposal.ts')> | undefined;
	const loadRules = () =>
		(rules ??= import('./proposal.ts').catch((error: unknown) => {
			rules = undefined;
			throw error;
		}));
	form.addEventListener('focusin', () => void loadRules(), { once: true });

	for (const n of new URLSearchParams(location.search).getAll('actuacio').flatMap((v) => v.split(','))) {
		const box = form.querySelector<HTMLInputElement>(`input[name="actions"][value="${CSS.escape(n.trim())}"]`);
		if (box) box.checked = true;
	}

	const read = (): ProposalFields => {
		const data = new FormData(form);
		const text = (name: string) => String(data.get(name) ?? '');
		return {
			title: text('title'),
			placeName: text('placeName'),
			comarca: text('comarca'),
			ownership: text('ownership'),
			promoter: text('promoter'),
			date: text('date'),
			forWhom: text('forWhom'),
			funding: text('funding'),
			sourceUrl: text('sourceUrl'),
			publisher: text('publisher'),
			sourceDate: text('sourceDate'),
			actions: data.getAll('actions').map(String),
			summary: text('summary'),
			whatWasDone: text('whatWasDone'),
			contact: text('contact'),
		};
	};

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		let buildProposal: (typeof import('./proposal.ts'))['buildProposal'];
		try {
			({ buildProposal } = await loadRules());
		} catch {
			summary.querySelector<HTMLElement>('[data-summary-title]')!.textContent = config.loadFailed;
			summary.querySelector<HTMLElement>('[data-summary-list]')!.replaceChildren();
			summary.hidden = false;
			summary.focus();
			return;
		}
		const today = new Date().toISOString().slice(0, 10);
		const proposal = buildProposal(read(), config.known, today);
		const byField = new Map<string, string[]>();
		for (const p of proposal.problems) byField.set(p.input, [...(byField.get(p.input) ?? []), p.message]);

		for (const box of form.querySelectorAll<HTMLElement>('[data-field]')) {
			const name = box.dataset.field!;
			const messages = byField.get(name);
			const error = box.querySelector<HTMLElement>('.proposal__error');
			if (error) {
				error.textContent = messages?.join(' ') ?? '';
				error.hidden = !messages;
			}
			for (const control of box.querySelectorAll<HTMLElement>('input:not([type="radio"]):not([type="checkbox"]), textarea, select')) {
				if (messages) control.setAttribute('aria-invalid', 'true');
				else control.removeAttribute('aria-invalid');
			}
		}

		const list = summary.querySelector<HTMLElement>('[data-summary-list]')!;
		list.replaceChildren();
		if (byField.size) {
			ready.hidden = true;
			summary.querySelector<HTMLElement>('[data-summary-title]')!.textContent =
				byField.size === 1 ? config.errorsOne : config.errorsOther.replace('%n', String(byField.size));
			const inFormOrder = [...form.querySelectorAll<HTMLElement>('[data-field]')].map((b) => b.dataset.field!).filter((name) => byField.has(name));
			for (const name of inFormOrder) {
				const messages = byField.get(name)!;
				const box = form.querySelector<HTMLElement>(`[data-field="${name}"]`);
				const label = box?.dataset.label ?? name;
				const target = box?.querySelector<HTMLElement>('input, textarea, select');
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = `#${target?.id ?? ''}`;
				a.textContent = `${label}: `;
				a.addEventListener('click', (e) => {
					e.preventDefault();
					target?.focus();
				});
				const span = document.createElement('span');
				span.lang = 'ca';
				span.textContent = messages.join(' ');
				li.append(a, span);
				list.append(li);
			}
			summary.hidden = false;
			summary.focus();
			return;
		}

		summary.hidden = true;
		file = { name: proposal.fileName, text: proposal.mdx };
		preview.value = proposal.mdx;
		const contact = read().contact.trim();
		const body = `${config.intro}\n\n${contact ? `${config.contactLabel}: ${contact}\n\n` : ''}${proposal.mdx}`;
		email.href = `mailto:${encodeURIComponent(config.email)}?subject=${encodeURIComponent(`${config.subject}: ${read().title.trim()}`)}&body=${encodeURIComponent(body)}`;
		ready.hidden = false;
		ready.focus();
	});

	ready.querySelector<HTMLButtonElement>('[data-download]')!.addEventListener('click', () => {
		const url = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
		const a = document.createElement('a');
		a.href = url;
		a.download = file.name;
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	});

	form.hidden = false;
}
