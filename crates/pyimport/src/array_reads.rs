//! A `multiprocessing.Array` read whole, before translation (session 23): `list(arr)`, `sorted(arr)`,
//! `sum(arr)`, `min`, `max`, `any`, `all`, `for x in arr:` and `[f(x) for x in arr]` each walk it item
//! by item in CPython. A synchronized Array has no `__iter__`:
//! Python iterates it by the sequence protocol, one `__getitem__(i)` per index, and each takes the
//! Array's lock on its own (`with self: return self._obj[i]`, multiprocessing/sharedctypes.py); a
//! `RawArray` is a ctypes array, read one item at a time too. Another process may write between two
//! items, so the walk is no one atomic step: it is written as the comprehension it is,
//! `[arr[i] for i in range(len(arr))]`, each item a read of its own (translate/run_time_elements.rs),
//! which the translator then lists, sums or walks. So is `arr[:]` of an Array without a lock (`RawArray`,
//! `Array(..., lock=False)`): ctypes copies the slice item by item, nothing held. A
//! comprehension over the Array whose element uses its
//! variable once is that walk with the item in the variable's place (`[x // 2 for x in arr]` is
//! `[arr[i] // 2 for i in range(len(arr))]`). A slice of an Array with its lock, `arr[:]`, stays one read under the lock
//! (`__getitem__` of a slice is one `with self:`).
//!
//! The names followed are those bound once, in one scope (the module's code or one function's), to a
//! call of `Array` or `RawArray` of multiprocessing, read in that scope, and in the module's functions
//! that bind no name of theirs; and the parameters of a function that only processes run, at the places
//! where every `Process(target=f, args=(...))` gives it one of those names.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use crate::pool_calls::Constructors;
use crate::syntax::name;

/// The builtins that iterate their one argument (`enumerate` and `zip` of an Array stay refused: the
/// translator walks pairs only of items known at import time).
const WALKING_BUILTINS: [&str; 7] = ["list", "sorted", "sum", "min", "max", "any", "all"];

/// The comprehension's variable (renamed apart by the translator, as every comprehension's is).
const INDEX: &str = "array_index";

/// Rewrites each whole read of an Array the module or a function makes into the walk by index.
pub fn rewrite_array_reads(body: &mut ast::Suite) {
    let constructors = [Constructors::of(body, "Array"), Constructors::of(body, "RawArray")];
    if constructors.iter().all(Constructors::is_empty) {
        return;
    }
    let mut handed =
        Handed { processes: Constructors::of(body, "Process"), places: BTreeMap::new(), calls: BTreeMap::new() };
    handed.collect(body, &constructors, &BTreeMap::new());
    let handed = handed.settled(body);
    let module_arrays = array_names(body, &constructors);
    let taken = std::cell::RefCell::new(crate::syntax::module_names(body));
    rewrite_scope(
        body,
        &Scopes { constructors: &constructors, taken: &taken, handed: &handed, module_arrays: &module_arrays },
        &BTreeMap::new(),
    );
}

/// What every scope's rewrite reads: the constructors, the Arrays handed to processes' functions, and
/// the module's own Arrays, which a function reads as globals where it binds no name of theirs.
struct Scopes<'a> {
    constructors: &'a [Constructors],
    /// Every name the module binds or reads, and the holders made so far: a holder's name is new.
    taken: &'a std::cell::RefCell<BTreeSet<String>>,
    handed: &'a BTreeMap<String, Arrays<usize>>,
    module_arrays: &'a Arrays<String>,
}

/// Arrays by name (or by an argument's place): whether each has no lock (`RawArray(...)`,
/// `Array(..., lock=False)`), whose slice CPython copies item by item with nothing held.
type Arrays<K> = BTreeMap<K, bool>;

