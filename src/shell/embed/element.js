// The <unleash-invite-links> custom element: a thin shell that gives each element a shadow root with
// the page's styles and mounts the page (written in Rust) while the element is in the document.
// Moving an element (disconnected, then connected again in the same task) keeps its page.
//
// The token is a property, never an attribute. A `token` attribute (React sets one before the element
// is defined, and server rendering can only write attributes) is taken into the private field and
// removed at once. A new `base-url` on another origin drops the token: the host sets it again.

const settings = ["base-url", "base-path", "sign-in", "search-param"];

/** Registers the element `tag` once; `mountPage(host, container, token)` returns the mounted page. */
export function defineElement(tag, styles, mountPage) {
  if (customElements.get(tag)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);

  class UnleashInviteLinks extends HTMLElement {
    static get observedAttributes() {
      return [...settings, "token"];
    }

    #page = null;
    #token = null;

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
        this.#page = mountPage(this, container, this.#token);
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

    #unmount() {
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
