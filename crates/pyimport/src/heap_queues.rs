//! A list used only as a heap (session27/t11): `_heap = []` (a module global, or `self._heap = []` in
//! `__init__`) that the program touches only through `heapq.heappush(_heap, item)` as a statement,
//! `heapq.heappop(_heap)`, `not _heap`, `if _heap:`, `while _heap:`, `bool(_heap)` and `len(_heap)`.
//! Before translation such a list becomes the `queue.PriorityQueue` CPython builds on the same two
//! functions (Lib/queue.py: `_put` is `heappush(self.queue, item)`, `_get` is `heappop(self.queue)`):
//!
//! ```python
//! _heap = weft_heap_queue.PriorityQueue()     # was: _heap = []
//! _heap.put((priority, n, job))               # was: heapq.heappush(_heap, (priority, n, job))
//! job = _heap.get_nowait()                    # was: job = heapq.heappop(_heap)
//! if _heap.empty():                           # was: if not _heap:
//! n = _heap.qsize()                           # was: n = len(_heap)
//! ```
//!
//! Exact because nothing else reads the list: `heappop` gives the smallest item whatever the heap's
//! shape, a queue's `get` gives the same one (weft's priority queue orders integers, strings and
//! tuples as heapq does, and stops the run at two distinct equal instances, whose order only the
//! shape decides), and the list's size is the queue's. The shape itself (what `print(heap)`,
//! `heap[0]` of a later item, a walk or `==` would show) is what weft does not compute, so any other
//! use of the name leaves the list as it is and the translator's refusal of `heapq` stands. Each
//! heapq call is one C call under the GIL, and so is each queue operation weft makes of it (neither
//! blocks: the queue has no bound and `get_nowait` never waits). `heappop` of an empty list raises
//! IndexError where `get_nowait` raises queue.Empty: both end the thread as a failure, which is all a
//! final state shows, but a `try` tells them apart, so a `heappop` inside a `try`, and any heap of a
//! file with an `except` that could catch an IndexError (a caller's) or a `.exception()` read, keeps
//! the refusal.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt as visit_walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{call_without_arguments, fresh_name, module_names, name};

/// The name under which the rewritten program makes its priority queues.
const QUEUE_MODULE: &str = "weft_heap_queue";

/// A range as a key: its start and end.
fn span(range: TextRange) -> (u32, u32) {
    (range.start().into(), range.end().into())
}

/// A list that may be used only as a heap: a module global, or an attribute set in `__init__`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Place {
    Global(String),
    Attribute(String),
}

/// Rewrites every list used only as a heap into a priority queue, as the module docs say.
pub fn rewrite_heap_lists(body: &mut ast::Suite) {
    let functions = heapq_functions(body);
    if functions.is_empty() {
        return;
    }
    let mut uses = Uses { functions: &functions, try_depth: 0, allowed: BTreeSet::new(), heap_calls: BTreeSet::new() };
    uses.visit_body(body);
    // An IndexError caught anywhere (a caller's `try` too), or a job's exception read back, could tell a
    // `heappop` of an empty list from a queue's `get_nowait`.
    if telling_handlers(body) {
        return;
    }
    let mut references = References::default();
    references.visit_body(body);
    let places: BTreeSet<Place> = candidate_places(body)
        .into_iter()
        .filter(|(place, binding)| {
            uses.heap_calls.contains(place)
                && references.stores.get(place).is_some_and(|stores| stores == &vec![span(*binding)])
                && references.loads.get(place).is_some_and(|loads| loads.iter().all(|at| uses.allowed.contains(at)))
                && !(matches!(place, Place::Attribute(_)) && references.reflective)
                && !matches!(place, Place::Global(global) if references.parameters.contains(global))
        })
        .map(|(place, _)| place)
        .collect();
    if places.is_empty() {
        return;
    }
    let module = fresh_name(QUEUE_MODULE, &mut module_names(body));
    let rewrite = Rewrite { functions: &functions, places: &places, module: &module };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
    body.insert(0, crate::syntax::import_as("queue", &module));
}

