//! `label = name or "default"`, `limit = n and n * 2`: an assignment of Python's `and`/`or` value. The
//! assignment's own form comes first (translate.rs: the first operand read once into a local, then a
//! conditional assignment). Where that form cannot bind the target (a function's local bound to a value
//! known at import time in one branch: `name` a thread's argument), the operands known at import time
//! decide there, as Python would (expr/python_values.rs), and the assignment is of what is left.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::out::Step;

impl Translator<'_> {
    pub(super) fn assign_bool_value(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        boolean: &ast::ExprBoolOp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut attempt = frame.clone();
        let mut steps = Vec::new();
        match self.assign_bool_operand(&mut attempt, target, boolean, &mut steps, line) {
            Ok(()) => {
                *frame = attempt;
                out.append(&mut steps);
                Ok(())
            }
            Err(error) => match self.fold_known_operands(frame, boolean) {
                Some(folded) => self.assign(frame, target, &folded, out, line),
                None => Err(error),
            },
        }
    }
}
