//! A `Pipe()` made inside a `for` over a range known at import time, one pipe per pass (session21/m02:
//! `for i in range(3): parent_conn, child_conn = Pipe(); Process(target=worker, args=(..., child_conn))`),
//! before pipes.rs: the loop is written out pass by pass, each pass's ends under names of their own
//! (`parent_conn_0`, `child_conn_0`, ...) after `i = 0`, so that each pipe is one pipes.rs rewrites.
//!
//! The ends a pass appends to a list made empty before the loop (`parent_conns.append(parent_conn)`)
//! are the list's items in the order of the passes; where the code after the loop only walks that list,
//! `[c.recv() for c in parent_conns]` is the list display `[parent_conn_0.recv(), parent_conn_1.recv(),
//! ...]` (Python evaluates a comprehension's elements and a display's items in the same order) and `for
//! c in parent_conns: body` is the body once per end, `c` renamed to it; the list itself goes away.
//!
//! Left as it was (pipes.rs refuses a `Pipe()` in a loop, and an end in a list, saying so): a loop
//! with a `break` or `continue` (a later pass might not run), an `else`, a `def` or a `class`; a range
//! of more than 16 passes or one not known at import time; an end named outside the loop (after it,
//! the name is the last pass's end) or by a function that is not given it; a list of ends used any other
//! way, or given anything else.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt, Suite};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_calls::Constructors;

/// The most passes a loop that makes pipes is written out for.
const MAX_PASSES: i64 = 16;

/// Writes out every loop of the module that makes a pipe per pass (the module doc).
pub fn unroll_pipe_loops(body: &mut Suite) {
    let pipes = Constructors::of(body, "Pipe");
    if pipes.is_empty() {
        return;
    }
    let mut taken = crate::syntax::module_names(body);
    let functions = FunctionReads::of(body);
    unroll_in_block(body, &pipes, &functions, &mut taken);
}

fn unroll_in_block(block: &mut Suite, pipes: &Constructors, functions: &FunctionReads, taken: &mut BTreeSet<String>) {
    let mut index = 0;
    while index < block.len() {
        if let Some(unrolled) = unrolled_loop(block, index, pipes, functions, taken) {
            let count = unrolled.statements.len();
            block.splice(index..=index, unrolled.statements);
            index += count;
            for list in unrolled.lists {
                rewrite_list_walks(block, index, &list);
                // The list's `list = []`, before the loop (list_only_walked), goes away with it.
                let before = block.len();
                block.retain(|stmt| !is_empty_list_binding(stmt, &list.name));
                index -= before - block.len();
            }
            continue;
        }
        for inner in crate::blocks::nested_blocks(&mut block[index]) {
            unroll_in_block(inner, pipes, functions, taken);
        }
        if let Stmt::FunctionDef(def) = &mut block[index] {
            unroll_in_block(&mut def.body, pipes, functions, taken);
        }
        index += 1;
    }
}

/// A loop written out: its passes' statements, and the lists of ends they appended to.
struct Unrolled {
    statements: Vec<Stmt>,
    lists: Vec<EndList>,
}

/// A list made empty before the loop whose items are one end per pass: its name and each pass's end.
struct EndList {
    name: String,
    ends: Vec<String>,
}

