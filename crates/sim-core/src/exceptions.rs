//! Python's exception classes as `try` blocks see them: the built-in hierarchy of the classes weft can
//! raise (a `raise` step, or a fault of its own: a division by zero, a missing key, an index out of
//! range, a failed `assert`, ...), the classes a program declares with their base, and which class a
//! fault is. Asked only when something raises, never in a step that does not.

use crate::model::{ExceptionId, FutureDefs, Instr, Model, TaskId, TaskKind, TryHandler};
use crate::outcome::Cause;

/// Python 3.11's built-in classes with their bases, kept in the model's file (a leaf), which names
/// them at run time (`FutureDefs::exception_at_run_time`).
pub use crate::model::BUILTIN_EXCEPTIONS;

/// The longest chain of bases followed (a declared class's bases are checked for cycles by the loader;
/// this bound only keeps a hand-built model from looping).
const MAX_DEPTH: usize = 64;

/// The base of class `name`: a declared class's own, a built-in one's, `Exception` for a class of
/// neither (a `raise` of a class the scenario does not declare derives from `Exception`, as every class
/// a program raises does), none for `BaseException`.
fn base_of<'a>(futures: &'a FutureDefs, name: &str) -> Option<&'a str> {
    if name == "BaseException" {
        return None;
    }
    if let Some((_, base)) = futures.exception_bases.iter().find(|(class, _)| futures.exceptions[class.index()] == name)
    {
        return Some(futures.exceptions[base.index()].as_str());
    }
    match BUILTIN_EXCEPTIONS.iter().find(|(class, _)| *class == name) {
        Some((_, base)) => Some(base),
        None => Some("Exception"),
    }
}

/// Whether an `except handler:` catches an exception of class `raised`: the class itself or one of its
/// bases, as Python's `isinstance`.
pub fn is_subclass(futures: &FutureDefs, raised: &str, handler: &str) -> bool {
    let mut class = raised;
    for _ in 0..MAX_DEPTH {
        if class == handler {
            return true;
        }
        match base_of(futures, class) {
            Some(base) => class = base,
            None => return false,
        }
    }
    false
}

/// Whether a handler for class `handler` catches an exception of class `raised` (a `result`'s
/// `catches`): the class or one of its bases.
pub fn catches(futures: &FutureDefs, handler: ExceptionId, raised: ExceptionId) -> bool {
    let name = |class: ExceptionId| futures.exception_name(class);
    handler == raised || is_subclass(futures, name(raised), name(handler))
}

/// Whether `handler` catches an exception of class `raised` at `pc`: in its range, and of one of its
/// classes (any, with none).
pub fn handler_catches(futures: &FutureDefs, handler: &TryHandler, pc: u32, raised: &str) -> bool {
    let name = |class: &ExceptionId| futures.exception_name(*class);
    (handler.start..handler.end).contains(&pc)
        && (handler.classes.is_empty() || handler.classes.iter().any(|class| is_subclass(futures, raised, name(class))))
}

/// Whether a CancelledError raised at `pc` of `task` is caught by a handler around it: an `except`
/// that names CancelledError or a base of it, or a `finally` (which runs and raises it again).
pub fn catches_cancelled_at(model: &Model, task: TaskId, pc: u32) -> bool {
    let futures = &model.futures;
    let raised = "CancelledError";
    !futures.handlers.is_empty()
        && futures.exception_named(raised).is_some()
        && futures.handlers.iter().any(|handler| handler.task == task && handler_catches(futures, handler, pc, raised))
}

/// Whether `task`'s step at `pc`, when it is the last of its program, is a coroutine's sleep (`await`,
/// `asyncio.sleep(0)`) that a cancel may still reach with Python code left to run: the coroutine is a
/// submitted task's instance (what a `cancel` names) and a handler around the sleep catches
/// CancelledError. Python's task, cancelled while it sleeps there, resumes into the handler (or
/// `finally`); so the exploring driver finishes such a coroutine at a turn of its own after the sleep,
/// not as the sleep begins, and a cancel that comes between them is raised at the sleep
/// (docs/exploration.md, "A cancel in a coroutine's last await"). Asked only once a program has no step
/// left.
pub fn last_sleep_meets_cancel(model: &Model, task: TaskId, pc: u32) -> bool {
    let definition = &model.tasks[task.index()];
    let sleeps =
        matches!(definition.program.get(pc as usize), Some(Instr::Await(_) | Instr::AwaitFor { .. } | Instr::Yield));
    let may_be_cancelled = definition.kind == TaskKind::Coroutine
        && model.futures.instances.iter().any(|instances| instances.slots.contains(&task));
    sleeps && may_be_cancelled && catches_cancelled_at(model, task, pc)
}

/// The Python class of the exception a fault is, when Python raises one there: `None` for what ends a
/// run without an exception (a deadlock, a limit of weft's, an `expect` line, a 64-bit overflow).
pub fn class_of_fault(model: &Model, cause: &Cause) -> Option<String> {
    use crate::expr::EvalError;
    match cause {
        Cause::Eval { error, .. } => match error {
            EvalError::DivisionByZero => Some("ZeroDivisionError".into()),
            EvalError::IndexOutOfRange { .. } => Some("IndexError".into()),
            EvalError::MissingKey { .. } => Some("KeyError".into()),
            EvalError::NoneOperand { .. }
            | EvalError::StringOperand { .. }
            | EvalError::TupleOperand { .. }
            | EvalError::ObjectOperand { .. }
            | EvalError::ListIndexType { .. }
            | EvalError::Unhashable { .. }
            | EvalError::NotSubscriptable { .. }
            | EvalError::Argument { .. } => Some("TypeError".into()),
            EvalError::MissingAttribute { .. } => Some("AttributeError".into()),
            // `int('oops')`.
            EvalError::IntLiteral { .. } | EvalError::FloatLiteral { .. } => Some("ValueError".into()),
            EvalError::NoAttribute { .. } => Some("AttributeError".into()),
            EvalError::Python { class, .. } => Some((*class).into()),
            // `a, b = t` of a tuple of another length; of a value that is no tuple, TypeError.
            EvalError::Unpack { got: Some(_), .. } => Some("ValueError".into()),
            EvalError::Unpack { got: None, .. } => Some("TypeError".into()),
            // Python's ints never overflow: a limit of weft's.
            _ => None,
        },
        Cause::Assertion { .. } => Some("AssertionError".into()),
        Cause::UnlockNotHeld { .. } => Some("RuntimeError".into()),
        Cause::TaskDoneTooOften { .. } => Some("ValueError".into()),
        // Awaiting a cancelled task raises CancelledError in the awaiter, which its handlers may catch.
        Cause::Python(crate::outcome::PythonFault::Cancelled { .. }) => Some("CancelledError".into()),
        // A Python fault's message starts with its class ("IndexError: ..."); one that does not is a
        // limit of weft's (a semaphore counting past 64 bits).
        Cause::Python(fault) => {
            let message = fault.describe(model);
            let (class, _) = message.split_once(": ")?;
            class.chars().all(|c| c.is_ascii_alphanumeric()).then(|| class.to_string())
        }
        _ => None,
    }
}
