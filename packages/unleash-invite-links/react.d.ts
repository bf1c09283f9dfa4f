// React 19 JSX types for <unleash-invite-links>: import type {} from "unleash-invite-links/react".
// React 19 sets `token` as a property and listens to the custom events natively
// (onunleash-invite-link-created and the others).
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
  /** An admin API token or personal access token; `null` means the session cookie. */
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
