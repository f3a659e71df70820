//! `self.data = OrderedDict()`, then `self.data.move_to_end(key)` and `self.data.popitem(last=False)`
//! (session 36: session35/t09, an LRU cache). Since Python 3.7 a dict keeps its keys in insertion
//! order, as weft's shared dict does (docs/format.md, "Walks in insertion order"); an `OrderedDict`
//! differs from a dict in what it adds: `move_to_end` and `popitem(last=False)`, `==` that compares the
//! order, and its `repr`. So an empty `OrderedDict()` is imported as the empty dict display `{}`, and
//! its two methods as statements the translator writes (translate/ordered_dict_methods.rs):
//! `$move_to_end` (one `atomic`: the value read, the key deleted and stored again, which puts it last,
//! KeyError where it is missing) and `$popitem_first` (the earliest inserted key removed in one `atomic`,
//! KeyError where the dict is empty). `$` is in no Python name, so no program's own method is taken for
//! them.
//!
//! Only where the file imports `OrderedDict` from `collections` (or calls `collections.OrderedDict`)
//! and binds the name nowhere else, and only for a receiver known to be one: a name, or an attribute
//! name (`data` of `self.data`), that every assignment in the file binds to `OrderedDict()` and that
//! nothing else stores (no parameter, loop variable or other value). Anything else stays as it was:
//! `OrderedDict(pairs)`, `move_to_end(k, last=False)`, a `popitem(last=False)` whose value is used,
//! `==` of two OrderedDicts (which a dict's `==` would answer without the order) are refused as before.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_expr, walk_stmt as transform_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// The translator's name for `move_to_end(key)` of an OrderedDict.
pub const MOVE_TO_END: &str = "$move_to_end";
/// The translator's name for `popitem(last=False)` of an OrderedDict, as a statement.
pub const POPITEM_FIRST: &str = "$popitem_first";

/// Rewrites the file's empty OrderedDicts and their two methods, as the module docs say.
pub fn rewrite_ordered_dicts(body: &mut ast::Suite) {
    let Some(maker) = ordered_dict_maker(body) else { return };
    let mut stores = Stores { maker: Some(&maker), ..Stores::default() };
    stores.visit_body(body);
    let ordered = |counts: &BTreeMap<String, (usize, usize)>| -> Vec<String> {
        counts.iter().filter(|(_, (all, made))| all == made).map(|(name, _)| name.clone()).collect()
    };
    let rewrite = Rewrite { maker: &maker, names: ordered(&stores.names), attributes: ordered(&stores.attributes) };
    // `a == b` of an OrderedDict compares the order too, which a dict's `==` would not: no rewrite.
    if stores.compared.iter().any(|operand| rewrite.is_ordered(operand)) {
        return;
    }
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
}

/// How the file calls the constructor: `OrderedDict` (imported from `collections`, bound nowhere
/// else) or `collections.OrderedDict`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Maker {
    Imported,
    Qualified,
}

fn ordered_dict_maker(body: &[Stmt]) -> Option<Maker> {
    let (_, bindings) = crate::syntax::name_counts(body);
    let imported = body.iter().any(|stmt| {
        matches!(stmt, Stmt::ImportFrom(import)
            if import.module.as_ref().is_some_and(|module| module.as_str() == "collections")
                && import.names.iter().any(|alias| alias.name.as_str() == "OrderedDict" && alias.asname.is_none()))
    });
    if imported && bindings.get("OrderedDict").copied().unwrap_or(0) <= 1 {
        return Some(Maker::Imported);
    }
    let qualified = body.iter().any(|stmt| {
        matches!(stmt, Stmt::Import(import)
            if import.names.iter().any(|alias| alias.name.as_str() == "collections" && alias.asname.is_none()))
    });
    (qualified && bindings.get("collections").copied().unwrap_or(0) <= 1).then_some(Maker::Qualified)
}

/// `OrderedDict()` (no arguments) as `maker` spells it.
fn is_empty_ordered_dict(expr: &Expr, maker: Maker) -> bool {
    let Expr::Call(call) = expr else { return false };
    if !call.arguments.is_empty() {
        return false;
    }
    match (&*call.func, maker) {
        (Expr::Name(name), Maker::Imported) => name.id.as_str() == "OrderedDict",
        (Expr::Attribute(attribute), Maker::Qualified) => {
            attribute.attr.as_str() == "OrderedDict"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "collections")
        }
        _ => false,
    }
}

