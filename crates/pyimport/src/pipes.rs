//! `multiprocessing.Pipe()`, before translation: each way a pipe carries messages is a
//! `multiprocessing.Queue` the translator follows (translate/processes.rs), so that
//!
//! - `a, b = Pipe()` (duplex, the default) is `a_to_b = Queue()` and `b_to_a = Queue()`, and
//!   `r, w = Pipe(duplex=False)` is `w_to_r = Queue()` (`r` only receives, `w` only sends, as CPython's);
//! - `a.send(x)` is `a_to_b.put(x)` and `a.recv()` is `b_to_a.get()`: a message goes in whole, in
//!   order, and `recv()` waits for one, as a pipe's do;
//! - `Process(target=f, args=(b, n))` hands the process the queues of its end,
//!   `Process(target=f, args=(a_to_b, b_to_a, n))`, and `def f(conn, n)` becomes
//!   `def f(conn_incoming, conn_outgoing, n)`, whose `conn.recv()` and `conn.send(x)` are those
//!   queues' `get()` and `put(x)`;
//! - `conn.close()` after the last use of the pipe's ends in its function (or in the module's code) is
//!   dropped: nothing later in that process can see it.
//!
//! What the queues cannot say is refused, each at its line: a `recv()` raises EOFError in CPython once
//! every copy of the other end is closed, and an end that was closed raises OSError, so `close()`
//! inside a loop or before a later use of either end of its pipe in the same code is refused, as is a
//! process given both ends of one pipe (it could close its copy of the end it does not use). Under the
//! fork start method (Linux's), every process started after the pipe was made holds a copy of both ends
//! until it exits, so a `close()` by any one process makes no `recv()` elsewhere raise. An end used in
//! any other way (kept in a list, given to a thread, `poll()`, `send_bytes`) is refused too.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_calls::{Constructors, Refusal};
use crate::syntax::{fresh_name, name, parameter};

type Checked<T> = Result<T, Refusal>;

fn refuse<T>(node: &impl Ranged, message: impl Into<String>) -> Checked<T> {
    Err(Refusal { offset: node.start().to_usize(), message: message.into() })
}

/// The name under which the rewrite calls `multiprocessing.Queue`.
pub(crate) const MULTIPROCESSING_MODULE: &str = "weft_multiprocessing";

/// One end of a pipe: the queue its `recv()` takes from and the queue its `send(x)` puts on (the first
/// end of a one-way pipe only receives, its second only sends).
#[derive(Clone, Debug)]
struct End {
    incoming: Option<String>,
    outgoing: Option<String>,
    /// The pipe's number: the two ends of one pipe share it.
    pipe: usize,
}

impl End {
    /// The queues that stand for the end where it is handed to a process, in the order of the
    /// parameters that stand for it in the process's function.
    fn queues(&self) -> Vec<String> {
        self.incoming.iter().chain(&self.outgoing).cloned().collect()
    }

    /// Whether the end receives and whether it sends.
    fn shape(&self) -> (bool, bool) {
        (self.incoming.is_some(), self.outgoing.is_some())
    }
}

/// A pipe's end among the `args` of a `Process(target=f, args=(...))`.
#[derive(Clone, Debug)]
struct HandedEnd {
    function: String,
    /// The end's place among the arguments the program wrote.
    position: usize,
    shape: (bool, bool),
    /// Where the `Process(...)` call starts: one call may hand several ends.
    call: TextRange,
}

/// What the rewrite of every scope shares.
struct Context {
    pipes: Constructors,
    processes: Constructors,
    taken: BTreeSet<String>,
    handed: Vec<HandedEnd>,
    pipe_count: usize,
}

/// Rewrites every pipe the module makes and the functions its processes run with an end of one; the
/// first refusal, if any.
pub fn rewrite_pipes(body: &mut ast::Suite) -> Checked<()> {
    let pipes = Constructors::of(body, "Pipe");
    if pipes.is_empty() {
        return Ok(());
    }
    let mut context = Context {
        pipes,
        processes: Constructors::of(body, "Process"),
        taken: crate::syntax::module_names(body),
        handed: Vec::new(),
        pipe_count: 0,
    };
    rewrite_scopes(body, &mut context)?;
    rewrite_targets(body, &mut context)?;
    if context.pipe_count > 0 {
        body.insert(0, crate::syntax::import_as("multiprocessing", MULTIPROCESSING_MODULE));
    }
    Ok(())
}

