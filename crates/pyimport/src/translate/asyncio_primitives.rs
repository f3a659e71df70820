//! asyncio's own primitives (`asyncio.Lock`, `Semaphore`, `BoundedSemaphore`, `Event`, `Condition`,
//! `Queue`): declared as the threading ones are, with `asyncio: true`, so that a coroutine waiting on one
//! is suspended alone. Their blocking methods are coroutines in Python: `await lock.acquire()` is the
//! `lock` step, a call without `await` never runs and is refused. A threading primitive in a coroutine
//! stays a threading primitive (it blocks the loop's thread, the bug weft must show), and Python's rules
//! for the two families are kept: no `await` of a threading method, no `with` on an asyncio primitive, no
//! `async with` on a threading one, no asyncio primitive outside the loop's coroutines.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::{Object, Value};

/// The threading constructor an asyncio one is made like: `asyncio.Lock` is `threading.Lock`.
pub fn threading_twin(qualified: &str) -> Option<&'static str> {
    Some(match qualified {
        "asyncio.Lock" => "threading.Lock",
        "asyncio.Semaphore" => "threading.Semaphore",
        "asyncio.BoundedSemaphore" => "threading.BoundedSemaphore",
        "asyncio.Event" => "threading.Event",
        "asyncio.Condition" => "threading.Condition",
        "asyncio.Queue" => "queue.Queue",
        "asyncio.LifoQueue" => "queue.LifoQueue",
        "asyncio.PriorityQueue" => "queue.PriorityQueue",
        _ => return None,
    })
}

/// The methods of asyncio's primitives that are coroutines: they run only when awaited.
fn is_coroutine_method(object: &Object, method: &str) -> bool {
    matches!(
        (object, method),
        (Object::Lock { .. } | Object::Semaphore(_) | Object::Condition { .. }, "acquire")
            | (Object::Event(_) | Object::Condition { .. }, "wait")
            | (Object::Condition { .. }, "wait_for")
            | (Object::Queue { .. }, "get" | "put" | "join")
    )
}

/// The plain methods of asyncio's primitives that have a scenario form.
fn is_plain_method(object: &Object, method: &str) -> bool {
    matches!(
        (object, method),
        (Object::Lock { .. } | Object::Semaphore(_) | Object::Condition { .. }, "release")
            | (Object::Event(_), "set" | "clear" | "is_set")
            | (Object::Condition { .. }, "notify" | "notify_all")
            | (Object::Queue { .. }, "task_done" | "qsize" | "empty" | "full" | "put_nowait" | "get_nowait")
    )
}

/// The Python class of a primitive: `asyncio.Lock`, `threading.RLock`, `queue.Queue`.
fn python_class(object: &Object, asyncio: bool) -> String {
    let described = object.describe();
    let class = described.split_once(' ').map_or(described, |(_, class)| class);
    match (asyncio, object) {
        (true, _) => format!("asyncio.{class}"),
        (false, Object::Queue { .. }) => format!("queue.{class}"),
        (false, _) => format!("threading.{class}"),
    }
}

/// How many positional arguments asyncio's coroutine method takes (none takes a keyword or a time-out).
fn positional_arguments(method: &str) -> usize {
    match method {
        "put" | "wait_for" => 1,
        _ => 0,
    }
}

impl<'a> Translator<'a> {
    pub(super) fn is_asyncio(&self, object: &Object) -> bool {
        self.scenario.asyncio.contains(object.name())
    }

    /// `asyncio.Condition(lock)` takes an asyncio lock and `threading.Condition(lock)` a threading one.
    pub(super) fn check_same_family(&self, lock: &str, asyncio: bool, at: &Expr) -> Result<()> {
        match (self.scenario.asyncio.contains(lock), asyncio) {
            (false, true) => fail(at, "an `asyncio.Condition` is built on an `asyncio.Lock`, not a threading lock"),
            (true, false) => {
                fail(at, "a `threading.Condition` is built on a threading Lock or RLock, not an `asyncio.Lock`")
            }
            _ => Ok(()),
        }
    }