/// Whether the file has an `except` that could catch an IndexError (bare, `IndexError`, `LookupError`,
/// `Exception`, `BaseException`, `Empty`, a tuple naming one, or any other expression) or calls
/// `.exception()`.
fn telling_handlers(body: &[Stmt]) -> bool {
    const CATCHING: [&str; 5] = ["IndexError", "LookupError", "Exception", "BaseException", "Empty"];
    fn catches(kind: &Expr) -> bool {
        match kind {
            Expr::Name(named) => CATCHING.contains(&named.id.as_str()),
            Expr::Attribute(attribute) => CATCHING.contains(&attribute.attr.as_str()),
            Expr::Tuple(tuple) => tuple.elts.iter().any(catches),
            _ => true,
        }
    }
    struct Telling(bool);
    impl<'a> Visitor<'a> for Telling {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Try(attempt) = stmt {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if handler.type_.as_deref().is_none_or(catches) {
                        self.0 = true;
                    }
                }
            }
            visit_walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "exception")
            {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut telling = Telling(false);
    telling.visit_body(body);
    telling.0
}

/// The heapq functions as the module's code names them: `heapq.heappush` of `import heapq` (or `as
/// h`), `heappush` of `from heapq import heappush` (or `as push`); the value is the function's own name.
#[derive(Default)]
struct HeapqFunctions {
    modules: BTreeSet<String>,
    members: BTreeMap<String, String>,
}

impl HeapqFunctions {
    fn is_empty(&self) -> bool {
        self.modules.is_empty() && self.members.is_empty()
    }

    /// `heappush` of `heapq.heappush(...)` (or of a member imported from heapq), else None.
    fn function_of<'e>(&'e self, func: &'e Expr) -> Option<&'e str> {
        match func {
            Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(module) if self.modules.contains(module.id.as_str())) => {
                Some(attribute.attr.as_str())
            }
            Expr::Name(member) => self.members.get(member.id.as_str()).map(String::as_str),
            _ => None,
        }
    }
}

fn heapq_functions(body: &[Stmt]) -> HeapqFunctions {
    let mut functions = HeapqFunctions::default();
    for stmt in body {
        match stmt {
            Stmt::Import(import) => {
                for alias in import.names.iter().filter(|alias| alias.name.as_str() == "heapq") {
                    functions.modules.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            Stmt::ImportFrom(import) if import.module.as_ref().is_some_and(|module| module.as_str() == "heapq") => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    functions.members.insert(bound, alias.name.to_string());
                }
            }
            _ => {}
        }
    }
    functions
}

/// The one argument a heapq call is given the list in: `heappush(h, item)`'s and `heappop(h)`'s first.
fn heap_argument<'e>(functions: &HeapqFunctions, expr: &'e Expr, function: &str) -> Option<&'e Expr> {
    let Expr::Call(call) = expr else { return None };
    let arity = if function == "heappush" { 2 } else { 1 };
    (functions.function_of(&call.func) == Some(function)
        && call.arguments.keywords.is_empty()
        && call.arguments.args.len() == arity
        && !call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_))))
    .then(|| &call.arguments.args[0])
}

/// The place an expression names: `_heap` a global, `x._heap` an attribute (of any object, as the
/// attribute's every use is checked).
fn place_of(expr: &Expr) -> Option<Place> {
    match expr {
        Expr::Name(global) => Some(Place::Global(global.id.to_string())),
        Expr::Attribute(attribute) => Some(Place::Attribute(attribute.attr.to_string())),
        _ => None,
    }
}

