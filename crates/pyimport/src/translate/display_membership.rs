//! `key in {a, b}` and `key in {"ok": 200, "created": 201}`: membership in a set or dict display
//! written at the test. Before session 26 the display became an object made at run time
//! (`contains(new_set(429, 503), code)`), which the engine's `contains` does not take: every run
//! faulted with a TypeError CPython never raises (session26/repro/r14, r15).
//!
//! Python looks the key up by its hash, then compares with `==`: for the values of a scenario
//! (numbers, None, strings and tuples of them) that is `==` with some item, what `contains` of the
//! scenario's tuple of the items computes. So the import writes the items as a tuple: `contains((429,
//! 503), code)`. A dict display's keys are the items; its values are evaluated too, so a value that
//! is not a literal or a name (a call, an arithmetic that may raise) is refused. A list, dict or set
//! as the key or an item is unhashable in CPython (a TypeError), so such a display, or a local that may
//! hold a container, is refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, tuple_text};
use crate::value::Value;

impl Translator<'_> {
    /// `key in {...}` of a set or dict display: `contains((a, b), key)` and whether it reads shared
    /// state; `None` when `container` is no such display.
    pub(crate) fn display_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        container: &Expr,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        let items: Vec<&Expr> = match container {
            Expr::Set(set) => set.elts.iter().collect(),
            Expr::Dict(dict) => self.dict_display_keys(dict)?,
            _ => return Ok(None),
        };
        if items.is_empty() {
            return Ok(Some(("False".to_string(), false)));
        }
        if items.len() > crate::expr::MAX_TUPLE_LENGTH {
            return fail(
                container,
                format!(
                    "`in` on a set or dict display of more than {} items is not supported; name it as a module constant",
                    crate::expr::MAX_TUPLE_LENGTH
                ),
            );
        }
        // Python evaluates the key first, then the display's items.
        let (key_text, key_reads) = self.hashable_text(frame, key, use_known)?;
        let mut texts = Vec::with_capacity(items.len());
        let mut reads = key_reads;
        for item in items {
            let (text, item_reads) = self.hashable_text(frame, item, use_known)?;
            reads |= item_reads;
            texts.push(text);
        }
        Ok(Some((format!("contains({}, {key_text})", tuple_text(&texts)), reads)))
    }

    /// A dict display's keys; refused when a value is anything but a literal or a name, whose
    /// evaluation (which Python does) could raise or take a step that the test would drop.
    fn dict_display_keys<'a>(&self, dict: &'a ast::ExprDict) -> Result<Vec<&'a Expr>> {
        let mut keys = Vec::with_capacity(dict.items.len());
        for item in &dict.items {
            let Some(key) = &item.key else {
                return fail(&item.value, "`**` in a dict display is not supported");
            };
            if !is_plain_value(&item.value) {
                return fail(
                    &item.value,
                    "`in` on a dict display whose values are computed is not supported (Python evaluates each value before the test); test the keys alone, `key in {\"a\", \"b\"}`",
                );
            }
            keys.push(key);
        }
        Ok(keys)
    }

    /// The scenario text of a key or item of a set (and whether it reads shared state), refused where
    /// CPython could find it unhashable: a display of a list, dict or set, or a local that may hold one.
    fn hashable_text(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<(String, bool)> {
        if matches!(expr, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::ListComp(_) | Expr::DictComp(_))
            || self.unknown_truth(frame, expr).is_some()
        {
            return fail(
                expr,
                "this may be a list, dict or set, which Python cannot hash (`in` on a set or dict raises TypeError); weft takes numbers, None, strings and tuples here",
            );
        }
        let ex = self.expr(frame, expr, use_known)?;
        if matches!(ex, Ex::Static(Value::Float(_))) {
            return fail(
                expr,
                "a float in `in` on a set or dict display is not supported: weft's `contains` takes numbers that are integers, None, strings and tuples (Python finds `1` in `{1.0}`); compare with `==` instead",
            );
        }
        let (text, precedence, _, reads) = self.to_code(ex, expr)?;
        // An item of the tuple: a conditional expression or a `not` stays one item.
        let text = if precedence < ATOM { format!("({text})") } else { text };
        Ok((text, reads))
    }
}

/// A literal, a name or a tuple of them: a value whose evaluation cannot raise or take a step.
fn is_plain_value(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::Name(_) => true,
        Expr::UnaryOp(unary) => matches!(*unary.operand, Expr::NumberLiteral(_)),
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_plain_value),
        _ => false,
    }
}
