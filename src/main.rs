//! The standalone app, as Trunk builds it from `index.html`.

fn main() {
    mark("uil:wasm-running");
    leptos::mount::mount_to_body(unleash_invite_links::App);
}

/// A performance mark for the start-up timings `scripts/benchmark.sh` reads.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
