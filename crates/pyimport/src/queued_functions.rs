//! Functions put on a queue and called where they are taken (session 37), a hand-made worker pool:
//!
//! ```python
//! jobs.put((add, 1))                  # jobs.put(("<function add>", 1))
//! ...
//! fn, n = jobs.get()
//! fn(n)                               # if fn == "<function add>": add(n)
//!                                     # elif fn == "<function neg>": neg(n)
//!                                     # else: raise TypeError("...")
//! ```
//!
//! A function is no value of a scenario, so the translator refuses a call of a name that holds one
//! only at run time (builtin_values.rs). After that refusal the program is rewritten and translated
//! again: each function of the file the program puts on a queue by name (`q.put(f)`, or as an item of
//! a tuple it puts: `q.put((f, x))`, `q.put_nowait(...)`) is put as a string that names it, a tag, and
//! the statement of the refused call becomes an `if` per function so put, comparing the name with the
//! tag and calling that function with the call's arguments. Python's call calls the function object
//! the name holds; the name holds the tag of that function here, whichever queue or local carried it,
//! so the `if` calls the same function, and only that one. A value that is no tag (None, a number) is
//! Python's TypeError, raised in the `else:`. The tag is a text no program writes (`<function add>`,
//! as Python's `repr` begins); printing the function's value prints it instead of Python's `<function
//! add at 0x...>`, whose address changes from run to run anyway.
//!
//! Only the simple statements that hold the call (an expression, an assignment, a `return`) are
//! rewritten, each branch a copy of the statement: one branch runs, as one call does. A program that
//! puts no function on a queue by name keeps the refusal.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::blocks::Classes;
use crate::syntax::{name, string};

/// The refusal this rewrite answers (builtin_values.rs's words).
pub const REFUSED_CALL: &str = "calls a function taken at run time";

/// The tag a function of the file is put as.
fn tag(function: &str) -> String {
    format!("<function {function}>")
}

/// Rewrites the puts of the file's functions as tags (once), and the statement holding the call of a
/// run-time function value at `offset` as an `if` per function put; false where there is none.
pub fn dispatch_queued_call_at(body: &mut ast::Suite, offset: usize) -> bool {
    let functions = module_functions(body);
    let mut tagged_body = body.clone();
    tag_put_functions(&mut tagged_body, &functions);
    if !dispatch_call_at(&mut tagged_body, offset, &functions) {
        return false;
    }
    *body = tagged_body;
    true
}

/// The statement holding the call at `offset` as an `if` per function whose tag `body` puts.
fn dispatch_call_at(body: &mut ast::Suite, offset: usize, functions: &BTreeSet<String>) -> bool {
    let tagged = tagged_functions(body, functions);
    if tagged.is_empty() {
        return false;
    }
    let defs: Vec<ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if tagged.contains(&def.name.to_string()) => Some(def.clone()),
            _ => None,
        })
        .collect();
    crate::blocks::rewrite_statement_at(body, offset, Classes::Entered, |block, index| {
        let Some(dispatch) = dispatch(&block[index], offset, &defs) else { return false };
        block[index] = dispatch;
        true
    })
}

/// The functions the module defines at its top level, and binds nowhere else.
fn module_functions(body: &[Stmt]) -> BTreeSet<String> {
    let defined: BTreeSet<String> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if !def.is_async => Some(def.name.to_string()),
            _ => None,
        })
        .collect();
    let (_, stored) = crate::syntax::name_counts(body);
    defined.into_iter().filter(|function| stored.get(function) == Some(&1)).collect()
}

/// Whether `call` puts on a queue: `q.put(x)`, `q.put_nowait(x)`, `self.q.put(x)`.
fn is_put(call: &ast::ExprCall) -> bool {
    matches!(&*call.func, Expr::Attribute(method) if matches!(method.attr.as_str(), "put" | "put_nowait"))
        && !call.arguments.args.is_empty()
}

/// Replaces each function of `functions` that a put's item names, alone or as an item of a tuple
/// display, by its tag.
fn tag_put_functions(body: &mut ast::Suite, functions: &BTreeSet<String>) {
    struct Tag<'f>(&'f BTreeSet<String>);
    impl Tag<'_> {
        fn tagged(&self, item: &mut Expr) {
            match item {
                Expr::Name(function) if self.0.contains(function.id.as_str()) => {
                    *item = string(&tag(function.id.as_str()), function.range);
                }
                // A tuple holding a tuple or a list is no value of a step: left as it is (refused).
                Expr::Tuple(tuple)
                    if !tuple.elts.iter().any(|element| matches!(element, Expr::Tuple(_) | Expr::List(_))) =>
                {
                    tuple.elts.iter_mut().for_each(|element| self.tagged(element))
                }
                _ => {}
            }
        }
    }
    impl Transformer for Tag<'_> {
        fn visit_expr(&self, expr: &mut Expr) {
            if let Expr::Call(call) = expr
                && is_put(call)
            {
                self.tagged(&mut call.arguments.args[0]);
            }
            walk_expr(self, expr);
        }
    }
    let tag = Tag(functions);
    for stmt in body.iter_mut() {
        tag.visit_stmt(stmt);
    }
}

