use leptos::prelude::*;

use crate::expiry::{latest_allowed_expiry, ExpiryPreset};
use crate::local_time;

/// What the user picked under "Expires".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryChoice {
    /// One of the ready-made durations, counted from the moment "Create" is pressed.
    Preset(ExpiryPreset),
    /// A date and time typed by the user, in their own time zone.
    Custom,
}

impl Default for ExpiryChoice {
    fn default() -> Self {
        Self::Preset(ExpiryPreset::OneWeek)
    }
}

/// The "Expires" choice: the presets as radio buttons, or "Custom" with a date-time input.
#[component]
pub fn ExpiryField(
    /// The chosen option.
    choice: RwSignal<ExpiryChoice>,
    /// The custom date-time input's value (`YYYY-MM-DDTHH:MM`, the user's time zone).
    custom_value: RwSignal<String>,
    /// What is wrong with the choice, shown beside it.
    #[prop(into)]
    problem: Signal<Option<String>>,
) -> impl IntoView {
    let choose_custom = move |_| {
        if custom_value.get_untracked().is_empty() {
            let suggestion = ExpiryPreset::OneWeek.expires_at(local_time::now());
            custom_value.set(local_time::to_input_value(suggestion));
        }
        choice.set(ExpiryChoice::Custom);
    };
    let presets = ExpiryPreset::ALL.map(|preset| {
        let this = ExpiryChoice::Preset(preset);
        view! {
            <label class="uil-choice">
                <input
                    type="radio"
                    name="uil-expiry"
                    prop:checked=move || choice.get() == this
                    on:change=move |_| choice.set(this)
                />
                {preset.label()}
            </label>
        }
    });
    view! {
        <fieldset class="uil-expiry" aria-describedby="uil-expiry-problem">
            <legend>"Expires"</legend>
            <div class="uil-choices">
                {presets}
                <label class="uil-choice">
                    <input
                        type="radio"
                        name="uil-expiry"
                        prop:checked=move || choice.get() == ExpiryChoice::Custom
                        on:change=choose_custom
                    />
                    "Custom"
                </label>
            </div>
            {move || {
                (choice.get() == ExpiryChoice::Custom)
                    .then(|| view! { <CustomExpiryInput value=custom_value invalid=Signal::derive(move || problem.get().is_some()) /> })
            }}
            <p id="uil-expiry-problem" class="uil-field-problem">{move || problem.get()}</p>
        </fieldset>
    }
}

#[component]
fn CustomExpiryInput(value: RwSignal<String>, invalid: Signal<bool>) -> impl IntoView {
    let now = local_time::now();
    view! {
        <label class="uil-label" for="uil-expiry-custom">"Expiry date and time"</label>
        <input
            id="uil-expiry-custom"
            class="uil-input"
            type="datetime-local"
            min=local_time::to_input_value(now)
            max=local_time::to_input_value(latest_allowed_expiry(now))
            aria-describedby="uil-expiry-zone uil-expiry-problem"
            aria-invalid=move || invalid.get().to_string()
            prop:value=move || value.get()
            on:input=move |event| value.set(event_target_value(&event))
        />
        <p id="uil-expiry-zone" class="uil-hint">"In your time zone, " {local_time::time_zone_name()} "."</p>
    }
}
