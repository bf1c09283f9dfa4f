//! The standalone app, as Trunk builds it from `index.html`.

fn main() {
    mark("uil:wasm-running");
    unleash_invite_links::start_app(remove_first_paint);
}

/// Removes `index.html`'s first paint, the static stand-in for the list shown while the wasm loads,
/// in the same task that mounted the app: the browser never paints both, nor neither.
fn remove_first_paint() {
    let stand_in = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(".uil-first-paint").ok().flatten());
    if let Some(stand_in) = stand_in {
        stand_in.remove();
    }
}

/// A performance mark for the start-up timings `scripts/benchmark.sh` reads.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
