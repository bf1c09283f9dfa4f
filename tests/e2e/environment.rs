//! Starts what the suite needs, on loopback only, and stops it again by PID: the app as it ships
//! (`scripts/serve.sh --shipping`: dist/, built by the test command's shipping step or here if it is
//! older than the sources, precompressed, served with Unleash on the same origin, through a proxy
//! that can lose an answer), the example hosts served by Trunk with the same one-origin proxy (the
//! Leptos console's development build, compiled while the services start; the plain HTML and React
//! hosts load dist/embed and the npm package packed from it), the WebDriver servers, and PostgreSQL and
//! Unleash (through the project's own `scripts/services.sh`, with a fresh database). State and logs live
//! in `$TMPDIR/unleash-invite-links-e2e-<hash of the checkout's path>` (PostgreSQL, running as "postgres", must be able to enter it).

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use crate::lossy_proxy::LossyProxy;
use crate::watch_proxy::WatchProxy;

/// The admin API token Unleash creates on the first boot of the fresh database.
pub static ADMIN_TOKEN: LazyLock<String> = LazyLock::new(|| credential("UNLEASH_ADMIN_TOKEN"));
/// The password of Unleash's first admin user, "admin".
pub static ADMIN_PASSWORD: LazyLock<String> =
    LazyLock::new(|| credential("UNLEASH_ADMIN_PASSWORD"));

/// A credential `scripts/services.sh` made for the suite's state folder on its first start (read
/// once the services run).
fn credential(name: &str) -> String {
    let file = state_dir().join("credentials.env");
    std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("{} has no {name}", file.display()))
        .to_owned()
}

/// Where everything listens during the suite: free loopback ports, picked when it starts, so that
/// another PostgreSQL or Unleash on the machine cannot get in the way.
struct Ports {
    pg: u16,
    unleash: u16,
    app: u16,
    examples: u16,
    chromedriver: u16,
    geckodriver: u16,
    second_geckodriver: u16,
}

impl Ports {
    /// Seven ports free now, below the range the system takes the local ports of outgoing
    /// connections from: a port picked inside it (as binding port 0 does) can be taken by any
    /// connection, Unleash's to PostgreSQL say, in the minutes before the service meant for it
    /// starts on a loaded machine (seen: "geckodriver: error: Address already in use"). Where to
    /// start looking depends on the process and the time, so two checkouts running the suite at
    /// once look in different places.
    fn pick() -> Result<Self, String> {
        let below = ephemeral_ports_start();
        let first = below.saturating_sub(12_000).max(1_024);
        let span = u32::from(below - first);
        let seed = std::process::id()
            ^ std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |since| since.subsec_nanos());
        let listeners: Vec<TcpListener> = (0..span)
            .map(|step| first + (seed.wrapping_add(step) % span) as u16)
            .filter_map(|port| TcpListener::bind((Ipv4Addr::LOCALHOST, port)).ok())
            .take(7)
            .collect();
        if listeners.len() < 7 {
            return Err(format!(
                "no 7 free ports on 127.0.0.1 between {first} and {below}"
            ));
        }
        let ports: Vec<u16> = listeners
            .iter()
            .map(|listener| listener.local_addr().map(|address| address.port()))
            .collect::<Result<_, _>>()
            .map_err(|e| e.to_string())?;
        Ok(Ports {
            pg: ports[0],
            unleash: ports[1],
            app: ports[2],
            examples: ports[3],
            chromedriver: ports[4],
            geckodriver: ports[5],
            second_geckodriver: ports[6],
        })
    }
}

/// The first port of the range the system gives outgoing connections (Linux's
/// `ip_local_port_range`; 32768 where it cannot be read).
fn ephemeral_ports_start() -> u16 {
    std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|range| range.split_whitespace().next()?.parse().ok())
        .unwrap_or(32_768)
}

/// The running services; dropping it stops them all.
pub struct Environment {
    /// The app's address, e.g. `http://127.0.0.1:8181`: its server behind the suite's watch
    /// ([`crate::watch_proxy`]).
    pub app_url: String,
    /// The example hosts' address: the Leptos console at `/`, the plain HTML host at `/plain-html/`.
    pub examples_url: String,
    /// Unleash's own address, for reading back what it holds.
    pub unleash_url: String,
    /// ChromeDriver's address.
    pub chromedriver_url: String,
    /// geckodriver's address (headless Firefox). A geckodriver runs one session at a time, so a
    /// second browser (a colleague's) uses the second one.
    pub geckodriver_url: String,
    /// The second geckodriver's address.
    pub second_geckodriver_url: String,
    /// The proxy between the app's server and Unleash, which can lose an answer.
    pub proxy: LossyProxy,
    repo: PathBuf,
    state_dir: PathBuf,
    ports: Ports,
    children: Vec<Child>,
}

