//! `grader serve` end to end. The HTTP tests always run, with a plain HTTP
//! client against the real binary: the token, the cookie it is traded for,
//! the Host and Origin checks, JSON errors, Submit streamed as server-sent
//! events (timed), and a clean stop on Ctrl-C. The browser test drives
//! Debian's Chromium through chromedriver (WebDriver, `fantoccini`): the list,
//! kth-largest in Python, an accepted and a wrong Submit, Run on a custom
//! input, the keyboard, a narrow window, and no request leaving 127.0.0.1;
//! without /usr/bin/chromium and /usr/bin/chromedriver it prints a SKIPPED
//! line and passes.

mod browser;
mod server;
#[path = "../support/mod.rs"]
mod support;

use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

use server::{agent, call, fixture, json, raw_status, Server};

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
    // "Add to my cases": kept once, in the learner's data folder.
    for new in [true, false] {
        let (status, body) = post(
            "/api/problems/kth-largest/cases",
            "{\"input\":\"[4,1,3]\\n2\"}",
        );
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            json(&body),
            serde_json::json!({"id": "yours/001-page", "new": new})
        );
    }
    let kept = server
        .home
        .join(".local/share/grader/cases/kth-largest/001-page.in");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "[4,1,3]\n2\n");

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
