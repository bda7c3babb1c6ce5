//! `grader serve`: LeetCode's practice page in the browser, offline, from the
//! same binary. An HTTP server (axum on tokio) bound to 127.0.0.1 only, that
//! every request must present a random token to ([`auth`]); a problem list and
//! a problem page (statement, editor, Run, Submit) built from embedded assets
//! ([`assets`]); a JSON API over the practice loop's files and state ([`api`]),
//! and Submit streamed case by case as server-sent events ([`events`]).
//! Learner code submitted through the page runs in the strict sandbox.

mod api;
mod assets;
mod auth;
mod events;
mod html;
mod reply;
mod routes;
mod workspace;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use crate::error::GradeError;
use crate::run::sandbox::{self, Mode};

/// `grader serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0: any free port; the URL printed says which).
    #[arg(long, value_name = "P", default_value_t = 0)]
    pub port: u16,
    /// Open the page in the default browser (xdg-open, best effort).
    #[arg(long)]
    pub open: bool,
    /// Folder of your solution files (`<problem>.<ext>`, as `grader start` writes them). Default: the current folder.
    #[arg(long, value_name = "D")]
    pub dir: Option<PathBuf>,
    /// Run submitted code with the sandbox layers this machine has (`--sandbox`,
    /// $GRADER_SANDBOX) instead of refusing to start without all of them.
    #[arg(long)]
    pub allow_partial_sandbox: bool,
    /// Random cases per Submit (default: the problem's count); for tests.
    #[arg(long, value_name = "N", hide = true)]
    pub random: Option<usize>,
}

/// What every request handler shares.
pub struct App {
    /// The secret of this server run (32 hex characters).
    pub token: String,
    /// The port actually bound.
    pub port: u16,
    /// Where the learner's files live.
    pub workspace: PathBuf,
    /// Random cases per Submit (None: the problem's own count).
    pub random: Option<usize>,
    /// One run (Run or Submit) at a time: grading takes the CPU.
    pub runs: Arc<tokio::sync::Semaphore>,
    /// Cancel flags of the runs going on, set all at once on shutdown.
    active: Mutex<Vec<Weak<AtomicBool>>>,
}

impl App {
    /// A fresh cancel flag for a run, remembered so that shutdown can set it.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        let mut active = self.active.lock().unwrap_or_else(|e| e.into_inner());
        active.retain(|w| w.strong_count() > 0);
        active.push(Arc::downgrade(&flag));
        flag
    }

    /// Stops every run going on (at its next case).
    fn cancel_all(&self) {
        let active = self.active.lock().unwrap_or_else(|e| e.into_inner());
        for flag in active.iter().filter_map(Weak::upgrade) {
            flag.store(true, Ordering::Relaxed);
        }
    }
}

/// Runs `grader serve` until Ctrl-C (or SIGTERM).
pub fn run(args: ServeArgs) -> Result<i32, GradeError> {
    if !args.allow_partial_sandbox {
        sandbox::set_mode(Mode::Strict);
        let missing = sandbox::layers().missing();
        if !missing.is_empty() {
            return Err(GradeError::Usage(format!(
                "grader serve runs code sent from a browser, so it needs every sandbox layer, and this machine lacks: {}. `grader doctor` shows what is there; to serve anyway with the layers this machine has, pass --allow-partial-sandbox",
                missing.join("; ")
            )));
        }
    }
    let workspace = match args.dir {
        Some(dir) => dir,
        None => std::env::current_dir()
            .map_err(|e| GradeError::Usage(format!("cannot read the current folder: {e}")))?,
    };
    if !workspace.is_dir() {
        return Err(GradeError::Usage(format!(
            "--dir {}: no such folder (create it, or pick the folder of your solution files)",
            workspace.display()
        )));
    }
    let workspace = crate::practice::state::absolute(&workspace);
    // Unpack the bundled problems and read the state now, so that a broken
    // problem folder or state file stops the server before it starts.
    crate::catalog::entries()?;
    crate::practice::state::State::load()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| GradeError::Internal(format!("cannot start the server's runtime: {e}")))?;
    let result = runtime.block_on(serve(args.port, args.open, workspace, args.random));
    runtime.shutdown_timeout(Duration::from_secs(5));
    result.map(|()| 0)
}

async fn serve(
    port: u16,
    open: bool,
    workspace: PathBuf,
    random: Option<usize>,
) -> Result<(), GradeError> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| {
            GradeError::Usage(format!(
                "cannot listen on 127.0.0.1:{port}: {e} (pick another with --port, or --port 0 for any free one)"
            ))
        })?;
    let port = listener
        .local_addr()
        .map_err(|e| GradeError::Internal(format!("cannot read the bound address: {e}")))?
        .port();
    // Listen for Ctrl-C and SIGTERM before telling anyone the URL, so no
    // early signal is missed.
    let stop = stop_signal()?;
    let app = Arc::new(App {
        token: auth::new_token(),
        port,
        workspace,
        random,
        runs: Arc::new(tokio::sync::Semaphore::new(1)),
        active: Mutex::new(Vec::new()),
    });
    let url = format!("http://127.0.0.1:{port}/?token={}", app.token);
    println!("grader serve: {url}");
    println!("  your files: {}", app.workspace.display());
    println!("  sandbox: {}", sandbox::summary());
    println!("  Ctrl-C stops the server");
    if open {
        open_browser(&url);
    }
    let stopping = Arc::new(tokio::sync::Notify::new());
    let server = axum::serve(listener, routes::router(app.clone())).with_graceful_shutdown({
        let (app, stopping) = (app.clone(), stopping.clone());
        async move {
            stop.await;
            eprintln!("grader serve: stopping");
            app.cancel_all();
            stopping.notify_one();
        }
    });
    // Connections still open after the runs stopped (a page left open keeps
    // one) are not waited for long.
    let grace = async {
        stopping.notified().await;
        tokio::time::sleep(Duration::from_secs(2)).await;
    };
    tokio::select! {
        served = server => served.map_err(|e| GradeError::Internal(format!("the server failed: {e}"))),
        () = grace => Ok(()),
    }
}

/// A future that ends on Ctrl-C (SIGINT) or SIGTERM; both are listened for from now on.
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, GradeError> {
    use tokio::signal::unix::{signal, SignalKind};
    let listen = |kind| {
        signal(kind).map_err(|e| GradeError::Internal(format!("cannot listen for signals: {e}")))
    };
    let (mut interrupt, mut terminate) = (
        listen(SignalKind::interrupt())?,
        listen(SignalKind::terminate())?,
    );
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

/// Starts the desktop's browser on `url`; says so when it cannot.
fn open_browser(url: &str) {
    let started = std::process::Command::new("xdg-open")
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match started {
        // Reaped on a thread of its own, so it never lingers as a zombie.
        Ok(mut child) => drop(std::thread::spawn(move || child.wait())),
        Err(e) => eprintln!("grader serve: could not open a browser ({e}): open the URL above"),
    }
}
