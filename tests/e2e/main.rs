//! End-to-end suite: the release build in headless Chromium, then headless Firefox, against a real
//! Unleash 8.2 and PostgreSQL (a fresh database for each browser).
//!
//! It starts everything itself on loopback (fresh database), runs each scenario, stops everything by
//! PID, prints "BROWSER: N passed, M failed" for each browser. Run with `cargo test --test e2e`, or only the
//! scenarios whose name contains a word with `cargo test --test e2e -- WORD`. The admin's
//! browser is photographed after each scenario: `$TMPDIR/unleash-invite-links-e2e-<hash>/<scenario>.png`.

#[cfg(not(target_arch = "wasm32"))]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod bulk_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod change_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod environment;
#[cfg(not(target_arch = "wasm32"))]
mod example_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod history_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod install_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod lossy_proxy;
#[cfg(not(target_arch = "wasm32"))]
mod manage_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod sign_in_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod start_up_scenarios;
#[cfg(not(target_arch = "wasm32"))]
mod unleash;
#[cfg(not(target_arch = "wasm32"))]
mod watch_proxy;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::time::Instant;

    let started = Instant::now();
    let only = std::env::var("E2E_BROWSER")
        .unwrap_or_default()
        .to_lowercase();
    let browsers: Vec<browser::Browser> = browser::Browser::ALL
        .into_iter()
        .filter(|browser| only.is_empty() || format!("{browser:?}").to_lowercase() == only)
        .collect();
    if browsers.is_empty() {
        eprintln!(
            "e2e: E2E_BROWSER={only} names no browser of {:?}",
            browser::Browser::ALL
        );
        println!("0 passed, 1 failed");
        return std::process::ExitCode::FAILURE;
    }
    let environment = match environment::Environment::start() {
        Ok(environment) => environment,
        Err(problem) => {
            eprintln!("e2e: could not start the services: {problem}");
            println!("0 passed, 1 failed");
            return std::process::ExitCode::FAILURE;
        }
    };
    eprintln!("e2e: services up after {:.0?}", started.elapsed());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let mut failures = 0;
    for (round, browser) in browsers.into_iter().enumerate() {
        if round > 0 {
            if let Err(problem) = environment.fresh_services() {
                eprintln!("e2e: could not start fresh services for {browser:?}: {problem}");
                failures += 1;
                continue;
            }
        }
        failures += runtime.block_on(run_all(&environment, browser));
    }
    println!("e2e: {failures} failed in all");
    drop(environment);
    eprintln!("e2e: finished after {:.0?}", started.elapsed());
    if failures == 0 {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

#[cfg(not(target_arch = "wasm32"))]
macro_rules! scenarios {
    ($context:expr, $($module:ident::$scenario:ident),+ $(,)?) => {{
        let wanted = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
        let mut results = Vec::new();
        $(
            let name = stringify!($scenario);
            if wanted.as_deref().is_some_and(|wanted| !name.contains(wanted)) {
                eprintln!("e2e: skip  {name}");
            } else {
            let began = std::time::Instant::now();
            let _ = $context.admin.take_record().await;
            let mut outcome = $context.start_afresh().await;
            if outcome.is_ok() {
                outcome = $module::$scenario($context).await;
            }
            if outcome.is_ok() {
                outcome = scenarios::nothing_refused_or_leaked($context).await;
            }
            $context
                .admin
                .save_screenshot(&format!("{:?}-{}", $context.admin.browser, stringify!($scenario)))
                .await;
            match &outcome {
                Ok(()) => eprintln!("e2e: ok    {} ({:.1?})", stringify!($scenario), began.elapsed()),
                Err(problem) => eprintln!("e2e: FAIL  {}: {problem}", stringify!($scenario)),
            }
            results.push(outcome.is_ok());
            }
        )+
        results
    }};
}

#[cfg(not(target_arch = "wasm32"))]
async fn run_all(environment: &environment::Environment, browser: browser::Browser) -> usize {
    eprintln!("e2e: in {browser:?}");
    let admin = match browser::Page::open(environment, browser).await {
        Ok(page) => page,
        Err(problem) => {
            eprintln!("e2e: could not open {browser:?}: {problem}");
            println!("{browser:?}: 0 passed, 1 failed");
            return 1;
        }
    };
    let unleash = unleash::Unleash::new(environment);
    let admin_session = match unleash.session_of("admin", &environment::ADMIN_PASSWORD) {
        Ok(session) => session,
        Err(problem) => {
            eprintln!("e2e: could not sign the admin in: {problem}");
            println!("{browser:?}: 0 passed, 1 failed");
            return 1;
        }
    };
    let context = scenarios::Context {
        environment,
        admin,
        unleash,
        admin_session,
    };
    let results = scenarios!(
        &context,
        install_scenarios::the_local_unleash_runs_as_its_own_user_with_credentials_made_for_this_install,
        scenarios::signing_in_carries_on_and_double_clicking_create_makes_exactly_one_link,
        scenarios::copy_link_puts_exactly_that_url_on_the_clipboard,
        scenarios::the_link_lets_a_colleague_join_as_a_viewer,
        scenarios::a_name_with_html_is_shown_as_text_and_runs_nothing,
        scenarios::an_expired_link_reads_expired_and_not_enabled_though_unleash_says_enabled,
        scenarios::more_than_a_month_is_refused_with_the_reason,
        scenarios::the_dialog_works_from_the_keyboard_alone,
        scenarios::unleash_down_while_the_dialog_is_open_keeps_the_name_and_a_second_create_asks_first,
        change_scenarios::the_link_is_on_screen_right_after_create_and_copies_from_there,
        change_scenarios::an_answer_lost_after_unleash_created_the_link_leaves_one_link_that_the_page_shows,
        change_scenarios::cancel_during_sign_in_creates_nothing,
        change_scenarios::enable_after_the_session_ended_signs_in_and_enables_once,
        manage_scenarios::the_list_puts_active_links_first_and_filters_by_state,
        manage_scenarios::a_details_address_reloaded_shows_that_link_and_back_and_forward_behave,
        manage_scenarios::an_expired_link_given_a_new_expiry_works_again,
        manage_scenarios::disabling_asks_first_then_unleash_refuses_the_link_and_enabling_restores_it,
        manage_scenarios::a_link_stored_as_expiring_later_today_reads_expired_as_unleash_refuses_it,
        history_scenarios::the_history_shows_creation_new_expiry_disable_enable_and_a_join_by_the_right_people_in_order,
        bulk_scenarios::disabling_three_selected_links_leaves_those_three_disabled_in_unleash_and_no_other,
        example_scenarios::an_example_leptos_console_nests_the_page_under_settings_and_creates_a_link,
        example_scenarios::an_example_plain_html_host_creates_a_link_with_the_custom_element,
        example_scenarios::an_example_react_console_installed_from_the_package_creates_a_link,
        example_scenarios::a_react_console_that_renders_the_element_before_init_keeps_the_token_out_of_the_dom,
        example_scenarios::two_elements_on_one_page_each_open_their_own_details,
        example_scenarios::an_element_in_a_german_console_creates_a_link_and_reads_its_history_in_german,
        scenarios::managing_a_link_works_from_the_keyboard_and_focus_lands_somewhere_sensible,
        scenarios::the_page_is_served_with_a_strict_policy_and_sends_no_referer,
        start_up_scenarios::the_first_paint_shows_the_list_s_words_until_the_app_replaces_it_and_only_at_the_list,
        scenarios::every_view_and_dialog_passes_axe,
        scenarios::a_viewer_is_told_the_admin_role_is_needed_and_nothing_is_created,
        sign_in_scenarios::from_the_keyboard_a_wrong_password_and_the_login_limit_say_so_and_a_token_gets_in,
    );
    context.admin.close().await;
    if results.is_empty() {
        eprintln!("e2e: no scenario's name holds the filter given");
        println!("{browser:?}: 0 passed, 1 failed");
        return 1;
    }
    let passed = results.iter().filter(|ok| **ok).count();
    let failed = results.len() - passed;
    println!("{browser:?}: {passed} passed, {failed} failed");
    failed
}