/// The module's body and every function's and class's body, each a scope of its own.
fn rewrite_scopes(body: &mut ast::Suite, context: &mut Context) -> Checked<()> {
    let mut ends = BTreeMap::new();
    make_queues(body, context, &mut ends, false)?;
    rewrite_uses(body, &ends, context)?;
    for_each_nested_body(body, &mut |inner| rewrite_scopes(inner, context))
}

/// Calls `visit` on the bodies of the functions and classes `body` defines, at any depth of its blocks,
/// but not inside those bodies.
fn for_each_nested_body(body: &mut [Stmt], visit: &mut dyn FnMut(&mut ast::Suite) -> Checked<()>) -> Checked<()> {
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::FunctionDef(def) => visit(&mut def.body)?,
            Stmt::ClassDef(class) => visit(&mut class.body)?,
            other => {
                for block in crate::blocks::nested_blocks(other) {
                    for_each_nested_body(block, visit)?;
                }
            }
        }
    }
    Ok(())
}

/// Replaces each `a, b = Pipe()` of the scope (not inside the functions it defines) with the queues of
/// its two ways, and records its ends in `ends`.
fn make_queues(
    body: &mut ast::Suite,
    context: &mut Context,
    ends: &mut BTreeMap<String, End>,
    in_loop: bool,
) -> Checked<()> {
    let mut rewritten = ast::Suite::with_capacity(body.len());
    for mut stmt in std::mem::take(body) {
        if let Some((names, duplex, call)) = pipe_creation(&stmt, &context.pipes)? {
            if in_loop {
                return refuse(&call, "a `Pipe()` made inside a loop is not supported; make each pipe before the loop");
            }
            rewritten.extend(context.pipe_queues(&names, duplex, call, ends)?);
            continue;
        }
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            let looping = in_loop || matches!(stmt, Stmt::For(_) | Stmt::While(_));
            for block in crate::blocks::nested_blocks(&mut stmt) {
                make_queues(block, context, ends, looping)?;
            }
        }
        rewritten.push(stmt);
    }
    *body = rewritten;
    Ok(())
}

/// `a, b = Pipe()` (`Pipe(True)`, `Pipe(duplex=False)`): the two names, whether the pipe is duplex,
/// and the call's range. A `Pipe()` in any other statement is left to `EndUses`, which refuses it.
fn pipe_creation(stmt: &Stmt, pipes: &Constructors) -> Checked<Option<([String; 2], bool, TextRange)>> {
    let Stmt::Assign(assign) = stmt else { return Ok(None) };
    let Expr::Call(call) = &*assign.value else { return Ok(None) };
    if !pipes.names_member(&call.func) {
        return Ok(None);
    }
    let names = match &assign.targets[..] {
        [Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })] => match &elts[..] {
            [Expr::Name(first), Expr::Name(second)] if first.id != second.id => {
                [first.id.to_string(), second.id.to_string()]
            }
            _ => return refuse(&*assign.value, PIPE_FORM),
        },
        _ => return refuse(&*assign.value, PIPE_FORM),
    };
    let arguments = &call.arguments;
    let duplex_argument = match (&arguments.args[..], &arguments.keywords[..]) {
        ([], []) => None,
        ([given], []) => Some(given),
        ([], [keyword]) if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "duplex") => Some(&keyword.value),
        _ => return refuse(call, PIPE_FORM),
    };
    let duplex = match duplex_argument {
        None => true,
        Some(Expr::BooleanLiteral(literal)) => literal.value,
        Some(other) => return refuse(other, PIPE_FORM),
    };
    Ok(Some((names, duplex, call.range())))
}

const PIPE_FORM: &str = "`multiprocessing.Pipe` is imported as `a, b = Pipe()` (both ends send and receive) or `r, w = Pipe(duplex=False)` (`r` receives what `w` sends), its two ends bound to two names";

