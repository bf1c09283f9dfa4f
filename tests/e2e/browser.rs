//! A headless Chromium driven through WebDriver, with finders that work the way a person looks:
//! by a button's text, a field's label, a fact's term, and the text on the page.

use std::sync::Mutex;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::environment::Environment;

/// How long a person would wait for something to appear.
const PATIENCE: Duration = Duration::from_secs(15);

/// The browsers the suite runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    /// Headless Chromium through ChromeDriver.
    Chromium,
    /// Headless Firefox ESR through geckodriver.
    Firefox,
}

impl Browser {
    /// Both, in the order the suite runs them.
    pub const ALL: [Browser; 2] = [Browser::Chromium, Browser::Firefox];

    fn capabilities(self) -> Value {
        match self {
            Browser::Chromium => chromium_capabilities(),
            Browser::Firefox => json!({
                "moz:firefoxOptions": {
                    "args": ["-headless", "-width=1200", "-height=900"],
                    "prefs": {
                        "dom.events.asyncClipboard.readText": true,
                        "dom.events.testing.asyncClipboard": true
                    }
                }
            }),
        }
    }
}

/// The Tab key, for [`Page::press`].
pub const TAB: &str = "\u{e004}";
/// The Enter key.
pub const ENTER: &str = "\u{e007}";
/// The down arrow.
pub const ARROW_DOWN: &str = "\u{e015}";

/// One browser session with the app open.
pub struct Page {
    pub client: Client,
    /// Which browser it is.
    pub browser: Browser,
    /// What the watch recorded in pages since left (see [`Page::go_to`]), kept until a check takes it.
    record: Mutex<Record>,
}

/// What the suite's watch recorded: the policy's refusals, and the console's lines, each led by its
/// level (`error: …`; an uncaught exception or rejected promise reads `uncaught: …`).
#[derive(Default, Clone)]
pub struct Record {
    pub violations: Vec<String>,
    pub console: Vec<String>,
}

/// One `fetch` of the page, as the watch saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `POST`, `PUT`…
    pub method: String,
    /// Its address on the page's origin: the path and the query.
    pub address: String,
    /// Whether its answer (or its failure) came.
    pub answered: bool,
}

impl Request {
    /// Whether it is a `method` request to an address that starts with `path`.
    pub fn is(&self, method: &str, path: &str) -> bool {
        self.method == method && self.address.starts_with(path)
    }
}

impl Record {
    /// The console lines that tell of a failure: `console.error` and anything uncaught.
    pub fn errors(&self) -> Vec<&str> {
        self.console
            .iter()
            .map(String::as_str)
            .filter(|line| line.starts_with("error: ") || line.starts_with("uncaught: "))
            .collect()
    }
}

impl Page {
    /// A new `browser` (fresh profile, no cookies, clipboard allowed) showing the app.
    pub async fn open(environment: &Environment, browser: Browser) -> Result<Page, String> {
        let driver = match browser {
            Browser::Chromium => &environment.chromedriver_url,
            Browser::Firefox => &environment.geckodriver_url,
        };
        Self::open_with(environment, browser, driver).await
    }

    /// Another `browser` beside the first, such as a colleague's.
    pub async fn open_second(environment: &Environment, browser: Browser) -> Result<Page, String> {
        let driver = match browser {
            Browser::Chromium => &environment.chromedriver_url,
            Browser::Firefox => &environment.second_geckodriver_url,
        };
        Self::open_with(environment, browser, driver).await
    }

    async fn open_with(
        environment: &Environment,
        browser: Browser,
        driver: &str,
    ) -> Result<Page, String> {
        let Value::Object(capabilities) = browser.capabilities() else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(driver)
            .await
            .map_err(|e| format!("WebDriver session ({browser:?}): {e}"))?;
        client
            .goto(&format!("{}/", environment.app_url))
            .await
            .map_err(text)?;
        let page = Page {
            client,
            browser,
            record: Mutex::default(),
        };
        page.button("Create invite link").await?;
        page.watch().await?;
        Ok(page)
    }

