//! The sandbox's file system: a small tmpfs root holding read-only binds of
//! the system folders (`/usr`, the `/lib` links, a few files of `/etc`), the
//! toolchain and build folders the policy names, four device nodes, an empty
//! `/proc` for the fresh one, and a private `/tmp`. Planned in the grader
//! (paths checked, strings built), executed in the child with bare system calls.

use std::collections::BTreeSet;
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use super::{Policy, Purpose};

/// One step of building the root.
#[derive(Debug)]
pub(super) enum Op {
    Dir(CString),
    File(CString),
    Symlink {
        target: CString,
        link: CString,
    },
    Bind {
        source: CString,
        target: CString,
        writable: bool,
        device: bool,
    },
    Tmpfs {
        target: CString,
        options: CString,
    },
}

/// Top-level system folders (or the links to them on merged-/usr systems).
const SYSTEM: &[&str] = &[
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
];

/// What of `/etc` programs need to start: the loader's cache, the
/// alternatives links (`java`), the JDK's configuration, time zone, OpenSSL's
/// configuration (Node). Not `passwd`, not `shadow`, nothing else.
const ETC: &[&str] = &[
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/localtime",
    "/etc/ssl/openssl.cnf",
];

/// Device nodes a program may open (a compiler gets no endless ones:
/// `#include </dev/zero>` is then a missing file, not a memory bomb).
pub(super) fn devices(purpose: Purpose) -> &'static [&'static str] {
    match purpose {
        Purpose::Run => &[
            "/dev/null",
            "/dev/zero",
            "/dev/full",
            "/dev/random",
            "/dev/urandom",
        ],
        Purpose::Compile => &["/dev/null", "/dev/urandom"],
    }
}

/// The system paths readable in the sandbox (also Landlock's read rules).
pub(super) fn system_paths() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = SYSTEM.iter().chain(ETC).map(PathBuf::from).collect();
    if let Ok(entries) = std::fs::read_dir("/etc") {
        // The JDK's configuration: /usr/lib/jvm/*/conf links into /etc/java-*.
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with("java-") {
                out.push(entry.path());
            }
        }
    }
    out.retain(|p| p.symlink_metadata().is_ok());
    out
}

fn c(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::other("a path has a NUL byte"))
}

struct Planner {
    staging: PathBuf,
    ops: Vec<Op>,
    made: BTreeSet<PathBuf>,
    bound: Vec<PathBuf>,
}

impl Planner {
    fn inside(&self, path: &Path) -> PathBuf {
        self.staging.join(path.strip_prefix("/").unwrap_or(path))
    }

    /// Creates `path`'s folders (and the path itself, as a folder or a file).
    fn make(&mut self, path: &Path, is_dir: bool) -> io::Result<()> {
        let mut ancestors: Vec<&Path> = path.ancestors().skip(1).collect();
        ancestors.reverse();
        for dir in ancestors {
            if dir != Path::new("/") && self.made.insert(dir.to_path_buf()) {
                self.ops.push(Op::Dir(c(&self.inside(dir))?));
            }
        }
        if self.made.insert(path.to_path_buf()) {
            let target = c(&self.inside(path))?;
            self.ops.push(if is_dir {
                Op::Dir(target)
            } else {
                Op::File(target)
            });
        }
        Ok(())
    }

    /// Binds `path` at the same place inside (unless already visible there).
    fn bind(&mut self, path: &Path, writable: bool, device: bool) -> io::Result<()> {
        if !writable && self.bound.iter().any(|b| path.starts_with(b)) {
            return Ok(());
        }
        let meta = match std::fs::symlink_metadata(path) {
            Ok(meta) => meta,
            Err(_) => return Ok(()),
        };
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(path)?;
            if let Some(parent) = path.parent().filter(|p| *p != Path::new("/")) {
                self.make(parent, true)?;
            }
            self.made.insert(path.to_path_buf());
            self.ops.push(Op::Symlink {
                target: c(&target)?,
                link: c(&self.inside(path))?,
            });
            // The link's target must be visible too.
            let resolved = std::fs::canonicalize(path)?;
            return self.bind(&resolved, writable, device);
        }
        self.make(path, meta.is_dir())?;
        self.ops.push(Op::Bind {
            source: c(path)?,
            target: c(&self.inside(path))?,
            writable,
            device,
        });
        self.bound.push(path.to_path_buf());
        Ok(())
    }
}

