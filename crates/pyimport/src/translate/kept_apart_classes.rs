//! Exception classes CPython keeps apart and weft's engine raises as one (session 38, s38silent):
//! `queue.Empty` and `asyncio.QueueEmpty` are both the scenario's `Empty`, `queue.Full` and
//! `asyncio.QueueFull` both `Full`, and a cancelled pool future's `concurrent.futures.CancelledError`
//! (an `Exception`) is the engine's one `CancelledError`, asyncio's (a `BaseException`). A handler
//! that would catch the other module's class in weft, or miss it, where CPython does the opposite, is
//! refused at its class; a handler in a file where the two classes cannot meet imports as before.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Ex, Frame, Result, Translator, fail};
use crate::value::Value;

/// The queues of the `queue` and `multiprocessing` modules, whose `get`/`put` raise `queue.Empty` and
/// `queue.Full`.
pub(super) const THREAD_QUEUES: [&str; 6] = [
    "queue.Queue",
    "queue.LifoQueue",
    "queue.PriorityQueue",
    "queue.SimpleQueue",
    "multiprocessing.Queue",
    "multiprocessing.JoinableQueue",
];

/// asyncio's queues, whose `get_nowait`/`put_nowait` raise `asyncio.QueueEmpty` and `asyncio.QueueFull`.
const ASYNCIO_QUEUES: [&str; 3] = ["asyncio.Queue", "asyncio.LifoQueue", "asyncio.PriorityQueue"];

/// The pools whose futures `cancel()` (or `shutdown(cancel_futures=True)`) cancels.
const POOLS: [&str; 2] = ["concurrent.futures.ThreadPoolExecutor", "concurrent.futures.ProcessPoolExecutor"];

/// What the whole file makes and calls, as far as the classes kept apart go.
#[derive(Default)]
struct FileUses {
    /// The qualified names of the module functions and classes the file calls (`queue.Queue`).
    callees: Vec<String>,
    /// Whether the file calls a `cancel()` method or passes `cancel_futures=`.
    cancels: bool,
}

impl FileUses {
    fn makes_any(&self, constructors: &[&str]) -> bool {
        self.callees.iter().any(|callee| constructors.contains(&callee.as_str()))
    }
}

/// Whether `body` reads a future's outcome (`f.result()`, `f.exception()`), which raises the
/// future's `CancelledError` when it was cancelled.
fn reads_future_outcome(body: &[Stmt]) -> bool {
    struct Reads(bool);
    impl<'a> Visitor<'a> for Reads {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && matches!(method.attr.as_str(), "result" | "exception")
            {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut reads = Reads(false);
    reads.visit_body(body);
    reads.0
}

/// Whether `body` awaits, where an asyncio cancellation arrives.
fn awaits(body: &[Stmt]) -> bool {
    struct Awaits(bool);
    impl<'a> Visitor<'a> for Awaits {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Await(_));
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |=
                matches!(stmt, Stmt::With(with) if with.is_async) || matches!(stmt, Stmt::For(loop_) if loop_.is_async);
            walk_stmt(self, stmt);
        }
    }
    let mut awaits = Awaits(false);
    awaits.visit_body(body);
    awaits.0
}

