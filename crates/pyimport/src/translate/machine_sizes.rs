//! What a program sizes by the machine it runs on: `os.cpu_count()`, and the pools CPython sizes from it
//! when the program gives no size (`ThreadPoolExecutor()`: `min(32, os.cpu_count() + 4)` threads;
//! `ProcessPoolExecutor()`, `multiprocessing.Pool()`: `os.cpu_count()` processes; asyncio's default
//! executor of `to_thread` and `run_in_executor(None, ...)`: as `ThreadPoolExecutor()`). weft models one
//! machine, the scenario's (`--cores N`, 1 by default), and never reads the host's, so a program's
//! outcomes may depend on which machine the claim is about (session21/repro/r09: six threads on this
//! 2-core host, five on weft's default machine, and a state only six reach). The import lists these
//! places (`Imported::machine_sized`), and `weft explore` names the machine beside its claim.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::Translator;

impl Translator<'_> {
    /// A pool made without a size (`workers` is `None`): CPython's default for the machine's cores.
    pub(super) fn note_default_pool(&self, call: &ast::ExprCall, callee: &str, workers: Option<u64>) {
        if workers.is_some() {
            return;
        }
        let cores = self.machine_cores();
        let (short, size) = match callee.rsplit('.').next() {
            Some("ThreadPoolExecutor") => ("ThreadPoolExecutor", format!("{} threads", (cores + 4).min(32))),
            Some(other) => (other, if cores == 1 { "1 process".to_string() } else { format!("{cores} processes") }),
            None => return,
        };
        self.note_machine_sized(self.source.line_of(call.start()), &format!("`{short}()` has {size}"));
    }

    /// A job of asyncio's default executor (`to_thread`, `run_in_executor(None, ...)`).
    pub(super) fn note_default_executor(&self, line: u32) {
        let threads = (self.machine_cores() + 4).min(32);
        self.note_machine_sized(line, &format!("asyncio's default executor has {threads} threads"));
    }

    /// Notes that the program sizes something at `node` by the machine's core count.
    pub(crate) fn note_machine_sized_at(&self, node: &impl Ranged, what: &str) {
        self.note_machine_sized(self.source.line_of(node.start()), what);
    }

    fn note_machine_sized(&self, line: u32, what: &str) {
        self.machine_sized.borrow_mut().entry(line).or_insert_with(|| what.to_string());
    }

    /// The places noted, by line: `(line, what)`.
    pub(super) fn machine_sized_places(&self) -> Vec<(u32, String)> {
        self.machine_sized.borrow().iter().map(|(line, what)| (*line, what.clone())).collect()
    }
}
