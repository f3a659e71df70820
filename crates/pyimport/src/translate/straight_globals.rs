//! A module global made on the straight path of a `try:` body at the module's top (`try: values =
//! [parse(t) for t in texts]` with a handler after it), as straight_objects.rs makes a function's local
//! there. The commonest source is weft's own: a comprehension whose calls may raise inside the arguments
//! of `print` or `logging` (`try: print([parse(t) for t in texts])`) is written out by hoisting.rs as
//! `parse_values = []` and the loop that fills it, a name of the module's top when the `try` is there
//! (inside a function it was a local and imported). It was refused as a list "made inside an `if` or a
//! loop the scenario runs".
//!
//! A global differs from a local only in who else can read it: a function, a thread's or a task's code
//! reads module globals whenever it runs, which may be before the binding, where Python's name is
//! unbound. So the global is taken as the local would be when the module's code binds it once and no
//! function, method or class body of the file reads it: then only the module's own statements after the
//! binding read it, as a local's are, and straight_instances.rs's conditions (no handler, `finally:` or
//! code after a `try` whose handler goes on reads it) hold as they are checked for a local.

use ruff_python_ast::Stmt;

use super::{Frame, Translator};

impl Translator<'_> {
    /// Whether module global `name`, bound at `frame`'s module level, may be made on a straight path as a
    /// function's local is: bound once in the file and read by no function or class of it.
    pub(super) fn is_straight_global(&self, frame: &Frame, name: &str) -> bool {
        frame.module_level
            && crate::generators::bindings_of(self.module_body, name).len() == 1
            && !read_in_a_definition(self.module_body, name)
    }
}

/// Whether a function or class of `body` (at any depth of the module's blocks) reads `name`.
fn read_in_a_definition(body: &[Stmt], name: &str) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
            crate::syntax::names_read(std::slice::from_ref(stmt)).contains(name)
        }
        _ => crate::blocks::nested_blocks_of(stmt).into_iter().any(|inner| read_in_a_definition(inner, name)),
    })
}
