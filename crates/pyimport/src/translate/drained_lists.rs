//! `batch, self.buffer = self.buffer, []`: a shared list drained by a swap with a new empty one, the
//! double buffer of a log aggregator (session33/t04, refused before with "take the items and empty it
//! in place"). Python's statement gives the old list to `batch` and binds the attribute (or global) to a
//! new list; weft fixes at import time which list a name holds, so it takes the items into a list of
//! the task's own for `batch` and empties the shared list in place, in one step: CPython 3.11 checks
//! for a thread switch only at calls and backward jumps, and between the read of `self.buffer` and the
//! store of the new list there is neither, so no other thread's `append` comes in between.
//!
//! The two are the same as long as nothing else holds the old list: every other read of the list in
//! the file (any `.buffer` attribute, or the global's name) is the receiver of a method (`X.append(v)`),
//! an item (`X[i]`), the argument of a builtin that keeps no reference (`len(X)`, `list(X)`, ...), the
//! iterable of a `for` or a comprehension, a test, an operand of a comparison, or a store. Where the
//! list may be kept (`alias = self.buffer`, `f(self.buffer)`, `return self.buffer`), the statement stays
//! refused in its old words.

use ruff_python_ast::comparable::ComparableExpr;
use ruff_python_ast::visitor::{Visitor, walk_comprehension, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// Builtins that read a list without keeping it.
const READING_BUILTINS: [&str; 14] =
    ["len", "list", "sorted", "sum", "min", "max", "any", "all", "tuple", "set", "print", "str", "repr", "bool"];

impl Translator<'_> {
    /// `batch, X = X, []` of a shared list `X` nothing else keeps: the items into `batch`, `X` emptied,
    /// in one step. False (nothing written) for any other assignment.
    pub(super) fn drained_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAssign,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [Expr::Tuple(targets)] = &assign.targets[..] else { return Ok(false) };
        let Expr::Tuple(values) = &*assign.value else { return Ok(false) };
        let ([Expr::Name(batch), drained], [taken, Expr::List(fresh)]) = (&targets.elts[..], &values.elts[..]) else {
            return Ok(false);
        };
        if !fresh.elts.is_empty() || ComparableExpr::from(drained) != ComparableExpr::from(taken) {
            return Ok(false);
        }
        if !matches!(drained, Expr::Attribute(_) | Expr::Name(_)) || self.is_global_target(frame, batch.id.as_str()) {
            return Ok(false);
        }
        if !matches!(self.expr(frame, taken, false), Ok(Ex::Static(Value::Shared(_, Shape::Map { dense: true })))) {
            return Ok(false);
        }
        if kept_elsewhere(self.module_body, drained, assign.range) {
            return Ok(false);
        }
        let range = assign.range;
        let copied = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![Expr::Name(batch.clone())],
            value: Box::new(builtin_call("list", taken, range)),
        });
        let emptied = crate::syntax::expression_statement(crate::syntax::method_call(
            with_load(taken),
            "clear",
            Vec::new(),
            range,
        ));
        let mut steps = Vec::new();
        self.statement(frame, &copied, &mut steps, next_line)?;
        self.statement(frame, &emptied, &mut steps, next_line)?;
        let line = self.line(&range);
        out.push(Step::new("atomic", Node::Steps(flattened(steps)), line));
        Ok(true)
    }
}

/// `steps` with each `atomic` block's steps in its place: one step holds them all.
fn flattened(steps: Vec<Step>) -> Vec<Step> {
    let mut flat = Vec::new();
    for step in steps {
        match (step.key, step.value) {
            ("atomic", Some(Node::Steps(inner))) => flat.extend(inner),
            (key, value) => flat.push(Step { key, value, ..step }),
        }
    }
    flat
}

/// `function(argument)` of a builtin at `range`.
fn builtin_call(function: &str, argument: &Expr, range: TextRange) -> Expr {
    let mut call =
        crate::syntax::call_without_arguments(crate::syntax::name(function, range, ast::ExprContext::Load), range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = vec![with_load(argument)].into_boxed_slice();
    }
    call
}

