//! `grader serve` end to end. The HTTP tests always run, with a plain HTTP
//! client against the real binary: the token, the cookie it is traded for,
//! the Host and Origin checks, JSON errors, Submit streamed as server-sent
//! events (timed), and a clean stop on Ctrl-C. The browser test drives
//! Debian's Chromium through chromedriver (WebDriver, `fantoccini`): the list,
//! kth-largest in Python, an accepted and a wrong Submit, Run on a custom
//! input, the keyboard, a narrow window, and no request leaving 127.0.0.1;
//! without /usr/bin/chromium and /usr/bin/chromedriver it prints a SKIPPED
//! line and passes.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{cache_dir, root};

/// A running `grader serve` in a learner's temporary world.
struct Server {
    child: Child,
    port: u16,
    token: String,
    work: PathBuf,
    home: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Server {
    /// Starts a server whose Submits run `random` random cases.
    fn start(random: &str) -> Server {
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

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn url(&self) -> String {
        format!("{}/?token={}", self.base(), self.token)
    }

    fn cookie(&self) -> String {
        format!("grader_token_{}={}", self.port, self.token)
    }

    /// Stops it with SIGINT (Ctrl-C); returns its exit code and how long it took.
    fn stop(&mut self) -> (Option<i32>, Duration) {
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

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().redirects(0).build()
}

/// (status, body) of a request, whatever the status.
fn call(request: ureq::Request, body: Option<&str>) -> (u16, String) {
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

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// A raw HTTP/1.1 request with exactly these headers; returns the status line.
fn raw_status(port: u16, host: &str, extra: &str) -> String {
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

fn fixture(rel: &str) -> String {
    std::fs::read_to_string(root().join("problems/kth-largest/submissions").join(rel)).unwrap()
}

#[test]
fn the_token_host_and_origin_guard_every_request() {
    let mut server = Server::start("20");
    let (base, agent) = (server.base(), agent());
    let cookie = server.cookie();

    for path in [
        "/",
        "/api/problems",
        "/assets/editor.js",
        "/problems/kth-largest",
    ] {
        let (status, body) = call(agent.get(&format!("{base}{path}")), None);
        assert_eq!(status, 403, "{path} without the token: {body}");
        assert!(
            json(&body)["error"].as_str().unwrap().contains("token"),
            "{body}"
        );
    }
    let (status, _) = call(
        agent.get(&format!(
            "{base}/api/problems?token=0123456789abcdef0123456789abcdef"
        )),
        None,
    );
    assert_eq!(status, 403, "a wrong token");
    let (status, _) = call(
        agent
            .get(&format!("{base}/api/problems"))
            .set("Cookie", "grader_token_1=nope"),
        None,
    );
    assert_eq!(status, 403, "a wrong cookie");

    // The URL's token is traded for a cookie, and dropped from the address bar.
    let response = agent.get(&server.url()).call().unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.header("Location"), Some("/"));
    let set = response.header("Set-Cookie").unwrap().to_string();
    assert!(
        set.starts_with(&cookie) && set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );

    let (status, body) = call(
        agent
            .get(&format!("{base}/api/problems"))
            .set("Cookie", &cookie),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let list = json(&body);
    assert!(
        list["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["problem"] == "kth-largest"),
        "{body}"
    );
    let (status, _) = call(
        agent
            .get(&format!("{base}/api/problems"))
            .set("Authorization", &format!("Bearer {}", server.token)),
        None,
    );
    assert_eq!(status, 200, "a bearer token works for scripts");

    // Another web site cannot drive it, even with the cookie.
    for origin in ["http://evil.example", "null", "http://127.0.0.1:1"] {
        let (status, body) = call(
            agent
                .post(&format!("{base}/api/problems/kth-largest/hint"))
                .set("Cookie", &cookie)
                .set("Origin", origin),
            Some("{}"),
        );
        assert_eq!(status, 403, "Origin {origin}: {body}");
        assert!(body.contains("other web sites"), "{body}");
    }
    let (status, _) = call(
        agent
            .get(&format!("{base}/api/problems"))
            .set("Cookie", &cookie)
            .set("Sec-Fetch-Site", "cross-site"),
        None,
    );
    assert_eq!(status, 403, "Sec-Fetch-Site: cross-site");
    // DNS rebinding: the right port under another name.
    let port = server.port;
    let with_cookie = format!("Cookie: {cookie}\r\n");
    assert!(raw_status(port, &format!("evil.example:{port}"), &with_cookie).contains(" 403 "));
    assert!(raw_status(port, &format!("127.0.0.1:{port}"), &with_cookie).contains(" 200 "));
    assert!(raw_status(port, &format!("localhost:{port}"), &with_cookie).contains(" 200 "));
    // A form post (no JSON) is refused.
    let (status, _) = call(
        agent
            .post(&format!("{base}/api/problems/kth-largest/hint"))
            .set("Cookie", &cookie)
            .set("Content-Type", "text/plain"),
        None,
    );
    assert_eq!(status, 415);

    // Bad requests get JSON errors with the right status.
    let get = |path: &str| {
        call(
            agent.get(&format!("{base}{path}")).set("Cookie", &cookie),
            None,
        )
    };
    let post = |path: &str, body: &str| {
        call(
            agent.post(&format!("{base}{path}")).set("Cookie", &cookie),
            Some(body),
        )
    };
    for (status, body, want, says) in [
        (
            get("/api/problems/no-such-problem"),
            404,
            "no problem named",
        ),
        (
            get("/api/problems/kth-largest/code?language=cobol"),
            400,
            "unknown language",
        ),
        (get("/api/problems/kth-largest/code"), 400, "language"),
        (get("/api/nothing"), 404, "no such API endpoint"),
        (
            post(
                "/api/problems/kth-largest/run",
                "{\"language\":\"py\",\"code\":\"x\",\"input\":\"[1,2\\n1\"}",
            ),
            400,
            "case 1",
        ),
        (
            post(
                "/api/problems/kth-largest/run",
                "{\"language\":\"py\",\"code\":\"x\",\"input\":\"[1,2]\"}",
            ),
            400,
            "2 line",
        ),
        (post("/api/problems/kth-largest/run", "not json"), 400, ""),
        (
            post("/api/problems/kth-largest/cases", "{\"input\":\"[1]\\n5\"}"),
            400,
            "constraints",
        ),
        (
            post("/api/problems/kth-largest/editorial", "{}"),
            409,
            "first accepted",
        ),
    ]
    .map(|((s, b), w, says)| (s, b, w, says))
    {
        assert_eq!(status, want, "{body}");
        assert!(body.contains(says), "{says:?} not in {body}");
    }
    // The page's files are served, and nothing in the pages points elsewhere.
    let (status, page) = get("/problems/kth-largest");
    assert_eq!(status, 200);
    assert!(page.contains("data-testid=\"editor\""), "{page}");
    let (status, editor) = get("/assets/editor.js");
    assert_eq!(status, 200);
    assert!(editor.contains("createEditor"));

    // The code is read from, and saved to, the workspace file the CLI uses.
    let (status, body) = get("/api/problems/kth-largest/code?language=py");
    assert_eq!(status, 200);
    let code = json(&body);
    assert_eq!(code["exists"], false);
    assert!(
        code["code"]
            .as_str()
            .unwrap()
            .contains("def findKthLargest"),
        "{body}"
    );
    let saved = serde_json::json!({"language": "python", "code": "# mine\n"}).to_string();
    let (status, body) = call(
        agent
            .put(&format!("{base}/api/problems/kth-largest/code"))
            .set("Cookie", &cookie),
        Some(&saved),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        std::fs::read_to_string(server.work.join("kth-largest.py")).unwrap(),
        "# mine\n"
    );
    let state =
        std::fs::read_to_string(server.home.join(".local/share/grader/state.toml")).unwrap();
    assert!(state.contains("kth-largest.py"), "{state}");

    let (code, took) = server.stop();
    assert_eq!(code, Some(0), "Ctrl-C is a clean stop");
    assert!(took < Duration::from_secs(5), "stopped in {took:?}");
}

/// Reads a Submit's event stream; returns (event name, data, time since the request) per event.
fn submit_events(
    server: &Server,
    language: &str,
    code: &str,
) -> Vec<(String, serde_json::Value, Duration)> {
    let body = serde_json::json!({"language": language, "code": code}).to_string();
    let started = Instant::now();
    let response = agent()
        .post(&format!(
            "{}/api/problems/kth-largest/submit",
            server.base()
        ))
        .set("Cookie", &server.cookie())
        .set("Content-Type", "application/json")
        .send_string(&body)
        .expect("submit");
    assert_eq!(response.header("Content-Type"), Some("text/event-stream"));
    let mut events = Vec::new();
    let mut name = String::new();
    for line in BufReader::new(response.into_reader()).lines() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("event: ") {
            name = n.to_string();
        } else if let Some(data) = line.strip_prefix("data: ") {
            events.push((name.clone(), json(data), started.elapsed()));
        }
    }
    events
}

#[test]
fn submit_streams_each_case_then_the_verdict() {
    // Enough random cases that a subtle bug is found every time.
    let server = Server::start("300");
    let accepted = fixture("accepted/heap.rs");
    // The first Submit builds (or finds the cached build); the second is timed.
    let first = submit_events(&server, "rs", &accepted);
    assert!(first.iter().any(|(n, _, _)| n == "report"), "{first:?}");
    let events = submit_events(&server, "rs", &accepted);
    let names: Vec<&str> = events.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        &names[..4],
        ["saved", "building", "built", "cases"],
        "{names:?}"
    );
    let (_, report, verdict_at) = events.last().unwrap();
    assert_eq!(names.last(), Some(&"report"), "{events:?}");
    assert_eq!(report["report"]["verdict"], "AC", "{report}");
    let total = report["report"]["total"].as_u64().unwrap();
    assert_eq!(names.iter().filter(|n| **n == "case").count() as u64, total);
    let first_case = events.iter().find(|(n, _, _)| n == "case").unwrap().2;
    let timeline: Vec<String> = events
        .iter()
        .filter(|(n, _, _)| n != "case" && n != "random")
        .map(|(n, _, t)| format!("{n} {:.0} ms", t.as_secs_f64() * 1e3))
        .collect();
    eprintln!("timeline: {}", timeline.join(", "));
    eprintln!("MEASURED: cached Rust accepted Submit: first case after {first_case:?}, verdict after {verdict_at:?} ({total} fixed cases + 300 random, debug build)");
    assert!(*verdict_at < Duration::from_secs(20), "{verdict_at:?}");

    // A wrong answer: the failing input, output and expected come with the verdict.
    let events = submit_events(&server, "rs", &fixture("wrong_answer/kth_smallest.rs"));
    let (_, last, _) = events.last().unwrap();
    assert_eq!(last["report"]["verdict"], "WA", "{last}");
    let failure = &last["report"]["failure"];
    assert!(
        failure["input"].as_str().unwrap().contains('['),
        "{failure}"
    );
    assert!(
        failure["expected"].is_string() && failure["actual"].is_string(),
        "{failure}"
    );

    // A bug only random testing finds: shown shrunk, and kept as the
    // learner's case, which runs first on the next Submit.
    let subtle = fixture("wrong_answer/subtle_max_skips_last.rs");
    let events = submit_events(&server, "rs", &subtle);
    let (_, last, _) = events.last().unwrap();
    let failure = &last["report"]["failure"];
    assert!(
        failure["case"].as_str().unwrap().starts_with("random/"),
        "{last}"
    );
    assert!(
        failure["minimal_size"].as_u64().unwrap() <= failure["original_size"].as_u64().unwrap(),
        "{failure}"
    );
    assert_eq!(last["own_case"], "yours/001-random", "{last}");
    let events = submit_events(&server, "rs", &subtle);
    let first_case = events.iter().find(|(n, _, _)| n == "case").unwrap();
    assert_eq!(
        first_case.1["name"], "yours/001-random",
        "{:?}",
        first_case.1
    );
    assert_eq!(first_case.1["verdict"], "WA");

    // A page that goes away cancels its run: an endless loop (27 cases of
    // about a second each) is dropped after its first case, and the next
    // Submit, which waits for its turn, is judged within seconds.
    let body = serde_json::json!({"language": "rs", "code": fixture("time_limit_exceeded/infinite_loop.rs")});
    let response = agent()
        .post(&format!(
            "{}/api/problems/kth-largest/submit",
            server.base()
        ))
        .set("Cookie", &server.cookie())
        .set("Content-Type", "application/json")
        .send_string(&body.to_string())
        .unwrap();
    let mut lines = BufReader::new(response.into_reader()).lines();
    assert!(lines.any(|l| l.unwrap() == "event: case"), "a first case");
    drop(lines);
    let started = Instant::now();
    let events = submit_events(&server, "rs", &accepted);
    assert_eq!(events.last().unwrap().1["report"]["verdict"], "AC");
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "the abandoned run went on: {:?}",
        started.elapsed()
    );

    // A file that does not compile is a Compile Error, not a server error.
    let events = submit_events(
        &server,
        "rs",
        "impl Solution { pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 { nums } }",
    );
    let (_, last, _) = events.last().unwrap();
    assert_eq!(last["report"]["verdict"], "CE", "{last}");
}

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver on a free port, stopped on drop.
struct Driver(Child, u16);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver(child, port)
}

mod browser {
    use super::*;
    use fantoccini::{Client, ClientBuilder, Locator};
    use serde_json::json;

    fn testid(id: &str) -> String {
        format!("[data-testid=\"{id}\"]")
    }

    /// Waits until the element with this test id has text that `ok` accepts.
    pub async fn text_of(c: &Client, id: &str, ok: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        let mut last = String::new();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(e) = c.find(Locator::Css(&testid(id))).await {
                last = e.text().await.unwrap_or_default();
                if ok(&last) {
                    return last;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{id}: never as expected; last text {last:?}");
    }

    pub async fn click(c: &Client, id: &str) {
        c.wait()
            .for_element(Locator::Css(&testid(id)))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    pub async fn set_code(c: &Client, code: &str) {
        c.execute("window.grader.setCode(arguments[0])", vec![json!(code)])
            .await
            .unwrap();
    }

    pub async fn session(driver: &Driver, profile: &Path) -> Client {
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1280,800",
            // The network is blocked: no name but 127.0.0.1 resolves.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        ];
        let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        let caps = json!({"goog:chromeOptions": {"binary": CHROMIUM, "args": args}});
        let serde_json::Value::Object(caps) = caps else {
            unreachable!()
        };
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.1))
            .await
            .expect("a Chromium session")
    }
}

#[test]
fn the_page_in_a_headless_chromium() {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        eprintln!("SKIPPED: the browser test needs {CHROMIUM} and {CHROMEDRIVER}: apt-get install chromium chromium-driver");
        return;
    }
    let server = Server::start("20");
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let c = browser::session(&driver, profile.path()).await;
        let result = drive(&c, &server).await;
        let _ = c.close().await;
        result
    });
}

