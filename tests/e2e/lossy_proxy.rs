//! A small HTTP proxy in front of Unleash, on loopback, that can lose an answer on the way: it
//! forwards a request, lets Unleash carry it out, and then closes the connection without passing the
//! answer on, as a proxy that drops a connection does. The app as it ships talks to Unleash through it.
//!
//! One request per connection: each request is sent to Unleash with `Connection: close`, and its
//! answer is read to the end before it is passed on (or not).

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The proxy; it runs until the suite ends.
pub struct LossyProxy {
    /// Where it listens, such as `http://127.0.0.1:41234`.
    pub url: String,
    lose_next_create: Arc<AtomicBool>,
}

impl LossyProxy {
    /// Listens on a free loopback port and forwards to Unleash at `upstream`.
    pub fn start(upstream: SocketAddr) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let url = format!("http://{}", listener.local_addr()?);
        let lose_next_create = Arc::new(AtomicBool::new(false));
        let lose = Arc::clone(&lose_next_create);
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let lose = Arc::clone(&lose);
                thread::spawn(move || {
                    let _ = forward(client, upstream, &lose);
                });
            }
        });
        Ok(LossyProxy {
            url,
            lose_next_create,
        })
    }

    /// The next `POST /api/admin/invite-link/tokens` reaches Unleash, but its answer is lost.
    pub fn lose_next_create_answer(&self) {
        self.lose_next_create.store(true, Ordering::SeqCst);
    }

    /// Whether an answer that was to be lost has not been lost yet.
    pub fn still_to_lose(&self) -> bool {
        self.lose_next_create.load(Ordering::SeqCst)
    }
}

fn forward(mut client: TcpStream, upstream: SocketAddr, lose: &AtomicBool) -> io::Result<()> {
    client.set_read_timeout(Some(Duration::from_secs(30)))?;
    let (head, body) = read_request(&mut client)?;
    let is_create = head.starts_with("POST /api/admin/invite-link/tokens ");
    let lost = is_create && lose.swap(false, Ordering::SeqCst);
    let mut server = TcpStream::connect(upstream)?;
    server.set_read_timeout(Some(Duration::from_secs(30)))?;
    server.write_all(closing(&head).as_bytes())?;
    server.write_all(&body)?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer)?;
    if !lost {
        client.write_all(&answer)?;
    }
    Ok(())
}

/// Reads one request: its head (up to the blank line) and its body.
pub fn read_request(client: &mut TcpStream) -> io::Result<(String, Vec<u8>)> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(end) = find(&buffer, b"\r\n\r\n") {
            break end + 4;
        }
        let read = client.read(&mut chunk)?;
        if read == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "no request"));
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut body = buffer[head_end..].to_vec();
    let chunked = header(&head, "transfer-encoding").is_some_and(|value| value.contains("chunked"));
    let length: usize = header(&head, "content-length")
        .and_then(|value| value.parse().ok())
        .unwrap_or(0);
    while if chunked {
        !body.ends_with(b"0\r\n\r\n")
    } else {
        body.len() < length
    } {
        let read = client.read(&mut chunk)?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    Ok((head, body))
}

/// The request head with `Connection: close` in place of any connection header.
fn closing(head: &str) -> String {
    let mut lines: Vec<&str> = head
        .trim_end()
        .split("\r\n")
        .filter(|line| !line.to_ascii_lowercase().starts_with("connection:"))
        .collect();
    lines.push("Connection: close");
    format!("{}\r\n\r\n", lines.join("\r\n"))
}

pub fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.split("\r\n").find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
