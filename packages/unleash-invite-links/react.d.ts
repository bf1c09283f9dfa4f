// React 19 JSX types for <unleash-invite-links>: import type {} from "unleash-invite-links/react".
// React 19 listens to the custom events natively (onunleash-invite-link-created and the others), and
// sets `token` as a property only once the element is defined: call the package's init() before
// rendering it. Rendered earlier (a section loaded lazily, server rendering), React writes `token` as
// an attribute; the element then takes it into its property and removes it as soon as it is defined,
// and says so in the console.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type {
  InviteLinkEventDetail,
  UnleashInviteLinksAttributes,
  UnleashInviteLinksElement,
} from "./index.js";

/** The element's props in JSX: its attributes, `token`, and a handler per event. */
export interface UnleashInviteLinksProps
  extends DetailedHTMLProps<HTMLAttributes<UnleashInviteLinksElement>, UnleashInviteLinksElement>,
    UnleashInviteLinksAttributes {
  /** An admin API token or personal access token; `null` means the session cookie. A property
   * once init() has defined the element; before that React writes an attribute, which the element
   * takes and removes when it is defined. Setting it (to a value or null) also forgets a token the
   * user typed into the element's own sign-in. */
  token?: string | null;
  "onunleash-invite-link-created"?: (event: CustomEvent<InviteLinkEventDetail>) => void;
  "onunleash-invite-link-changed"?: (event: CustomEvent<InviteLinkEventDetail>) => void;
  "onunleash-sign-in-needed"?: (event: CustomEvent<null>) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "unleash-invite-links": UnleashInviteLinksProps;
    }
  }
}