/// The functions whose tags the module's puts hold.
fn tagged_functions(body: &[Stmt], functions: &BTreeSet<String>) -> Vec<String> {
    struct Tags<'f> {
        functions: &'f BTreeSet<String>,
        found: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Tags<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::StringLiteral(text) = expr
                && let Some(function) =
                    text.value.to_str().strip_prefix("<function ").and_then(|rest| rest.strip_suffix('>'))
                && self.functions.contains(function)
            {
                self.found.insert(function.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut tags = Tags { functions, found: BTreeSet::new() };
    tags.visit_body(body);
    tags.found.into_iter().collect()
}

/// The `if` per function for a simple statement holding, at `offset`, a call of a name.
fn dispatch(stmt: &Stmt, offset: usize, defs: &[ast::StmtFunctionDef]) -> Option<Stmt> {
    if !matches!(stmt, Stmt::Expr(_) | Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Return(_)) {
        return None;
    }
    let (callee, given) = called_name_at(stmt, offset)?;
    // A function that cannot take the call's arguments is Python's TypeError there: the `else:`.
    let functions: Vec<String> =
        defs.iter().filter(|def| given.is_none_or(|given| takes(def, given))).map(|def| def.name.to_string()).collect();
    let range = stmt.range();
    let branch = |function: &str| {
        let mut copy = stmt.clone();
        CalleeAt { offset, function }.visit_stmt(&mut copy);
        copy
    };
    let test = |function: &str| {
        Expr::Compare(ast::ExprCompare {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            left: Box::new(name(&callee, range, ast::ExprContext::Load)),
            ops: Box::new([ast::CmpOp::Eq]),
            comparators: Box::new([string(&tag(function), range)]),
        })
    };
    let raise = Stmt::Raise(ast::StmtRaise {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        exc: Some(Box::new(type_error(&callee, range))),
        cause: None,
    });
    let (first, rest) = functions.split_first()?;
    let mut clauses: Vec<ast::ElifElseClause> = rest
        .iter()
        .map(|function| ast::ElifElseClause {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            test: Some(test(function)),
            body: vec![branch(function)].into(),
        })
        .collect();
    clauses.push(ast::ElifElseClause {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        test: None,
        body: vec![raise].into(),
    });
    Some(Stmt::If(ast::StmtIf {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        test: Box::new(test(first)),
        body: vec![branch(first)].into(),
        elif_else_clauses: clauses,
    }))
}

/// `TypeError("'fn' holds no function this program puts on a queue: not callable")`.
fn type_error(callee: &str, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(name("TypeError", range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            args: Box::new([string(&format!("'{callee}' object is not callable"), range)]),
            keywords: Default::default(),
        },
    })
}

/// Whether `def` takes `given` positional arguments.
fn takes(def: &ast::StmtFunctionDef, given: usize) -> bool {
    let parameters = &def.parameters;
    let positional: Vec<_> = parameters.posonlyargs.iter().chain(&parameters.args).collect();
    let required = positional.iter().filter(|parameter| parameter.default.is_none()).count();
    let keyword_required = parameters.kwonlyargs.iter().any(|parameter| parameter.default.is_none());
    given >= required && (given <= positional.len() || parameters.vararg.is_some()) && !keyword_required
}

/// The name called by the call whose callee starts at `offset` inside `stmt`, and how many positional
/// arguments it gives (None where it spreads some or gives keywords).
fn called_name_at(stmt: &Stmt, offset: usize) -> Option<(String, Option<usize>)> {
    struct Find {
        offset: usize,
        found: Option<(String, Option<usize>)>,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Name(callee) = &*call.func
                && callee.range.start().to_usize() == self.offset
            {
                let plain = call.arguments.keywords.is_empty()
                    && !call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)));
                self.found = Some((callee.id.to_string(), plain.then_some(call.arguments.args.len())));
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut find = Find { offset, found: None };
    find.visit_stmt(stmt);
    find.found
}

/// Names `function` as the callee of the call whose callee starts at `offset`.
struct CalleeAt<'f> {
    offset: usize,
    function: &'f str,
}

impl Transformer for CalleeAt<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Name(callee) = &*call.func
            && callee.range.start().to_usize() == self.offset
        {
            let range = callee.range;
            *call.func = name(self.function, range, ast::ExprContext::Load);
        }
        walk_expr(self, expr);
    }
}