impl Context {
    /// The statements that make the queues of a pipe whose ends are `names`; the ends go in `ends`.
    fn pipe_queues(
        &mut self,
        names: &[String; 2],
        duplex: bool,
        call: TextRange,
        ends: &mut BTreeMap<String, End>,
    ) -> Checked<Vec<Stmt>> {
        if let Some(bound) = names.iter().find(|name| ends.contains_key(*name)) {
            return refuse(
                &call,
                format!("`{bound}` holds an end of another Pipe already; give each pipe's ends names of their own"),
            );
        }
        let [first, second] = names;
        self.pipe_count += 1;
        let pipe = self.pipe_count;
        let toward_first = fresh_name(&format!("{second}_to_{first}"), &mut self.taken);
        let mut statements = vec![make_queue(&toward_first, call)];
        if duplex {
            let toward_second = fresh_name(&format!("{first}_to_{second}"), &mut self.taken);
            statements.push(make_queue(&toward_second, call));
            ends.insert(
                first.clone(),
                End { incoming: Some(toward_first.clone()), outgoing: Some(toward_second.clone()), pipe },
            );
            ends.insert(second.clone(), End { incoming: Some(toward_second), outgoing: Some(toward_first), pipe });
        } else {
            ends.insert(first.clone(), End { incoming: Some(toward_first.clone()), outgoing: None, pipe });
            ends.insert(second.clone(), End { incoming: None, outgoing: Some(toward_first), pipe });
        }
        Ok(statements)
    }
}

/// `queue = weft_multiprocessing.Queue()`, at the `Pipe()` call's range.
fn make_queue(queue: &str, range: TextRange) -> Stmt {
    let constructor = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(name(MULTIPROCESSING_MODULE, range, ast::ExprContext::Load)),
        attr: ast::Identifier::new("Queue", range),
        ctx: ast::ExprContext::Load,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(queue, range, ast::ExprContext::Store)],
        value: Box::new(crate::syntax::call_without_arguments(constructor, range)),
    })
}

/// The uses of `ends` in one scope, checked and rewritten into the queues' calls; the ends handed to
/// processes are recorded in `context.handed`.
fn rewrite_uses(body: &mut [Stmt], ends: &BTreeMap<String, End>, context: &mut Context) -> Checked<()> {
    if !ends.is_empty() {
        check_closes(body, ends)?;
        check_nested_functions(body, ends)?;
    }
    let uses = EndUses {
        ends,
        pipes: &context.pipes,
        processes: &context.processes,
        handed: RefCell::new(Vec::new()),
        refusal: RefCell::new(None),
    };
    uses.visit_body(body);
    if let Some(refusal) = uses.refusal.into_inner() {
        return Err(refusal);
    }
    context.handed.extend(uses.handed.into_inner());
    Ok(())
}

/// A `conn.close()` statement of the scope: the end, the statement's range, whether a loop holds it, and
/// whether it leaves the function at once (session 25).
struct Close {
    end: String,
    range: TextRange,
    in_loop: bool,
    /// Followed in its block by a `return` whose value uses no end, under no `try` with a `finally`
    /// (which would run after it): nothing of this code runs after the close, in this pass or a later.
    returns: bool,
}

/// Refuses a `close()` inside a loop, or before a later use of either end of its pipe in the scope:
/// there CPython's `recv()` may raise EOFError (every copy of the other end closed) or the closed end
/// OSError, which the queues do not. A `close()` right before a `return` is neither (session 25): no
/// later pass and no later statement of the function runs after it.
fn check_closes(body: &mut [Stmt], ends: &BTreeMap<String, End>) -> Checked<()> {
    let mut closes = Vec::new();
    find_closes(body, ends, Enclosing { in_loop: false, in_finally_try: false }, &mut closes);
    let mut mentions = EndMentions { ends, found: Vec::new() };
    mentions.visit_body(body);
    for close in closes {
        if close.returns {
            continue;
        }
        if close.in_loop {
            return refuse(
                &close.range,
                "`close()` of a Pipe's end inside a loop is not supported (a later pass would use a closed end: OSError in CPython); close it after the loop, or right before a `return` that leaves the function",
            );
        }
        let pipe = ends[&close.end].pipe;
        let later = mentions
            .found
            .iter()
            .find(|(mentioned, offset)| ends[mentioned].pipe == pipe && *offset >= close.range.end().to_usize());
        if let Some((mentioned, _)) = later {
            return refuse(
                &close.range,
                format!(
                    "`{}.close()` comes before a later use of `{mentioned}` in the same code: a closed end raises OSError, and a `recv()` raises EOFError once every copy of the other end is closed, which weft does not model; close the ends after their last use, or leave them open",
                    close.end
                ),
            );
        }
    }
    Ok(())
}

/// Where a block of the scope stands: inside a loop, inside a `try` that has a `finally`.
#[derive(Clone, Copy)]
struct Enclosing {
    in_loop: bool,
    in_finally_try: bool,
}

