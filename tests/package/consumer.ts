// A plain TypeScript console using the element: every line must type-check, and each line marked
// as an expected error must stay one (tsc fails on an unused marker).
import init, { type InviteLinkEventDetail } from "unleash-invite-links";

await init();

const found = document.querySelector("unleash-invite-links");
if (found !== null) {
  found.token = "*:*.an-admin-token";
  found.token = null;
  found.addEventListener("unleash-invite-link-created", (event) => {
    const detail: InviteLinkEventDetail = event.detail;
    const label: string = `${detail.name} until ${detail.expiresAt}`;
    const usable: boolean = detail.enabled;
    console.log(label, usable);
  });
  found.addEventListener("unleash-sign-in-needed", (event) => {
    const nothing: null = event.detail;
    console.log(nothing);
  });
  // @ts-expect-error the events never carry the secret
  found.addEventListener("unleash-invite-link-changed", (event) => event.detail.secret);
  // @ts-expect-error the token is a string or null
  found.token = 42;
}

const made = document.createElement("unleash-invite-links");
made.setAttribute("base-path", "/admin/settings/invite-links");
document.body.append(made);
