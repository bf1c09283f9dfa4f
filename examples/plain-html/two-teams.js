// Two elements on one page need nothing more than one: load the embed bundle once.
import init from "/embed/unleash-invite-links.js";

await init();
