// Settings -> Invite links: the element, typed by the package (import type below), with the token
// and the events wired into React state through React 19's own custom-element props.
import { useState } from "react";
import type {} from "unleash-invite-links/react";

export function InviteLinksSettings({ onEvent }: { onEvent: (line: string) => void }) {
  const [token, setToken] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  return (
    <section>
      <h1>Settings: Invite links</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setToken(typed.trim() === "" ? null : typed);
        }}
      >
        <label htmlFor="console-token">API token (optional; otherwise your Unleash session)</label>{" "}
        <input id="console-token" type="password" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />{" "}
        <button type="submit">Use token</button>
      </form>
      <unleash-invite-links
        base-path="/react/settings/invite-links"
        token={token}
        onunleash-invite-link-created={(event) => onEvent(`React console: invite link "${event.detail.name}" created.`)}
        onunleash-invite-link-changed={(event) => onEvent(`React console: invite link "${event.detail.name}" changed.`)}
      />
    </section>
  );
}
