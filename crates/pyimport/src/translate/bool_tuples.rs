//! A name bound only to tuple displays of one length (`pair = (amount > 100, label)`), whose positions
//! are told apart (session 27): `big, name = pair` binds `big` to a bool and `name` to the string, and
//! `pair[0]` is the bool. Before, the parts of such a tuple were taken as no bools at all, and
//! `f"big={big}"` printed `big=0` where CPython prints `big=False` (session27/repro/r05).
//!
//! Read once over the whole file, by name, as bool_names.rs does: a name also bound any other way (a
//! parameter, a loop's target, `+=`, a tuple of another length) is not followed here, and the parts
//! unpacked from it are mixed when a bool is in it (their text refused).

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_carriers::Reached;
use super::bool_names::{BoolName, BoolNames};

/// The names bound only to tuple displays of one length, with what reaches each position.
#[derive(Default, Clone, PartialEq, Eq, Debug)]
pub(crate) struct TuplePositions {
    positions: BTreeMap<String, Vec<Reached>>,
}

impl TuplePositions {
    pub(crate) fn of_module(body: &[Stmt], found: &BoolNames) -> TuplePositions {
        let mut scan = TupleScan { found, displays: BTreeMap::new(), bindings: BTreeMap::new() };
        body.iter().for_each(|stmt| scan.visit_stmt(stmt));
        let positions = scan
            .displays
            .into_iter()
            .filter(|(name, displays)| scan.bindings.get(name) == Some(&displays.len()))
            .filter_map(|(name, displays)| Some((name, same_length_positions(displays)?)))
            .collect();
        TuplePositions { positions }
    }

    /// The kind of each position of the tuple `name` holds, when it is followed.
    pub(crate) fn positions(&self, name: &str) -> Option<Vec<Option<BoolName>>> {
        Some(self.positions.get(name)?.iter().map(|reached| reached.kind()).collect())
    }

    /// The kind of `name[index]` (a negative index from the end), when `name` is followed.
    pub(crate) fn position(&self, name: &str, index: i64) -> Option<Option<BoolName>> {
        let positions = self.positions.get(name)?;
        let length = i64::try_from(positions.len()).ok()?;
        let index = if index < 0 { index + length } else { index };
        let reached = positions.get(usize::try_from(index).ok()?)?;
        Some(reached.kind())
    }
}

/// What reaches each position of tuples of one length; `None` when the lengths differ.
fn same_length_positions(displays: Vec<Vec<Option<BoolName>>>) -> Option<Vec<Reached>> {
    let length = displays.first()?.len();
    let mut positions = vec![Reached::default(); length];
    for display in displays {
        if display.len() != length {
            return None;
        }
        positions.iter_mut().zip(display).for_each(|(reached, kind)| reached.add(kind));
    }
    Some(positions)
}

struct TupleScan<'f> {
    found: &'f BoolNames,
    /// The kinds of the items of each tuple display a name is bound to, by name.
    displays: BTreeMap<String, Vec<Vec<Option<BoolName>>>>,
    /// How many times each name is bound, any way (a parameter, a definition, an import count too).
    bindings: BTreeMap<String, usize>,
}

impl TupleScan<'_> {
    fn bound(&mut self, name: &str) {
        let count = self.bindings.entry(name.to_string()).or_default();
        *count = count.saturating_add(1);
    }

    /// A binding weft does not follow here: the name is never followed.
    fn bound_otherwise(&mut self, name: &str) {
        self.bindings.insert(name.to_string(), usize::MAX);
    }

    fn assigned(&mut self, target: &Expr, value: &Expr) {
        let (Expr::Name(name), Expr::Tuple(tuple)) = (target, value) else { return };
        if tuple.elts.iter().any(|element| matches!(element, Expr::Starred(_))) {
            return;
        }
        let kind = |element: &Expr| {
            self.found.kind(element).or_else(|| self.found.holds_bool_inside(element).then_some(BoolName::Mixed))
        };
        let kinds = tuple.elts.iter().map(kind).collect();
        self.displays.entry(name.id.to_string()).or_default().push(kinds);
    }
}

impl<'a> Visitor<'a> for TupleScan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.assigned(target, &assign.value)),
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) => self.assigned(target, value),
            Stmt::FunctionDef(function) => {
                self.bound_otherwise(function.name.as_str());
                let parameters = &function.parameters;
                let names = parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs);
                names.for_each(|parameter| self.bound_otherwise(parameter.parameter.name.as_str()));
                parameters.vararg.iter().chain(&parameters.kwarg).for_each(|p| self.bound_otherwise(p.name.as_str()));
            }
            Stmt::ClassDef(class) => self.bound_otherwise(class.name.as_str()),
            Stmt::Import(import) => {
                import.names.iter().for_each(|alias| self.bound_otherwise(alias.asname.as_ref().unwrap_or(&alias.name)))
            }
            Stmt::ImportFrom(import) => {
                import.names.iter().for_each(|alias| self.bound_otherwise(alias.asname.as_ref().unwrap_or(&alias.name)))
            }
            Stmt::Try(attempt) => attempt
                .handlers
                .iter()
                .filter_map(|ast::ExceptHandler::ExceptHandler(handler)| handler.name.as_ref())
                .for_each(|name| self.bound_otherwise(name.as_str())),
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) if name.ctx == ast::ExprContext::Store => self.bound(name.id.as_str()),
            Expr::Lambda(lambda) => {
                let parameters = lambda.parameters.iter().flat_map(|parameters| parameters.iter());
                parameters.for_each(|parameter| self.bound_otherwise(parameter.name().as_str()));
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
