//! The last guard before a call the import does not model becomes "its reads, then nothing": a call
//! that may change a list, a dict or a set in place. Such a call reaches `unknown_call` whenever no
//! form above it took the receiver (a dict display split into one variable per string key, a list
//! known at import time such as a list of tuples, a value returned by another call such as
//! `cache.setdefault(k, []).append(v)`, a name bound in a thread to a list), and there it would be
//! translated as the reads of its arguments: the write lost, and weft claiming "complete" without
//! Python's state (session 18's probe, repro r08, r09, r11, r16). Whatever the receiver, a method of
//! that name is refused here unless the receiver is known to have no such method (a module, a string).
//! The methods weft does model are taken before this point (`method_statement`): a shared list's
//! `append`, `extend` of a display, `pop`, `sort`; a shared dict's `pop` and `setdefault`; a shared
//! set's `add`, `remove`, `discard`; a deque's.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// Every method of list, dict, set and deque that changes its object in place. No string, number,
/// tuple or module function of these names does (a module's are called through `module_call`).
pub(crate) const CONTAINER_MUTATORS: [&str; 21] = [
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "clear",
    "sort",
    "reverse",
    "update",
    "setdefault",
    "popitem",
    "add",
    "discard",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
    "appendleft",
    "extendleft",
    "popleft",
    "rotate",
    "__setitem__",
];

/// Functions of the standard library that change the list they are given (`heapq.heappush(h, x)`,
/// `random.shuffle(xs)`, `bisect.insort(xs, x)`).
const MUTATING_FUNCTIONS: [&str; 8] = [
    "heapq.heappush",
    "heapq.heappop",
    "heapq.heapify",
    "heapq.heapreplace",
    "heapq.heappushpop",
    "random.shuffle",
    "bisect.insort",
    "bisect.insort_right",
];

impl Translator<'_> {
    /// Refuses a call weft does not model that may change a container in place: a mutating method of
    /// any receiver but a module or a string, and a library function that mutates the list, dict or
    /// set known at import time it is given. Never "nothing" for a call with a write.
    pub(crate) fn refuse_dropped_mutation(&self, frame: &Frame, call: &ast::ExprCall) -> super::Result<()> {
        if let Expr::Attribute(attribute) = &*call.func
            && CONTAINER_MUTATORS.contains(&attribute.attr.as_str())
            && !self.has_no_container_methods(frame, &attribute.value)
        {
            return fail(
                call,
                format!(
                    "`.{}(...)` here may change a list, dict or set in place, which weft does not model for {}: the write would be lost. weft models `append`, `extend` of a display, `pop` and `sort()` of a module list of numbers or strings (or one a thread appends to), `pop`/`setdefault` of a dict whose keys come at run time, `add`/`remove`/`discard` of a set, item assignment and `del` (docs/python.md)",
                    attribute.attr,
                    self.receiver_description(frame, &attribute.value)
                ),
            );
        }
        if let Some(callee) = self.module_callee(frame, call)
            && MUTATING_FUNCTIONS.contains(&callee.as_str())
            && let Some(argument) = call.arguments.args.first()
            && !self.has_no_container_methods(frame, argument)
        {
            return fail(
                argument,
                format!("`{callee}` changes the list it is given, which weft does not model (the write would be lost)"),
            );
        }
        Ok(())
    }

    /// Whether `receiver` is known to have no method that changes a container: a module (or a name
    /// of one: a logger is `logging` itself), a string, a number, None, a clock's reading.
    fn has_no_container_methods(&self, frame: &Frame, receiver: &Expr) -> bool {
        if matches!(receiver, Expr::StringLiteral(_) | Expr::FString(_) | Expr::NumberLiteral(_)) {
            return true;
        }
        matches!(
            self.expr(frame, receiver, false),
            Ok(Ex::Static(
                Value::Module(_) | Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::None | Value::Opaque(_)
            ))
        )
    }

    /// What the receiver is, for the message.
    fn receiver_description(&self, frame: &Frame, receiver: &Expr) -> String {
        match self.expr(frame, receiver, false) {
            Ok(Ex::Static(value)) => value.describe(),
            _ if matches!(receiver, Expr::Call(_)) => "the value another call returns".to_string(),
            _ => "a value known only when the program runs".to_string(),
        }
    }
}