/// One scope's code, then each function's body nested in it, as scopes of their own; `outer` are the
/// names of Arrays the scope is given: the parameters every process running it is given an Array in,
/// and the module's Arrays it reads as globals.
fn rewrite_scope(body: &mut ast::Suite, scopes: &Scopes, outer: &Arrays<String>) {
    let mut names = array_names(body, scopes.constructors);
    names
        .extend(outer.iter().filter(|(name, _)| !stores(body, name)).map(|(name, unlocked)| (name.clone(), *unlocked)));
    if !names.is_empty() {
        hoist_fold_arguments(body, &names, scopes.taken);
        let rewrite = WholeReads { names: &names };
        for stmt in body.iter_mut() {
            rewrite.visit_stmt(stmt);
        }
    }
    for stmt in body.iter_mut() {
        for_each_function(stmt, &mut |def| {
            let mut given = handed_parameters(def, scopes.handed);
            let parameters: BTreeSet<&str> = def.parameters.iter().map(|p| p.name().as_str()).collect();
            given.extend(
                scopes
                    .module_arrays
                    .iter()
                    .filter(|(global, _)| !parameters.contains(global.as_str()))
                    .map(|(global, unlocked)| (global.clone(), *unlocked)),
            );
            rewrite_scope(&mut def.body, scopes, &given);
        });
    }
}

/// The folds whose value is an assignment's whole value, `total = sum(arr)`: the walk goes into a list
/// of its own on the line before (`total_items = [arr[i] for i in range(len(arr))]`, then `total =
/// sum(total_items)`), the form the translator takes for any target, a global too. Nothing of the
/// statement is computed before the fold's argument, so the order of reads is CPython's.
const HOISTED_FOLDS: [&str; 6] = ["sum", "min", "max", "any", "all", "sorted"];

/// Hoists the Array argument of each `target = fold(arr)` of the scope's blocks (not inside its
/// functions) into a list of its own.
fn hoist_fold_arguments(body: &mut ast::Suite, names: &Arrays<String>, taken: &std::cell::RefCell<BTreeSet<String>>) {
    let mut rewritten = ast::Suite::with_capacity(body.len());
    for mut stmt in std::mem::take(body) {
        if let Some(hoisted) = hoisted_walk(&mut stmt, names, taken) {
            rewritten.push(hoisted);
        } else if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            for block in crate::blocks::nested_blocks(&mut stmt) {
                hoist_fold_arguments(block, names, taken);
            }
        }
        rewritten.push(stmt);
    }
    *body = rewritten;
}

/// `holder = [arr[i] for i in range(len(arr))]` for `target = fold(arr)`, whose argument becomes
/// `holder`; None for any other statement.
fn hoisted_walk(stmt: &mut Stmt, names: &Arrays<String>, taken: &std::cell::RefCell<BTreeSet<String>>) -> Option<Stmt> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(call) = &mut *assign.value else { return None };
    let Expr::Name(function) = &*call.func else { return None };
    let [Expr::Name(array)] = &call.arguments.args[..] else { return None };
    if !HOISTED_FOLDS.contains(&function.id.as_str()) || !names.contains_key(array.id.as_str()) {
        return None;
    }
    let range = array.range;
    let holder = crate::syntax::fresh_name(&format!("{}_items", target.id), &mut taken.borrow_mut());
    let walk = walk_by_index(array.id.as_str(), range);
    call.arguments.args[0] = name(&holder, range, ast::ExprContext::Load);
    Some(Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: assign.range,
        targets: vec![name(&holder, range, ast::ExprContext::Store)],
        value: Box::new(walk),
    }))
}

/// The names of `def`'s plain parameters at the places every `Process` running it gives an Array.
fn handed_parameters(def: &ast::StmtFunctionDef, handed: &BTreeMap<String, Arrays<usize>>) -> Arrays<String> {
    let Some(places) = handed.get(def.name.as_str()) else { return BTreeMap::new() };
    let parameters = &def.parameters;
    if !parameters.posonlyargs.is_empty() {
        return BTreeMap::new();
    }
    places
        .iter()
        .filter_map(|(&place, &unlocked)| Some((parameters.args.get(place)?.parameter.name.to_string(), unlocked)))
        .collect()
}

