//! A slice of a `multiprocessing.Array` in the arguments of a call weft does not model (session 29):
//! `print(table[:])`, `print(f"table={table[:]}")`, `log(a[1:3])`. A synchronized Array's
//! `__getitem__` of a slice is one `with self:` (multiprocessing/sharedctypes.py), so the slice is one
//! read of the items it covers under the Array's lock: one `atomic` step reading each, as the
//! assignment `snap = table[:]` already was. Only bounds known at import time (no step) are taken; an
//! Array without a lock (`RawArray`, `lock=False`), whose slice ctypes copies one item at a time, is
//! rewritten before translation into a walk by index (array_reads.rs) and never reaches here.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::out::{Node, Step};
use crate::value::{Object, Value};

impl Translator<'_> {
    /// The reads of `array[lower:upper]` of a locked Array with bounds known at import time, one
    /// `atomic` step; false (nothing pushed) for any other slice.
    pub(super) fn locked_array_slice_read(
        &mut self,
        frame: &Frame,
        subscript: &ast::ExprSubscript,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Slice(slice) = &*subscript.slice else { return Ok(false) };
        let Expr::Name(array) = &*subscript.value else { return Ok(false) };
        let Some(Value::Object(Object::SharedValue { items: Some(items), lock: Some(_), .. })) =
            self.resolve(frame, array.id.as_str())
        else {
            return Ok(false);
        };
        if slice.step.is_some() {
            return Ok(false);
        }
        let bound = |part: &Option<Box<Expr>>| match part.as_deref() {
            None => Some(None),
            Some(expr) => self.static_int(frame, expr).ok().map(Some),
        };
        let (Some(lower), Some(upper)) = (bound(&slice.lower), bound(&slice.upper)) else { return Ok(false) };
        let positions = sim_core::text::slice_positions(items.len(), lower, upper, 1);
        let ignored = self.temporary(frame.task, "seen");
        let reads: Vec<Step> = positions
            .map(|position| Step::new("let", Node::Quoted(format!("{ignored} = {}", items[position])), line))
            .collect();
        if !reads.is_empty() {
            out.push(Step::new("atomic", Node::Steps(reads), line));
        }
        Ok(true)
    }
}