fn find_closes(body: &mut [Stmt], ends: &BTreeMap<String, End>, enclosing: Enclosing, closes: &mut Vec<Close>) {
    for at in 0..body.len() {
        if let Stmt::Expr(statement) = &body[at]
            && let Some((end, "close")) = end_method(&statement.value, ends)
        {
            let returns =
                !enclosing.in_finally_try && body.get(at + 1).is_some_and(|next| returns_without_ends(next, ends));
            closes.push(Close { end: end.to_string(), range: body[at].range(), in_loop: enclosing.in_loop, returns });
        }
        let stmt = &mut body[at];
        let inner = Enclosing {
            in_loop: enclosing.in_loop || matches!(stmt, Stmt::For(_) | Stmt::While(_)),
            in_finally_try: enclosing.in_finally_try
                || matches!(stmt, Stmt::Try(attempt) if !attempt.finalbody.is_empty()),
        };
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            continue;
        }
        for block in crate::blocks::nested_blocks(stmt) {
            find_closes(block, ends, inner, closes);
        }
    }
}

/// Whether `stmt` is a `return` whose value names no end of a pipe.
fn returns_without_ends(stmt: &Stmt, ends: &BTreeMap<String, End>) -> bool {
    if !matches!(stmt, Stmt::Return(_)) {
        return false;
    }
    let mut mentions = EndMentions { ends, found: Vec::new() };
    mentions.visit_stmt(stmt);
    mentions.found.is_empty()
}

/// `end.method(...)` of a pipe's end: the end's name and the method.
fn end_method<'a>(expr: &'a Expr, ends: &BTreeMap<String, End>) -> Option<(&'a str, &'a str)> {
    let Expr::Call(call) = expr else { return None };
    called_end_method(call, ends)
}

fn called_end_method<'a>(call: &'a ast::ExprCall, ends: &BTreeMap<String, End>) -> Option<(&'a str, &'a str)> {
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let Expr::Name(end) = &*attribute.value else { return None };
    ends.contains_key(end.id.as_str()).then(|| (end.id.as_str(), attribute.attr.as_str()))
}

/// Every name of an end in the scope (not inside the functions it defines), with its offset.
struct EndMentions<'a> {
    ends: &'a BTreeMap<String, End>,
    found: Vec<(String, usize)>,
}

impl<'b> Visitor<'b> for EndMentions<'_> {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            visitor::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        if let Expr::Name(mentioned) = expr
            && self.ends.contains_key(mentioned.id.as_str())
        {
            self.found.push((mentioned.id.to_string(), mentioned.start().to_usize()));
        }
        visitor::walk_expr(self, expr);
    }
}

/// Refuses a function of the scope that uses an end it is not given as a parameter: a process's copy of
/// a global end is another object under the spawn start method, and a function called by name would
/// need its uses rewritten where it is called.
fn check_nested_functions(body: &[Stmt], ends: &BTreeMap<String, End>) -> Checked<()> {
    struct Functions<'a> {
        ends: &'a BTreeMap<String, End>,
        refusal: Option<Refusal>,
    }
    impl<'b> Visitor<'b> for Functions<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::FunctionDef(def) = stmt
                && self.refusal.is_none()
            {
                let parameters: BTreeSet<&str> = def.parameters.iter().map(|p| p.name().as_str()).collect();
                let free = crate::syntax::names_read(&def.body)
                    .into_iter()
                    .find(|read| self.ends.contains_key(read) && !parameters.contains(read.as_str()));
                if let Some(end) = free {
                    self.refusal = Some(Refusal {
                        offset: def.start().to_usize(),
                        message: format!(
                            "`{end}`, an end of a Pipe, is used in the function `{}` it is not given to: give it as an argument (`Process(target={}, args=(..., {end}))`)",
                            def.name, def.name
                        ),
                    });
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut functions = Functions { ends, refusal: None };
    functions.visit_body(body);
    functions.refusal.map_or(Ok(()), Err)
}

/// Rewrites the uses of one scope's ends (not inside the functions it defines).
struct EndUses<'a> {
    ends: &'a BTreeMap<String, End>,
    pipes: &'a Constructors,
    processes: &'a Constructors,
    handed: RefCell<Vec<HandedEnd>>,
    refusal: RefCell<Option<Refusal>>,
}

