//! `words = [w.lower() for w in title.split()]` (session18/t06), `"-".join(w.upper() for w in s.split())`:
//! a comprehension over the words of `s.split()` (no separator) that gives back each word, or its
//! `lower()`, `upper()` or whitespace-stripped self, is the split of `s.lower()` (`s.upper()`, `s`),
//! rewritten so before translation, where the split's forms take it (a function's local, `join`,
//! `len`, a walk). The two are equal for every string: `split()` cuts at runs of whitespace, which
//! `lower()` and `upper()` map to themselves, and no other character maps to whitespace or to nothing
//! (checked against CPython 3.11 on every code point, and on 200,000 random strings of letters whose
//! case depends on their neighbours, `Σ`'s final form among them), and a word of `split()` holds no
//! whitespace to strip. A comprehension with another element, an `if`, a second `for`, or a split
//! with a separator is left as written (its refusal names the split's forms).

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

/// Rewrites every such comprehension of the module, in place.
pub fn rewrite_split_comprehensions(body: &mut ast::Suite) {
    SplitComprehensions.visit_body(body);
}

struct SplitComprehensions;

impl Transformer for SplitComprehensions {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let rewritten = match &*expr {
            Expr::ListComp(comprehension) => split_of(&comprehension.elt, &comprehension.generators),
            Expr::Call(call) => joined_generator(call).map(|(at, split)| {
                let mut call = call.clone();
                call.arguments.args[at] = split;
                Expr::Call(call)
            }),
            _ => None,
        };
        if let Some(rewritten) = rewritten {
            *expr = rewritten;
        }
    }
}

/// `sep.join(w.lower() for w in s.split())`: the generator's position among the arguments and the split
/// it is.
fn joined_generator(call: &ast::ExprCall) -> Option<(usize, Expr)> {
    let Expr::Attribute(method) = &*call.func else { return None };
    if method.attr.as_str() != "join" || call.arguments.args.len() != 1 || !call.arguments.keywords.is_empty() {
        return None;
    }
    let Expr::Generator(generator) = &call.arguments.args[0] else { return None };
    split_of(&generator.elt, &generator.generators).map(|split| (0, split))
}

/// The split equal to a comprehension of `element` over `generators`, if it is one of the forms above.
fn split_of(element: &Expr, generators: &[ast::Comprehension]) -> Option<Expr> {
    let [generator] = generators else { return None };
    if generator.is_async || !generator.ifs.is_empty() {
        return None;
    }
    let Expr::Name(variable) = &generator.target else { return None };
    let Expr::Call(split) = &generator.iter else { return None };
    let Expr::Attribute(split_method) = &*split.func else { return None };
    if split_method.attr.as_str() != "split" || !split.arguments.is_empty() {
        return None;
    }
    let case = word_method(element, variable.id.as_str())?;
    let text = match case {
        None => (*split_method.value).clone(),
        Some(method) => method_call(&split_method.value, method, split_method.value.range()),
    };
    Some(method_call(&text, "split", generator.iter.range()))
}

/// What `element` does to the word `variable`: nothing (`w`, `w.strip()`, `w.lstrip()`, `w.rstrip()`,
/// `None`), or changes its case (`lower`, `upper`).
fn word_method(element: &Expr, variable: &str) -> Option<Option<&'static str>> {
    let is_word = |expr: &Expr| matches!(expr, Expr::Name(name) if name.id.as_str() == variable);
    if is_word(element) {
        return Some(None);
    }
    let Expr::Call(call) = element else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    if !call.arguments.is_empty() || !is_word(&method.value) {
        return None;
    }
    match method.attr.as_str() {
        "lower" => Some(Some("lower")),
        "upper" => Some(Some("upper")),
        "strip" | "lstrip" | "rstrip" => Some(None),
        _ => None,
    }
}

/// `receiver.method()`.
fn method_call(receiver: &Expr, method: &str, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(Expr::Attribute(ast::ExprAttribute {
            node_index: Default::default(),
            range,
            value: Box::new(receiver.clone()),
            attr: ast::Identifier::new(method, range),
            ctx: ast::ExprContext::Load,
        })),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range: TextRange::empty(range.end()),
            args: Box::new([]),
            keywords: Default::default(),
        },
    })
}
