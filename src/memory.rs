//! Process-wide memory settings.

/// Turns transparent huge pages off for this process (on Linux; elsewhere it does nothing). Call
/// it first thing in `main`.
///
/// mimalloc asks the kernel for huge pages (2 MiB) on the arenas it commits up front, and gets
/// them where the kernel's setting is `madvise` or `always`: the resident set then grows 2 MiB at
/// a time and a page gives nothing back until all of it is free. On the 52 MB bench text
/// `extract` peaked at 2.8–3.0× the input with them and at 2.2× without, no slower (README,
/// Speed). The flag holds for pages touched after the call, so the few allocations made before
/// `main` do not matter.
pub fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes one integer and reads or writes no memory of ours; a kernel
    // without it (before 3.15) answers EINVAL, and nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1 as libc::c_ulong, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn huge_pages_are_off_after_the_call() {
        super::no_huge_pages();
        // SAFETY: PR_GET_THP_DISABLE takes no argument and returns the flag.
        let flag = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(flag, 1);
    }
}