/// The loop at `block[index]` written out, where it makes a pipe per pass and every check of the
/// module doc holds; `None` otherwise.
fn unrolled_loop(
    block: &[Stmt],
    index: usize,
    pipes: &Constructors,
    functions: &FunctionReads,
    taken: &mut BTreeSet<String>,
) -> Option<Unrolled> {
    let Stmt::For(looping) = &block[index] else { return None };
    let Expr::Name(variable) = &*looping.target else { return None };
    let passes = range_passes(&looping.iter)?;
    if looping.is_async || !looping.orelse.is_empty() || !plain_body(&looping.body) {
        return None;
    }
    let ends: Vec<String> = looping.body.iter().filter_map(|stmt| pipe_end_names(stmt, pipes)).flatten().collect();
    if ends.is_empty() || ends.iter().collect::<BTreeSet<_>>().len() != ends.len() {
        return None;
    }
    let before: Vec<&Stmt> = block[..index].iter().collect();
    let after = &block[index + 1..];
    let outside: Vec<&Stmt> = before.iter().copied().chain(after).collect();
    if ends.iter().any(|end| functions.reads_global(end) || mentions(&outside, end)) {
        return None;
    }
    let appended = end_appends(&looping.body, &ends)?;
    for list in appended.keys() {
        if !list_only_walked(block, index, list, functions) || functions.reads_global(list) {
            return None;
        }
    }
    // The loop's variable and the names its body binds get a name per pass, as the passes' bindings
    // are one name's in Python (a name bound again is refused by the translator): each pass's value is
    // seen only by its pass where no code before the loop names it (an accumulator, kept as it is), no
    // function reads it, and the code after the loop binds it again before reading it.
    let variable = variable.id.to_string();
    let mut per_pass: Vec<String> = vec![variable.clone()];
    for name in stored_names(&looping.body) {
        if ends.contains(&name) || name == variable {
            continue;
        }
        if mentions(&before, &name) {
            continue;
        }
        per_pass.push(name);
    }
    if mentions(&before, &variable) {
        return None;
    }
    for name in &per_pass {
        if functions.reads_global(name) || !rebound_before_read(after, name) {
            return None;
        }
    }
    let mut statements = Vec::new();
    let mut lists: BTreeMap<String, Vec<String>> = appended.keys().map(|list| (list.clone(), Vec::new())).collect();
    for pass in passes {
        let renamed: BTreeMap<String, String> = ends
            .iter()
            .chain(&per_pass)
            .map(|name| (name.clone(), crate::syntax::fresh_name(&format!("{name}_{}", pass.0), taken)))
            .collect();
        statements.push(bind_number(&renamed[&variable], pass.1, looping.range));
        for stmt in &looping.body {
            if let Some((list, end)) = end_append(stmt, &ends) {
                lists.get_mut(&list).expect("noted above").push(renamed[&end].clone());
                continue;
            }
            let mut copy = stmt.clone();
            Rename(&renamed).visit_stmt(&mut copy);
            statements.push(copy);
        }
    }
    Some(Unrolled { statements, lists: lists.into_iter().map(|(name, ends)| EndList { name, ends }).collect() })
}

/// The names `body` stores to (assignments, loop targets, `with ... as`), at any depth.
fn stored_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Stores(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stores {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(stored) = expr
                && stored.ctx != ast::ExprContext::Load
            {
                self.0.insert(stored.id.to_string());
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut stores = Stores(BTreeSet::new());
    stores.visit_body(body);
    stores.0
}

/// Whether the statements after the loop name `name` only after one of them binds it again first
/// (`for p in procs:`, `p = ...` whose value does not read it), or never.
fn rebound_before_read(after: &[Stmt], name: &str) -> bool {
    for stmt in after {
        let rebinds = match stmt {
            Stmt::For(looping) => {
                matches!(&*looping.target, Expr::Name(target) if target.id.as_str() == name)
                    && !mentions(&[&expression_statement(&looping.iter)], name)
            }
            Stmt::Assign(assign) => {
                matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name)
                    && !mentions(&[&expression_statement(&assign.value)], name)
            }
            _ => false,
        };
        if rebinds {
            return true;
        }
        if mentions(&[stmt], name) {
            return false;
        }
    }
    true
}

fn expression_statement(expr: &Expr) -> Stmt {
    crate::syntax::expression_statement(expr.clone())
}

/// The passes of `range(n)`, `range(a, b)` or `range(a, b, s)` of integer literals: each pass's number
/// (from 0) and the loop variable's value; at most `MAX_PASSES` of them.
fn range_passes(iterable: &Expr) -> Option<Vec<(usize, i64)>> {
    let Expr::Call(call) = iterable else { return None };
    if !matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "range")
        || !call.arguments.keywords.is_empty()
    {
        return None;
    }
    let bounds: Vec<i64> = call.arguments.args.iter().map(integer_literal).collect::<Option<_>>()?;
    let (start, stop, step) = match bounds[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] if step != 0 => (start, stop, step),
        _ => return None,
    };
    let mut values = Vec::new();
    let mut value = start;
    while (step > 0 && value < stop) || (step < 0 && value > stop) {
        if values.len() as i64 >= MAX_PASSES {
            return None;
        }
        values.push((values.len(), value));
        value += step;
    }
    Some(values)
}

