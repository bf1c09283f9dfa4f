//! Starts what the suite needs, on loopback only, and stops it again by PID: PostgreSQL and Unleash
//! (through the project's own `scripts/services.sh`, with a fresh database), the release build served
//! by Trunk with the same one-origin proxy the run command uses (the app, and the example hosts), and
//! ChromeDriver. State and logs live
//! in `$TMPDIR/unleash-invite-links-e2e` (PostgreSQL, running as "postgres", must be able to enter it).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where everything listens during the suite; distinct from the run command's ports.
pub const UNLEASH_PORT: u16 = 4343;
const PG_PORT: u16 = 54339;
const APP_PORT: u16 = 8181;
const EXAMPLES_PORT: u16 = 8182;
const CHROMEDRIVER_PORT: u16 = 9616;
/// The admin API token Unleash creates on the first boot of the fresh database.
pub const ADMIN_TOKEN: &str = "*:*.e2e-admin-token";
/// The password of Unleash's first admin user, "admin".
pub const ADMIN_PASSWORD: &str = "e2e-admin-password";

/// The running services; dropping it stops them all.
pub struct Environment {
    /// The app's address, e.g. `http://127.0.0.1:8181`.
    pub app_url: String,
    /// The example hosts' address: the Leptos console at `/`, the plain HTML host at `/plain-html/`.
    pub examples_url: String,
    /// Unleash's own address, for reading back what it holds.
    pub unleash_url: String,
    /// ChromeDriver's address.
    pub webdriver_url: String,
    repo: PathBuf,
    state_dir: PathBuf,
    children: Vec<Child>,
}

impl Environment {
    /// Starts everything and waits until the app answers. Takes minutes on a cold machine.
    pub fn start() -> Result<Self, String> {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut environment = Environment {
            app_url: format!("http://127.0.0.1:{APP_PORT}"),
            examples_url: format!("http://127.0.0.1:{EXAMPLES_PORT}"),
            unleash_url: format!("http://127.0.0.1:{UNLEASH_PORT}"),
            webdriver_url: format!("http://127.0.0.1:{CHROMEDRIVER_PORT}"),
            repo,
            state_dir: state_dir(),
            children: Vec::new(),
        };
        std::fs::create_dir_all(&environment.state_dir).map_err(|e| format!("state dir: {e}"))?;
        environment.services("start")?;
        environment.spawn(
            "app server",
            environment.script("serve.sh").arg("--release"),
        )?;
        environment.spawn(
            "examples server",
            environment
                .script("serve.sh")
                .args(["--examples", "--release"]),
        )?;
        let mut chromedriver = Command::new("chromedriver");
        chromedriver.arg(format!("--port={CHROMEDRIVER_PORT}"));
        environment.spawn("ChromeDriver", &mut chromedriver)?;
        wait_for_http(
            &environment.webdriver_url,
            "/status",
            Duration::from_secs(30),
        )?;
        wait_for_http(&environment.app_url, "/", Duration::from_secs(900))?;
        wait_for_http(&environment.examples_url, "/", Duration::from_secs(900))?;
        Ok(environment)
    }

    /// Stops Unleash only (PostgreSQL keeps running), as if the server went down.
    pub fn stop_unleash(&self) -> Result<(), String> {
        self.services("stop-unleash")
    }

    /// Starts Unleash again after [`Environment::stop_unleash`].
    pub fn start_unleash(&self) -> Result<(), String> {
        self.services("start-unleash")
    }

    fn services(&self, command: &str) -> Result<(), String> {
        let mut script = self.script("services.sh");
        script.arg(command);
        if command == "start" {
            script.arg("--fresh");
        }
        let status = script
            .status()
            .map_err(|e| format!("services.sh {command}: {e}"))?;
        status
            .success()
            .then_some(())
            .ok_or_else(|| format!("services.sh {command} failed: {status}"))
    }

    fn script(&self, name: &str) -> Command {
        let mut command = Command::new("bash");
        command
            .arg(self.repo.join("scripts").join(name))
            .env("STATE_DIR", &self.state_dir)
            .env("PG_PORT", PG_PORT.to_string())
            .env("UNLEASH_PORT", UNLEASH_PORT.to_string())
            .env("UNLEASH_ADMIN_TOKEN", ADMIN_TOKEN)
            .env("UNLEASH_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .env("UNLEASH_URL", &self.unleash_url)
            .env("APP_PORT", APP_PORT.to_string())
            .env("EXAMPLES_PORT", EXAMPLES_PORT.to_string());
        command
    }

    fn spawn(&mut self, what: &str, command: &mut Command) -> Result<(), String> {
        let log_path = self
            .state_dir
            .join(format!("{}.log", what.replace(' ', "-")));
        let log = std::fs::File::create(&log_path).map_err(|e| format!("{what} log: {e}"))?;
        let child = command
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("starting {what}: {e}"))?;
        self.children.push(child);
        Ok(())
    }
}

impl Drop for Environment {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = self.services("stop");
    }
}

/// Where the suite keeps its database, logs and screenshots.
pub fn state_dir() -> PathBuf {
    std::env::temp_dir().join("unleash-invite-links-e2e")
}

fn wait_for_http(base: &str, path: &str, limit: Duration) -> Result<(), String> {
    let started = Instant::now();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    loop {
        if agent.get(&format!("{base}{path}")).call().is_ok() {
            return Ok(());
        }
        if started.elapsed() > limit {
            return Err(format!("{base}{path} did not answer within {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}