/// Calls `visit` on each function defined in `stmt` (a method too, or a `def` inside an `if`), but not
/// on those nested in its body: the scope's own walk goes there.
fn for_each_function(stmt: &mut Stmt, visit: &mut dyn FnMut(&mut ast::StmtFunctionDef)) {
    match stmt {
        Stmt::FunctionDef(def) => visit(def),
        Stmt::ClassDef(class) => class.body.iter_mut().for_each(|inner| for_each_function(inner, visit)),
        other => {
            for block in crate::blocks::nested_blocks(other) {
                block.iter_mut().for_each(|inner| for_each_function(inner, visit));
            }
        }
    }
}

/// The Arrays handed to the functions processes run: by function, the places of its arguments where
/// every `Process(target=f, args=(...))` gives one, and how many such calls name it.
struct Handed {
    processes: Constructors,
    places: BTreeMap<String, Arrays<usize>>,
    calls: BTreeMap<String, usize>,
}

impl Handed {
    /// Records the `Process` calls of the scope and of every function nested in it.
    fn collect(&mut self, body: &[Stmt], constructors: &[Constructors], parameters: &Arrays<String>) {
        let mut names = array_names(body, constructors);
        names.extend(parameters.iter().map(|(name, unlocked)| (name.clone(), *unlocked)));
        let mut calls = ProcessCalls { processes: &self.processes, names: &names, found: Vec::new() };
        body.iter().for_each(|stmt| calls.visit_stmt(stmt));
        for (function, places) in calls.found {
            *self.calls.entry(function.clone()).or_insert(0) += 1;
            // A place every call gives an Array, without a lock only where every call's has none.
            let entry = self.places.entry(function).or_insert_with(|| places.clone());
            entry.retain(|place, _| places.contains_key(place));
            entry.iter_mut().for_each(|(place, unlocked)| *unlocked &= places[place]);
        }
        let mut nested = Vec::new();
        collect_functions(body, &mut nested);
        for def in nested {
            self.collect(&def.body, constructors, &BTreeMap::new());
        }
    }

    /// The places of the functions that only processes given Arrays run (every read of the function's
    /// name is such a call's `target=`): one called elsewhere may be given anything there.
    fn settled(self, body: &[Stmt]) -> BTreeMap<String, Arrays<usize>> {
        self.places
            .into_iter()
            .filter(|(function, places)| {
                !places.is_empty() && crate::pipes::count_reads(body, function) == self.calls[function]
            })
            .collect()
    }
}

/// The functions defined directly in `body`'s blocks (not inside other functions).
fn collect_functions<'a>(body: &'a [Stmt], out: &mut Vec<&'a ast::StmtFunctionDef>) {
    struct Functions<'a, 'b> {
        out: &'b mut Vec<&'a ast::StmtFunctionDef>,
    }
    impl<'a> Visitor<'a> for Functions<'a, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => self.out.push(def),
                other => visitor::walk_stmt(self, other),
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut functions = Functions { out };
    body.iter().for_each(|stmt| functions.visit_stmt(stmt));
}

/// Each `Process(target=f, args=(...))` of a scope (not inside its functions): `f` and the places of
/// its arguments that name one of the scope's Arrays.
struct ProcessCalls<'a> {
    processes: &'a Constructors,
    names: &'a Arrays<String>,
    found: Vec<(String, Arrays<usize>)>,
}

impl<'a> Visitor<'a> for ProcessCalls<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            visitor::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && self.processes.names_member(&call.func)
            && let Some(target) = call.arguments.find_keyword("target")
            && let Expr::Name(function) = &target.value
        {
            let places = match call.arguments.find_keyword("args").map(|keyword| &keyword.value) {
                Some(Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) => elts
                    .iter()
                    .enumerate()
                    .filter_map(|(place, argument)| match argument {
                        Expr::Name(given) => Some((place, *self.names.get(given.id.as_str())?)),
                        _ => None,
                    })
                    .collect(),
                _ => BTreeMap::new(),
            };
            self.found.push((function.id.to_string(), places));
        }
        visitor::walk_expr(self, expr);
    }
}

/// Whether the scope stores `name` (binds it anywhere in its code, not inside its functions).
fn stores(body: &[Stmt], name: &str) -> bool {
    let mut bindings = Bindings::default();
    body.iter().for_each(|stmt| bindings.visit_stmt(stmt));
    bindings.stored.iter().any(|stored| stored == name)
}