impl EndUses<'_> {
    fn refuse(&self, node: &impl Ranged, message: impl Into<String>) {
        let mut refusal = self.refusal.borrow_mut();
        if refusal.is_none() {
            *refusal = Some(Refusal { offset: node.start().to_usize(), message: message.into() });
        }
    }

    /// `end.send(x)` as `outgoing.put(x)`, `end.recv()` as `incoming.get()`.
    fn end_call(&self, call: &mut ast::ExprCall) {
        let Expr::Attribute(attribute) = &mut *call.func else { return };
        let Expr::Name(end_name) = &*attribute.value else { return };
        let end_id = end_name.id.to_string();
        let end = &self.ends[&end_id];
        let method = attribute.attr.to_string();
        let arguments = &call.arguments;
        let (queue, renamed) = match method.as_str() {
            "send" if arguments.args.len() == 1 && arguments.keywords.is_empty() => match &end.outgoing {
                Some(queue) => (queue, "put"),
                None => {
                    return self.refuse(
                        attribute,
                        format!("`{end_id}` is the receiving end of a one-way Pipe (`Pipe(duplex=False)`): it cannot `send` (OSError in CPython)"),
                    );
                }
            },
            "recv" if arguments.args.is_empty() && arguments.keywords.is_empty() => match &end.incoming {
                Some(queue) => (queue, "get"),
                None => {
                    return self.refuse(
                        attribute,
                        format!("`{end_id}` is the sending end of a one-way Pipe (`Pipe(duplex=False)`): it cannot `recv` (OSError in CPython)"),
                    );
                }
            },
            "send" | "recv" => {
                return self.refuse(call, format!("`{method}` of a Pipe's end is imported as `send(x)` and `recv()`"));
            }
            "close" => {
                return self.refuse(call, "`close()` of a Pipe's end is imported as a statement of its own");
            }
            _ => {
                return self.refuse(
                    attribute,
                    format!(
                        "`{method}` of a Pipe's end is not imported yet: weft imports `send(x)`, `recv()`, `poll()` and `close()`"
                    ),
                );
            }
        };
        let range = attribute.value.range();
        *attribute.value = name(queue, range, ast::ExprContext::Load);
        attribute.attr = ast::Identifier::new(renamed, attribute.attr.range);
        for argument in call.arguments.args.iter_mut() {
            self.visit_expr(argument);
        }
    }

    /// `end.poll()` (`poll(0)`) as `not incoming.empty()`: whether a message waits, at once. A pipe's
    /// `send` writes before it returns (no feeder thread, as a `multiprocessing.Queue` has), so the
    /// queue holds the message from the `put` on, as the pipe does; and no `recv()` can meet the end of
    /// the file here (`check_closes`), whose `poll()` would be True with no message. `poll(t)` with a
    /// time-out is refused.
    fn poll(&self, call: &ast::ExprCall) -> Option<Expr> {
        let (end_id, _) = called_end_method(call, self.ends)?;
        let end = &self.ends[end_id];
        let arguments = &call.arguments;
        let at_once = match (&arguments.args[..], &arguments.keywords[..]) {
            ([], []) => true,
            ([Expr::NumberLiteral(number)], []) => {
                matches!(&number.value, ast::Number::Int(value) if value.as_u64() == Some(0))
            }
            _ => false,
        };
        if !at_once {
            self.refuse(call, "`poll()` of a Pipe's end is imported without a time-out (`poll()`, `poll(0)`); `poll(t)` waits, which is not imported yet");
            return None;
        }
        let Some(queue) = &end.incoming else {
            self.refuse(call, format!("`{end_id}` is the sending end of a one-way Pipe (`Pipe(duplex=False)`): it cannot `poll` (OSError in CPython)"));
            return None;
        };
        let range = call.range();
        let empty = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(queue, range, ast::ExprContext::Load)),
            attr: ast::Identifier::new("empty", range),
            ctx: ast::ExprContext::Load,
        });
        Some(Expr::UnaryOp(ast::ExprUnaryOp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            op: ast::UnaryOp::Not,
            operand: Box::new(crate::syntax::call_without_arguments(empty, range)),
        }))
    }

    /// `Process(target=f, args=(..., end, ...))`: each end among the `args` as its queues, recorded for
    /// `f`'s rewrite.
    fn process_call(&self, call: &mut ast::ExprCall) {
        let call_range = call.range();
        let target = call.arguments.find_keyword("target").map(|keyword| keyword.value.clone());
        for keyword in call.arguments.keywords.iter_mut() {
            let is_args = keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "args");
            let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) =
                &mut keyword.value
            else {
                self.visit_expr(&mut keyword.value);
                continue;
            };
            if !is_args {
                elts.iter_mut().for_each(|elt| self.visit_expr(elt));
                continue;
            }
            let mut arguments = Vec::with_capacity(elts.len());
            let mut pipes = BTreeSet::new();
            for (position, mut argument) in std::mem::take(elts).into_iter().enumerate() {
                let handed = match &argument {
                    Expr::Name(end_name) => self.ends.get(end_name.id.as_str()).map(|end| (end, end_name.range)),
                    _ => None,
                };
                let Some((end, range)) = handed else {
                    self.visit_expr(&mut argument);
                    arguments.push(argument);
                    continue;
                };
                let Some(Expr::Name(function)) = &target else {
                    return self.refuse(
                        &argument,
                        "a Pipe's end is given to a `Process` whose `target=` is a function of the file, by its name",
                    );
                };
                if !pipes.insert(end.pipe) {
                    return self.refuse(
                        &argument,
                        "a process given both ends of one Pipe is not supported: it could close its copy of the end it does not use, so that a `recv()` raises EOFError in CPython, which weft does not model",
                    );
                }
                self.handed.borrow_mut().push(HandedEnd {
                    function: function.id.to_string(),
                    position,
                    shape: end.shape(),
                    call: call_range,
                });
                arguments.extend(end.queues().iter().map(|queue| name(queue, range, ast::ExprContext::Load)));
            }
            *elts = arguments;
        }
        for argument in call.arguments.args.iter_mut() {
            self.visit_expr(argument);
        }
    }
}

