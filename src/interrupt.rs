//! SIGINT and SIGTERM as a flag that long commands check between batches of work, so they stop
//! cleanly and print what they found so far. A second signal while the first is being handled ends
//! the process at once (exit 130 or 143), so a stuck command can still be stopped.
//!
//! Use: call [`catch`] when the long work starts; check [`requested`] between units of work; when it
//! is `Some`, finish the report as interrupted and return [`Signal::exit_status`].

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM};

/// The signal number received, 0 for none.
static RECEIVED: AtomicUsize = AtomicUsize::new(0);
/// Set once the first signal arrived: a second one exits at once.
static ONCE: AtomicBool = AtomicBool::new(false);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Interrupt,
    Terminate,
}

impl Signal {
    /// 128 plus the signal number, as shells report a process a signal ended.
    pub fn exit_status(self) -> u8 {
        match self {
            Signal::Interrupt => 130,
            Signal::Terminate => 143,
        }
    }
}

/// Installs the handlers (idempotent). Without them, a signal ends the process as before.
pub fn catch() {
    for (signal, status) in [(SIGINT, 130), (SIGTERM, 143)] {
        // Registered first, so the second signal exits before the first handler sets the flag again.
        let _ = signal_hook::flag::register_conditional_shutdown(signal, status, &ONCE);
        let _ = signal_hook::flag::register(signal, &ONCE);
        let _ = signal_hook::flag::register_usize(signal, &RECEIVED, signal as usize);
    }
}

/// The signal received since [`catch`], if any.
pub fn requested() -> Option<Signal> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        n if n == SIGTERM as usize => Some(Signal::Terminate),
        _ => Some(Signal::Interrupt),
    }
}
