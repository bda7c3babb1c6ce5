//! The ordered set-up between fork and exec. Three processes when namespaces
//! are available:
//!
//! - **P**, the grader's child: enters new namespaces (a user namespace too
//!   when the grader is not root), builds the root, forks A, then waits and
//!   exits the way the program did (so the grader sees its signal or code);
//! - **A**, PID 1 of the new pid namespace: mounts the fresh `/proc`, moves
//!   into the new root, drops to an unprivileged uid (as root), forks B and
//!   reaps; when B ends, A ends, and the kernel kills whatever B left behind;
//! - **B**, the program: rlimits, Landlock, seccomp, then exec.
//!
//! Without namespaces, P is B. Everything here runs in a child of a
//! multi-threaded process: only system calls, plus Landlock's rule set (which
//! allocates; glibc's malloc is usable after fork).

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use seccompiler::BpfProgram;

use super::fence::Fence;
use super::mounts::{self, Op};
use super::{Policy, Purpose};

/// First uid given to learner code when the grader runs as root (plus P's pid,
/// so concurrent sandboxes never share a uid or its process count).
const UID_BASE: u32 = 0x4000_0000;

/// Turns a -1 return into the OS error.
pub(super) fn check(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

/// Everything the child needs, built before the fork.
pub(super) struct Plan {
    namespaces: bool,
    root: bool,
    uid_map: CString,
    gid_map: CString,
    staging: CString,
    proc_dir: CString,
    ops: Vec<Op>,
    cwd: CString,
    rlimits: Vec<(libc::__rlimit_resource_t, u64)>,
    fence: Fence,
    filters: Vec<BpfProgram>,
}

/// The inputs of [`Plan::new`].
pub(super) struct PlanParts<'a> {
    pub namespaces: bool,
    pub root: bool,
    pub staging: &'a Path,
    pub ops: Vec<Op>,
    pub cwd: &'a Path,
    pub policy: &'a Policy,
    pub fence: Fence,
    pub filters: Vec<BpfProgram>,
}

fn c(bytes: &[u8]) -> io::Result<CString> {
    CString::new(bytes).map_err(|_| io::Error::other("a path has a NUL byte"))
}

impl Plan {
    pub(super) fn new(parts: PlanParts) -> io::Result<Plan> {
        // SAFETY: getuid/getgid have no preconditions.
        let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
        let policy = parts.policy;
        let gib = 1u64 << 30;
        let mut rlimits = vec![
            (libc::RLIMIT_CORE, 0),
            (libc::RLIMIT_NOFILE, 1024),
            (libc::RLIMIT_CPU, policy.cpu_seconds),
            // Output files and compiled binaries.
            (libc::RLIMIT_FSIZE, 1 << 30),
            // The memory backstop: verdicts come from resident memory
            // (measured outside), so untouched allocations stay legal.
            (
                libc::RLIMIT_DATA,
                if policy.purpose == Purpose::Run {
                    12 * gib
                } else {
                    8 * gib
                },
            ),
        ];
        // Counted per user namespace (or for the sandbox's own uid as root);
        // without either it would count all of the user's processes.
        if parts.namespaces || parts.root {
            rlimits.push((libc::RLIMIT_NPROC, policy.threads));
        }
        Ok(Plan {
            namespaces: parts.namespaces,
            root: parts.root,
            uid_map: c(format!("{uid} {uid} 1\n").as_bytes())?,
            gid_map: c(format!("{gid} {gid} 1\n").as_bytes())?,
            staging: c(parts.staging.as_os_str().as_bytes())?,
            proc_dir: c(parts.staging.join("proc").as_os_str().as_bytes())?,
            ops: parts.ops,
            cwd: c(parts.cwd.as_os_str().as_bytes())?,
            rlimits,
            fence: parts.fence,
            filters: parts.filters,
        })
    }
}

