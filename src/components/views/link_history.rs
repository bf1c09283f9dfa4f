//! [`LinkHistory`]: what happened to a link, read from Unleash's event log, with its joins per day.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;

use crate::api::{self, ApiError, LinkHistory as History, PublicSignupToken};
use crate::rules::expiry::works_until;
use crate::rules::history::{begins_at_creation, history_entries, joins_per_day};
use crate::ui::local_time::{format_local, format_utc_day};
use crate::ui::plain_dom::Built;
use crate::ui::{live_text, unique_id, use_now, ApiContext, PendingRequest};
use crate::words::{self, Access, Catalogue, HISTORY_BEGINS_LATER, HISTORY_CUT};

/// "History": who made the link, each new expiry, each switch off and on, and each person who
/// joined, oldest first (the story as it happened, and the chart's direction), each with its local
/// time and how long ago; above them, joins per day. Read when the view opens and again when the
/// link changes; a log the page cannot read says why in one line.
#[component]
pub fn LinkHistory(
    /// The link whose history to show.
    link: Memo<Option<PublicSignupToken>>,
) -> impl IntoView {
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let now = use_now();
    let request = PendingRequest::new();
    let note = RwSignal::new(None::<String>);
    let body = NodeRef::<leptos::html::Div>::new();
    let answered = Rc::new(RefCell::new(
        None::<(Result<History, ApiError>, PublicSignupToken)>,
    ));
    let answers = RwSignal::new(0_u32);
    let answer_slot = answered.clone();
    let title_id = unique_id("uil-history-title");
    let link_version = Memo::new(move |_| {
        link.with(|link| {
            link.as_ref()
                .map(|t| (t.enabled, t.expires_at, t.joined_count()))
        })
    });
    Effect::new(move |_| {
        context.track_access();
        if link_version.get().is_none() {
            return;
        }
        let Some(token) = link.get_untracked() else {
            return;
        };
        let config = context.api();
        request.cancel();
        let answer_slot = answer_slot.clone();
        request.start(
            async move {
                let read = api::link_history(&config, &token.secret).await;
                (read, token)
            },
            move |answer| {
                *answer_slot.borrow_mut() = Some(answer);
                answers.update(|count| *count += 1);
            },
        );
    });
    Effect::new(move |_| {
        answers.track();
        let words = words.get();
        let answer = answered.borrow();
        let Some((read, token)) = answer.as_ref() else {
            return;
        };
        let told = untrack(|| Told::of(words, read, token, now(), context.access()));
        note.set(Some(told.note.clone().unwrap_or_default()));
        if let Some(body) = body.get_untracked() {
            told.drawn(words).fill(&body);
        }
    });
    view! {
        <section class="uil-history" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone() class="uil-section-title">{words.live(words::HISTORY)}</h2>
            <p class="uil-note" role="status">{live_text(move || note.get().unwrap_or_else(|| words.get().text(words::READING_HISTORY)))}</p>
            <div node_ref=body></div>
        </section>
    }
}

/// What the section shows of one answer, worked out once when it comes.
struct Told {
    note: Option<String>,
    joins: Option<Joins>,
    /// Each step: its sentence, when (the time and its local wording), and how long ago.
    steps: Vec<(String, DateTime<Utc>, String, String)>,
}

/// Joins per day, drawn as bars and told in words.
struct Joins {
    summary: String,
    /// Each day's bar, in percent of the busiest day.
    heights: Vec<usize>,
    first: String,
    last: String,
    /// "Dec 3, 2026: 2" for each day someone joined.
    days: Vec<String>,
}

