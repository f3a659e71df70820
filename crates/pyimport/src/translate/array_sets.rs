//! `set(seen)` of a shared list of fixed length (session32/t04: `len(set(seen))` of the pools each
//! thread saw): the set made at run time, `new_set(seen[0], seen[1], seen[2])`, in one step that reads
//! every item. CPython builds it in one C call under the GIL (its items' hashes are C code: the file's
//! classes define no `__hash__`, which classes.rs refuses), so no other thread runs between the reads.
//! `len(set(seen))` is that set's `size`.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::{ATOM, Ex};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `set(xs)` or `len(set(xs))` of a fixed-length shared list `xs`; `None` for any other call.
    pub(crate) fn array_set(&self, frame: &Frame, name: &str, args: &[Expr]) -> Result<Option<Ex>> {
        match (name, args) {
            ("set", [items]) => Ok(self.set_of_array(frame, items)),
            ("len", [Expr::Call(inner)])
                if matches!(&*inner.func, Expr::Name(callee) if callee.id.as_str() == "set")
                    && inner.arguments.keywords.is_empty() =>
            {
                let [items] = &inner.arguments.args[..] else { return Ok(None) };
                Ok(self.set_of_array(frame, items).map(|made| {
                    let Ex::Code { text, .. } = made else { return made };
                    Ex::code(format!("size({text})"), ATOM, false, true)
                }))
            }
            _ => Ok(None),
        }
    }

    /// `new_set(xs[0], ...)` of `items`, a name of a fixed-length shared list of at most the items one
    /// object display takes.
    pub(super) fn set_of_array(&self, frame: &Frame, items: &Expr) -> Option<Ex> {
        let Expr::Name(list) = items else { return None };
        let Some(Value::Shared(shared, Shape::Array(length))) = self.resolve(frame, list.id.as_str()) else {
            return None;
        };
        if length > crate::expr::MAX_OBJECT_DISPLAY {
            return None;
        }
        let reads: Vec<String> = (0..length).map(|index| format!("{shared}[{index}]")).collect();
        self.made_containers.set(true);
        Some(Ex::code(format!("new_set({})", reads.join(", ")), ATOM, false, true))
    }
}