fn integer_literal(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(number), .. }) => number.as_i64(),
        Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::USub, operand, .. }) => integer_literal(operand).map(|n| -n),
        _ => None,
    }
}

/// A loop body every pass of which runs to its end: no `break`, `continue`, `def`, `class`, `global`
/// or `nonlocal` at any depth (a `return` leaves the written-out passes as it leaves the loop).
fn plain_body(body: &[Stmt]) -> bool {
    struct Plain(bool);
    impl<'a> Visitor<'a> for Plain {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if matches!(
                stmt,
                Stmt::Break(_)
                    | Stmt::Continue(_)
                    | Stmt::FunctionDef(_)
                    | Stmt::ClassDef(_)
                    | Stmt::Global(_)
                    | Stmt::Nonlocal(_)
            ) {
                self.0 = false;
                return;
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut plain = Plain(true);
    plain.visit_body(body);
    plain.0
}

/// The two names `a, b = Pipe()` binds (pipes.rs checks the rest of its form).
fn pipe_end_names(stmt: &Stmt, pipes: &Constructors) -> Option<Vec<String>> {
    let Stmt::Assign(assign) = stmt else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    if !pipes.names_member(&call.func) {
        return None;
    }
    let [Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })] = &assign.targets[..]
    else {
        return None;
    };
    elts.iter()
        .map(|part| match part {
            Expr::Name(end) => Some(end.id.to_string()),
            _ => None,
        })
        .collect()
}

/// `L.append(end)` as a statement of its own: the list's and the end's names.
fn end_append(stmt: &Stmt, ends: &[String]) -> Option<(String, String)> {
    let Stmt::Expr(statement) = stmt else { return None };
    let Expr::Call(call) = &*statement.value else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let (Expr::Name(list), [Expr::Name(end)]) = (&*method.value, &call.arguments.args[..]) else { return None };
    (method.attr.as_str() == "append"
        && call.arguments.keywords.is_empty()
        && ends.iter().any(|e| e == end.id.as_str()))
    .then(|| (list.id.to_string(), end.id.to_string()))
}

/// The lists the loop's body appends an end to, each once per pass at its top level; `None` where an
/// end is put in a list any other way, or a list of ends is given anything else in the loop.
fn end_appends(body: &[Stmt], ends: &[String]) -> Option<BTreeMap<String, usize>> {
    let mut lists: BTreeMap<String, usize> = BTreeMap::new();
    for stmt in body {
        if let Some((list, _)) = end_append(stmt, ends) {
            *lists.entry(list).or_default() += 1;
        }
    }
    let others: Vec<&Stmt> = body.iter().filter(|stmt| end_append(stmt, ends).is_none()).collect();
    if lists.values().any(|count| *count != 1) || lists.keys().any(|list| mentions(&others, list)) {
        return None;
    }
    Some(lists)
}

