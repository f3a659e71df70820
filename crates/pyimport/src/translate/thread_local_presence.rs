//! `hasattr(context, "lines")` of a `threading.local()` (session 29; session25/t02: `if not
//! hasattr(context, "lines"): context.lines = []`, the lazy set-up of a thread's own buffer). weft keeps
//! each thread's attribute of a `threading.local()` as a local of that thread's task, made where the
//! thread's code first sets it (translate.rs's `thread_local_slot`), in the order the import
//! translates that code, which is the order the thread runs it. So whether the running thread has set
//! the attribute is known at import time: True once its code has set it, False before, whatever other
//! threads set (each sees its own), as CPython's `hasattr` answers. Inside an `if` or a loop the
//! scenario runs, an attribute not set yet may be set by a later pass or on one path only, which one
//! answer cannot say: refused there.
//!
//! `context.lines = []`, set once by the thread's code outside any `if` or loop the scenario runs: the
//! thread's own list, made as a list display bound to a function's local is (a shared list no other
//! task names), so `context.lines.append(x)` and `"\n".join(context.lines)` are that list's forms.
//! Bound again, or first inside such an `if` or loop, it is refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `hasattr(data, "name")` of a `threading.local()`: True or False, known at import time; `None`
    /// for any other call.
    pub(crate) fn thread_local_presence(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Expr::Name(callee) = &*call.func else { return Ok(None) };
        if callee.id.as_str() != "hasattr" || self.resolve(frame, "hasattr").is_some() {
            return Ok(None);
        }
        let ([object, Expr::StringLiteral(attribute)], []) = (&call.arguments.args[..], &call.arguments.keywords[..])
        else {
            return Ok(None);
        };
        let Ok(Ex::Static(Value::ThreadLocal(data))) = self.expr(frame, object, false) else { return Ok(None) };
        self.refuse_shared_thread_local(frame, call.func.as_ref())?;
        let key = (frame.task, data, attribute.value.to_str().to_string());
        let set = self.thread_local_slots.contains_key(&key);
        if !set && frame.dynamic > 0 {
            return fail(
                call,
                "`hasattr` of a `threading.local()` attribute this thread has not set yet, inside an `if` or a loop the scenario runs (a later pass, or one path only, may set it), is not supported: set the attribute before, in the same thread's code (`context.lines = []` at the thread's start)",
            );
        }
        Ok(Some(Ex::Static(Value::Int(i64::from(set)))))
    }

    /// `data.name = [...]` of a `threading.local()` (`key`: the thread, the local's name and the
    /// attribute; `target`: the assignment's target): the thread's own list, when the value is a list
    /// display set once, outside any `if` or loop the scenario runs. False for any other value.
    pub(super) fn thread_local_list(
        &mut self,
        frame: &mut Frame,
        (key, target): ((usize, String, String), &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !matches!(value, Expr::List(_)) {
            return Ok(false);
        }
        if frame.dynamic > 0 || self.thread_local_lists.contains_key(&key) || self.thread_local_slots.contains_key(&key)
        {
            return fail(
                target,
                "a `threading.local()` attribute bound to a list is supported where the thread's code sets it once, outside any `if` or loop the scenario runs; set it once, at the thread's start",
            );
        }
        let hint = format!("{}_{}", key.1, key.2);
        let Some(list @ Value::Shared(..)) = self.creation(frame, &hint, value, out, line)? else {
            return Ok(false);
        };
        // A slot too, so that `hasattr` sees the attribute set.
        self.thread_local_slot(key.0, &key.1, &key.2);
        self.thread_local_lists.insert(key, list);
        Ok(true)
    }
}
