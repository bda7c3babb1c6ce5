//! The Landlock layer: read and execute only the system, toolchain and build
//! folders; write only the work folder (and a compile's build folder); no TCP
//! bind or connect; no signals or abstract UNIX sockets outside the sandbox.
//! Best effort: each right is enforced where the kernel's ABI has it.

use std::path::{Path, PathBuf};

use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, Ruleset, RulesetAttr, RulesetCreatedAttr,
    Scope, ABI,
};

use super::{mounts, Policy};

/// The rules for one process (paths as the process sees them).
#[derive(Debug)]
pub(super) struct Fence {
    abi: i32,
    read: Vec<PathBuf>,
    write: Vec<PathBuf>,
    devices: Vec<PathBuf>,
}

impl Fence {
    /// The rules for `policy`, with `work` as the writable work folder.
    pub(super) fn new(abi: i32, policy: &Policy, work: &Path, namespaces: bool) -> Fence {
        let mut read = mounts::system_paths();
        read.extend(policy.read_only.iter().cloned());
        if namespaces {
            // A fresh /proc that shows only the sandbox's own processes.
            read.push(PathBuf::from("/proc"));
        } else {
            // The host's /proc: only the process's own entry and a few tables.
            read.extend(
                ["/proc/self", "/proc/cpuinfo", "/proc/meminfo", "/proc/stat"].map(PathBuf::from),
            );
        }
        let mut write = vec![work.to_path_buf()];
        write.extend(policy.writable.iter().cloned());
        Fence {
            abi,
            read,
            write,
            devices: mounts::devices(policy.purpose)
                .iter()
                .map(PathBuf::from)
                .collect(),
        }
    }

    /// Restricts the calling process (in the child, just before exec).
    pub(super) fn apply(&self) -> Result<(), landlock::RulesetError> {
        if self.abi <= 0 {
            return Ok(());
        }
        let abi = ABI::from(self.abi);
        // `/proc/self` must be opened as this process (after the fork).
        let read: Vec<PathBuf> = self
            .read
            .iter()
            .map(|p| {
                if p == Path::new("/proc/self") {
                    PathBuf::from(format!("/proc/{}", std::process::id()))
                } else {
                    p.clone()
                }
            })
            .collect();
        let mut ruleset = Ruleset::default().handle_access(AccessFs::from_all(abi))?;
        if abi >= ABI::V4 {
            ruleset = ruleset.handle_access(AccessNet::from_all(abi))?;
        }
        if abi >= ABI::V6 {
            ruleset = ruleset.scope(Scope::from_all(abi))?;
        }
        let device = AccessFs::ReadFile | AccessFs::WriteFile;
        ruleset
            .create()?
            .add_rules(path_beneath_rules(&read, AccessFs::from_read(abi)))?
            .add_rules(path_beneath_rules(&self.write, AccessFs::from_all(abi)))?
            .add_rules(path_beneath_rules(&self.devices, device))?
            .restrict_self()?;
        Ok(())
    }
}