impl Transformer for EndUses<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            // Checked by `check_closes`: nothing later in this code uses the pipe.
            Stmt::Expr(statement) if matches!(end_method(&statement.value, self.ends), Some((_, "close"))) => {
                let Expr::Call(call) = &*statement.value else { return };
                if !call.arguments.is_empty() {
                    return self.refuse(call, "`close()` takes no arguments");
                }
                *stmt = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: stmt.range() });
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if self.refusal.borrow().is_some() {
            return;
        }
        if self.pipes.names_member(expr) {
            return self.refuse(expr, PIPE_FORM);
        }
        match expr {
            Expr::Call(call) if matches!(called_end_method(call, self.ends), Some((_, "poll"))) => {
                if let Some(polled) = self.poll(call) {
                    *expr = polled;
                }
            }
            Expr::Call(call) if called_end_method(call, self.ends).is_some() => self.end_call(call),
            Expr::Call(call) if self.processes.names_member(&call.func) => self.process_call(call),
            Expr::Name(end_name) if self.ends.contains_key(end_name.id.as_str()) => {
                let end = end_name.id.as_str();
                if end_name.ctx == ast::ExprContext::Load {
                    self.refuse(
                        end_name,
                        format!("`{end}` is an end of a Pipe: weft imports `{end}.send(x)`, `{end}.recv()`, `{end}.close()` and `Process(target=f, args=(..., {end}))`, not this use"),
                    );
                } else {
                    self.refuse(
                        end_name,
                        format!("`{end}` holds an end of a Pipe and is bound again; weft follows each end from where it is made"),
                    );
                }
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// Rewrites each function a process runs with a pipe's end: the end's parameter becomes the queues'
/// (`conn` as `conn_incoming, conn_outgoing`), and its uses in the body those queues' calls. A function
/// that hands its end on to another process is rewritten in turn.
fn rewrite_targets(body: &mut [Stmt], context: &mut Context) -> Checked<()> {
    let mut rewritten = BTreeSet::new();
    while !context.handed.is_empty() {
        let handed = std::mem::take(&mut context.handed);
        let functions: BTreeSet<String> = handed.iter().map(|end| end.function.clone()).collect();
        for function in functions {
            let of_function: Vec<&HandedEnd> = handed.iter().filter(|end| end.function == function).collect();
            if !rewritten.insert(function.clone()) {
                return refuse(
                    &of_function[0].call,
                    format!(
                        "`{function}` is given a Pipe's end by processes started in different functions; give it ends from one place"
                    ),
                );
            }
            let places = handed_places(body, &function, &of_function)?;
            let ends = rewrite_parameters(body, &function, &places, of_function[0].call, context)?;
            let def = module_function(body, &function).expect("found by rewrite_parameters");
            rewrite_uses(&mut def.body, &ends, context)?;
        }
    }
    Ok(())
}

/// The places of `function`'s parameters that every `Process` hands an end (and what each end does),
/// the same for every call; refused when the function is also used elsewhere than as those calls'
/// target, where its parameters would no longer match.
fn handed_places(body: &[Stmt], function: &str, handed: &[&HandedEnd]) -> Checked<BTreeMap<usize, (bool, bool)>> {
    let mut calls: BTreeMap<usize, BTreeMap<usize, (bool, bool)>> = BTreeMap::new();
    for end in handed {
        calls.entry(end.call.start().to_usize()).or_default().insert(end.position, end.shape);
    }
    let places = calls.values().next().cloned().unwrap_or_default();
    if let Some(differing) = handed.iter().find(|end| calls[&end.call.start().to_usize()] != places) {
        return refuse(
            &differing.call,
            format!(
                "the processes that run `{function}` are given Pipe ends of different kinds or at different places; give each the same"
            ),
        );
    }
    // Each call hands the same places; a loop written out pass by pass (looped_pipes.rs) repeats one
    // call's range, so the calls are counted by the ends handed.
    let call_count = handed.len() / places.len().max(1);
    let references = count_reads(body, function);
    if references != call_count {
        return refuse(
            &handed[0].call,
            format!(
                "`{function}`, run by a process given a Pipe's end, is also used elsewhere; weft imports such a function only as the `target` of the `Process` calls that give it the ends"
            ),
        );
    }
    Ok(places)
}

/// How many times the module reads `wanted` (at any depth).
pub(crate) fn count_reads(body: &[Stmt], wanted: &str) -> usize {
    struct Reads<'a> {
        wanted: &'a str,
        count: usize,
    }
    impl<'b> Visitor<'b> for Reads<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Name(read) = expr
                && read.ctx == ast::ExprContext::Load
                && read.id.as_str() == self.wanted
            {
                self.count += 1;
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut reads = Reads { wanted, count: 0 };
    reads.visit_body(body);
    reads.count
}

/// The module's one `def function`.
fn module_function<'a>(body: &'a mut [Stmt], function: &str) -> Option<&'a mut ast::StmtFunctionDef> {
    body.iter_mut().find_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == function => Some(def),
        _ => None,
    })
}