/// Lists that may be heaps, with the range of the one binding that makes each: `name = []` (or
/// `name: T = []`) at the module's top level, `self.name = []` at the top of a class's `__init__`.
fn candidate_places(body: &[Stmt]) -> Vec<(Place, TextRange)> {
    let empty_list = |value: &Expr| matches!(value, Expr::List(list) if list.elts.is_empty());
    let mut places = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::Assign(assign) if assign.targets.len() == 1 && empty_list(&assign.value) => {
                if let Expr::Name(global) = &assign.targets[0] {
                    places.push((Place::Global(global.id.to_string()), global.range));
                }
            }
            Stmt::AnnAssign(assign) if assign.value.as_deref().is_some_and(empty_list) => {
                if let Expr::Name(global) = &*assign.target {
                    places.push((Place::Global(global.id.to_string()), global.range));
                }
            }
            Stmt::ClassDef(class) => {
                for init in class.body.iter().filter_map(|stmt| match stmt {
                    Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
                    _ => None,
                }) {
                    for stmt in &init.body {
                        if let Stmt::Assign(assign) = stmt
                            && assign.targets.len() == 1
                            && empty_list(&assign.value)
                            && let Expr::Attribute(attribute) = &assign.targets[0]
                        {
                            places.push((Place::Attribute(attribute.attr.to_string()), attribute.range));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    places
}

/// The ranges of the places' reads that are uses of a heap (`allowed`), and the places some heapq call
/// is given.
struct Uses<'f> {
    functions: &'f HeapqFunctions,
    try_depth: usize,
    allowed: BTreeSet<(u32, u32)>,
    heap_calls: BTreeSet<Place>,
}

impl Uses<'_> {
    fn allow(&mut self, expr: &Expr) {
        if place_of(expr).is_some() {
            self.allowed.insert(span(expr.range()));
        }
    }

    /// A truth test of a place (`if _heap:`), its size or its negation.
    fn allow_test(&mut self, test: &Expr) {
        self.allow(test);
    }
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Expr(statement) => {
                if let Some(heap) = heap_argument(self.functions, &statement.value, "heappush") {
                    self.allow(heap);
                    self.heap_calls.extend(place_of(heap));
                }
            }
            Stmt::If(conditional) => {
                self.allow_test(&conditional.test);
                for clause in &conditional.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.allow_test(test);
                    }
                }
            }
            Stmt::While(loop_) => self.allow_test(&loop_.test),
            Stmt::Try(_) => {
                self.try_depth += 1;
                visit_walk_stmt(self, stmt);
                self.try_depth -= 1;
                return;
            }
            _ => {}
        }
        visit_walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Some(heap) = heap_argument(self.functions, expr, "heappop")
            && self.try_depth == 0
        {
            self.allow(heap);
            self.heap_calls.extend(place_of(heap));
        }
        match expr {
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => self.allow(&unary.operand),
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(builtin) if matches!(builtin.id.as_str(), "len" | "bool"))
                    && call.arguments.args.len() == 1
                    && call.arguments.keywords.is_empty() =>
            {
                self.allow(&call.arguments.args[0]);
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Every read and binding of each place, and what could reach an attribute without naming it.
#[derive(Default)]
struct References {
    loads: BTreeMap<Place, Vec<(u32, u32)>>,
    stores: BTreeMap<Place, Vec<(u32, u32)>>,
    /// Names bound as parameters (of functions and lambdas), which hide a global of that name.
    parameters: BTreeSet<String>,
    /// The file reads `getattr`, `setattr`, `vars`, `__dict__` or `delattr`.
    reflective: bool,
}

impl<'a> Visitor<'a> for References {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            self.parameters.extend(def.parameters.iter().map(|parameter| parameter.name().to_string()));
        }
        // `global _heap` names the place without reading it; `nonlocal` binds it in a function.
        if let Stmt::Nonlocal(nonlocal) = stmt {
            for bound in &nonlocal.names {
                self.stores.entry(Place::Global(bound.to_string())).or_default().push(span(bound.range));
            }
        }
        visit_walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let context = match expr {
            Expr::Name(named) => {
                if matches!(named.id.as_str(), "getattr" | "setattr" | "delattr" | "vars") {
                    self.reflective = true;
                }
                Some(&named.ctx)
            }
            Expr::Attribute(attribute) => {
                if attribute.attr.as_str() == "__dict__" {
                    self.reflective = true;
                }
                Some(&attribute.ctx)
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.parameters.extend(parameters.iter().map(|parameter| parameter.name().to_string()));
                }
                None
            }
            _ => None,
        };
        if let (Some(context), Some(place)) = (context, place_of(expr)) {
            let references = if *context == ast::ExprContext::Load { &mut self.loads } else { &mut self.stores };
            references.entry(place).or_default().push(span(expr.range()));
        }
        walk_expr(self, expr);
    }
}