/// The names the scope binds exactly once, to `Array(...)` or `RawArray(...)` of multiprocessing, and
/// whether each has no lock (`RawArray(...)`, `Array(..., lock=False)`).
fn array_names(body: &[Stmt], constructors: &[Constructors]) -> Arrays<String> {
    let [arrays, raw_arrays] = constructors else { return BTreeMap::new() };
    made_arrays(body, constructors)
        .into_iter()
        .map(|(made, call)| {
            let without_lock = call
                .arguments
                .find_keyword("lock")
                .is_some_and(|keyword| matches!(&keyword.value, Expr::BooleanLiteral(literal) if !literal.value));
            (made, raw_arrays.names_member(&call.func) || arrays.names_member(&call.func) && without_lock)
        })
        .collect()
}

/// The names the scope binds exactly once, to a call of one of `constructors`, with the call.
fn made_arrays(body: &[Stmt], constructors: &[Constructors]) -> BTreeMap<String, ast::ExprCall> {
    let mut bindings = Bindings::default();
    body.iter().for_each(|stmt| bindings.visit_stmt(stmt));
    let Bindings { stored, made } = bindings;
    made.into_iter()
        .filter(|(name, call)| {
            constructors.iter().any(|constructor| constructor.names_member(&call.func))
                && stored.iter().filter(|bound| *bound == name).count() == 1
        })
        .collect()
}

/// Every name the scope stores (each time), and each `name = call(...)` with the call.
#[derive(Default)]
struct Bindings {
    stored: Vec<String>,
    made: Vec<(String, ast::ExprCall)>,
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            // Their own scopes; only their names are bound here.
            Stmt::FunctionDef(def) => self.stored.push(def.name.to_string()),
            Stmt::ClassDef(class) => self.stored.push(class.name.to_string()),
            Stmt::Global(_) | Stmt::Nonlocal(_) => self.stored.push(String::new()),
            _ => {
                if let Stmt::Assign(assign) = stmt
                    && let [Expr::Name(target)] = &assign.targets[..]
                    && let Expr::Call(call) = &*assign.value
                {
                    self.made.push((target.id.to_string(), call.clone()));
                }
                visitor::walk_stmt(self, stmt);
            }
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(bound) = expr
            && bound.ctx != ast::ExprContext::Load
        {
            self.stored.push(bound.id.to_string());
        }
        visitor::walk_expr(self, expr);
    }
}

/// Replaces each whole read of one of `names` by its walk by index, and each `x[:]` of one without a
/// lock (a copy CPython's C loop makes one item at a time, with nothing held).
struct WholeReads<'a> {
    names: &'a Arrays<String>,
}

impl WholeReads<'_> {
    /// `arr` as `[arr[array_index] for array_index in range(len(arr))]` where `expr` is one of the
    /// Arrays; None for anything else.
    fn walk_of(&self, expr: &Expr) -> Option<Expr> {
        let Expr::Name(array) = expr else { return None };
        if array.ctx != ast::ExprContext::Load || !self.names.contains_key(array.id.as_str()) {
            return None;
        }
        Some(walk_by_index(array.id.as_str(), array.range))
    }

    /// `[element for x in arr]` whose element reads `x` once (no test, one `for`): the walk by index
    /// with the item in `x`'s place, so that it stays one comprehension the translator computes by
    /// its loop (one nested in another it would not). Whether it was rewritten.
    fn item_in_place(&self, comprehension: &mut ast::ExprListComp) -> bool {
        let [generator] = &comprehension.generators[..] else { return false };
        let (Expr::Name(variable), Some(Expr::ListComp(walk))) = (&generator.target, self.walk_of(&generator.iter))
        else {
            return false;
        };
        if !generator.ifs.is_empty() || generator.is_async || uses_of(&comprehension.elt, variable.id.as_str()) != 1 {
            return false;
        }
        let Expr::Name(array) = &generator.iter else { return false };
        let mut element = (*comprehension.elt).clone();
        ItemInPlace { variable: variable.id.as_str(), array: array.id.as_str() }.visit_expr(&mut element);
        *comprehension.elt = element;
        comprehension.generators = walk.generators;
        true
    }

    /// A list comprehension over an Array: the item in its variable's place, else the walk as its
    /// iterable.
    fn list_comprehension(&self, comprehension: &mut ast::ExprListComp) {
        if !self.item_in_place(comprehension) {
            let generators = &mut comprehension.generators;
            generators.iter_mut().for_each(|generator| self.replace(&mut generator.iter));
        }
    }

    fn replace(&self, expr: &mut Expr) {
        if let Some(walk) = self.walk_of(expr) {
            *expr = walk;
        }
    }
}

