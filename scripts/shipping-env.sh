# Sourced by scripts/build-release.sh: the compiler settings of the builds that ship, which make the
# wasm about 19 KB (gzip) smaller. They rebuild the standard library for size, with panics as bare
# traps (no message), through unstable flags that RUSTC_BOOTSTRAP unlocks on the stable toolchain.
# Release builds only, in their own target folder: `cargo test` does not work with build-std.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Csymbol-mangling-version=legacy --cfg erase_components"
export CARGO_TARGET_DIR=${SHIPPING_TARGET_DIR:-$REPO_DIR/target/shipping}