/// The rewrite of the heaps' bindings and uses into a priority queue's.
struct Rewrite<'r> {
    functions: &'r HeapqFunctions,
    places: &'r BTreeSet<Place>,
    module: &'r str,
}

impl Rewrite<'_> {
    fn is_heap(&self, expr: &Expr) -> bool {
        place_of(expr).is_some_and(|place| self.places.contains(&place))
    }

    /// `heap.method(arguments)`, spanning `range`.
    fn method_call(heap: &Expr, method: &str, arguments: Vec<Expr>, range: TextRange) -> Expr {
        let func = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range: heap.range(),
            value: Box::new(heap.clone()),
            attr: ast::Identifier::new(method, heap.range()),
            ctx: ast::ExprContext::Load,
        });
        let Expr::Call(mut call) = call_without_arguments(func, range) else { unreachable!("a call") };
        call.arguments.args = arguments.into_boxed_slice();
        Expr::Call(call)
    }

    /// `not heap.empty()`: the truth of the list the queue stands for.
    fn not_empty(heap: &Expr, range: TextRange) -> Expr {
        Expr::UnaryOp(ast::ExprUnaryOp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            op: ast::UnaryOp::Not,
            operand: Box::new(Self::method_call(heap, "empty", Vec::new(), range)),
        })
    }

    /// `weft_heap_queue.PriorityQueue()`, spanning `range`.
    fn new_queue(&self, range: TextRange) -> Expr {
        let func = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(self.module, range, ast::ExprContext::Load)),
            attr: ast::Identifier::new("PriorityQueue", range),
            ctx: ast::ExprContext::Load,
        });
        call_without_arguments(func, range)
    }

    fn rewrite_test(&self, test: &mut Expr) {
        if self.is_heap(test) {
            *test = Self::not_empty(test, test.range());
        }
    }
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::Assign(assign) if assign.targets.len() == 1 && self.is_heap(&assign.targets[0]) => {
                *assign.value = self.new_queue(assign.value.range());
            }
            // The annotation (`list[tuple[int, str]]`) would say list where the value is a queue.
            Stmt::AnnAssign(assign) if self.is_heap(&assign.target) && assign.value.is_some() => {
                let range = assign.value.as_ref().map_or(assign.range, |value| value.range());
                *stmt = Stmt::Assign(ast::StmtAssign {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: assign.range,
                    targets: vec![(*assign.target).clone()],
                    value: Box::new(self.new_queue(range)),
                });
                return;
            }
            Stmt::If(conditional) => {
                self.rewrite_test(&mut conditional.test);
                for clause in conditional.elif_else_clauses.iter_mut() {
                    if let Some(test) = clause.test.as_mut() {
                        self.rewrite_test(test);
                    }
                }
            }
            Stmt::While(loop_) => self.rewrite_test(&mut loop_.test),
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        let range = expr.range();
        let replacement = match &*expr {
            call @ Expr::Call(_) if let Some(heap) = heap_argument(self.functions, call, "heappush") => {
                let Expr::Call(push) = call else { unreachable!("matched a call") };
                self.is_heap(heap).then(|| Self::method_call(heap, "put", vec![push.arguments.args[1].clone()], range))
            }
            call @ Expr::Call(_) if let Some(heap) = heap_argument(self.functions, call, "heappop") => {
                self.is_heap(heap).then(|| Self::method_call(heap, "get_nowait", Vec::new(), range))
            }
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not && self.is_heap(&unary.operand) => {
                Some(Self::method_call(&unary.operand, "empty", Vec::new(), range))
            }
            Expr::Call(call)
                if call.arguments.args.len() == 1
                    && call.arguments.keywords.is_empty()
                    && self.is_heap(&call.arguments.args[0]) =>
            {
                let heap = &call.arguments.args[0];
                match &*call.func {
                    Expr::Name(builtin) if builtin.id.as_str() == "len" => {
                        Some(Self::method_call(heap, "qsize", Vec::new(), range))
                    }
                    Expr::Name(builtin) if builtin.id.as_str() == "bool" => Some(Self::not_empty(heap, range)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(replacement) = replacement {
            *expr = replacement;
        }
        transform_walk_expr(self, expr);
    }
}
