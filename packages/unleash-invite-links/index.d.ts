// Types for the <unleash-invite-links> custom element and the module that registers it.

/** What a `unleash-invite-link-created` or `unleash-invite-link-changed` event says of the link.
 * It never holds the link's secret or URL. */
export interface InviteLinkEventDetail {
  /** The link's name. */
  name: string;
  /** When Unleash stores the link as expiring (RFC 3339). */
  expiresAt: string;
  /** When the link was created (RFC 3339). */
  createdAt: string;
  /** Whether people can join through it now: false once it has expired or was disabled. */
  enabled: boolean;
}

/** The events the element dispatches; they bubble and cross the shadow boundary. */
export interface UnleashInviteLinksEventMap extends HTMLElementEventMap {
  /** A link was created. */
  "unleash-invite-link-created": CustomEvent<InviteLinkEventDetail>;
  /** A link got a new expiry, or was disabled or enabled. */
  "unleash-invite-link-changed": CustomEvent<InviteLinkEventDetail>;
  /** With `sign-in="host"`: Unleash answered 401; sign the user in, then set `token`. */
  "unleash-sign-in-needed": CustomEvent<null>;
}

/** The element's attributes (all optional). */
export interface UnleashInviteLinksAttributes {
  /** Where Unleash's routes live, e.g. `https://unleash.example.com`; this origin by default. Only an
   * `http:`/`https:` address without user info, query or fragment is used (or a path on this
   * origin). A new value on another origin drops `token`: set it again for the new Unleash. */
  "base-url"?: string;
  /** The page's address in the host; a link's details live at `<base-path>/links/<key>`. A path with
   * a backslash (or `%5C`), a control character or a leading `//` is refused: the element says why
   * and shows no link. */
  "base-path"?: string;
  /** The query parameter of the host page's address that keeps the list's search (so that Back and
   * reload keep it). Without it the element neither reads nor writes the host's query. */
  "search-param"?: string;
  /** `"host"`: on a 401, dispatch `unleash-sign-in-needed` instead of offering Unleash's sign-in. */
  "sign-in"?: "host" | "unleash";
  /** The language to speak, such as `de` or `ja-JP` (a region falls back to its language; one the
   * page does not speak, to English); without it, the document's `<html lang>`. The page follows
   * either as it changes, keeping what the user typed. English, German and Japanese. */
  "lang"?: string;
}

/** `<unleash-invite-links>`: the invite-links page in its own shadow root. */
export interface UnleashInviteLinksElement extends HTMLElement {
  /** An admin API token or personal access token, sent as `Authorization`; `null` means the
   * session cookie. A property only: never written to an attribute, the DOM or storage (a `token`
   * attribute is read once, then removed). Setting it, to a value or null, also forgets a token
   * typed into the element's own sign-in; a new `base-url` on another origin resets it to null. */
  token: string | null;
  addEventListener<K extends keyof UnleashInviteLinksEventMap>(
    type: K,
    listener: (this: UnleashInviteLinksElement, event: UnleashInviteLinksEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof UnleashInviteLinksEventMap>(
    type: K,
    listener: (this: UnleashInviteLinksElement, event: UnleashInviteLinksEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "unleash-invite-links": UnleashInviteLinksElement;
  }
}

/** Where the module finds its WebAssembly; by default the `.wasm` file beside it. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the WebAssembly and registers `<unleash-invite-links>`; calling it again does nothing. */
export default function init(
  options?: { module_or_path?: InitInput | Promise<InitInput> },
): Promise<unknown>;

/** Registers `<unleash-invite-links>` (init does it already); calling it again does nothing. */
export function defineInviteLinksElement(): void;
