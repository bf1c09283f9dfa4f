//! A small HTTP proxy in front of each page server of the suite, on loopback, that puts the suite's
//! watch first in every page it passes on: a `<script src>` (same origin, so the page's own
//! Content-Security-Policy lets it run) that records every policy violation, every console line and
//! every uncaught error from before the page's own scripts run, and every `fetch` the page makes (its
//! method and address, and whether its answer came). [`crate::browser::Page::take_record`] reads what
//! it recorded, start-up included, across every navigation; [`crate::browser::Page::requests`] the
//! requests of the page now shown.
//!
//! One request per connection, as in [`crate::lossy_proxy`]: the request goes on with
//! `Connection: close`, this server's own `Host` and no `Accept-Encoding` (so that a page comes
//! back as plain text), and its answer is read to the end before it is passed on.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

use crate::lossy_proxy::{find, header, read_request};

/// Where the watch is served; no page of the app or the examples has this path.
const WATCH_PATH: &str = "/__e2e-watch.js";

/// What runs first in every page: the same record as [`crate::browser::Page::watch`] keeps.
pub const WATCH_SCRIPT: &str = "if (!window.__uilWatching) {
  window.__uilWatching = true;
  window.__uilViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__uilViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  window.__uilConsole = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { window.__uilConsole.push(`${level}: ${args.map(String).join(' ')}`); original(...args); };
  }
  window.addEventListener('error', (event) => window.__uilConsole.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => window.__uilConsole.push(`uncaught: ${event.reason}`));
  window.__uilRequests = [];
  const fetchOriginal = window.fetch;
  window.fetch = function (input, init) {
    const method = (init?.method || (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const request = { method, address: url.pathname + url.search, answered: false };
    window.__uilRequests.push(request);
    const answer = fetchOriginal.call(window, input, init);
    const answered = () => { request.answered = true; };
    answer.then(answered, answered);
    return answer;
  };
}";

/// The proxy; it runs until the suite ends.
pub struct WatchProxy {
    /// Where it listens, such as `http://127.0.0.1:41234`: the address the browsers open.
    pub url: String,
}

impl WatchProxy {
    /// Listens on a free loopback port and passes requests on to the page server at `upstream`.
    pub fn start(upstream: SocketAddr) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let url = format!("http://{}", listener.local_addr()?);
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                thread::spawn(move || {
                    let _ = forward(client, upstream);
                });
            }
        });
        Ok(WatchProxy { url })
    }
}

fn forward(mut client: TcpStream, upstream: SocketAddr) -> io::Result<()> {
    client.set_read_timeout(Some(Duration::from_secs(30)))?;
    let (head, body) = read_request(&mut client)?;
    if head.starts_with(&format!("GET {WATCH_PATH} ")) {
        return client.write_all(
            answer(
                "200 OK",
                "text/javascript; charset=utf-8",
                WATCH_SCRIPT.as_bytes(),
            )
            .as_slice(),
        );
    }
    let mut server = TcpStream::connect(upstream)?;
    server.set_read_timeout(Some(Duration::from_secs(60)))?;
    server.write_all(passed_on(&head, upstream).as_bytes())?;
    server.write_all(&body)?;
    let mut reply = Vec::new();
    server.read_to_end(&mut reply)?;
    client.write_all(&with_watch(reply))
}

/// The request head with the upstream's own `Host`, `Connection: close` and no `Accept-Encoding`.
fn passed_on(head: &str, upstream: SocketAddr) -> String {
    let mut lines: Vec<String> = head
        .trim_end()
        .split("\r\n")
        .filter(|line| {
            let lower = line.to_ascii_lowercase();
            !["host:", "connection:", "accept-encoding:"]
                .iter()
                .any(|name| lower.starts_with(name))
        })
        .map(str::to_owned)
        .collect();
    lines.push(format!("Host: {upstream}"));
    lines.push("Connection: close".to_owned());
    format!("{}\r\n\r\n", lines.join("\r\n"))
}

/// `reply` with the watch's script tag first in its `<head>` when it is a page; as it was otherwise.
fn with_watch(reply: Vec<u8>) -> Vec<u8> {
    let Some(head_end) = find(&reply, b"\r\n\r\n").map(|end| end + 4) else {
        return reply;
    };
    let head = String::from_utf8_lossy(&reply[..head_end]).into_owned();
    let is_page = header(&head, "content-type").is_some_and(|value| value.contains("text/html"));
    if !is_page {
        return reply;
    }
    let mut page = reply[head_end..].to_vec();
    if header(&head, "transfer-encoding").is_some_and(|value| value.contains("chunked")) {
        page = dechunked(&page);
    }
    let Some(at) = watch_place(&page) else {
        return reply;
    };
    let tag = format!("<script src=\"{WATCH_PATH}\"></script>");
    page.splice(at..at, tag.bytes());
    let mut lines: Vec<&str> = head
        .trim_end()
        .split("\r\n")
        .filter(|line| {
            let lower = line.to_ascii_lowercase();
            !lower.starts_with("content-length:") && !lower.starts_with("transfer-encoding:")
        })
        .collect();
    let length = format!("Content-Length: {}", page.len());
    lines.push(&length);
    let mut rewritten = format!("{}\r\n\r\n", lines.join("\r\n")).into_bytes();
    rewritten.extend_from_slice(&page);
    rewritten
}

/// Where the watch goes in `page`: right after `<head>`, or after the charset's `<meta>` when a
/// minifier left the optional `<head>` tag out (the script then still opens the head).
fn watch_place(page: &[u8]) -> Option<usize> {
    if let Some(start) = find(page, b"<head>") {
        return Some(start + b"<head>".len());
    }
    let meta = find(page, b"<meta charset")?;
    Some(meta + find(&page[meta..], b">")? + 1)
}

/// A chunked body's content.
fn dechunked(mut body: &[u8]) -> Vec<u8> {
    let mut content = Vec::new();
    while let Some(line_end) = find(body, b"\r\n") {
        let size = std::str::from_utf8(&body[..line_end])
            .ok()
            .and_then(|line| usize::from_str_radix(line.split(';').next()?.trim(), 16).ok())
            .unwrap_or(0);
        let start = line_end + 2;
        if size == 0 || start + size > body.len() {
            break;
        }
        content.extend_from_slice(&body[start..start + size]);
        body = &body[(start + size + 2).min(body.len())..];
    }
    content
}

fn answer(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    reply.extend_from_slice(body);
    reply
}
