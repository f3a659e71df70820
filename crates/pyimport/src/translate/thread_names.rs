//! `threading.current_thread().name` in the code a thread runs (session 24: session23/t09's
//! `created.append(threading.current_thread().name)`, then `name.endswith("1")`, `f"{name}-x"`). A thread
//! made with `name=` of a string known at import time has that name for CPython whatever runs when,
//! and the import knows which thread runs each step (each thread is a task whose body is translated
//! for it), so the name is that string there: a value the program may compute with. A thread named by
//! Python (`Thread-3 (worker)`: a counter of every thread made so far, and the form differs between
//! versions), a pool's job, a coroutine and a process keep the opaque name they had (expr.rs): kept and
//! printed, never computed with. weft refuses assigning a thread's `name` after it is made.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use super::{Frame, Translator};
use crate::value::Value;

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

    /// Counts a thread made by `Thread(...)` in CPython's count of threads made without `name=` (its
    /// `_counter`, which names them `Thread-1 (worker)`, `Thread-2 (worker)`, ...), noting the name of
    /// the thread of `task` where its target is a function of the file (`__name__`). The count is
    /// known at import time only while every such thread is made by the main thread's straight code
    /// (the import runs it in order); one made by another thread or job makes it depend on the run.
    pub(super) fn count_python_thread_name(
        &mut self,
        frame: &Frame,
        task: usize,
        unnamed: bool,
        function: Option<&String>,
    ) {
        if !unnamed {
            return;
        }
        if frame.task != 0 || frame.dynamic > 0 {
            self.python_thread_count_lost = true;
            return;
        }
        self.python_thread_count += 1;
        if let Some(function) = function.filter(|function| !function.contains('.')) {
            let name = format!("Thread-{} ({function})", self.python_thread_count);
            self.python_thread_names.insert(task, name);
        }
    }

    /// `t.name` of the Thread of `task` (session 32, session30/t01's `[t.name for t in tellers if
    /// t.is_alive()]`): the `name=` it was made with; else the name CPython 3.10 and later give it,
    /// `Thread-N (target)`, where the count is known (`count_python_thread_name`) and no other maker of
    /// threads without a name takes its numbers (a `Timer`, a subclass of Thread, multiprocessing's
    /// pools and ProcessPoolExecutor's manager); otherwise as opaque as `current_thread().name` of such
    /// a thread: kept and printed, never computed with.
    pub(crate) fn thread_name_value(&self, task: usize) -> Value {
        if let Some(name) = self.thread_names.get(&task) {
            return Value::Str(name.clone());
        }
        match self.python_thread_names.get(&task) {
            Some(name) if !self.python_thread_count_lost && !self.other_thread_makers() => Value::Str(name.clone()),
            _ => Value::Opaque("the name Python gives a thread made without `name=`"),
        }
    }

    /// Whether the program may make threads without a name that the import does not count: a
    /// `Timer`, a subclass of Thread, or anything of multiprocessing or a ProcessPoolExecutor.
    fn other_thread_makers(&self) -> bool {
        struct Makers(bool);
        impl<'a> Visitor<'a> for Makers {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                let imports = match stmt {
                    Stmt::Import(import) => import.names.iter().map(|alias| alias.name.as_str()).collect(),
                    Stmt::ImportFrom(import) => {
                        let mut names: Vec<&str> = import.names.iter().map(|alias| alias.name.as_str()).collect();
                        names.extend(import.module.as_ref().map(|module| module.as_str()));
                        names
                    }
                    _ => Vec::new(),
                };
                self.0 |= imports.iter().any(|name| is_other_maker(name));
                walk_stmt(self, stmt);
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Name(name) => self.0 |= is_other_maker(name.id.as_str()),
                    Expr::Attribute(attribute) => self.0 |= is_other_maker(attribute.attr.as_str()),
                    _ => {}
                }
                walk_expr(self, expr);
            }
        }
        let mut makers = Makers(!self.classes.thread_class_names().is_empty());
        for stmt in self.module_body {
            makers.visit_stmt(stmt);
        }
        makers.0
    }
}

fn is_other_maker(name: &str) -> bool {
    name == "Timer" || name == "ProcessPoolExecutor" || name.split('.').next() == Some("multiprocessing")
}