/// Whether the list `list` is bound `list = []` before the loop at `block[index]` (once, in `block`),
/// and used after it only as what a `for` statement of the block walks (no `else`, no `break` or
/// `continue`, its variable bound again before any later read) or what the list comprehension of one
/// `for` walks that is the whole value of `name = [...]` (a name no function reads).
fn list_only_walked(block: &[Stmt], index: usize, list: &str, functions: &FunctionReads) -> bool {
    let before = &block[..index];
    if before.iter().filter(|stmt| is_empty_list_binding(stmt, list)).count() != 1 {
        return false;
    }
    let others: Vec<&Stmt> = before.iter().filter(|stmt| !is_empty_list_binding(stmt, list)).collect();
    if mentions(&others, list) {
        return false;
    }
    let after = &block[index + 1..];
    for (at, stmt) in after.iter().enumerate() {
        if let Some(looping) = walking_loop(stmt, list) {
            let Expr::Name(variable) = &*looping.target else { return false };
            if !plain_body(&looping.body)
                || !looping.orelse.is_empty()
                || mentions(&looping.body.iter().collect::<Vec<_>>(), list)
                || !rebound_before_read(&after[at + 1..], variable.id.as_str())
            {
                return false;
            }
            continue;
        }
        if let Some((target, comprehension)) = comprehension_assignment(stmt, list) {
            let element = expression_statement(&comprehension.elt);
            if functions.reads_global(target) || mentions(&[&element], list) || mentions(&[&element], target) {
                return false;
            }
            continue;
        }
        if mentions(&[stmt], list) {
            return false;
        }
    }
    true
}

/// `for c in list:` (not `async`) walking the list by name.
fn walking_loop<'a>(stmt: &'a Stmt, list: &str) -> Option<&'a ast::StmtFor> {
    match stmt {
        Stmt::For(looping)
            if !looping.is_async
                && matches!(&*looping.iter, Expr::Name(walked) if walked.id.as_str() == list)
                && matches!(&*looping.target, Expr::Name(_)) =>
        {
            Some(looping)
        }
        _ => None,
    }
}

/// `name = [f(c) for c in list]`: the name and the comprehension (one `for`, a name as its variable,
/// no `if`).
fn comprehension_assignment<'a>(stmt: &'a Stmt, list: &str) -> Option<(&'a str, &'a ast::ExprListComp)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::ListComp(comprehension) = &*assign.value else { return None };
    let [generator] = &comprehension.generators[..] else { return None };
    (!generator.is_async
        && generator.ifs.is_empty()
        && matches!(&generator.target, Expr::Name(_))
        && matches!(&generator.iter, Expr::Name(walked) if walked.id.as_str() == list))
    .then_some((target.id.as_str(), comprehension))
}

fn is_empty_list_binding(stmt: &Stmt, list: &str) -> bool {
    matches!(stmt, Stmt::Assign(assign)
        if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == list)
            && matches!(&*assign.value, Expr::List(display) if display.elts.is_empty()))
}

/// The walks of a list of ends after the loop, written out over its ends (`block[from..]`):
/// `for c in list: body` as the body once per end, `name = [f(c) for c in list]` as `name = []` then
/// `name.append(f(end))` per end (the list is the comprehension's once the last append is done, and
/// nothing reads the name before: no function reads it, and the element does not).
fn rewrite_list_walks(block: &mut Suite, from: usize, list: &EndList) {
    let mut rewritten = Suite::with_capacity(block.len());
    for (at, stmt) in std::mem::take(block).into_iter().enumerate() {
        if at < from {
            rewritten.push(stmt);
            continue;
        }
        if let Some(looping) = walking_loop(&stmt, &list.name) {
            let Expr::Name(variable) = &*looping.target else { unreachable!("checked by walking_loop") };
            for end in &list.ends {
                let renamed = BTreeMap::from([(variable.id.to_string(), end.clone())]);
                for inner in &looping.body {
                    let mut copy = inner.clone();
                    Rename(&renamed).visit_stmt(&mut copy);
                    rewritten.push(copy);
                }
            }
            continue;
        }
        if let Some((target, comprehension)) = comprehension_assignment(&stmt, &list.name) {
            let Expr::Name(variable) = &comprehension.generators[0].target else { unreachable!("checked") };
            let range = comprehension.range;
            let empty = Expr::List(ast::ExprList {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                elts: Vec::new(),
                ctx: ast::ExprContext::Load,
            });
            rewritten.push(Stmt::Assign(ast::StmtAssign {
                node_index: ast::AtomicNodeIndex::default(),
                range: stmt.range(),
                targets: vec![crate::syntax::name(target, range, ast::ExprContext::Store)],
                value: Box::new(empty),
            }));
            for end in &list.ends {
                let mut item = (*comprehension.elt).clone();
                Rename(&BTreeMap::from([(variable.id.to_string(), end.clone())])).visit_expr(&mut item);
                let receiver = crate::syntax::name(target, range, ast::ExprContext::Load);
                let append = crate::syntax::method_call(receiver, "append", vec![item], range);
                rewritten.push(crate::syntax::expression_statement(append));
            }
            continue;
        }
        rewritten.push(stmt);
    }
    *block = rewritten;
}

