// A React 19 console that installs unleash-invite-links from its packed package: react-router for
// its sections, the element as "Settings -> Invite links" (its module loaded when that section first
// shows), its events shown in the console's own UI.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { Console } from "./Console";

createRoot(document.getElementById("console")!).render(
  <StrictMode>
    <BrowserRouter basename="/react">
      <Routes>
        <Route path="*" element={<Console />} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
