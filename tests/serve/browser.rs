//! The browser half of the `grader serve` tests: Debian's Chromium,
//! headless, driven through chromedriver with `fantoccini`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use super::{fixture, Server};
use crate::support::root;

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

fn testid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// Waits until the element with this test id has text that `ok` accepts.
async fn text_of(c: &Client, id: &str, ok: impl Fn(&str) -> bool) -> String {
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

async fn click(c: &Client, id: &str) {
    c.wait()
        .for_element(Locator::Css(&testid(id)))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn set_code(c: &Client, code: &str) {
    c.execute("window.grader.setCode(arguments[0])", vec![json!(code)])
        .await
        .unwrap();
}

async fn session(driver: &Driver, profile: &Path) -> Client {
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
#[test]
fn the_page_in_a_headless_chromium() {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        // Straight to stderr, past the test harness's capture: the line shows in every run.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "SKIPPED: the browser test of grader serve needs {CHROMIUM} and {CHROMEDRIVER}: apt-get install chromium chromium-driver (or bash scripts/setup-languages.sh)"
        );
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
        let c = session(&driver, profile.path()).await;
        let result = drive(&c, &server).await;
        let _ = c.close().await;
        result
    });
}

async fn drive(c: &Client, server: &Server) {
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
    let panel = c.find(Locator::Css("[data-testid=verdict]")).await.unwrap();
    std::fs::write(
        artifacts.join("serve-wrong-answer.png"),
        panel.screenshot().await.unwrap(),
    )
    .unwrap();

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
    std::fs::write(
        artifacts.join("serve-narrow.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();
    assert_eq!(
        fits,
        serde_json::Value::Bool(true),
        "Submit is on screen in a narrow window"
    );
}
