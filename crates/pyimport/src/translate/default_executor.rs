//! The end of `asyncio.run`: CPython 3.9+ ends it with `loop.shutdown_default_executor()`, which waits for
//! every thread of the loop's default executor (`asyncio.to_thread`, `run_in_executor(None, ...)`) still
//! running, even one whose awaiter gave up (a `wait_for` that timed out, a cancelled task): the code
//! after `asyncio.run` sees what that thread wrote. Weft's `asyncio.run` is the coroutine's task and the
//! caller's `result` of it; the import adds `shutdown: { default_executor: main }` after that `result`,
//! in a `finally` (Python's `Runner.close` runs in one: a coroutine that raises waits for the threads
//! too), wherever a coroutine of the program submits a job to the default executor. Session 26.

use super::Translator;
use crate::out::{Node, Step};

/// The event loop of every coroutine the import writes (no `loop:`): the scenario format's default.
const IMPORTED_LOOP: &str = "main";

impl Translator<'_> {
    /// Puts the shutdown of the loop's default executor after `asyncio.run`'s `result` step (the last
    /// of `out`), as the `finally` of a `try` around it, when some coroutine submits a job to it.
    pub(super) fn shut_down_default_executor_after(&self, out: &mut Vec<Step>) {
        if !self.submits_to_the_default_executor() {
            return;
        }
        let Some(wait) = out.pop() else { return };
        let line = wait.line;
        let shutdown =
            Step::new("shutdown", Node::Map(vec![("default_executor", Node::Plain(IMPORTED_LOOP.to_string()))]), line);
        let entries = vec![("do", Node::Steps(vec![wait])), ("finally", Node::Steps(vec![shutdown]))];
        out.push(Step::new("try", Node::Map(entries), line));
    }

    /// Whether a coroutine task submits a thread task that has no executor of its own: a job of its
    /// loop's default executor (the engine's rule, `submits_to_default_executor`).
    pub(super) fn submits_to_the_default_executor(&self) -> bool {
        let tasks = &self.scenario.tasks;
        let is_default_executor_job =
            |task: usize| tasks[task].kind.is_none() && tasks[task].executor.is_none() && tasks[task].spawned;
        tasks
            .iter()
            .filter(|task| task.kind == Some("coroutine"))
            .any(|coroutine| submits_any(&coroutine.ops, &is_default_executor_job))
    }
}

/// Whether some `submit` among `steps` (at any depth) starts a task that `wanted` says.
fn submits_any(steps: &[Step], wanted: &dyn Fn(usize) -> bool) -> bool {
    steps.iter().any(|step| match (&step.value, step.key) {
        (Some(Node::Map(entries)), "submit") => {
            entries.iter().any(|(key, node)| matches!((*key, node), ("task", Node::Task(task)) if wanted(*task)))
        }
        (Some(node), _) => node_submits_any(node, wanted),
        (None, _) => false,
    })
}

fn node_submits_any(node: &Node, wanted: &dyn Fn(usize) -> bool) -> bool {
    match node {
        Node::Steps(steps) => submits_any(steps, wanted),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_submits_any(value, wanted)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_submits_any(value, wanted)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
    }
}