impl Translator<'_> {
    /// Refuses a class a handler of the `try` `attempt` names that weft's one class would make catch
    /// what CPython does not, or miss what CPython catches.
    pub(super) fn refuse_classes_kept_apart(&self, frame: &Frame, attempt: &ast::StmtTry) -> Result<()> {
        let mut uses = None;
        // The classes of this handler and the ones before it: `except CancelledError:` before
        // `except Exception:` takes a cancelled pool future's first, in weft as in CPython.
        let mut named = Vec::new();
        for handler in &attempt.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let Some(class) = handler.type_.as_deref() else { continue };
            let classes: Vec<&Expr> = match class {
                Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                other => vec![other],
            };
            let names: Vec<(&Expr, String)> = classes
                .into_iter()
                .filter_map(|class| Some((class, self.qualified_class_name(frame, class)?)))
                .collect();
            named.extend(names.iter().map(|(_, name)| name.clone()));
            for (class, name) in &names {
                let uses = uses.get_or_insert_with(|| self.file_uses());
                if let Some(refusal) = kept_apart_refusal(name, &named, uses, &attempt.body) {
                    return fail(*class, refusal);
                }
            }
        }
        Ok(())
    }

    /// The qualified name of a class a handler names (`asyncio.QueueEmpty`), or the bare name of a
    /// built-in class the file does not bind (`Exception`).
    fn qualified_class_name(&self, frame: &Frame, class: &Expr) -> Option<String> {
        match self.expr(frame, class, false) {
            Ok(Ex::Static(Value::Module(module))) => Some(module),
            _ => match class {
                Expr::Name(name) if !self.globals.contains_key(name.id.as_str()) => Some(name.id.to_string()),
                _ => None,
            },
        }
    }

    /// The callees and cancellations of the whole file.
    fn file_uses(&self) -> FileUses {
        struct Collect<'t, 'a> {
            translator: &'t Translator<'a>,
            uses: FileUses,
        }
        impl<'b> Visitor<'b> for Collect<'_, '_> {
            fn visit_expr(&mut self, expr: &'b Expr) {
                if let Expr::Call(call) = expr {
                    if let Some(callee) = self.translator.module_name_of(&call.func) {
                        self.uses.callees.push(callee);
                    }
                    let cancel = matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "cancel");
                    let cancel_futures = call
                        .arguments
                        .keywords
                        .iter()
                        .any(|keyword| keyword.arg.as_ref().is_some_and(|name| name.as_str() == "cancel_futures"));
                    self.uses.cancels |= cancel || cancel_futures;
                }
                walk_expr(self, expr);
            }
        }
        let mut collect = Collect { translator: self, uses: FileUses::default() };
        collect.visit_body(self.module_body);
        collect.uses
    }

    /// The qualified name an expression of the module's imports names (`queue.Queue` for `queue.Queue`
    /// after `import queue`, or for `Queue` after `from queue import Queue`).
    fn module_name_of(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Name(name) => match self.globals.get(name.id.as_str()) {
                Some(Value::Module(module)) => Some(module.clone()),
                _ => None,
            },
            Expr::Attribute(attribute) => {
                Some(format!("{}.{}", self.module_name_of(&attribute.value)?, attribute.attr.as_str()))
            }
            _ => None,
        }
    }
}

/// Why the handler class `name` is refused in a file of `uses`, around `body`, with the classes `named`
/// by its handler and the ones before it; `None` when the two classes weft makes one cannot meet there.
fn kept_apart_refusal(name: &str, named: &[String], uses: &FileUses, body: &[Stmt]) -> Option<String> {
    let queue_words = |handler: &str, other: &str, other_queue: &str| {
        format!(
            "`except {handler}` in a file that makes a `{other_queue}`: weft raises one class for both modules' queues, so this handler would catch `{other}` too, which CPython's `{handler}` does not; name the class of the queue the `try` uses (`{other}` for a `{other_queue}`), or use one kind of queue in the file"
        )
    };
    let cancels_pool_futures = uses.cancels && uses.makes_any(&POOLS);
    let cancel_caught_before = named.iter().any(|class| {
        matches!(class.as_str(), "concurrent.futures.CancelledError" | "asyncio.CancelledError" | "BaseException")
    });
    match name {
        "asyncio.QueueEmpty" if uses.makes_any(&THREAD_QUEUES) => {
            Some(queue_words(name, "queue.Empty", "queue.Queue"))
        }
        "asyncio.QueueFull" if uses.makes_any(&THREAD_QUEUES) => Some(queue_words(name, "queue.Full", "queue.Queue")),
        "queue.Empty" if uses.makes_any(&ASYNCIO_QUEUES) => {
            Some(queue_words(name, "asyncio.QueueEmpty", "asyncio.Queue"))
        }
        "queue.Full" if uses.makes_any(&ASYNCIO_QUEUES) => Some(queue_words(name, "asyncio.QueueFull", "asyncio.Queue")),
        "asyncio.CancelledError" if cancels_pool_futures && reads_future_outcome(body) => Some(
            "`except asyncio.CancelledError` around a future's `result()` in a file that cancels pool futures: weft has one `CancelledError` for a cancelled task and a cancelled pool future, so this handler would catch the pool future's, which in CPython is `concurrent.futures.CancelledError`, another class; name `concurrent.futures.CancelledError` for a pool future".to_string(),
        ),
        "Exception" if cancels_pool_futures && !cancel_caught_before && reads_future_outcome(body) => Some(
            "`except Exception` around a future's `result()` in a file that cancels pool futures: CPython's `concurrent.futures.CancelledError` of a cancelled pool future is an `Exception`, but weft has one `CancelledError` for it and asyncio's, a `BaseException`, so this handler would miss it; name `concurrent.futures.CancelledError` beside `Exception` (`except (CancelledError, Exception)`), or catch `BaseException`".to_string(),
        ),
        "concurrent.futures.CancelledError" if uses.callees.iter().any(|callee| callee.starts_with("asyncio.")) && awaits(body) => Some(
            "`except concurrent.futures.CancelledError` around an `await`: weft has one `CancelledError` for a cancelled pool future and a cancelled task, so this handler would catch the task's cancellation, which in CPython is `asyncio.CancelledError`, another class; name `asyncio.CancelledError` for a task".to_string(),
        ),
        _ => None,
    }
}