/// Every name of the map renamed (read or bound).
struct Rename<'m>(&'m BTreeMap<String, String>);

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(named) = expr
            && let Some(fresh) = self.0.get(named.id.as_str())
        {
            named.id = ast::name::Name::new(fresh);
        }
        walk_expr(self, expr);
    }

    fn visit_stmt(&self, stmt: &mut Stmt) {
        walk_stmt(self, stmt);
    }
}

/// `variable = value`, at the loop's range.
fn bind_number(variable: &str, value: i64, range: TextRange) -> Stmt {
    let number = Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: ast::Number::Int(ast::Int::from(value.unsigned_abs())),
    });
    let value = if value < 0 {
        Expr::UnaryOp(ast::ExprUnaryOp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            op: ast::UnaryOp::USub,
            operand: Box::new(number),
        })
    } else {
        number
    };
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![crate::syntax::name(variable, range, ast::ExprContext::Store)],
        value: Box::new(value),
    })
}

/// Whether any of `statements` names `wanted` (read, bound or deleted), functions' bodies included.
fn mentions(statements: &[&Stmt], wanted: &str) -> bool {
    struct Mentions<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Mentions<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.1 |= matches!(expr, Expr::Name(found) if found.id.as_str() == self.0);
            // A comprehension that binds the name has its own (Python 3): only its first iterable is
            // read in the scope around it.
            let generators = match expr {
                Expr::ListComp(comprehension) => Some(&comprehension.generators),
                Expr::SetComp(comprehension) => Some(&comprehension.generators),
                Expr::DictComp(comprehension) => Some(&comprehension.generators),
                Expr::Generator(generator) => Some(&generator.generators),
                _ => None,
            };
            if let Some(generators) = generators
                && generators.iter().any(|generator| binds_name(&generator.target, self.0))
            {
                self.visit_expr(&generators[0].iter);
                return;
            }
            visitor::walk_expr(self, expr);
        }
    }
    fn binds_name(target: &Expr, wanted: &str) -> bool {
        match target {
            Expr::Name(name) => name.id.as_str() == wanted,
            Expr::Tuple(tuple) => tuple.elts.iter().any(|part| binds_name(part, wanted)),
            Expr::List(list) => list.elts.iter().any(|part| binds_name(part, wanted)),
            _ => false,
        }
    }
    let mut found = Mentions(wanted, false);
    for stmt in statements {
        found.visit_stmt(stmt);
    }
    found.1
}

/// The names the file's functions read or bind without having them as parameters: a global such a
/// function could read.
struct FunctionReads(BTreeSet<String>);

impl FunctionReads {
    fn of(body: &[Stmt]) -> Self {
        struct Walk(BTreeSet<String>);
        impl<'a> Visitor<'a> for Walk {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::FunctionDef(def) = stmt {
                    let parameters: BTreeSet<&str> =
                        def.parameters.iter().map(|parameter| parameter.name().as_str()).collect();
                    for name in crate::syntax::module_names(&def.body) {
                        if !parameters.contains(name.as_str()) {
                            self.0.insert(name);
                        }
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
        }
        let mut walk = Walk(BTreeSet::new());
        walk.visit_body(body);
        FunctionReads(walk.0)
    }

    fn reads_global(&self, name: &str) -> bool {
        self.0.contains(name)
    }
}