/// The steps that build the root on `staging` for `policy`.
pub(super) fn plan(staging: &Path, policy: &Policy) -> io::Result<Vec<Op>> {
    let mut p = Planner {
        staging: staging.to_path_buf(),
        ops: vec![Op::Tmpfs {
            target: c(staging)?,
            options: CString::new("size=16m,nr_inodes=4096,mode=0755").expect("no NUL"),
        }],
        made: BTreeSet::new(),
        bound: Vec::new(),
    };
    for path in system_paths() {
        p.bind(&path, false, false)?;
    }
    for dev in devices(policy.purpose) {
        p.bind(Path::new(dev), true, true)?;
    }
    for (link, target) in [
        ("/dev/fd", "/proc/self/fd"),
        ("/dev/stdin", "/proc/self/fd/0"),
        ("/dev/stdout", "/proc/self/fd/1"),
        ("/dev/stderr", "/proc/self/fd/2"),
    ] {
        p.ops.push(Op::Symlink {
            target: c(Path::new(target))?,
            link: c(&p.inside(Path::new(link)))?,
        });
    }
    p.make(Path::new("/proc"), true)?;
    p.make(Path::new("/tmp"), true)?;
    p.ops.push(Op::Tmpfs {
        target: c(&p.inside(Path::new("/tmp")))?,
        // Bytes and files both bounded: a million empty files is kernel memory too.
        options: CString::new(format!(
            "size={}m,nr_inodes={},mode=1777",
            policy.tmp_mb,
            policy.tmp_mb * 256
        ))
        .expect("no NUL"),
    });
    for path in &policy.read_only {
        p.bind(path, false, false)?;
    }
    for path in &policy.writable {
        p.bind(path, true, false)?;
    }
    Ok(p.ops)
}

/// Runs the steps (in the child, inside its mount namespace).
pub(super) fn execute(ops: &[Op]) -> io::Result<()> {
    use super::child::check;
    for op in ops {
        // SAFETY: system calls on NUL-terminated strings owned by `ops`.
        unsafe {
            match op {
                Op::Dir(path) => {
                    if libc::mkdir(path.as_ptr(), 0o755) != 0
                        && io::Error::last_os_error().raw_os_error() != Some(libc::EEXIST)
                    {
                        return Err(io::Error::last_os_error());
                    }
                }
                Op::File(path) => {
                    let fd = check(libc::open(
                        path.as_ptr(),
                        libc::O_CREAT | libc::O_WRONLY | libc::O_CLOEXEC,
                        0o644,
                    ))?;
                    libc::close(fd);
                }
                Op::Symlink { target, link } => {
                    check(libc::symlink(target.as_ptr(), link.as_ptr()))?;
                }
                Op::Tmpfs { target, options } => {
                    check(libc::mount(
                        c"tmpfs".as_ptr(),
                        target.as_ptr(),
                        c"tmpfs".as_ptr(),
                        libc::MS_NOSUID | libc::MS_NODEV,
                        options.as_ptr().cast(),
                    ))?;
                }
                Op::Bind {
                    source,
                    target,
                    writable,
                    device,
                } => {
                    check(libc::mount(
                        source.as_ptr(),
                        target.as_ptr(),
                        std::ptr::null(),
                        libc::MS_BIND | libc::MS_REC,
                        std::ptr::null(),
                    ))?;
                    // Keep the flags the kernel locks (atime, noexec…), add ours.
                    let mut fs: libc::statvfs = std::mem::zeroed();
                    check(libc::statvfs(target.as_ptr(), &mut fs))?;
                    let mut flags = libc::MS_BIND
                        | libc::MS_REMOUNT
                        | libc::MS_NOSUID
                        | locked_flags(fs.f_flag);
                    if !device {
                        flags |= libc::MS_NODEV;
                    }
                    if !writable {
                        flags |= libc::MS_RDONLY;
                    }
                    check(libc::mount(
                        std::ptr::null(),
                        target.as_ptr(),
                        std::ptr::null(),
                        flags,
                        std::ptr::null(),
                    ))?;
                }
            }
        }
    }
    Ok(())
}

/// The mount flags of a `statfs` that a remount must keep.
fn locked_flags(st: u64) -> libc::c_ulong {
    let mut flags = 0;
    for (st_flag, ms_flag) in [
        (libc::ST_RDONLY, libc::MS_RDONLY),
        (libc::ST_NOSUID, libc::MS_NOSUID),
        (libc::ST_NODEV, libc::MS_NODEV),
        (libc::ST_NOEXEC, libc::MS_NOEXEC),
        (libc::ST_NOATIME, libc::MS_NOATIME),
        (libc::ST_NODIRATIME, libc::MS_NODIRATIME),
        (libc::ST_RELATIME, libc::MS_RELATIME),
    ] {
        if st & st_flag != 0 {
            flags |= ms_flag;
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_binds_at_the_same_paths_and_skips_what_is_already_visible() {
        let policy = Policy::run(
            vec![PathBuf::from("/usr/lib"), PathBuf::from("/nonexistent/x")],
            16,
        );
        let ops = plan(Path::new("/tmp/stage"), &policy).unwrap();
        let binds: Vec<String> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Bind { source, target, .. } => Some(format!(
                    "{} -> {}",
                    source.to_str().unwrap(),
                    target.to_str().unwrap()
                )),
                _ => None,
            })
            .collect();
        assert!(
            binds.contains(&"/usr -> /tmp/stage/usr".to_string()),
            "{binds:?}"
        );
        assert!(
            !binds.iter().any(|b| b.starts_with("/usr/lib ")),
            "already under /usr: {binds:?}"
        );
        assert!(!binds.iter().any(|b| b.contains("nonexistent")));
        assert!(!binds
            .iter()
            .any(|b| b.contains("passwd") || b.contains("shadow")));
        assert!(matches!(ops[0], Op::Tmpfs { .. }));
    }
}
