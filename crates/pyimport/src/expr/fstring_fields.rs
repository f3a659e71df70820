//! Two forms of an f-string's replacement field (session 27; session 26's checks):
//!
//! - `{x=}` (Python 3.8's self-documenting field): the field's own source text (from the `{` to the
//!   conversion, the spec or the `}`, spaces and the `=` included) then the value's `repr`, or its
//!   `format` with the spec when there is one and no conversion, as CPython writes it.
//! - `{x:>{width}}`, a spec with fields of its own: Python computes the value, then each inner field's
//!   `format(v, '')` (its `str` for weft's numbers, strings and None), joins the spec and formats the
//!   value with it: the format's `format(x, spec)` of the spec's f-string, computed when the program
//!   runs (the engine reads every spec CPython's mini-language reads, and raises its ValueError for the
//!   others).

use ruff_python_ast::{self as ast};

use super::{FormatPiece, STR_OF_A_BOOL};
use crate::expr::Ex;
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::Value;

/// The conversion Python applies to a field: its own, or for `{x=}` with neither a conversion nor a
/// spec, `repr`.
pub(super) fn field_conversion(field: &ast::InterpolatedElement) -> ast::ConversionFlag {
    if field.debug_text.is_some() && field.conversion == ast::ConversionFlag::None && field.format_spec.is_none() {
        ast::ConversionFlag::Repr
    } else {
        field.conversion
    }
}

/// The text `{x=}` writes before the value (`x=`, `x = `), `None` for a field without `=`.
pub(super) fn debug_prefix(field: &ast::InterpolatedElement) -> Option<FormatPiece> {
    field.debug_text.as_ref().map(|debug| FormatPiece::Text(debug.as_str().to_string()))
}

impl Translator<'_> {
    /// The scenario text of a spec with fields of its own (`>{width}`) and whether it reads shared
    /// state; `None` for a spec of literal text alone, which the f-string writes as it is.
    pub(super) fn run_time_spec(
        &self,
        frame: &Frame,
        spec: &ast::InterpolatedStringFormatSpec,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        if spec.elements.iter().all(|element| matches!(element, ast::InterpolatedStringElement::Literal(_))) {
            return Ok(None);
        }
        let mut pieces = Vec::with_capacity(spec.elements.len());
        let mut reads_shared = false;
        for element in spec.elements.iter() {
            let inner = match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    pieces.push(FormatPiece::Text(literal.value.to_string()));
                    continue;
                }
                ast::InterpolatedStringElement::Interpolation(inner) => inner,
            };
            if inner.debug_text.is_some()
                || inner.conversion != ast::ConversionFlag::None
                || inner.format_spec.is_some()
            {
                return fail(
                    &inner.range,
                    "a field inside a format spec is supported as a plain value (`{x:>{width}}`), without a conversion, a spec or `=` of its own",
                );
            }
            if self.holds_bool(&inner.expression)? {
                return fail(&*inner.expression, STR_OF_A_BOOL);
            }
            match self.expr(frame, &inner.expression, use_known)? {
                Ex::Static(Value::Int(number)) => pieces.push(FormatPiece::Text(number.to_string())),
                Ex::Static(Value::Str(text)) => pieces.push(FormatPiece::Text(text)),
                other => {
                    let (text, _, _, reads) = self.to_code(other, &inner.expression)?;
                    reads_shared |= reads;
                    pieces.push(FormatPiece::Value(text));
                }
            }
        }
        Ok(Some((spec_join(&pieces), reads_shared)))
    }
}

/// The pieces' text as the scenario's `+` of its literal pieces and each value's `str` (a format spec:
/// an f-string cannot hold one inside another's field; an f-string whose values use both quotes).
pub(super) fn spec_join(pieces: &[FormatPiece]) -> String {
    let parts: Vec<String> = pieces
        .iter()
        .map(|piece| match piece {
            FormatPiece::Text(text) => crate::out::quoted(text, '\''),
            FormatPiece::Value(text) => format!("str({text})"),
        })
        .collect();
    parts.join(" + ")
}
