//! `threading.current_thread().name` in the code a thread runs (session 24: session23/t09's
//! `created.append(threading.current_thread().name)`, then `name.endswith("1")`, `f"{name}-x"`). A thread
//! made with `name=` of a string known at import time has that name for CPython whatever runs when,
//! and the import knows which thread runs each step (each thread is a task whose body is translated
//! for it), so the name is that string there: a value the program may compute with. A thread named by
//! Python (`Thread-3 (worker)`: a counter of every thread made so far, and the form differs between
//! versions), a pool's job, a coroutine and a process keep the opaque name they had (expr.rs): kept and
//! printed, never computed with. weft refuses assigning a thread's `name` after it is made.

use super::{Frame, Translator};

impl Translator<'_> {
    /// Notes the name `Thread(name=...)` gave the thread of `task`, if it gave one.
    pub(super) fn remember_thread_name(&mut self, task: usize, name: Option<String>) {
        if let Some(name) = name {
            self.thread_names.insert(task, name);
        }
    }

    /// The name of the thread that runs `frame`'s code, when it was named where it was made.
    pub(crate) fn running_thread_name(&self, frame: &Frame) -> Option<String> {
        if frame.coroutine {
            return None;
        }
        self.thread_names.get(&frame.task).cloned()
    }
}
