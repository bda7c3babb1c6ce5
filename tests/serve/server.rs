//! A `grader serve` run in a learner's temporary world, and small HTTP helpers.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{cache_dir, root};

/// A running `grader serve` in a learner's temporary world.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub token: String,
    pub work: PathBuf,
    pub home: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Server {
    /// Starts a server whose Submits run `random` random cases.
    pub fn start(random: &str) -> Server {
        let tmp = tempfile::tempdir().unwrap();
        let work = tmp.path().join("work");
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&work).unwrap();
        std::fs::create_dir_all(&home).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_grader"))
            .args(["serve", "--port", "0", "--random", random, "--dir"])
            .arg(&work)
            .current_dir(&work)
            .env("HOME", &home)
            .env("GRADER_CACHE_DIR", cache_dir())
            .env_remove("GRADER_HOME")
            .env_remove("XDG_DATA_HOME")
            .env_remove("GRADER_PROBLEMS")
            .env_remove("GRADER_SANDBOX")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start grader serve");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("a line").expect("utf-8");
        // Keep draining its output so it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let url = first
            .strip_prefix("grader serve: ")
            .unwrap_or_else(|| panic!("no URL in {first:?}"));
        let rest = url
            .strip_prefix("http://127.0.0.1:")
            .expect("bound to 127.0.0.1");
        let (port, token) = rest.split_once("/?token=").expect("a token in the URL");
        assert_eq!(token.len(), 32, "{token}");
        Server {
            child,
            port: port.parse().unwrap(),
            token: token.to_string(),
            work,
            home,
            _tmp: tmp,
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn url(&self) -> String {
        format!("{}/?token={}", self.base(), self.token)
    }

    pub fn cookie(&self) -> String {
        format!("grader_token_{}={}", self.port, self.token)
    }

    /// Stops it with SIGINT (Ctrl-C); returns its exit code and how long it took.
    pub fn stop(&mut self) -> (Option<i32>, Duration) {
        let started = Instant::now();
        unsafe { libc::kill(self.child.id() as i32, libc::SIGINT) };
        while started.elapsed() < Duration::from_secs(15) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.code(), started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("grader serve did not stop within 15 s of Ctrl-C");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().redirects(0).build()
}

/// (status, body) of a request, whatever the status.
pub fn call(request: ureq::Request, body: Option<&str>) -> (u16, String) {
    let result = match body {
        Some(b) => request
            .set("Content-Type", "application/json")
            .send_string(b),
        None => request.call(),
    };
    let response = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("request failed: {e}"),
    };
    (
        response.status(),
        response.into_string().unwrap_or_default(),
    )
}

pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// A raw HTTP/1.1 request with exactly these headers; returns the status line.
pub fn raw_status(port: u16, host: &str, extra: &str) -> String {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /api/problems HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.lines().next().unwrap_or_default().to_string()
}

pub fn fixture(rel: &str) -> String {
    std::fs::read_to_string(root().join("problems/kth-largest/submissions").join(rel)).unwrap()
}
