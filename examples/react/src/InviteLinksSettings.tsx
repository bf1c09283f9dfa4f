// Settings -> Invite links: the element, typed by the package (import type below), with its events
// wired into React state through React 19's own custom-element event props.
import type {} from "unleash-invite-links/react";

export function InviteLinksSettings({ onEvent }: { onEvent: (line: string) => void }) {
  return (
    <section>
      <h1>Settings: Invite links</h1>
      <unleash-invite-links
        base-path="/react/settings/invite-links"
        token={null}
        onunleash-invite-link-created={(event) => onEvent(`React console: invite link "${event.detail.name}" created.`)}
        onunleash-invite-link-changed={(event) => onEvent(`React console: invite link "${event.detail.name}" changed.`)}
      />
    </section>
  );
}
