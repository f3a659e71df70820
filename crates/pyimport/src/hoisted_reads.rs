//! The operands Python evaluates before a hoisted call, hoisted with it in order (hoisting.rs).
//!
//! CPython evaluates an expression's operands left to right, so `print(total, q.get())` reads `total`
//! before `q.get()` blocks. When the call goes to a line of its own before the statement, an operand
//! before it that another task may change meanwhile (a global some function rebinds, an attribute, an
//! item, the value of `a + b` of two lists) goes first, to a line of its own too (`total_value = total`),
//! so the statement reads what Python read, when Python read it. The value itself is held, not a copy:
//! what Python does with it after the call (`print` writes a list as it is when `print` runs) is done
//! then too.
//!
//! An f-string formats each value as it reaches it, so a value before the call is formatted before the
//! call: it goes to a line of its own formatted (`count_text = f"{count!r:>4}"`) and the f-string reads
//! the text. A chained comparison compares its first operands before it evaluates the later ones, so a
//! call in a later operand than the second stays refused.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

/// Whether `expr`, evaluated before the hoisted call, can be a statement's whole value of its own: any
/// expression but a starred one (`*args`), a slice's bounds, and a lambda (a function value, which the
/// translator takes where it is passed).
pub fn is_hoistable_operand(expr: &Expr) -> bool {
    !matches!(expr, Expr::Starred(_) | Expr::Slice(_) | Expr::Lambda(_) | Expr::Yield(_) | Expr::YieldFrom(_))
}

/// Whether `expr` calls a function named in `functions` (`fetch()`, `client.fetch()`).
pub fn calls_any(expr: &Expr, functions: &BTreeSet<String>) -> bool {
    struct Calls<'f> {
        functions: &'f BTreeSet<String>,
        found: bool,
    }
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let callee = match &*call.func {
                    Expr::Name(name) => Some(name.id.as_str()),
                    Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
                    _ => None,
                };
                self.found |= callee.is_some_and(|callee| self.functions.contains(callee));
            }
            walk_expr(self, expr);
        }
    }
    let mut calls = Calls { functions, found: false };
    calls.visit_expr(expr);
    calls.found
}

/// The name of the local that holds the operand: after the name or attribute it reads (`total_value`),
/// `value` otherwise; `_text` for an f-string's formatted value.
pub fn operand_name(expr: &Expr, formatted: bool) -> String {
    let base = match expr {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        Expr::Subscript(subscript) => match &*subscript.value {
            Expr::Name(name) => name.id.as_str(),
            Expr::Attribute(attribute) => attribute.attr.as_str(),
            _ => "item",
        },
        _ if formatted => "piece",
        _ => "operand",
    };
    match formatted {
        true => format!("{base}_text"),
        false => format!("{base}_value"),
    }
}

/// Whether `child` is an interpolation's own expression in the f-string `fstring` (not a value inside a
/// format spec, which Python evaluates after the interpolation's expression and before formatting).
pub fn is_interpolated_value(fstring: &ast::ExprFString, child: &Expr) -> bool {
    interpolations(fstring).any(|interpolation| interpolation.expression.range() == child.range())
}

/// Whether the call at `offset` sits in a format spec of the f-string (`f"{x:>{q.get()}}"`).
pub fn in_format_spec(fstring: &ast::ExprFString, offset: usize) -> bool {
    interpolations(fstring).any(|interpolation| {
        interpolation
            .format_spec
            .as_ref()
            .is_some_and(|spec| spec.range.start().to_usize() <= offset && offset < spec.range.end().to_usize())
    })
}

pub fn interpolations(fstring: &ast::ExprFString) -> impl Iterator<Item = &ast::InterpolatedElement> {
    fstring.value.iter().flat_map(|part| match part {
        ast::FStringPart::FString(inner) => {
            inner.elements.iter().filter_map(|element| element.as_interpolation()).collect()
        }
        ast::FStringPart::Literal(_) => Vec::new(),
    })
}

/// In the f-string part `fstring`, the interpolation whose expression spans `range`, replaced by a read
/// of `local` (no conversion, spec or `=`); returns the f-string of that interpolation alone, which
/// formats the value as the original did (`f"{count!r:>4}"`).
pub fn take_interpolation(fstring: &mut ast::FString, range: TextRange, local: &str) -> Option<Expr> {
    let flags = fstring.flags;
    let interpolation = fstring.elements.iter_mut().find_map(|element| match element {
        ast::InterpolatedStringElement::Interpolation(interpolation) if interpolation.expression.range() == range => {
            Some(interpolation)
        }
        _ => None,
    })?;
    let alone = ast::FString {
        range: interpolation.range,
        node_index: Default::default(),
        elements: vec![ast::InterpolatedStringElement::Interpolation(interpolation.clone())].into(),
        flags,
    };
    *interpolation.expression = crate::syntax::name(local, range, ast::ExprContext::Load);
    interpolation.conversion = ast::ConversionFlag::None;
    interpolation.format_spec = None;
    interpolation.debug_text = None;
    Some(Expr::FString(ast::ExprFString {
        node_index: Default::default(),
        range: alone.range,
        value: ast::FStringValue::single(alone),
    }))
}

/// The names the file binds exactly once, to an f-string (`count_text = f"{count!r:>4}"`, as the hoist
/// writes them): each holds a string, which formats the same before and after any call.
pub fn text_names(body: &[ast::Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Bindings {
        counts: BTreeMap<String, usize>,
        to_text: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            if let ast::Stmt::Assign(assign) = stmt
                && let [Expr::Name(target)] = assign.targets.as_slice()
                && matches!(&*assign.value, Expr::FString(_))
            {
                self.to_text.insert(target.id.to_string());
            }
            // `global`, `nonlocal`, `del`, imports, `def` and `class` bind too: counted as bindings.
            match stmt {
                ast::Stmt::Global(ast::StmtGlobal { names, .. })
                | ast::Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                    names.iter().for_each(|name| *self.counts.entry(name.to_string()).or_default() += 2);
                }
                ast::Stmt::FunctionDef(ast::StmtFunctionDef { name, .. })
                | ast::Stmt::ClassDef(ast::StmtClassDef { name, .. }) => {
                    *self.counts.entry(name.to_string()).or_default() += 2;
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && !name.ctx.is_load()
            {
                *self.counts.entry(name.id.to_string()).or_default() += 1;
            }
            walk_expr(self, expr);
        }
        fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
            *self.counts.entry(parameter.name.to_string()).or_default() += 2;
        }
        fn visit_alias(&mut self, alias: &'a ast::Alias) {
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            *self.counts.entry(bound.to_string()).or_default() += 2;
        }
    }
    let mut bindings = Bindings::default();
    bindings.visit_body(body);
    bindings.to_text.into_iter().filter(|name| bindings.counts.get(name) == Some(&1)).collect()
}
