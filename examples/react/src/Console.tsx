// The console's frame: its navigation and its two sections.
import { useState } from "react";
import { Link, Route, Routes } from "react-router";
import { InviteLinksSettings } from "./InviteLinksSettings";

export function Console() {
  const [events, setEvents] = useState<string[]>([]);
  const heard = (line: string) => setEvents((before) => [...before, line]);
  return (
    <>
      <header className="console-header">
        <strong>React console</strong>
        <nav>
          <Link to="/">Overview</Link> · <Link to="/settings/invite-links">Settings: Invite links</Link>
        </nav>
      </header>
      <main className="console-main">
        <Routes>
          <Route path="/" element={<p>An overview of this React console.</p>} />
          <Route path="/settings/invite-links/*" element={<InviteLinksSettings onEvent={heard} />} />
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
