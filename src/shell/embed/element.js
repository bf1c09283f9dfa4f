// The <unleash-invite-links> custom element: a thin shell that gives each element a shadow root with
// the page's styles and mounts the page (written in Rust) while the element is in the document.
// Moving an element (disconnected, then connected again in the same task) keeps its page.
//
// The token is a property, never an attribute. A `token` attribute (React sets one before the element
// is defined, and server rendering can only write attributes) is taken into the private field and
// removed at once. A new `base-url` on another origin drops the token: the host sets it again.
//
// The page speaks the element's own `lang`, else the document's `<html lang>`, and follows either
// when it changes, without mounting again: what the user typed and chose stays. Its catalogues
// are the `lang/` files beside the bundle.

const settings = ["base-url", "base-path", "sign-in", "search-param"];
/** Attributes the page follows as they change, without mounting again. */
const followed = ["lang"];

/** The folder of the bundle's catalogue files: `lang/` beside the bundle, which holds this file in
 * `snippets/<crate>/src/shell/embed/`. */
const catalogues = new URL("../../../../../lang", import.meta.url).href;
/** Each catalogue file's address by its name. The built bundle's copy of this file lists every file
 * as a literal `new URL(…, import.meta.url)` (scripts/lang-files.mjs), so that a bundler such as Vite
 * ships the files with its output; a name not listed is read from `catalogues`. */
const catalogueFiles = {};

/** Registers the element `tag` once; `mountPage(host, container, token, language, catalogues,
 * catalogueFiles)` returns the mounted page. */
export function defineElement(tag, styles, mountPage) {
  if (customElements.get(tag)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);

  class UnleashInviteLinks extends HTMLElement {
    static get observedAttributes() {
      return [...settings, ...followed, "token"];
    }

    #page = null;
    #token = null;
    #documentLanguage = new MutationObserver(() => this.#page?.set_language(this.#language()));

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [sheet];
    }

    /** The admin API token or personal access token to send; never reflected to an attribute.
     * Setting it, to a value or to null, also forgets a token typed into the page's own sign-in. */
    get token() {
      return this.#token;
    }

    set token(value) {
      this.#token = value == null || value === "" ? null : String(value);
      this.#page?.set_token(this.#token);
    }

    connectedCallback() {
      this.#adoptPropertySetBeforeUpgrade("token");
      if (!this.#page) this.#mount();
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (!this.isConnected) this.#unmount();
      });
    }

    attributeChangedCallback(name, before, after) {
      if (name === "token") {
        this.#takeTokenAttribute();
        return;
      }
      if (name === "lang") {
        this.#page?.set_language(this.#language());
        return;
      }
      if (before === after) return;
      if (name === "base-url" && originOf(before) !== originOf(after)) this.token = null;
      if (this.#page) {
        this.#unmount();
        this.#mount();
      }
    }

    #mount() {
      const container = document.createElement("div");
      container.className = "uil-root";
      this.shadowRoot.replaceChildren(container);
      const problem = globalThis[Symbol.for("unleash-invite-links.trusted-types-problem")];
      if (problem !== undefined) return this.#showProblem(container, problem);
      try {
        this.#page = mountPage(this, container, this.#token, this.#language(), catalogues, catalogueFiles);
        this.#documentLanguage.observe(document.documentElement, { attributeFilter: ["lang"] });
      } catch (error) {
        this.#showProblem(container, `This page could not start: ${error?.message ?? error}`);
      }
    }

    #showProblem(container, problem) {
      const alert = document.createElement("p");
      alert.className = "uil-error";
      alert.setAttribute("role", "alert");
      alert.textContent = problem;
      container.replaceChildren(alert);
      console.error(`<${tag}>: ${problem}`);
    }

    /** The language to speak: the element's own `lang`, else the document's. */
    #language() {
      return this.getAttribute("lang") || document.documentElement.lang || "";
    }

    #unmount() {
      this.#documentLanguage.disconnect();
      const page = this.#page;
      this.#page = null;
      page?.free();
      this.shadowRoot.replaceChildren();
    }

    #takeTokenAttribute() {
      if (!this.hasAttribute("token")) return;
      const value = this.getAttribute("token");
      this.removeAttribute("token");
      this.token = value;
      console.warn(
        `<${tag}>: the token attribute was read once and removed, so that the token does not stay in the DOM. Set the token as a property (element.token = …) after the element is defined.`,
      );
    }

    #adoptPropertySetBeforeUpgrade(name) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  customElements.define(tag, UnleashInviteLinks);
}

/** The origin a `base-url` value names (this page's when empty); a value no URL reads is its own. */
function originOf(baseUrl) {
  try {
    return new URL(baseUrl ?? "", document.baseURI).origin;
  } catch {
    return `unreadable: ${baseUrl}`;
  }
}

/** Dispatches `name` from `host`, crossing the shadow boundary. */
export function announce(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
