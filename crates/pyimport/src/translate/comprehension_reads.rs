//! `print(",".join(str(d[k]) for k in KEYS))`, `print([results[n] for n in range(5)])`: a comprehension
//! or generator inside the arguments of a call weft does not model, whose items index something with
//! its own variable. The call's reads took `d[k]` as a read of the code around it, where `k` is not
//! bound: before session 21 the import refused it with the misleading "`k` is not defined".
//!
//! Python's generator reads `d[k]` once per item, in order, and may switch threads between two items
//! (each item runs bytecode); the printed text is not kept. So the comprehension reads as the loop it
//! means with the element printed, `for k in KEYS: print(str(d[k]))`: the loop's own translation (an
//! unrolled loop over items known at import time, or its refusal at the comprehension) and each item's
//! read a step, a missing key faulting as CPython's KeyError. The call's other arguments are read after
//! it as before.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Step, Translator};

impl Translator<'_> {
    /// The comprehensions of `call`'s arguments that index with their own variables, each read as the
    /// loop it means; returns the call without them (each replaced by `None`) when there was one, for
    /// the reads of the rest.
    pub(super) fn comprehension_reads(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<ast::ExprCall>> {
        let indexing: Vec<&Expr> = comprehensions_in_arguments(call)
            .into_iter()
            .filter(|comprehension| self.indexes_with_its_variables(frame, comprehension))
            .collect();
        if indexing.is_empty() {
            return Ok(None);
        }
        for comprehension in &indexing {
            let loop_of_reads = printed_elements(comprehension);
            self.comprehension_statement(frame, &loop_of_reads, out, line)?;
        }
        let ranges: Vec<TextRange> = indexing.iter().map(|comprehension| comprehension.range()).collect();
        let mut without = call.clone();
        let blank = Blanked { ranges };
        for argument in without.arguments.args.iter_mut() {
            blank.visit_expr(argument);
        }
        for keyword in without.arguments.keywords.iter_mut() {
            blank.visit_expr(&mut keyword.value);
        }
        Ok(Some(without))
    }

    /// Whether the comprehension's element, key or tests index a name (`d[k]`) with an index that uses
    /// one of its own variables, none of which the code around it binds.
    fn indexes_with_its_variables(&self, frame: &Frame, comprehension: &Expr) -> bool {
        let (generators, parts): (&[ast::Comprehension], Vec<&Expr>) = match comprehension {
            Expr::ListComp(list) => (&list.generators, vec![&*list.elt]),
            Expr::SetComp(set) => (&set.generators, vec![&*set.elt]),
            Expr::Generator(generator) => (&generator.generators, vec![&*generator.elt]),
            Expr::DictComp(dict) => {
                (&dict.generators, dict.key.iter().map(|key| &**key).chain([&*dict.value]).collect())
            }
            _ => return false,
        };
        let variables: Vec<String> =
            generators.iter().flat_map(|generator| super::names_in(&generator.target)).collect();
        if variables.iter().any(|variable| self.resolve(frame, variable).is_some()) {
            return false;
        }
        let tests = generators.iter().flat_map(|generator| generator.ifs.iter());
        parts.into_iter().chain(tests).any(|part| indexes_with(part, &variables))
    }
}

/// The comprehensions in `call`'s arguments, outermost only, none inside a lambda.
fn comprehensions_in_arguments(call: &ast::ExprCall) -> Vec<&Expr> {
    struct Comprehensions<'e> {
        found: Vec<&'e Expr>,
    }
    impl<'e> Visitor<'e> for Comprehensions<'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Lambda(_) => {}
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => self.found.push(expr),
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut comprehensions = Comprehensions { found: Vec::new() };
    for argument in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
        comprehensions.visit_expr(argument);
    }
    comprehensions.found
}

/// Whether `expr` holds a subscript of a name whose index reads one of `variables`, or `len` of one.
fn indexes_with(expr: &Expr, variables: &[String]) -> bool {
    struct Scan<'v> {
        variables: &'v [String],
        found: bool,
    }
    impl<'e> Visitor<'e> for Scan<'_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Expr::Subscript(subscript) = expr
                && matches!(&*subscript.value, Expr::Name(_))
                && super::names_in(&subscript.slice).iter().any(|name| self.variables.contains(name))
            {
                self.found = true;
            }
            // `[len(p) for p in parts]` of a list of lists: each item's length, read as the loop's
            // `len` is (session 34, session33/f02; array_items.rs).
            if let Expr::Call(call) = expr
                && matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "len")
                && let [Expr::Name(item)] = &call.arguments.args[..]
                && self.variables.contains(&item.id.to_string())
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan { variables, found: false };
    scan.visit_expr(expr);
    scan.found
}

/// The comprehension as a list comprehension whose element prints what it computed
/// (`print(str(d[k]))`; a dict comprehension's `print(key, value)`): a call weft reads, item by item.
fn printed_elements(comprehension: &Expr) -> ast::ExprListComp {
    let (range, generators, parts) = match comprehension {
        Expr::ListComp(list) => (list.range, list.generators.clone(), vec![(*list.elt).clone()]),
        Expr::SetComp(set) => (set.range, set.generators.clone(), vec![(*set.elt).clone()]),
        Expr::Generator(generator) => (generator.range, generator.generators.clone(), vec![(*generator.elt).clone()]),
        Expr::DictComp(dict) => (
            dict.range,
            dict.generators.clone(),
            dict.key.iter().chain([&dict.value]).map(|part| (**part).clone()).collect(),
        ),
        _ => unreachable!("only comprehensions are given"),
    };
    let element = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(crate::syntax::name("print", range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range: TextRange::empty(range.end()),
            args: parts.into(),
            keywords: Default::default(),
        },
    });
    ast::ExprListComp { node_index: Default::default(), range, elt: Box::new(element), generators }
}

/// Replaces the expressions at `ranges` by `None`.
struct Blanked {
    ranges: Vec<TextRange>,
}

impl Transformer for Blanked {
    fn visit_expr(&self, expr: &mut Expr) {
        if self.ranges.contains(&expr.range()) {
            *expr = Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: Default::default(), range: expr.range() });
            return;
        }
        transformer::walk_expr(self, expr);
    }
}
