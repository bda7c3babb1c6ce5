//! What the grader measures about a process from outside it: CPU time from
//! the process's CPU clock (all threads, nanoseconds), resident memory and
//! its peak from `/proc`. Nothing a learner's process says about itself is
//! believed.

/// CPU time (user + system, all threads) of a live process, in nanoseconds;
/// `None` once it is gone.
pub fn cpu_ns(pid: u32) -> Option<i64> {
    let mut clock: libc::clockid_t = 0;
    // SAFETY: plain syscalls writing into local variables.
    unsafe {
        if libc::clock_getcpuclockid(pid as libc::pid_t, &mut clock) != 0 {
            return None;
        }
        let mut now = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        if libc::clock_gettime(clock, &mut now) != 0 {
            return None;
        }
        Some(now.tv_sec * 1_000_000_000 + now.tv_nsec)
    }
}

/// Resets a process's peak resident memory (`VmHWM`) to its current size.
pub fn reset_peak(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}

/// Peak resident memory since the last [`reset_peak`] (or since exec), KiB.
pub fn peak_kb(pid: u32) -> u64 {
    status_field(pid, "VmHWM:")
}

/// Resident memory now, KiB.
pub fn rss_kb(pid: u32) -> u64 {
    let Ok(statm) = std::fs::read_to_string(format!("/proc/{pid}/statm")) else {
        return 0;
    };
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as u64;
    pages * page / 1024
}

fn status_field(pid: u32, field: &str) -> u64 {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return 0;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// The children of a process (`/proc/<pid>/task/<pid>/children`, or a scan of
/// `/proc` where the kernel lacks that file).
pub fn children(pid: u32) -> Vec<u32> {
    if let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")) {
        return text
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect();
    }
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&p| {
            std::fs::read_to_string(format!("/proc/{p}/stat")).is_ok_and(|stat| {
                stat.rsplit(')')
                    .next()
                    .and_then(|rest| rest.split_whitespace().nth(1))
                    .and_then(|ppid| ppid.parse::<u32>().ok())
                    == Some(pid)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_this_process() {
        let me = std::process::id();
        let before = cpu_ns(me).expect("own clock");
        let mut x = 0u64;
        for i in 0..3_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        assert!(x != 1);
        assert!(cpu_ns(me).unwrap() > before);
        assert!(rss_kb(me) > 0);
        assert!(peak_kb(me) >= rss_kb(me) / 2);
        let mut gone = std::process::Command::new("true").spawn().unwrap();
        let pid = gone.id();
        gone.wait().unwrap();
        assert!(cpu_ns(pid).is_none(), "a reaped process has no clock");
    }
}