impl Told {
    fn of(
        words: &Catalogue,
        read: &Result<History, ApiError>,
        token: &PublicSignupToken,
        now: DateTime<Utc>,
        access: Access,
    ) -> Self {
        let history = match read {
            Ok(history) => history,
            Err(error) => {
                return Told {
                    note: Some(words.history_failure(error, access)),
                    joins: None,
                    steps: Vec::new(),
                }
            }
        };
        let note = if !history.complete {
            Some(words.count(HISTORY_CUT, history.events.len(), &[]))
        } else if !begins_at_creation(&history.events) {
            Some(words.text(HISTORY_BEGINS_LATER))
        } else {
            None
        };
        let users = token.users.clone().unwrap_or_default();
        let steps = history_entries(&history.events, &users)
            .iter()
            .map(|entry| {
                (
                    words.step_sentence(entry, |at| format_local(words, at)),
                    entry.at,
                    format_local(words, entry.at),
                    words.ago(entry.at, now),
                )
            })
            .collect();
        Told {
            note,
            joins: Some(Joins::of(words, history, token, now)),
            steps,
        }
    }

    /// The chart and the steps, as plain DOM.
    fn drawn(self, words: &Catalogue) -> Built {
        let steps = self.steps.into_iter().map(|(sentence, at, local, ago)| {
            let when = Built::html("time", "")
                .with("datetime", &at.to_rfc3339())
                .text(&local);
            Built::html("li", "").text(&sentence).child(
                Built::html("span", "uil-sub")
                    .child(when)
                    .text(&format!(" ({ago})")),
            )
        });
        Built::html("div", "uil-history-body")
            .children(self.joins.map(|joins| joins.drawn(words)))
            .child(Built::html("ol", "uil-history-list").children(steps))
    }
}

impl Joins {
    /// Joins per UTC day from the day the link was made to its last working day or today.
    fn of(
        words: &Catalogue,
        history: &History,
        token: &PublicSignupToken,
        now: DateTime<Utc>,
    ) -> Self {
        let day = |day| format_utc_day(words, day);
        let first = token.created_at.date_naive();
        let last_working_day = (works_until(token.expires_at) - TimeDelta::seconds(1)).date_naive();
        let last = last_working_day.min(now.date_naive()).max(first);
        let counts = joins_per_day(&history.events, first, last);
        let peak = counts.iter().copied().max().unwrap_or(0).max(1);
        Joins {
            summary: words.joins_summary(&counts, first, day),
            heights: counts.iter().map(|count| count * 100 / peak).collect(),
            first: day(first),
            last: day(last),
            days: counts
                .iter()
                .zip(0..)
                .filter(|(count, _)| **count > 0)
                .map(|(count, day)| {
                    format!(
                        "{}: {count}",
                        format_utc_day(words, first + TimeDelta::days(day))
                    )
                })
                .collect(),
        }
    }

    /// The chart: a bar per day (SVG, in the page's colours), the two ends of the time axis, and the
    /// words for screen readers; only the words when nobody joined.
    fn drawn(self, words: &Catalogue) -> Built {
        let caption = Built::html("figcaption", "")
            .text(&words.fill(words::JOINS_PER_DAY, &[("summary", &self.summary)]));
        let figure = Built::html("figure", "uil-joins").child(caption);
        if self.days.is_empty() {
            return figure;
        }
        let days = self.heights.len();
        let bars = self
            .heights
            .into_iter()
            .zip(0..)
            .filter(|(height, _)| *height > 0)
            .map(|(height, day)| {
                Built::svg("rect")
                    .with("x", &day.to_string())
                    .with("y", &(100 - height).to_string())
                    .with("width", "0.8")
                    .with("height", &height.to_string())
            });
        let chart = Built::svg("svg")
            .with("class", "uil-joins-chart")
            .with("viewBox", &format!("0 0 {days} 100"))
            .with("preserveAspectRatio", "none")
            .with("aria-hidden", "true")
            .children(bars);
        let axis = Built::html("div", "uil-joins-axis")
            .with("aria-hidden", "true")
            .child(Built::html("span", "").text(&self.first))
            .child(Built::html("span", "").text(&self.last));
        let days = self.days.iter().map(|day| Built::html("li", "").text(day));
        figure
            .child(chart)
            .child(axis)
            .child(Built::html("ol", "uil-visually-hidden").children(days))
    }
}
