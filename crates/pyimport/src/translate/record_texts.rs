//! The text of a dict with string keys in an f-string (session 26, session22/f04's
//! `f"missing id: {record}"`): each key of such a dict is a shared variable of its own (value.rs,
//! `Record`) and the dict gains and loses no key, so Python's `dict.__repr__` is known but for the
//! values: `{'name': <repr of the value>}`, the keys in the display's order (its insertion order).
//!
//! CPython writes the whole text in one C call (`dict_repr`, whose `repr` of a string, a number or
//! None is C code): one read of every value at one moment. A dict of one key reads one variable, so
//! its text is the f-string `{'name': {d['name']!r}}` read where Python reads it; a dict of more keys
//! would read several variables in one expression, which weft's steps do one at a time, so it is
//! refused. A key whose `repr` is not `'key'` (a quote or a backslash in it) is refused too.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// An f-string with the text of a dict with string keys in it (`f"{d}"`, `f"{d!r}"`): the same
    /// f-string with `{'key': {d['key']!r}}` in its place. `None` when no value of it is such a dict.
    pub(crate) fn fstring_with_record_texts(
        &self,
        frame: &Frame,
        fstring: &ast::ExprFString,
    ) -> Result<Option<ast::ExprFString>> {
        splice_interpolations(fstring, |value| self.record_text(frame, value))
    }

    /// The elements of `{d}`'s text when `d` is a dict with string keys, else `None`.
    fn record_text(
        &self,
        frame: &Frame,
        value: &ast::InterpolatedElement,
    ) -> Result<Option<Vec<ast::InterpolatedStringElement>>> {
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, &value.expression, false) else {
            return Ok(None);
        };
        if value.format_spec.is_some() || value.debug_text.is_some() {
            // `dict.__format__` with a spec raises TypeError; `{d=}` is refused for every value.
            return fail(&value.range, "a dict in an f-string is supported as `{d}`, `{d!s}` and `{d!r}`");
        }
        if fields.len() > 1 {
            return fail(
                &*value.expression,
                "the text of a dict with string keys of more than one key is read in one step by CPython (`dict_repr`), where weft reads each key's value in a step of its own; print the values themselves (`d['a']`, `d['b']`)",
            );
        }
        let literal = |text: &str| {
            ast::InterpolatedStringElement::Literal(ast::InterpolatedStringLiteralElement {
                range: value.range,
                node_index: ast::AtomicNodeIndex::default(),
                value: text.into(),
            })
        };
        let Some((key, _)) = fields.first() else { return Ok(Some(vec![literal("{}")])) };
        if key.chars().any(|character| {
            matches!(character, '\'' | '"' | '\\') || !character.is_ascii_graphic() && character != ' '
        }) {
            return fail(
                &*value.expression,
                "the text of a dict whose key holds a quote, a backslash or a character that is not printable ASCII is not imported (Python's `repr` of the key escapes it)",
            );
        }
        let item = Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range: value.expression.range(),
            value: value.expression.clone(),
            slice: Box::new(crate::syntax::string(key, value.expression.range())),
            ctx: ast::ExprContext::Load,
        });
        let mut read = value.clone();
        read.expression = Box::new(item);
        read.conversion = ast::ConversionFlag::Repr;
        Ok(Some(vec![
            literal(&format!("{{'{key}': ")),
            ast::InterpolatedStringElement::Interpolation(read),
            literal("}"),
        ]))
    }
}

/// `fstring` with each interpolation that `splice` turns into elements replaced by them (the
/// scenario's f-strings do not nest, so the elements go in its place). `None` when `splice` turned
/// none: the one walk over an f-string's parts that each kind of spliced text shares.
pub(super) fn splice_interpolations(
    fstring: &ast::ExprFString,
    mut splice: impl FnMut(&ast::InterpolatedElement) -> Result<Option<Vec<ast::InterpolatedStringElement>>>,
) -> Result<Option<ast::ExprFString>> {
    let mut rewritten = fstring.clone();
    let mut changed = false;
    for part in rewritten.value.iter_mut() {
        let ast::FStringPart::FString(inner) = part else { continue };
        let mut elements = Vec::with_capacity(inner.elements.len());
        for element in inner.elements.iter() {
            let spliced = match element {
                ast::InterpolatedStringElement::Interpolation(value) => splice(value)?,
                ast::InterpolatedStringElement::Literal(_) => None,
            };
            match spliced {
                Some(text) => {
                    elements.extend(text);
                    changed = true;
                }
                None => elements.push(element.clone()),
            }
        }
        inner.elements = elements.into();
    }
    Ok(changed.then_some(rewritten))
}
