//! The seccomp filters (built in the grader with `seccompiler`, applied in the
//! child just before exec): system calls a learner's program has no business
//! making fail with `EPERM`; `clone3` and io_uring answer `ENOSYS` so libc and
//! libuv fall back to what the filter can inspect (`clone`) or to threads.

use std::collections::BTreeMap;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule,
};

use super::Purpose;

// System call numbers are `c_long`, which is `i64` on the 64-bit targets the grader supports.

/// Denied for every sandboxed process: debugging others, mounts, namespaces,
/// kernel objects, keyrings, and the module / reboot family.
const DENIED: &[libc::c_long] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_process_madvise,
    libc::SYS_pidfd_getfd,
    libc::SYS_kcmp,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_fsopen,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    libc::SYS_open_tree,
    libc::SYS_move_mount,
    libc::SYS_mount_setattr,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_kexec_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_quotactl,
    // Memory the data limit does not see.
    libc::SYS_memfd_create,
];

/// Denied to a learner's program (not to a compiler): new processes.
const NO_PROCESSES: &[libc::c_long] = &[libc::SYS_fork, libc::SYS_vfork];

/// Answered "not implemented".
const NOT_IMPLEMENTED: &[libc::c_long] = &[
    libc::SYS_clone3,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
];

fn arch() -> Result<seccompiler::TargetArch, String> {
    std::env::consts::ARCH
        .try_into()
        .map_err(|e| format!("seccomp: unsupported architecture: {e:?}"))
}

fn when(arg: u8, op: SeccompCmpOp, value: u64) -> Result<SeccompRule, String> {
    let condition = SeccompCondition::new(arg, SeccompCmpArgLen::Qword, op, value)
        .map_err(|e| e.to_string())?;
    SeccompRule::new(vec![condition]).map_err(|e| e.to_string())
}

fn program(rules: BTreeMap<i64, Vec<SeccompRule>>, errno: i32) -> Result<BpfProgram, String> {
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(errno as u32),
        arch()?,
    )
    .map_err(|e| e.to_string())?;
    filter
        .try_into()
        .map_err(|e: seccompiler::BackendError| e.to_string())
}

/// The filters for a process of `purpose`, in the order they are applied.
pub(super) fn programs(purpose: Purpose) -> Result<Vec<BpfProgram>, String> {
    let mut denied: BTreeMap<i64, Vec<SeccompRule>> =
        DENIED.iter().map(|&s| (s, Vec::new())).collect();
    // Typing into the terminal of whoever runs the grader.
    denied.insert(
        libc::SYS_ioctl,
        vec![when(1, SeccompCmpOp::Eq, libc::TIOCSTI)?],
    );
    if purpose == Purpose::Run {
        for &s in NO_PROCESSES {
            denied.insert(s, Vec::new());
        }
        // clone without CLONE_THREAD is a new process.
        denied.insert(
            libc::SYS_clone,
            vec![when(
                0,
                SeccompCmpOp::MaskedEq(libc::CLONE_THREAD as u64),
                0,
            )?],
        );
        // Shared anonymous memory escapes RLIMIT_DATA.
        let shared_anon = (libc::MAP_SHARED | libc::MAP_ANONYMOUS) as u64;
        denied.insert(
            libc::SYS_mmap,
            vec![when(3, SeccompCmpOp::MaskedEq(shared_anon), shared_anon)?],
        );
    }
    let missing: BTreeMap<i64, Vec<SeccompRule>> =
        NOT_IMPLEMENTED.iter().map(|&s| (s, Vec::new())).collect();
    Ok(vec![
        program(denied, libc::EPERM)?,
        program(missing, libc::ENOSYS)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_profiles_compile() {
        for purpose in [Purpose::Run, Purpose::Compile] {
            let programs = programs(purpose).unwrap();
            assert_eq!(programs.len(), 2);
            assert!(programs.iter().all(|p| !p.is_empty()));
        }
    }
}
