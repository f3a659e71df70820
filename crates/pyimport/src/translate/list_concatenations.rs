//! `all_jobs = sorted(taken["a"] + taken["b"])` (session 36: session30/t10): `xs + ys` of two lists made
//! at run time. CPython's `list + list` (`list_concat`) is one C call under the GIL: a new list of the
//! left's items, then the right's, which no other thread can change in between. So it is one `atomic`
//! that copies the left (`sliced(xs, 0, size(xs), 1)`: a new list, and Python's TypeError where the
//! left is a dict or a set, as `+` of one raises) and appends each item of a copy of the right (the
//! same TypeError), into a list made at run time the assignment's name holds. Each operand is computed
//! first, in its own steps, as Python evaluates both before the addition. Inside an expression
//! (`sorted(a + b)`) the sum goes to a line of its own first (hoisting.rs), where CPython evaluates
//! nothing before it. Only `+` of two names or items the import knows hold a list, dict or set made at
//! run time; `xs * 2` and `a | b` stay refused.

use ruff_python_ast::{self as ast, Expr};

use super::held_objects::HeldObject;
use super::{Frame, Result, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Whether `binary` is `a + b` of two objects made at run time (`assign_list_concatenation`'s form).
    pub(crate) fn is_object_concatenation(&self, frame: &Frame, binary: &ast::ExprBinOp) -> bool {
        let is_container =
            |side: &Expr| matches!(self.held_object(frame, side), Some((_, HeldObject::Container { .. })));
        binary.op == ast::Operator::Add && is_container(&binary.left) && is_container(&binary.right)
    }

    /// `name = a + b` of two objects made at run time: the new list, as the module docs say. False for
    /// any other value.
    pub(super) fn assign_list_concatenation(
        &mut self,
        frame: &mut Frame,
        (name, _): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::BinOp(binary) = value else { return Ok(false) };
        if !self.is_object_concatenation(frame, binary) {
            return Ok(false);
        }
        let left = self.operand_local(frame, &binary.left, out, line)?;
        let right = self.operand_local(frame, &binary.right, out, line)?;
        let joined = self.fresh_temporary(frame.task, "joined");
        let tail = self.fresh_temporary(frame.task, "tail");
        let place = self.fresh_temporary(frame.task, "tail_place");
        let appended = vec![
            Step::new("set", Node::Quoted(format!("{joined}[size({joined})] = key_at({tail}, {place})")), line),
            Step::new("let", Node::Quoted(format!("{place} = {place} + 1")), line),
        ];
        let walk = vec![("cond", Node::Quoted(format!("{place} < size({tail})"))), ("ops", Node::Steps(appended))];
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{joined} = sliced({left}, 0, size({left}), 1)")), line),
            Step::new("let", Node::Quoted(format!("{tail} = sliced({right}, 0, size({right}), 1)")), line),
            Step::new("let", Node::Quoted(format!("{place} = 0")), line),
            Step::new("while", Node::Map(walk), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        self.held_objects
            .insert((Some(frame.task), joined.clone()), Some(HeldObject::Container { of_containers: false }));
        self.list_values.insert((Some(frame.task), joined.clone()));
        self.made_containers.set(true);
        self.bind_made_list(frame, name, value, &joined, out, line)?;
        Ok(true)
    }
}