/// Every store of a name and of an attribute name in the file: (all stores, those of `OrderedDict()`).
#[derive(Default)]
struct Stores<'m> {
    maker: Option<&'m Maker>,
    names: BTreeMap<String, (usize, usize)>,
    attributes: BTreeMap<String, (usize, usize)>,
    /// The operands of every `==` and `!=` in the file (which an OrderedDict answers by order).
    compared: Vec<Expr>,
}

impl Stores<'_> {
    fn stored(&mut self, target: &Expr, made: bool) {
        let (map, key) = match target {
            Expr::Name(name) => (&mut self.names, name.id.to_string()),
            Expr::Attribute(attribute) => (&mut self.attributes, attribute.attr.to_string()),
            _ => return,
        };
        let counts = map.entry(key).or_default();
        counts.0 += 1;
        counts.1 += usize::from(made);
    }
}

impl<'a> Visitor<'a> for Stores<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assign(assign) = stmt {
            let made = self.maker.is_some_and(|maker| is_empty_ordered_dict(&assign.value, *maker));
            if made {
                // Counted here once; the targets' own visit below counts every store.
                for target in &assign.targets {
                    let (map, key) = match target {
                        Expr::Name(name) => (&mut self.names, name.id.to_string()),
                        Expr::Attribute(attribute) => (&mut self.attributes, attribute.attr.to_string()),
                        _ => continue,
                    };
                    map.entry(key).or_default().1 += 1;
                }
            }
        }
        if let Stmt::FunctionDef(function) = stmt {
            for parameter in function.parameters.iter() {
                self.stored(&crate::syntax::name(parameter.name(), function.range, ast::ExprContext::Store), false);
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) if name.ctx == ast::ExprContext::Store => self.stored(expr, false),
            Expr::Attribute(attribute) if attribute.ctx == ast::ExprContext::Store => self.stored(expr, false),
            Expr::Compare(compare) if compare.ops.iter().any(|op| matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq)) => {
                self.compared.push((*compare.left).clone());
                self.compared.extend(compare.comparators.iter().cloned());
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// The rewrite: `OrderedDict()` as `{}`, and the two methods of a known receiver renamed.
struct Rewrite<'m> {
    maker: &'m Maker,
    names: Vec<String>,
    attributes: Vec<String>,
}

impl Rewrite<'_> {
    fn is_ordered(&self, receiver: &Expr) -> bool {
        match receiver {
            Expr::Name(name) => self.names.iter().any(|known| known == name.id.as_str()),
            Expr::Attribute(attribute) => self.attributes.iter().any(|known| known == attribute.attr.as_str()),
            _ => false,
        }
    }

    /// The translator's method for `call` as a statement, where it is `move_to_end(key)` or
    /// `popitem(last=False)` of a known OrderedDict.
    fn renamed_method(&self, call: &ast::ExprCall) -> Option<&'static str> {
        let Expr::Attribute(method) = &*call.func else { return None };
        if !self.is_ordered(&method.value) {
            return None;
        }
        let keywords: Vec<(&str, &Expr)> = call
            .arguments
            .keywords
            .iter()
            .filter_map(|keyword| keyword.arg.as_ref().map(|arg| (arg.as_str(), &keyword.value)))
            .collect();
        let is_literal =
            |expr: &Expr, wanted: bool| matches!(expr, Expr::BooleanLiteral(literal) if literal.value == wanted);
        if keywords.len() != call.arguments.keywords.len() {
            return None;
        }
        match (method.attr.as_str(), &call.arguments.args[..], &keywords[..]) {
            ("move_to_end", [_], []) => Some(MOVE_TO_END),
            ("move_to_end", [_], [("last", last)]) if is_literal(last, true) => Some(MOVE_TO_END),
            ("popitem", [], [("last", last)]) if is_literal(last, false) => Some(POPITEM_FIRST),
            _ => None,
        }
    }
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::Expr(statement) = stmt
            && let Expr::Call(call) = &mut *statement.value
            && let Some(renamed) = self.renamed_method(call)
            && let Expr::Attribute(method) = &mut *call.func
        {
            method.attr = ast::Identifier::new(renamed, method.attr.range);
            call.arguments.keywords = Default::default();
        }
        transform_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if is_empty_ordered_dict(expr, *self.maker) {
            let range = ruff_text_size::Ranged::range(&*expr);
            *expr = Expr::Dict(ast::ExprDict { node_index: Default::default(), range, items: Vec::new() });
            return;
        }
        transform_expr(self, expr);
    }
}