impl Environment {
    /// Starts everything and waits until the app answers. Takes minutes on a cold machine.
    pub fn start() -> Result<Self, String> {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let ports = Ports::pick()?;
        let proxy = LossyProxy::start(SocketAddr::from((Ipv4Addr::LOCALHOST, ports.unleash)))
            .map_err(|e| format!("the proxy in front of Unleash: {e}"))?;
        let watched = |port: u16| {
            WatchProxy::start(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
                .map(|proxy| proxy.url)
                .map_err(|e| format!("the watch in front of port {port}: {e}"))
        };
        let mut environment = Environment {
            app_url: watched(ports.app)?,
            examples_url: watched(ports.examples)?,
            unleash_url: format!("http://127.0.0.1:{}", ports.unleash),
            chromedriver_url: format!("http://127.0.0.1:{}", ports.chromedriver),
            geckodriver_url: format!("http://127.0.0.1:{}", ports.geckodriver),
            second_geckodriver_url: format!("http://127.0.0.1:{}", ports.second_geckodriver),
            proxy,
            repo,
            state_dir: state_dir(),
            ports,
            children: Vec::new(),
        };
        std::fs::create_dir_all(&environment.state_dir).map_err(|e| format!("state dir: {e}"))?;
        let built = environment
            .script("serve.sh")
            .arg("--build-only")
            .status()
            .map_err(|e| format!("serve.sh --build-only: {e}"))?;
        if !built.success() {
            return Err(format!("the shipping build failed: {built}"));
        }
        let mut app_server = environment.script("serve.sh");
        app_server
            .arg("--shipping")
            .env("UNLEASH_URL", &environment.proxy.url);
        environment.spawn("app server", &mut app_server)?;
        environment.spawn(
            "examples server",
            environment
                .script("serve.sh")
                .args(["--examples", "--shipped-embed"]),
        )?;
        let mut chromedriver = Command::new("chromedriver");
        chromedriver.arg(format!("--port={}", environment.ports.chromedriver));
        environment.spawn("ChromeDriver", &mut chromedriver)?;
        for (name, port) in [
            ("geckodriver", environment.ports.geckodriver),
            ("second geckodriver", environment.ports.second_geckodriver),
        ] {
            let mut geckodriver = Command::new("geckodriver");
            geckodriver.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
            environment.spawn(name, &mut geckodriver)?;
        }
        let started = Instant::now();
        environment.services("start")?;
        eprintln!(
            "e2e: PostgreSQL and Unleash up after {:.0?}, while the example console builds",
            started.elapsed()
        );
        for driver in [
            &environment.chromedriver_url,
            &environment.geckodriver_url,
            &environment.second_geckodriver_url,
        ] {
            wait_for_http(driver, "/status", Duration::from_secs(30))?;
        }
        wait_for_http(&environment.app_url, "/", Duration::from_secs(900))?;
        wait_for_http(&environment.examples_url, "/", Duration::from_secs(900))?;
        Ok(environment)
    }

    /// Stops PostgreSQL and Unleash and starts them again on a fresh, empty database (the app servers
    /// keep running), so that the next browser's run starts from nothing.
    pub fn fresh_services(&self) -> Result<(), String> {
        self.services("stop")?;
        self.services("start")
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
            .env("PG_PORT", self.ports.pg.to_string())
            .env("UNLEASH_PORT", self.ports.unleash.to_string())
            .env("UNLEASH_URL", &self.unleash_url)
            .env("APP_PORT", self.ports.app.to_string())
            .env("EXAMPLES_PORT", self.ports.examples.to_string());
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

/// Where the suite keeps its database, logs and screenshots: one folder per checkout, so that two
/// checkouts running the suite at once (a CI clone beside a working copy) never stop each other's
/// Unleash or share a database.
pub fn state_dir() -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_MANIFEST_DIR").hash(&mut hasher);
    std::env::temp_dir().join(format!("unleash-invite-links-e2e-{:016x}", hasher.finish()))
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