    /// Goes to `url` and starts watching the page (see [`Page::watch`]); what the page left recorded
    /// is kept for [`Page::take_record`]. Every navigation of the suite goes through this,
    /// [`Page::refresh`], [`Page::back`] or [`Page::forward`], so that no record is lost with its page.
    pub async fn go_to(&self, url: &str) -> Result<(), String> {
        self.keep_record().await?;
        self.client.goto(url).await.map_err(text)?;
        self.watch().await
    }

    /// Reloads the page, keeping what it recorded.
    pub async fn refresh(&self) -> Result<(), String> {
        self.keep_record().await?;
        self.client.refresh().await.map_err(text)?;
        self.watch().await
    }

    /// The browser's Back, keeping what the page recorded.
    pub async fn back(&self) -> Result<(), String> {
        self.keep_record().await?;
        self.client.back().await.map_err(text)?;
        self.watch().await
    }

    /// The browser's Forward, keeping what the page recorded.
    pub async fn forward(&self) -> Result<(), String> {
        self.keep_record().await?;
        self.client.forward().await.map_err(text)?;
        self.watch().await
    }

    /// Moves what the watch recorded in the page now shown into the page's kept record: before
    /// anything that leaves the page.
    pub async fn keep_record(&self) -> Result<(), String> {
        let taken = self
            .script(
                "const taken = [window.__uilViolations || [], window.__uilConsole || []];
                 if (window.__uilWatching) { window.__uilViolations = []; window.__uilConsole = []; }
                 return taken;",
            )
            .await?;
        let lines = |index: usize| -> Vec<String> {
            taken[index]
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .map(|item| item.as_str().unwrap_or_default().to_owned())
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut record = self.record.lock().unwrap_or_else(|e| e.into_inner());
        record.violations.extend(lines(0));
        record.console.extend(lines(1));
        Ok(())
    }

    /// Every `fetch` the page now shown has made, in the order they were sent (see
    /// [`crate::watch_proxy`]).
    pub async fn requests(&self) -> Result<Vec<Request>, String> {
        let list = self
            .script(
                "return (window.__uilRequests || []).map((r) => [r.method, r.address, r.answered])",
            )
            .await?;
        Ok(list
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|item| Request {
                        method: item[0].as_str().unwrap_or_default().to_owned(),
                        address: item[1].as_str().unwrap_or_default().to_owned(),
                        answered: item[2] == Value::Bool(true),
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Waits until every request the page has sent has its answer, and says what they were: what
    /// a check that nothing more happened waits for, instead of a pause.
    pub async fn all_answered(&self) -> Result<Vec<Request>, String> {
        let started = std::time::Instant::now();
        loop {
            let requests = self.requests().await?;
            if requests.iter().all(|request| request.answered) {
                return Ok(requests);
            }
            if started.elapsed() > PATIENCE {
                return Err(format!("requests still unanswered: {requests:?}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything the watch recorded in every page since the last take, and forgets it.
    pub async fn take_record(&self) -> Result<Record, String> {
        self.keep_record().await?;
        let mut record = self.record.lock().unwrap_or_else(|e| e.into_inner());
        Ok(std::mem::take(&mut *record))
    }

    /// Records what the page's Content-Security-Policy refuses and what it writes to the console,
    /// for [`Page::policy_violations`] and [`Page::console_output`]. The suite's pages are served
    /// through [`crate::watch_proxy`], which starts the record before the page's own scripts run;
    /// for any other page (and as a check that the proxy did), it starts from now on.
    /// Fails for a page of the suite's servers that the watch did not reach first.
    pub async fn watch(&self) -> Result<(), String> {
        let from_the_start = self
            .script(
                "return document.contentType !== 'text/html'
                    || document.scripts[0]?.getAttribute('src') === '/__e2e-watch.js'",
            )
            .await?;
        self.script(crate::watch_proxy::WATCH_SCRIPT).await?;
        if from_the_start == Value::Bool(true) {
            Ok(())
        } else {
            Err(
                "the page was not served through the suite's watch: its start-up went unwatched"
                    .into(),
            )
        }
    }

    /// What axe-core finds wrong with the page as it is now (dialogs and shadow roots included), one
    /// line per rule: its id, impact and the elements concerned. Empty when it finds nothing.
    pub async fn accessibility_problems(&self) -> Result<Vec<String>, String> {
        let loaded = self.script("return typeof window.axe === 'object'").await?;
        if loaded != Value::Bool(true) {
            self.script(&axe_source()?).await?;
        }
        let found = self
            .async_script(
                "axe.run(document, { resultTypes: ['violations'] }).then(
                    (result) => arguments[0](result.violations.map((rule) =>
                        `${rule.id} (${rule.impact}): ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`)),
                    (error) => arguments[0]([`axe failed: ${error}`]))",
            )
            .await?;
        Ok(found
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|item| item.as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Saves what the browser shows as `<state dir>/<name>.png`, for looking at after a run.
    pub async fn save_screenshot(&self, name: &str) {
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(
                crate::environment::state_dir().join(format!("{name}.png")),
                png,
            );
        }
    }

    /// Ends the browser session.
    pub async fn close(self) {
        let _ = self.client.close().await;
    }

    /// The button whose visible text is `label`, once it is there (inside the dialog while one is open,
    /// as the rest of the page is then out of reach), and never the inert stand-in of index.html's
    /// first paint.
    pub async fn button(&self, label: &str) -> Result<Element, String> {
        let scope = self.scope().await?;
        self.wait_for(&format!(
            "{scope}//button[normalize-space()={}][not(ancestor::*[contains(@class, 'uil-first-paint')])]",
            quoted(label)
        ))
        .await
    }

    /// The form field whose label reads `label` (inside the dialog while one is open).
    pub async fn field(&self, label: &str) -> Result<Element, String> {
        let scope = self.scope().await?;
        let label = quoted(label);
        self.wait_for(&format!(
            "{scope}//*[@id=//label[normalize-space()={label}]/@for] | {scope}//label[normalize-space()={label}]//input"
        ))
        .await
    }

    /// Opens the details of the link named `name` from the list shown, unless they are shown already.
    pub async fn open_details(&self, name: &str) -> Result<(), String> {
        let heading = format!(
            "//h1[normalize-space()={}]",
            quoted(&format!("Invite link “{name}”"))
        );
        if self.client.find(Locator::XPath(&heading)).await.is_ok() {
            return Ok(());
        }
        self.wait_for(&row_link(name))
            .await?
            .click()
            .await
            .map_err(text)?;
        self.wait_for(&heading).await.map(|_| ())
    }

    /// Ticks the checkbox that selects the link named `name` in the list.
    pub async fn select_row(&self, name: &str) -> Result<(), String> {
        let label = quoted(&format!("Select “{name}”"));
        self.wait_for(&format!("//input[@aria-label={label}]"))
            .await?
            .click()
            .await
            .map_err(text)
    }

    /// Goes back to the list of all links when a link's details are shown.
    pub async fn show_list(&self) -> Result<(), String> {
        let back = "//nav[contains(@class, 'uil-back')]/a";
        if let Ok(link) = self.client.find(Locator::XPath(back)).await {
            link.click().await.map_err(text)?;
        }
        self.button("Create invite link").await.map(|_| ())
    }

    /// Waits until the list shows what Unleash sent: rows, or the words for no links.
    pub async fn list_shown(&self) -> Result<(), String> {
        self.wait_for(
            "//*[(contains(@class, 'uil-row') or contains(@class, 'uil-empty')) and not(ancestor::*[contains(@class, 'uil-first-paint')])]",
        )
        .await
        .map(|_| ())
    }

    /// The names in the list, top to bottom.
    pub async fn row_names(&self) -> Result<Vec<String>, String> {
        self.wait_for("//tr[contains(@class, 'uil-row')]").await?;
        let links = self
            .client
            .find_all(Locator::Css(".uil-row th a"))
            .await
            .map_err(text)?;
        let mut names = Vec::new();
        for link in links {
            names.push(link.text().await.map_err(text)?.trim().to_owned());
        }
        Ok(names)
    }

    /// The state of each link in the list, top to bottom ("Active", "Disabled", "Expired").
    pub async fn row_states(&self) -> Result<Vec<String>, String> {
        let states = self
            .script("return [...document.querySelectorAll('.uil-row .uil-state')].map(s => s.textContent.trim())")
            .await?;
        serde_json::from_value(states).map_err(text)
    }

    /// The text beside `term` in the details of the link named `name` ("Enabled" → "No").
    pub async fn card_fact(&self, name: &str, term: &str) -> Result<String, String> {
        self.open_details(name).await?;
        self.fact(term).await
    }

    /// The text beside `term` in the details shown.
    pub async fn fact(&self, term: &str) -> Result<String, String> {
        let xpath = format!(
            "//dt[normalize-space()={}]/following-sibling::dd[1]",
            quoted(term)
        );
        let dd = self.wait_for(&xpath).await?;
        dd.text().await.map(|t| t.trim().to_owned()).map_err(text)
    }

    /// The address in the "Invite link" field of the link named `name` (from its details).
    pub async fn card_link(&self, name: &str) -> Result<String, String> {
        self.open_details(name).await?;
        let field = self.field("Invite link").await?;
        Ok(field.prop("value").await.map_err(text)?.unwrap_or_default())
    }

    /// Clicks the button labelled `label` in the details of the link named `name`.
    pub async fn click_on_card(&self, name: &str, label: &str) -> Result<(), String> {
        self.open_details(name).await?;
        self.click(label).await
    }

    /// The path of the address the browser shows.
    pub async fn path(&self) -> Result<String, String> {
        Ok(self
            .client
            .current_url()
            .await
            .map_err(text)?
            .path()
            .to_owned())
    }

    /// Types into the field labelled `label`, replacing what was there.
    pub async fn type_into(&self, label: &str, value: &str) -> Result<(), String> {
        let field = self.field(label).await?;
        field.clear().await.map_err(text)?;
        field.send_keys(value).await.map_err(text)
    }

    /// Clicks the button labelled `label`.
    pub async fn click(&self, label: &str) -> Result<(), String> {
        self.button(label).await?.click().await.map_err(text)
    }

    /// The value of the field labelled `label`.
    pub async fn value_of(&self, label: &str) -> Result<String, String> {
        Ok(self
            .field(label)
            .await?
            .prop("value")
            .await
            .map_err(text)?
            .unwrap_or_default())
    }

    /// Waits until the page's visible text contains `wanted`.
    pub async fn wait_for_text(&self, wanted: &str) -> Result<(), String> {
        self.wait_for_any_text(&[wanted]).await.map(|_| ())
    }

    /// Waits until the page's visible text contains one of `wanted`; says which.
    pub async fn wait_for_any_text<'a>(&self, wanted: &[&'a str]) -> Result<&'a str, String> {
        let started = std::time::Instant::now();
        loop {
            let body = self.visible_text().await?;
            if let Some(found) = wanted.iter().find(|text| body.contains(**text)) {
                return Ok(found);
            }
            if started.elapsed() > PATIENCE {
                return Err(format!(
                    "the page never said any of {wanted:?}; it says:\n{body}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything a person can read on the page.
    pub async fn visible_text(&self) -> Result<String, String> {
        let body = self.client.find(Locator::Css("body")).await.map_err(text)?;
        body.text().await.map_err(text)
    }

    /// Presses `keys` where the focus is, as a person at the keyboard would (WebDriver key codes:
    /// [`TAB`], [`ENTER`], [`ARROW_DOWN`], or text).
    pub async fn press(&self, keys: &str) -> Result<(), String> {
        let focused = self.client.active_element().await.map_err(text)?;
        focused.send_keys(keys).await.map_err(text)
    }

    /// The label of the field that has the focus, or the text of the button or link that has it.
    pub async fn focused_name(&self) -> Result<String, String> {
        let name = self
            .script(
                "const focused = document.activeElement;
                 const label = focused?.labels?.[0] ?? focused;
                 return (label?.textContent ?? '').trim();",
            )
            .await?;
        Ok(name.as_str().unwrap_or_default().to_owned())
    }

    /// Presses Tab until the focus is on what [`Page::focused_name`] calls `name`: proof that a
    /// keyboard reaches it. Fails after 40 presses.
    pub async fn tab_to(&self, name: &str) -> Result<(), String> {
        for _ in 0..40 {
            if self.focused_name().await? == name {
                return Ok(());
            }
            self.press(TAB).await?;
        }
        Err(format!("Tab never reached {name:?}"))
    }

    /// Waits until at least `count` elements match `selector`, or gives up after the suite's patience;
    /// says how many there were last.
    pub async fn wait_for_count(&self, selector: &str, count: usize) -> Result<usize, String> {
        let code = format!("return document.querySelectorAll({selector:?}).length");
        let started = std::time::Instant::now();
        loop {
            let seen = self.script(&code).await?.as_u64().unwrap_or(0) as usize;
            if seen >= count || started.elapsed() > PATIENCE {
                return Ok(seen);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether the modal dialog is open.
    pub async fn dialog_is_open(&self) -> Result<bool, String> {
        let open = self
            .script("return !!document.querySelector('dialog[open]')")
            .await?;
        Ok(open == Value::Bool(true))
    }

    /// Runs JavaScript in the page and returns its value.
    pub async fn script(&self, code: &str) -> Result<Value, String> {
        self.client.execute(code, vec![]).await.map_err(text)
    }

    /// Runs asynchronous JavaScript; the code calls `arguments[0]` with its result.
    pub async fn async_script(&self, code: &str) -> Result<Value, String> {
        self.client.execute_async(code, vec![]).await.map_err(text)
    }

    /// Signs in through the app's own sign-in form; what was refused then carries on by itself.
    pub async fn sign_in(&self, user: &str, password: &str) -> Result<(), String> {
        self.type_into("User name", user).await?;
        self.type_into("Password", password).await?;
        self.click("Sign in").await
    }

    async fn scope(&self) -> Result<&'static str, String> {
        Ok(if self.dialog_is_open().await? {
            "//dialog[@open]"
        } else {
            ""
        })
    }

    async fn wait_for(&self, xpath: &str) -> Result<Element, String> {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .map_err(|e| format!("nothing matches {xpath}: {e}"))
    }
}

/// The name of the link named `name` in the list: the way to its details.
fn row_link(name: &str) -> String {
    format!(
        "//tr[contains(@class, 'uil-row')]/th/a[normalize-space()={}]",
        quoted(name)
    )
}

fn quoted(text: &str) -> String {
    if text.contains('\'') {
        format!("\"{text}\"")
    } else {
        format!("'{text}'")
    }
}

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// axe-core's script, as `scripts/setup.sh test` installs it (`AXE_CORE_JS` names the file).
fn axe_source() -> Result<String, String> {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        format!("{home}/.cache/unleash-invite-links/axe/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path)
        .map_err(|e| format!("axe-core at {path}: {e} (bash scripts/setup.sh test installs it)"))
}

/// Headless Chromium with the clipboard allowed for the suite's loopback origins.
fn chromium_capabilities() -> Value {
    json!({
        "goog:chromeOptions": {
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1200,900"
            ],
            "prefs": {
                "profile.content_settings.exceptions.clipboard": {
                    "http://127.0.0.1:*,*": { "setting": 1, "last_modified": "13300000000000000" }
                }
            }
        }
    })
}
