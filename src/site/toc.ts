/*
 * toc.ts
 * The "On this page" lists (src/components/TableOfContents.astro, MobileTableOfContents.astro):
 * marks the section being read, like Starlight's starlight-toc, with less work on load.
 *
 * Starlight observes every element of the article (found with a :has() selector over the whole
 * page) and walks the DOM from whichever one crosses a band near the top of the window. On our
 * long chapters (thousands of elements, most inside the code blocks) that first query and the
 * observer's first pass took hundreds of milliseconds of main thread. Here only the headings
 * the list links to are observed: the current section is the one whose heading is the last to
 * have passed the line below the header (the page title's link when none has), which is the
 * section the band is in.
 */

/** How far above the window the observed region reaches: further than any page is long. */
const ABOVE = 1_000_000;

export class StarlightTOC extends HTMLElement {
	#current: HTMLAnchorElement | null =
		this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
	#observer: IntersectionObserver | undefined;

	protected set current(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	constructor() {
		super();
		onIdle(() => this.#init());
	}

	#init(): void {
		const links = Array.from(this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'));
		const targets: { heading: Element; link: HTMLAnchorElement }[] = [];
		for (const link of links) {
			const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (heading) targets.push({ heading, link });
		}
		const first = links[0];
		if (!first || targets.length === 0) return;
		/** Headings above the line, by the observer's last word on each. */
		const above = new Set<Element>();
		const update: IntersectionObserverCallback = (entries) => {
			for (const { target, isIntersecting } of entries) {
				if (isIntersecting) above.add(target);
				else above.delete(target);
			}
			let link = first;
			for (let i = targets.length - 1; i >= 0; i--) {
				const target = targets[i];
				if (above.has(target.heading)) {
					link = target.link;
					break;
				}
			}
			this.current = link;
		};
		const observe = () => {
			if (this.#observer) return;
			above.clear();
			this.#observer = new IntersectionObserver(update, { rootMargin: this.#rootMargin() });
			for (const { heading } of targets) this.#observer.observe(heading);
		};
		observe();

		let timeout: ReturnType<typeof setTimeout> | undefined;
		window.addEventListener('resize', () => {
			// The header's height changes with the width: observe again once resizing stops.
			this.#observer?.disconnect();
			this.#observer = undefined;
			clearTimeout(timeout);
			timeout = setTimeout(() => onIdle(observe), 200);
		});
	}

	/** The region from far above the window down to the line below the header (as Starlight). */
	#rootMargin(): string {
		const navBarHeight = document.querySelector('header')?.getBoundingClientRect().height || 0;
		// `<summary>` only exists in the mobile list, so this is 0 for the large-viewport one.
		const mobileTocHeight = this.querySelector('summary')?.getBoundingClientRect().height || 0;
		const line = navBarHeight + mobileTocHeight + 32;
		const height = document.documentElement.clientHeight;
		return `${ABOVE}px 0px ${Math.round(line - height)}px 0px`;
	}
}

/** The list in a dropdown at the top of small screens: shows the current section's name. */
export class MobileStarlightTOC extends StarlightTOC {
	protected override set current(link: HTMLAnchorElement) {
		super.current = link;
		const display = this.querySelector<HTMLElement>('.display-current');
		if (display) display.textContent = link.textContent;
	}

	constructor() {
		super();
		const details = this.querySelector('details');
		if (!details) return;
		const closeToC = () => {
			details.open = false;
		};
		// Close the table of contents whenever a link is clicked.
		details.querySelectorAll('a').forEach((a) => {
			a.addEventListener('click', closeToC);
		});
		// Close the table of contents when a user clicks outside of it.
		window.addEventListener('click', (e) => {
			if (!details.contains(e.target as Node)) closeToC();
		});
		// Or when they press the escape key.
		window.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && details.open) {
				const hasFocus = details.contains(document.activeElement);
				closeToC();
				if (hasFocus) details.querySelector('summary')?.focus();
			}
		});
	}
}

function onIdle(callback: () => void): void {
	if ('requestIdleCallback' in window) window.requestIdleCallback(callback);
	else setTimeout(callback, 1);
}