impl Transformer for WholeReads<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::For(for_stmt) => {
                self.replace(&mut for_stmt.iter);
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        match expr {
            Expr::Call(call) => {
                if let Expr::Name(function) = &*call.func
                    && WALKING_BUILTINS.contains(&function.id.as_str())
                    && let [argument] = &mut call.arguments.args[..]
                    && let Some(walk) = self.walk_of(argument)
                {
                    match function.id.as_str() {
                        // `list(arr)` is the walk's own new list.
                        "list" if call.arguments.keywords.is_empty() => *expr = walk,
                        _ => *argument = walk,
                    }
                    return;
                }
            }
            Expr::Subscript(subscript)
                if is_whole_slice(&subscript.slice)
                    && matches!(&*subscript.value, Expr::Name(array) if self.names.get(array.id.as_str()) == Some(&true)) =>
            {
                if let Some(walk) = self.walk_of(&subscript.value) {
                    *expr = walk;
                    return;
                }
            }
            Expr::ListComp(comprehension) => self.list_comprehension(comprehension),
            Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                generators.iter_mut().for_each(|generator| self.replace(&mut generator.iter));
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// `[array[array_index] for array_index in range(len(array))]`, every node at `range` (the name's), so
/// that a refusal or a trace points at what the program wrote.
fn walk_by_index(array: &str, range: TextRange) -> Expr {
    let item = item_at(array, range);
    let length = call_of("len", vec![name(array, range, ast::ExprContext::Load)], range);
    let indices = call_of("range", vec![length], range);
    Expr::ListComp(ast::ExprListComp {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elt: Box::new(item),
        generators: vec![ast::Comprehension {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            target: name(INDEX, range, ast::ExprContext::Store),
            iter: indices,
            ifs: Vec::new(),
            is_async: false,
        }],
    })
}

/// `[:]`: a slice with no bounds and no step.
fn is_whole_slice(slice: &Expr) -> bool {
    matches!(slice, Expr::Slice(ast::ExprSlice { lower: None, upper: None, step: None, .. }))
}

/// `array[array_index]` at `range`.
fn item_at(array: &str, range: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(name(array, range, ast::ExprContext::Load)),
        slice: Box::new(name(INDEX, range, ast::ExprContext::Load)),
        ctx: ast::ExprContext::Load,
    })
}

/// `function(arguments...)` at `range`.
fn call_of(function: &str, arguments: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(name(function, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            args: arguments.into_boxed_slice(),
            keywords: Default::default(),
        },
    })
}

/// How many times `expr` names `variable`; a name inside a lambda or a comprehension of its own counts
/// as two (it may be read any number of times there).
fn uses_of(expr: &Expr, variable: &str) -> usize {
    struct Uses<'a> {
        variable: &'a str,
        count: usize,
    }
    impl<'e> Visitor<'e> for Uses<'_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Name(used) if used.id.as_str() == self.variable => self.count += 1,
                Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                    let mut inner = Uses { variable: self.variable, count: 0 };
                    visitor::walk_expr(&mut inner, expr);
                    self.count += inner.count * 2;
                }
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    let mut uses = Uses { variable, count: 0 };
    uses.visit_expr(expr);
    uses.count
}

/// Puts `array[array_index]` where the element names `variable`, at the name's range.
struct ItemInPlace<'a> {
    variable: &'a str,
    array: &'a str,
}

impl Transformer for ItemInPlace<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(used) = expr
            && used.id.as_str() == self.variable
        {
            *expr = item_at(self.array, used.range);
            return;
        }
        walk_expr(self, expr);
    }
}
