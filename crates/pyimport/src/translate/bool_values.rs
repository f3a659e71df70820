//! `label = name or "default"`, `limit = n and n * 2`: an assignment of Python's `and`/`or` value. The
//! assignment's own form comes first (translate.rs: the first operand read once into a local, then a
//! conditional assignment). Where that form cannot bind the target (a function's local bound to a value
//! known at import time in one branch: `name` a thread's argument), the operands known at import time
//! decide there, as Python would (expr/python_values.rs), and the assignment is of what is left; when
//! none is known then (`name = job["name"] or "anon"` into a local), the first operand is read once into
//! a local and the target bound to the format's conditional expression over it,
//! `name = (operand if operand else 'anon')`, which binds the local whatever the branch.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::Value;

/// A name no Python program can write (`$operand`), bound on `frame` to the local `operand` while an
/// expression over it is translated (the caller removes it): the name and an expression that reads it.
pub(super) fn hold_operand(frame: &mut Frame, operand: String, range: TextRange) -> (String, Expr) {
    let held = format!("${operand}");
    frame.locals.insert(held.clone(), Value::Local(operand));
    let name = Expr::Name(ast::ExprName {
        node_index: Default::default(),
        range,
        id: held.as_str().into(),
        ctx: ast::ExprContext::Load,
    });
    (held, name)
}

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
                None => self.assign_bool_expression(frame, target, boolean, out, line).map_err(|_| error),
            },
        }
    }

    /// `name = first or rest`: `first` read once into a local, then `name` bound to Python's value of
    /// the `and`/`or` over that local, the format's conditional expression.
    fn assign_bool_expression(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        boolean: &ast::ExprBoolOp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Name(target_name) = target else {
            return fail(target, "Python's `and`/`or` value is assigned to a name here");
        };
        let Some((first, rest)) = boolean.values.split_first() else {
            return fail(&boolean.range, "an empty `and`/`or`");
        };
        let mut steps = Vec::new();
        let code = self.argument_code(frame, first, &mut steps, line)?;
        let operand = self.fresh_temporary(frame.task, "operand");
        steps.push(Step::new("let", Node::Quoted(format!("{operand} = {code}")), line));
        let (held, name) = hold_operand(frame, operand, first.range());
        let mut values = vec![name];
        values.extend(rest.iter().cloned());
        let over_local = Expr::BoolOp(ast::ExprBoolOp { values, ..boolean.clone() });
        let value = self.expr(frame, &over_local, false);
        frame.locals.remove(&held);
        let value = value?;
        out.append(&mut steps);
        self.store(frame, target_name.id.as_str(), target, value, &over_local, out, line)
    }
}
