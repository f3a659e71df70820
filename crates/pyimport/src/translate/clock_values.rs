//! The clock as a value (session 31): `time.monotonic()` and its kin where a value decides something.
//!
//! ```python
//! def _fresh(self, key):
//!     value, stamp = self.entries[key]
//!     return time.monotonic() - stamp < self.ttl
//! ```
//!
//! A reading of the clock is otherwise kept under its name and printed, never computed with (value.rs,
//! `CLOCK`): most programs only time themselves, and their readings take no step. A program whose
//! readings decide something (a TTL cache's freshness, a token bucket's refill, `while time.monotonic()
//! < deadline:`) was refused where the reading met arithmetic weft had to compute. Such a program is
//! translated again with every reading a value of the scenario (`Options::clock_values`): weft's
//! virtual time is the clock, read by `now_ns()` (a step of its own, docs/format.md "The clock"),
//! in seconds as a float where CPython gives a float (`truediv(now_ns(), 1000000000)`: the nanoseconds'
//! exact quotient rounded once, as close to the reading as CPython's own float of it), in integer
//! nanoseconds for the `_ns` forms. Programs that imported before are translated as before.
//!
//! What it cannot give is the real machine's timing: CPython's clock also counts the time its Python
//! takes and its sleeps' overshoot, which weft's clocks leave out, so a comparison of a reading near its
//! threshold may go the other way in CPython. `weft explore` of a model that reads the clock says so and
//! does not claim completeness (`stopped_by: clock`). The CPU-time clocks (`time.process_time()`,
//! `time.thread_time()`) are no virtual time weft keeps: they stay readings to print.

use super::Translator;
use crate::expr::{ATOM, Ex};
use crate::value::{CLOCK, Value};

/// The wall clocks, each as the scenario's reading of virtual time: seconds as a float, or integer
/// nanoseconds.
const WALL_CLOCKS: [(&str, &str); 6] = [
    ("time.perf_counter", SECONDS),
    ("time.monotonic", SECONDS),
    ("time.time", SECONDS),
    ("time.perf_counter_ns", NANOSECONDS),
    ("time.monotonic_ns", NANOSECONDS),
    ("time.time_ns", NANOSECONDS),
];

/// CPython's float of the seconds: the nanoseconds' quotient, rounded once.
const SECONDS: &str = "truediv(now_ns(), 1000000000)";
const NANOSECONDS: &str = "now_ns()";

/// Whether a refusal's words are those of a clock's reading met where weft must compute a value:
/// then the program is translated again with readings as values.
pub(crate) fn refused_for_a_reading(message: &str) -> bool {
    matches!(CLOCK, Value::Opaque(words) if message.contains(words))
}

impl Translator<'_> {
    /// The value of `function()`, a clock of the `time` module called with no arguments: under
    /// `Options::clock_values` a wall clock is virtual time, read in a step; otherwise, and for the
    /// CPU-time clocks, a reading to keep and print.
    pub(crate) fn clock_reading(&self, function: &str) -> Ex {
        match WALL_CLOCKS.iter().find(|(name, _)| *name == function) {
            Some((_, text)) if self.options.clock_values => Ex::code(text.to_string(), ATOM, false, true),
            _ => Ex::Static(CLOCK),
        }
    }
}
