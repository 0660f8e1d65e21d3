//! The benchmark's clock: CPU time of this thread, so that other work on a
//! shared machine (time slices lost to other processes) does not count.
use std::time::Duration;

pub fn now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// What reading the clock itself costs (a system call, ~1 µs on a VM):
/// subtracted from every short measurement.
pub fn overhead() -> Duration {
    static OVERHEAD: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *OVERHEAD.get_or_init(|| {
        let mut gaps: Vec<Duration> = (0..2001)
            .map(|_| {
                let t = now();
                now().saturating_sub(t)
            })
            .collect();
        gaps.sort();
        gaps[gaps.len() / 2]
    })
}

/// CPU time since `start` (a `now()`), less the clock's own cost.
pub fn since(start: Duration) -> Duration {
    now().saturating_sub(start).saturating_sub(overhead())
}

/// CPU time spent in `f`.
pub fn time(f: impl FnOnce()) -> Duration {
    overhead();
    let t = now();
    f();
    since(t)
}