/// `expr` as a read (the swap's value is one already; a target's copy would be a store).
fn with_load(expr: &Expr) -> Expr {
    let mut read = expr.clone();
    match &mut read {
        Expr::Attribute(attribute) => attribute.ctx = ast::ExprContext::Load,
        Expr::Name(name) => name.ctx = ast::ExprContext::Load,
        _ => {}
    }
    read
}

/// Whether the list `drained` names (an attribute, by its name on any object, or a name) may be kept by
/// something other than the swap at `swap`: a read of it anywhere in `module` but those that keep no
/// reference.
fn kept_elsewhere(module: &[Stmt], drained: &Expr, swap: TextRange) -> bool {
    struct Reads<'d> {
        drained: &'d Expr,
        swap: TextRange,
        kept: bool,
    }
    impl Reads<'_> {
        /// Whether `expr` reads the list (the same attribute of any object, or the same name).
        fn names_it(&self, expr: &Expr) -> bool {
            match (self.drained, expr) {
                (Expr::Attribute(drained), Expr::Attribute(read)) => drained.attr.as_str() == read.attr.as_str(),
                (Expr::Name(drained), Expr::Name(read)) => drained.id == read.id,
                _ => false,
            }
        }

        /// Visits `expr` unless it is the list itself, read where nothing keeps it.
        fn visit_unless_it(&mut self, expr: &Expr) {
            if self.names_it(expr) {
                if let Expr::Attribute(attribute) = expr {
                    self.visit_expr(&attribute.value);
                }
                return;
            }
            self.visit_expr(expr);
        }
    }
    impl<'a> Visitor<'a> for Reads<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                _ if stmt.range() == self.swap => {}
                Stmt::For(looping) => {
                    self.visit_expr(&looping.target);
                    self.visit_unless_it(&looping.iter);
                    self.visit_body(&looping.body);
                    self.visit_body(&looping.orelse);
                }
                Stmt::If(branch) => {
                    self.visit_unless_it(&branch.test);
                    self.visit_body(&branch.body);
                    for clause in &branch.elif_else_clauses {
                        if let Some(test) = &clause.test {
                            self.visit_unless_it(test);
                        }
                        self.visit_body(&clause.body);
                    }
                }
                Stmt::While(looping) => {
                    self.visit_unless_it(&looping.test);
                    self.visit_body(&looping.body);
                    self.visit_body(&looping.orelse);
                }
                _ => walk_stmt(self, stmt),
            }
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                // A store (`self.buffer = []`) binds it; the translation judges that binding itself.
                Expr::Attribute(attribute) if self.names_it(expr) && !attribute.ctx.is_load() => {
                    self.visit_expr(&attribute.value)
                }
                Expr::Name(name) if self.names_it(expr) && !name.ctx.is_load() => {}
                _ if self.names_it(expr) => self.kept = true,
                Expr::Call(call) => {
                    match &*call.func {
                        Expr::Attribute(method) => self.visit_unless_it(&method.value),
                        Expr::Name(function) if READING_BUILTINS.contains(&function.id.as_str()) => {
                            for argument in call.arguments.args.iter() {
                                self.visit_unless_it(argument);
                            }
                            for keyword in call.arguments.keywords.iter() {
                                self.visit_expr(&keyword.value);
                            }
                            return;
                        }
                        func => self.visit_expr(func),
                    }
                    for argument in call.arguments.args.iter() {
                        self.visit_expr(argument);
                    }
                    for keyword in call.arguments.keywords.iter() {
                        self.visit_expr(&keyword.value);
                    }
                }
                Expr::Subscript(item) => {
                    self.visit_unless_it(&item.value);
                    self.visit_expr(&item.slice);
                }
                Expr::UnaryOp(operation) if operation.op == ast::UnaryOp::Not => {
                    self.visit_unless_it(&operation.operand)
                }
                Expr::Compare(compare) => {
                    self.visit_unless_it(&compare.left);
                    for operand in compare.comparators.iter() {
                        self.visit_unless_it(operand);
                    }
                }
                _ => walk_expr(self, expr),
            }
        }

        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            if self.names_it(&comprehension.iter) {
                self.visit_expr(&comprehension.target);
                for condition in &comprehension.ifs {
                    self.visit_expr(condition);
                }
                return;
            }
            walk_comprehension(self, comprehension);
        }
    }
    let mut reads = Reads { drained, swap, kept: false };
    reads.visit_body(module);
    reads.kept
}
