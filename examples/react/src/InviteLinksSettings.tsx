// Settings -> Invite links: the element, typed by the package (import type below), with the console's
// token and the events wired into React state through React 19's own custom-element props.
// The package is loaded only when this section first shows, as a console that loads its sections
// lazily would: React renders the element before it is defined, so it writes `token` as an attribute,
// which the element takes into its property and removes as soon as it is defined.
import { useEffect } from "react";
import type {} from "unleash-invite-links/react";

let loading: Promise<unknown> | null = null;

export function InviteLinksSettings({ token, onEvent }: { token: string | null; onEvent: (line: string) => void }) {
  useEffect(() => {
    loading ??= import("unleash-invite-links").then(({ default: init }) => init());
  }, []);
  return (
    <section>
      <h1>Settings: Invite links</h1>
      <unleash-invite-links
        base-path="/react/settings/invite-links"
        token={token}
        onunleash-invite-link-created={(event) => onEvent(`React console: invite link "${event.detail.name}" created.`)}
        onunleash-invite-link-changed={(event) => onEvent(`React console: invite link "${event.detail.name}" changed.`)}
      />
    </section>
  );
}
