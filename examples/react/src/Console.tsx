// The console's frame: its navigation, a token the admin may give it, and its two sections.
import { useState } from "react";
import { Link, Route, Routes } from "react-router";
import { InviteLinksSettings } from "./InviteLinksSettings";

export function Console() {
  const [events, setEvents] = useState<string[]>([]);
  const [token, setToken] = useState<string | null>(null);
  const heard = (line: string) => setEvents((before) => [...before, line]);
  return (
    <>
      <header className="console-header">
        <strong>React console</strong>
        <nav>
          <Link to="/">Overview</Link> · <Link to="/settings/invite-links">Settings: Invite links</Link>
        </nav>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const typed = String(new FormData(event.currentTarget).get("token") ?? "").trim();
            setToken(typed === "" ? null : typed);
            event.currentTarget.reset();
          }}
        >
          {/* Uncontrolled, so that React never copies the token into the field's value attribute. */}
          <label htmlFor="console-token">API token (optional; otherwise your Unleash session)</label>{" "}
          <input id="console-token" name="token" type="password" autoComplete="off" />{" "}
          <button type="submit">Use token</button>
        </form>
      </header>
      <main className="console-main">
        <Routes>
          <Route path="/" element={<p>An overview of this React console.</p>} />
          <Route path="/settings/invite-links/*" element={<InviteLinksSettings token={token} onEvent={heard} />} />
        </Routes>
        <h2>What the element told this console</h2>
        <ul aria-live="polite">
          {events.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </main>
    </>
  );
}
