//! [`ExpiryField`]: "Expires" (presets or a custom date and time), and what the choice means.

use leptos::prelude::*;

use super::ExpiryInput;
use crate::words;

use crate::rules::expiry::{latest_allowed_expiry, ExpiryChoice, ExpiryPreset};
use crate::ui::local_time;
use crate::ui::{handler, live_flag, live_text, live_view, unique_id, use_clock, use_now};

/// The "Expires" choice: the presets as radio buttons, or "Custom" with a date-time input.
#[component]
pub fn ExpiryField(
    /// The field's state, which the form reads when the change is sent.
    input: ExpiryInput,
    /// Unleash's words about the expiry of a refused change, shown when the page has none of its own.
    #[prop(into)]
    refused: Signal<Option<String>>,
) -> impl IntoView {
    let words = words::Words::expect();
    let ExpiryInput {
        choice,
        custom_value,
        problem: own_problem,
    } = input;
    let problem = Signal::derive(move || {
        own_problem
            .get()
            .map(|problem| words.get().expiry_problem(problem).to_owned())
            .or_else(|| refused.get())
    });
    let on_change = Callback::new(move |()| own_problem.set(None));
    let now = use_now();
    let choose_custom = move |_| {
        if custom_value.get_untracked().is_empty() {
            let suggestion = ExpiryPreset::Week.expires_at(now());
            custom_value.set(local_time::to_input_value(suggestion));
        }
        choice.set(ExpiryChoice::Custom);
        on_change.run(());
    };
    let [group, problem_id] = ["uil-expiry", "uil-expiry-problem"].map(unique_id);
    let presets = ExpiryPreset::ALL.map(|preset| {
        let this = ExpiryChoice::Preset(preset);
        let group = group.clone();
        view! {
            <label class="uil-choice">
                <input
                    type="radio"
                    name=group.clone()
                    prop:checked=live_flag(move || choice.get() == this)
                    on:change=handler(move |_| {
                        choice.set(this);
                        on_change.run(());
                    })
                />
                {words.get().preset(preset)}
            </label>
        }
    });
    view! {
        <fieldset class="uil-expiry" aria-describedby=problem_id.clone()>
            <legend>{words.live(words::EXPIRES)}</legend>
            <div class="uil-choices">
                {presets}
                <label class="uil-choice">
                    <input
                        type="radio"
                        name=group.clone()
                        prop:checked=live_flag(move || choice.get() == ExpiryChoice::Custom)
                        on:change=handler(choose_custom)
                    />
                    {words.live(words::CUSTOM)}
                </label>
            </div>
            {
                let problem_id = problem_id.clone();
                live_view(move || {
                (choice.get() == ExpiryChoice::Custom)
                    .then(|| {
                        let invalid = Signal::derive(move || problem.get().is_some());
                        view! { <CustomExpiryInput value=custom_value invalid problem_id=problem_id.clone() on_change /> }.into_any()
                    })
            })}
            <p id=problem_id.clone() class="uil-field-problem" role="alert">{live_text(move || problem.get().unwrap_or_default())}</p>
            <EffectiveExpiry input />
        </fieldset>
    }
}

#[component]
fn CustomExpiryInput(
    value: RwSignal<String>,
    invalid: Signal<bool>,
    problem_id: String,
    on_change: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_clock();
    let earliest = Memo::new(move |_| local_time::to_input_value(now.get()));
    let latest = Memo::new(move |_| local_time::to_input_value(latest_allowed_expiry(now.get())));
    let [input_id, zone_id] = ["uil-expiry-custom", "uil-expiry-zone"].map(unique_id);
    let described_by = format!("{zone_id} {problem_id}");
    view! {
        <label class="uil-label" for=input_id.clone()>{words.live(words::EXPIRY_DATE_AND_TIME)}</label>
        <input
            id=input_id.clone()
            class="uil-input"
            type="datetime-local"
            min=live_text(move || earliest.get())
            max=live_text(move || latest.get())
            aria-describedby=described_by
            aria-invalid=live_text(move || invalid.get().to_string())
            prop:value=live_text(move || value.get())
            on:input=handler(move |event| {
                value.set(event_target_value(&event));
                on_change.run(());
            })
        />
        <p id=zone_id.clone() class="uil-hint">{live_text(move || words.get().fill(words::IN_YOUR_TIME_ZONE, &[("zone", &local_time::time_zone_name())]))}</p>
    }
}

/// "The link will work until Dec 6, 2026, 1:00 AM GMT+1 (expires in 8 days)": what the choice means
/// right now, since Unleash keeps a link only until a UTC midnight.
#[component]
fn EffectiveExpiry(input: ExpiryInput) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_clock();
    let sentence = move || {
        let now = now.get();
        let expires_at = input.expires_at(now).ok()?;
        Some(words.get().fill(
            words::WILL_WORK_UNTIL,
            &[
                ("when", &local_time::format_local(words.get(), expires_at)),
                ("relative", &words.get().relative_expiry(expires_at, now)),
            ],
        ))
    };
    view! { <p class="uil-hint">{live_text(move || sentence().unwrap_or_default())}</p> }
}
