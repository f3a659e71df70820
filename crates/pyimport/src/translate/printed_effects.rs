//! `print("cancelled:", [f.cancel() for f in fs])`: a `print` whose one list comprehension calls
//! something that changes the program's state (a task's `cancel()`, a list's `append`) is that
//! comprehension as a statement, the loop it means (`comprehension_statement`); the printed text is not
//! kept. Before session 20 the comprehension was only read and its cancels were lost, weft claiming
//! "complete" without CPython's state (session 19's s19worker). The other arguments must be literals
//! (their reads would be lost otherwise); anything else keeps the refusal of `refuse_effects_in_arguments`.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Step, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// Methods of a task, a future or one of the primitives that change it, whatever weft knows of the
/// receiver: a call of one inside an argument weft only reads would lose its effect.
pub(crate) const STATE_CHANGING_METHODS: [&str; 7] =
    ["cancel", "set_result", "set_exception", "put_nowait", "get_nowait", "release", "create_task"];

impl Translator<'_> {
    /// The `print` of one comprehension of state-changing calls, as the loop it means. Returns whether
    /// `call` was one.
    pub(super) fn printed_comprehension(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let is_print = matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "print")
            && matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(_))));
        if !is_print || !call.arguments.keywords.is_empty() {
            return Ok(false);
        }
        let mut comprehensions = call.arguments.args.iter().filter_map(|argument| match argument {
            Expr::ListComp(comprehension) => Some(comprehension),
            _ => None,
        });
        let (Some(comprehension), None) = (comprehensions.next(), comprehensions.next()) else { return Ok(false) };
        let literals_besides =
            call.arguments.args.iter().all(|argument| {
                matches!(argument, Expr::ListComp(_) | Expr::StringLiteral(_) | Expr::NumberLiteral(_))
            });
        let Expr::Call(element) = &*comprehension.elt else { return Ok(false) };
        if !literals_besides || self.change_of_call(frame, element).is_none() {
            return Ok(false);
        }
        self.comprehension_statement(frame, comprehension, out, line)?;
        Ok(true)
    }
}
