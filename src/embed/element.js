// The <unleash-invite-links> custom element: a thin shell that gives each element a shadow root with
// the page's styles and mounts the page (written in Rust) while the element is in the document.
// Moving an element (disconnected, then connected again in the same task) keeps its page.

const settings = ["base-url", "base-path", "sign-in"];

/** Registers the element `tag` once; `mountPage(host, container, token)` returns the mounted page. */
export function defineElement(tag, styles, mountPage) {
  if (customElements.get(tag)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);

  class UnleashInviteLinks extends HTMLElement {
    static get observedAttributes() {
      return settings;
    }

    #page = null;
    #token = null;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [sheet];
    }

    /** The admin API token or personal access token to send; never reflected to an attribute. */
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

    attributeChangedCallback(_name, before, after) {
      if (this.#page && before !== after) {
        this.#unmount();
        this.#mount();
      }
    }

    #mount() {
      const container = document.createElement("div");
      container.className = "uil-root";
      this.shadowRoot.replaceChildren(container);
      this.#page = mountPage(this, container, this.#token);
    }

    #unmount() {
      const page = this.#page;
      this.#page = null;
      page?.free();
      this.shadowRoot.replaceChildren();
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

/** Dispatches `name` from `host`, crossing the shadow boundary. */
export function announce(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