async fn drive(c: &fantoccini::Client, server: &Server) {
    use browser::{click, set_code, text_of};
    use fantoccini::Locator;
    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf();

    // The list, through the URL with the token (traded for a cookie).
    c.goto(&server.url()).await.unwrap();
    let row = text_of(c, "problem-row-kth-largest", |t| t.contains("Kth Largest")).await;
    assert!(
        row.contains("215") && row.to_lowercase().contains("medium") && row.contains("heap"),
        "{row}"
    );
    assert_eq!(
        c.current_url().await.unwrap().as_str(),
        format!("{}/", server.base()),
        "the token left the address bar"
    );

    // kth-largest, in Python, from LeetCode's stub.
    click(c, "problem-link-kth-largest").await;
    c.wait()
        .for_element(Locator::Css("body[data-ready=true]"))
        .await
        .unwrap();
    let load_ms = c
        .execute("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;", vec![])
        .await
        .unwrap();
    eprintln!("MEASURED: problem page load (navigation start to load event): {load_ms} ms");
    let statement = text_of(c, "statement", |t| t.contains("Example 1")).await;
    assert!(statement.contains("Constraints"), "{statement}");
    c.find(Locator::Css("[data-testid=language-picker]"))
        .await
        .unwrap()
        .select_by_value("python")
        .await
        .unwrap();
    let stub = text_of(c, "editor", |t| t.contains("def findKthLargest")).await;
    assert!(stub.contains("class Solution"), "{stub}");

    // Hints one at a time, recorded in the same state as `grader show --hint`.
    click(c, "hint-button").await;
    let hint = text_of(c, "hint-1", |t| !t.is_empty()).await;
    assert!(hint.starts_with("Hint 1 of 3"), "{hint}");
    assert!(
        c.find(Locator::Css("[data-testid=hint-2]")).await.is_err(),
        "one at a time"
    );

    // An accepted solution: 27 / 27.
    set_code(c, &fixture("accepted/heap.py")).await;
    click(c, "submit-button").await;
    let verdict = text_of(c, "verdict-name", |t| !t.is_empty()).await;
    assert_eq!(verdict, "Accepted");
    let count = text_of(c, "verdict-count", |t| !t.is_empty()).await;
    assert_eq!(count, "27 / 27 testcases passed");
    let cases = c
        .find_all(Locator::Css("[data-testid=case-result]"))
        .await
        .unwrap();
    assert_eq!(cases.len(), 27, "one line per case, streamed");
    let panel = c.find(Locator::Css("[data-testid=verdict]")).await.unwrap();
    std::fs::write(
        artifacts.join("serve-verdict.png"),
        panel.screenshot().await.unwrap(),
    )
    .unwrap();
    if std::env::var_os("GRADER_UPDATE_SCREENSHOT").is_some() {
        std::fs::write(root().join("docs/serve.png"), c.screenshot().await.unwrap()).unwrap();
    }
    // The page and the CLI share the file and the progress.
    let on_disk = std::fs::read_to_string(server.work.join("kth-largest.py")).unwrap();
    assert_eq!(on_disk, fixture("accepted/heap.py"));
    let state =
        std::fs::read_to_string(server.home.join(".local/share/grader/state.toml")).unwrap();
    assert!(
        state.contains("first_accepted") && state.contains("hints_seen = 1"),
        "{state}"
    );
    // The editorial opens once accepted.
    click(c, "editorial-button").await;
    let editorial = text_of(c, "editorial", |t| !t.is_empty()).await;
    assert!(editorial.contains("Min-heap"), "{editorial}");

    // A wrong one: Wrong Answer with the failing input.
    set_code(c, &fixture("wrong_answer/kth_smallest.py")).await;
    c.execute(
        "document.querySelector('[data-testid=editor] .cm-content').focus()",
        vec![],
    )
    .await
    .unwrap();
    // Ctrl-' submits.
    c.find(Locator::Css("[data-testid=editor] .cm-content"))
        .await
        .unwrap()
        .send_keys("\u{E009}'\u{E009}")
        .await
        .unwrap();
    let verdict = text_of(c, "verdict-name", |t| t == "Wrong Answer").await;
    assert_eq!(verdict, "Wrong Answer");
    let input = text_of(c, "failing-input", |t| !t.is_empty()).await;
    assert!(input.contains('['), "{input}");
    text_of(c, "failing-expected", |t| !t.is_empty()).await;

    // Run on a custom input (Ctrl-Enter in the test-case box): the answer next to the expected one.
    set_code(c, &fixture("accepted/heap.py")).await;
    click(c, "testcase-tab").await;
    let input = c
        .find(Locator::Css("[data-testid=testcase-input]"))
        .await
        .unwrap();
    input.clear().await.unwrap();
    input.send_keys("[7,1,9,4]\n2").await.unwrap();
    input.send_keys("\u{E009}\u{E007}\u{E009}").await.unwrap();
    assert_eq!(
        text_of(c, "run-verdict", |t| !t.is_empty()).await,
        "Accepted"
    );
    assert_eq!(text_of(c, "run-output", |t| !t.is_empty()).await, "7");
    assert_eq!(text_of(c, "run-expected", |t| !t.is_empty()).await, "7");

    // Every request stayed on this server (the network is blocked besides).
    let urls = c
        .execute("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);", vec![])
        .await
        .unwrap();
    let urls: Vec<String> = serde_json::from_value(urls).unwrap();
    assert!(
        urls.iter().any(|u| u.ends_with("/assets/editor.js")),
        "{urls:?}"
    );
    for url in &urls {
        assert!(
            url.starts_with(&format!("{}/", server.base())),
            "a request left 127.0.0.1: {url}"
        );
    }

    // A narrow window: the panes stack and the buttons stay on screen.
    c.set_window_size(420, 900).await.unwrap();
    let fits = c
        .execute(
            "const r = document.querySelector('[data-testid=submit-button]').getBoundingClientRect(); return r.width > 0 && r.right <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        fits,
        serde_json::Value::Bool(true),
        "Submit is on screen in a narrow window"
    );
}

#[test]
fn refuses_a_missing_folder_and_a_taken_port() {
    let out = support::grader()
        .args(["serve", "--dir", "/no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--dir /no/such/folder: no such folder"),
        "{err}"
    );

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = support::grader()
        .args(["serve", "--port", &port])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot listen on 127.0.0.1") && err.contains("--port 0"),
        "{err}"
    );
}
