//! A value received while the program runs (a queue's item, a Pipe's message, a future's result, the
//! names unpacked from one) in a program that makes lists, dicts or sets at run time may be one of
//! them, or a tuple or a string: the import cannot tell which. Its `x in v`, `v.index(x)`,
//! `v.count(x)`, `v[a:b]`, `sep.join(v)` and `a, b = v` are then read in a step of their own, `has(v,
//! x)`, `index_of(v, x)`, `count_of(v, x)`, `sliced(v, a, b, c)`, `joined(v, sep)`, `unpacked(v, n)`,
//! which the engine answers for a value of any kind (engine/wholes.rs): a list's shape and items are
//! accesses exploration orders against another task's writes (a producer that appends to the list it
//! put, session33/repro r16), a tuple's or a string's answer is the functions of text's. Before session
//! 34 they were the functions of text (`contains(v, x)`, ...), a fault at weft's limit in every run
//! where the value was a container (session33/repro r17).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};

impl Translator<'_> {
    /// `key in v` of a received value: `has(v, key)` (the key's text first, as Python evaluates it).
    pub(crate) fn received_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        container: &Expr,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        let Some(name) = self.received_local(frame, container) else { return Ok(None) };
        let (key_text, _) = self.received_argument(frame, key, use_known)?;
        Ok(Some((format!("has({name}, {key_text})"), true)))
    }

    /// `v.index(x)`, `v.count(x)` of a received value, and `sep.join(v)`: `None` for any other call.
    pub(crate) fn received_method(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        method: &str,
        receiver_at: &Expr,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        let [argument] = &call.arguments.args[..] else { return Ok(None) };
        if !call.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let text = match method {
            "index" | "count" => {
                let Some(name) = self.received_local(frame, receiver_at) else { return Ok(None) };
                let (sought, _) = self.received_argument(frame, argument, use_known)?;
                format!("{method}_of({name}, {sought})")
            }
            "join" => {
                let Some(name) = self.received_unpacking(frame, argument)? else { return Ok(None) };
                let (separator, _) = self.received_argument(frame, receiver_at, use_known)?;
                format!("joined({name}, {separator})")
            }
            _ => return Ok(None),
        };
        Ok(Some(Ex::Code { text, precedence: ATOM, boolean: false, reads_shared: true }))
    }

    /// `v[a:b:c]` of a received value: `sliced(v, a, b, c)` (a missing bound None, as Python's slice).
    pub(crate) fn received_slice(
        &self,
        frame: &Frame,
        subscript: &ast::ExprSubscript,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        let Expr::Slice(slice) = &*subscript.slice else { return Ok(None) };
        let Some(name) = self.received_local(frame, &subscript.value) else { return Ok(None) };
        let mut texts = vec![name];
        for bound in [&slice.lower, &slice.upper, &slice.step] {
            texts.push(match bound {
                Some(bound) => self.received_argument(frame, bound, use_known)?.0,
                None => "None".to_string(),
            });
        }
        Ok(Some(Ex::Code {
            text: format!("sliced({})", texts.join(", ")),
            precedence: ATOM,
            boolean: false,
            reads_shared: true,
        }))
    }

    /// A received value or a slice of one (`a, b = v`, `a, b = v[:2]`, `", ".join(v[1:])`): its text.
    pub(crate) fn received_unpacking(&self, frame: &Frame, value: &Expr) -> Result<Option<String>> {
        if let Some(name) = self.received_local(frame, value) {
            return Ok(Some(name));
        }
        if let Expr::Subscript(subscript) = value
            && let Some(Ex::Code { text, .. }) = self.received_slice(frame, subscript, false)?
        {
            return Ok(Some(text));
        }
        Ok(None)
    }

    /// The name of a local or a module global bound to a received value (unknown_kinds.rs); a global is
    /// read in a step of its own first, as every read of one.
    fn received_local(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        self.unknown_local(frame, expr)
    }

    /// An argument of a whole read: a value that reads nothing shared (a name, a literal, arithmetic of
    /// locals), refused otherwise, since the read's step evaluates it.
    fn received_argument(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<(String, bool)> {
        let ex = self.expr(frame, expr, use_known)?;
        let (text, _, _, reads) = self.to_code(ex, expr)?;
        if reads {
            return fail(
                expr,
                "this value reads shared state inside `in`, `index`, `count`, `join` or a slice of a value received when the program runs (from a queue, a pipe or a future); read it into a local first (`k = ...`)",
            );
        }
        Ok((text, reads))
    }
}