/// Runs in the forked child (P); returns only in the process that will exec.
pub(super) fn enter(plan: Plan) -> io::Result<()> {
    // SAFETY: system calls only; see the module docs.
    unsafe {
        set_limit(libc::RLIMIT_CORE, 0)?;
        if !plan.namespaces {
            if plan.root {
                drop_to(UID_BASE + libc::getpid() as u32)?;
            }
            die_with_parent()?;
            return program(&plan);
        }
        let grader = libc::getppid();
        let mut flags = libc::CLONE_NEWNS
            | libc::CLONE_NEWPID
            | libc::CLONE_NEWNET
            | libc::CLONE_NEWIPC
            | libc::CLONE_NEWUTS;
        if !plan.root {
            flags |= libc::CLONE_NEWUSER;
        }
        check(libc::unshare(flags))?;
        if !plan.root {
            write_file(c"/proc/self/setgroups", b"deny")?;
            write_file(c"/proc/self/uid_map", plan.uid_map.as_bytes())?;
            write_file(c"/proc/self/gid_map", plan.gid_map.as_bytes())?;
        }
        // A credential change clears the parent-death signal: set it now.
        die_with_parent()?;
        if libc::getppid() != grader {
            libc::_exit(137);
        }
        check(libc::mount(
            std::ptr::null(),
            c"/".as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        ))?;
        mounts::execute(&plan.ops)?;
        let mut status_pipe = [0; 2];
        check(libc::pipe2(status_pipe.as_mut_ptr(), libc::O_CLOEXEC))?;
        let uid = UID_BASE + libc::getpid() as u32;
        let init = check(libc::fork())?;
        if init > 0 {
            libc::close(status_pipe[1]);
            close_all_but(status_pipe[0]);
            supervise(init, status_pipe[0]);
        }
        // A: PID 1 of the new pid namespace.
        libc::close(status_pipe[0]);
        check(libc::mount(
            c"proc".as_ptr(),
            plan.proc_dir.as_ptr(),
            c"proc".as_ptr(),
            libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
            std::ptr::null(),
        ))?;
        check(libc::chdir(plan.staging.as_ptr()))?;
        check(libc::syscall(libc::SYS_pivot_root, c".".as_ptr(), c".".as_ptr()) as libc::c_int)?;
        check(libc::umount2(c".".as_ptr(), libc::MNT_DETACH))?;
        check(libc::chdir(c"/".as_ptr()))?;
        if plan.root {
            drop_to(uid)?;
        }
        // Nothing inside may read A's memory, environment or descriptors.
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
        die_with_parent()?;
        for sig in 1..libc::SIGRTMAX() {
            libc::signal(sig, libc::SIG_DFL);
        }
        let program_pid = check(libc::fork())?;
        if program_pid > 0 {
            close_all_but(status_pipe[1]);
            reap(program_pid, status_pipe[1]);
        }
        // B: the program.
        libc::close(status_pipe[1]);
        program(&plan)
    }
}

/// B's own layers, last to first: nothing after seccomp but exec.
unsafe fn program(plan: &Plan) -> io::Result<()> {
    check(libc::chdir(plan.cwd.as_ptr()))?;
    for &(resource, value) in &plan.rlimits {
        set_limit(resource, value)?;
    }
    plan.fence
        .apply()
        .map_err(|e| io::Error::other(format!("landlock: {e}")))?;
    for filter in &plan.filters {
        seccompiler::apply_filter(filter).map_err(|e| io::Error::other(format!("seccomp: {e}")))?;
    }
    Ok(())
}

unsafe fn set_limit(resource: libc::__rlimit_resource_t, value: u64) -> io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    check(libc::setrlimit(resource, &limit)).map(drop)
}

unsafe fn die_with_parent() -> io::Result<()> {
    check(libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0)).map(drop)
}

/// Root to `uid`: no supplementary groups, gid and uid both.
unsafe fn drop_to(uid: u32) -> io::Result<()> {
    check(libc::setgroups(0, std::ptr::null()))?;
    check(libc::setresgid(uid, uid, uid))?;
    check(libc::setresuid(uid, uid, uid))?;
    Ok(())
}

unsafe fn write_file(path: &std::ffi::CStr, data: &[u8]) -> io::Result<()> {
    let fd = check(libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC))?;
    let written = libc::write(fd, data.as_ptr().cast(), data.len());
    let err = io::Error::last_os_error();
    libc::close(fd);
    if written != data.len() as isize {
        return Err(err);
    }
    Ok(())
}

unsafe fn close_all_but(keep: libc::c_int) {
    if keep > 0 {
        libc::syscall(libc::SYS_close_range, 0u32, (keep - 1) as u32, 0u32);
    }
    libc::syscall(libc::SYS_close_range, (keep + 1) as u32, u32::MAX, 0u32);
}

/// P: waits for A, then ends the way the program (B) ended.
unsafe fn supervise(init: libc::pid_t, status_read: libc::c_int) -> ! {
    let mut status = 0;
    loop {
        let r = libc::waitpid(init, &mut status, 0);
        if r == init || (r < 0 && io::Error::last_os_error().raw_os_error() != Some(libc::EINTR)) {
            break;
        }
    }
    let mut program_status: libc::c_int = 0;
    let n = libc::read(
        status_read,
        (&mut program_status as *mut libc::c_int).cast(),
        4,
    );
    if n == 4 {
        status = program_status;
    }
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), sig);
        libc::_exit(128 + sig);
    }
    libc::_exit(libc::WEXITSTATUS(status))
}

/// A: reaps every process of the namespace; when the program ends, reports
/// how and exits (which kills whatever is left).
unsafe fn reap(program: libc::pid_t, status_write: libc::c_int) -> ! {
    loop {
        let mut status = 0;
        let r = libc::waitpid(-1, &mut status, 0);
        if r == program {
            libc::write(status_write, (&status as *const libc::c_int).cast(), 4);
            libc::_exit(0);
        }
        if r < 0 && io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD) {
            libc::_exit(0);
        }
    }
}