/// The parameters at `places` of the module's `def function` replaced by the queues' parameters; the
/// ends they stand for, by the parameters' names.
fn rewrite_parameters(
    body: &mut [Stmt],
    function: &str,
    places: &BTreeMap<usize, (bool, bool)>,
    call: TextRange,
    context: &mut Context,
) -> Checked<BTreeMap<String, End>> {
    let definitions =
        body.iter().filter(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == function)).count();
    let Some(def) = module_function(body, function).filter(|_| definitions == 1) else {
        return refuse(
            &call,
            format!(
                "a Pipe's end is given to a process whose target `{function}` is not one function of the module's own (defined once, at the top level)"
            ),
        );
    };
    let parameters = &mut def.parameters;
    if !parameters.posonlyargs.is_empty() || places.keys().any(|place| *place >= parameters.args.len()) {
        return refuse(
            &call,
            format!(
                "a Pipe's end is given to `{function}` where it has no plain parameter (`def {function}(conn, ...)`)"
            ),
        );
    }
    let mut ends = BTreeMap::new();
    let mut replaced = Vec::with_capacity(parameters.args.len() + places.len());
    for (position, original) in std::mem::take(&mut parameters.args).into_iter().enumerate() {
        let Some((receives, sends)) = places.get(&position) else {
            replaced.push(original);
            continue;
        };
        if original.default.is_some() {
            return refuse(&original, "a parameter given a Pipe's end has no default value in weft's import");
        }
        let end_name = original.parameter.name.to_string();
        context.pipe_count += 1;
        let mut queue = |receives_or_sends: bool, suffix: &str| {
            receives_or_sends.then(|| fresh_name(&format!("{end_name}_{suffix}"), &mut context.taken))
        };
        let end = End {
            incoming: queue(*receives, "incoming"),
            outgoing: queue(*sends, "outgoing"),
            pipe: context.pipe_count,
        };
        replaced.extend(end.queues().iter().map(|queue| parameter(queue, None, original.range)));
        ends.insert(end_name, end);
    }
    parameters.args = replaced.into_iter().collect();
    Ok(ends)
}
