import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang, type LangResolution } from '../i18n.js';

/** What a {@link PageContextController} needs of its host: a Lit element. */
type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, told when a `lang` or the page's colour scheme changes. */
const live = new Set<PageContextController>();
const observers: MutationObserver[] = [];

/** The attributes a site's dark-mode switch usually sets on `<html>` or `<body>`. */
const SCHEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-scheme'];

/** One pair of observers for the whole page, however many elements it has. */
function watchPage(doc: Document): void {
  if (observers.length > 0 || typeof MutationObserver === 'undefined') return;
  const notify = () => live.forEach((controller) => controller.read());
  const langs = new MutationObserver(notify);
  langs.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  const schemes = new MutationObserver(notify);
  schemes.observe(doc.documentElement, { attributes: true, attributeFilter: SCHEME_ATTRIBUTES });
  if (doc.body) schemes.observe(doc.body, { attributes: true, attributeFilter: SCHEME_ATTRIBUTES });
  observers.push(langs, schemes);
}

function unwatchPage(): void {
  if (live.size > 0) return;
  for (const observer of observers) observer.disconnect();
  observers.length = 0;
}

/**
 * The language and colour scheme an element takes from its page: the nearest `lang` (its own,
 * an ancestor's or the document's; Dutch by default) and the page's computed `color-scheme`.
 * Re-read, and the host updated, whenever any `lang` in the page or the colour-scheme
 * attributes of `<html>`/`<body>` change.
 */
export class PageContextController implements ReactiveController {
  /** The language the host speaks. */
  lang: Lang = 'nl';
  /** The page's `color-scheme` where the host sits (`''` while detached). */
  scheme = '';

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    watchPage(this.#host.ownerDocument);
    this.read();
  }

  hostDisconnected(): void {
    live.delete(this);
    unwatchPage();
  }

  /** How the host's language was resolved, including an unsupported `lang` of its own. */
  resolution(): LangResolution {
    return resolveLang(this.#host);
  }

  /** Re-reads the language and the colour scheme; updates the host when either changed. */
  read(): void {
    const host = this.#host;
    const lang = resolveLang(host).lang;
    const scheme = host.isConnected ? getComputedStyle(host).colorScheme : '';
    if (lang === this.lang && scheme === this.scheme) return;
    this.lang = lang;
    this.scheme = scheme;
    host.requestUpdate();
  }
}