    /// The primitive a method call is made on, and the method: `lock.acquire()` gives the lock.
    fn primitive_method<'c>(&self, frame: &Frame, value: &'c Expr) -> Option<(Object, &'c ast::ExprCall, &'c str)> {
        let Expr::Call(call) = value else {
            return None;
        };
        let Expr::Attribute(attribute) = &*call.func else {
            return None;
        };
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Object(object))) if !matches!(object, Object::Loop | Object::Executor { .. }) => {
                Some((object, call, attribute.attr.as_str()))
            }
            _ => None,
        }
    }

    /// A method call on a primitive or a queue, checked against Python's rules for its family; `awaited`
    /// says whether the call is the operand of `await`.
    pub(super) fn check_primitive_call(&self, frame: &Frame, value: &Expr, awaited: bool) -> Result<()> {
        let Some((object, call, method)) = self.primitive_method(frame, value) else {
            return Ok(());
        };
        let asyncio = self.is_asyncio(&object);
        let class = python_class(&object, asyncio);
        if !asyncio {
            if awaited {
                return fail(
                    call,
                    format!(
                        "`{method}()` of a `{class}` is no coroutine and cannot be awaited (Python raises TypeError); \
                         without `await` it blocks the loop's whole thread, asyncio's own primitive suspends only the coroutine"
                    ),
                );
            }
            return Ok(());
        }
        if !frame.coroutine {
            return fail(
                call,
                format!(
                    "an `{class}` is used outside a coroutine: only the coroutines of its loop may use it \
                     (a thread needs a threading primitive)"
                ),
            );
        }
        if is_coroutine_method(&object, method) {
            if !awaited {
                return fail(
                    call,
                    format!("`{method}()` of an `{class}` is a coroutine: `await` it (without `await` it never runs)"),
                );
            }
            if call.arguments.args.len() != positional_arguments(method) || !call.arguments.keywords.is_empty() {
                let wanted = match method {
                    "put" => "the item only",
                    "wait_for" => "the predicate only",
                    _ => "no arguments",
                };
                return fail(
                    call,
                    format!(
                        "asyncio's `{method}` takes {wanted} (a time-out is `asyncio.wait_for(...)` around it, which weft does not import for a primitive)"
                    ),
                );
            }
            return Ok(());
        }
        if is_plain_method(&object, method) {
            return Ok(());
        }
        fail(call, format!("`{method}` of an `{class}` is not imported"))
    }

    /// `await lock.acquire()`, `await event.wait()`, `x = await queue.get()`, `await queue.put(x)`,
    /// `await queue.join()`, `await cond.wait()`, `await cond.wait_for(pred)`: the blocking step, which
    /// suspends only the coroutine since the primitive is asyncio's own. `Ok(false)` when `value` is no
    /// method call on a primitive.
    pub(super) fn await_primitive(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((object, call, method)) = self.primitive_method(frame, value) else {
            return Ok(false);
        };
        self.check_primitive_call(frame, value, true)?;
        match method {
            "put" | "join" => {
                if into.is_some() {
                    return fail(call, format!("`await q.{method}(...)` gives None; await it on a line of its own"));
                }
                self.method_statement(frame, &Value::Object(object), method, call, out, line)?;
            }
            _ => self.blocking_call(frame, value, into, out, line)?,
        }
        Ok(true)
    }

    /// `with` and `async with` items, checked against the family: `async with` takes asyncio's Lock,
    /// Semaphore, BoundedSemaphore and Condition, `with` the threading ones (Python raises TypeError for
    /// the others).
    pub(super) fn check_with_items(&self, frame: &Frame, with: &ast::StmtWith) -> Result<()> {
        for item in &with.items {
            if self.is_task_group(frame, item) {
                if !with.is_async {
                    return fail(item, "`with` on an `asyncio.TaskGroup`: Python raises TypeError; use `async with`");
                }
                if !frame.coroutine {
                    return fail(item, "an `asyncio.TaskGroup` is used outside a coroutine");
                }
                continue;
            }
            let object = match self.expr(frame, &item.context_expr, false) {
                Ok(Ex::Static(Value::Object(object))) => Some(object),
                _ => None,
            };
            let asyncio = object.as_ref().is_some_and(|object| self.is_asyncio(object));
            let class = object.as_ref().map_or(String::new(), |object| python_class(object, asyncio));
            if with.is_async && !asyncio {
                let message = match object {
                    Some(_) => format!(
                        "`async with` on a `{class}`: Python raises TypeError; `with` blocks the loop's thread, \
                         asyncio's own primitive suspends only the coroutine"
                    ),
                    None => "`async with` is supported on asyncio's Lock, Semaphore, BoundedSemaphore and Condition"
                        .to_string(),
                };
                return fail(item, message);
            }
            if !with.is_async && asyncio {
                return fail(item, format!("`with` on an `{class}`: Python raises TypeError; use `async with`"));
            }
            if asyncio && !frame.coroutine {
                return fail(item, format!("an `{class}` is used outside a coroutine"));
            }
        }
        Ok(())
    }
}
