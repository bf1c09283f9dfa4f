// The whole integration: load the embed bundle, then listen to what the element reports.
import init from "/embed/unleash-invite-links.js";

await init();

const page = document.querySelector("unleash-invite-links");
const log = document.getElementById("host-events");
for (const name of ["unleash-invite-link-created", "unleash-invite-link-changed", "unleash-sign-in-needed"]) {
  page.addEventListener(name, (event) => {
    const entry = document.createElement("li");
    entry.textContent = event.detail ? `${name}: ${event.detail.name}` : name;
    log.append(entry);
  });
}
