// A React 19 console's view with the element: attributes, the token property and an event handler.
import type {} from "unleash-invite-links/react";

export function InviteLinksSettings({ token, onCreated }: { token: string | null; onCreated: (name: string) => void }) {
  return (
    <unleash-invite-links
      base-path="/settings/invite-links"
      token={token}
      onunleash-invite-link-created={(event) => onCreated(event.detail.name)}
    />
  );
}

// @ts-expect-error sign-in is "host" or "unleash"
export const wrongSignIn = <unleash-invite-links sign-in="popup" />;
