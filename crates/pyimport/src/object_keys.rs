//! A dict of objects (`accounts = {"alice": Account(100), "bob": Account(50)}`, a dict comprehension of
//! instances, a dict of locks) looked up by a key known only when the program runs (`account =
//! accounts[name]` of a queue's item, `with self.locks[first]:` of a job's argument): session 31, the
//! first refusal cause of session 30's probe (instances as run-time values).
//!
//! The import follows each object of such a dict by its name at import time (`accounts_alice`, whose
//! attributes are shared variables and whose lock is a lock of the scenario), so a lookup by a key known
//! only at run time has no value to give. After the translator refuses it, the code is rewritten as an
//! `if` per key, each branch the same code with the key written out (`accounts["alice"]`, which the
//! translator takes), and translated again:
//!
//! ```python
//! account = accounts[name]          # if name == 'alice':
//! with account.lock:                #     with accounts['alice'].lock:
//!     account.balance += amount     #         accounts['alice'].balance += amount
//!                                   # elif name == 'bob': ... (the same, 'bob')
//!                                   # else:
//!                                   #     raise KeyError(name)
//! ```
//!
//! Python's lookup finds the object whose key equals the one given (the keys are strings; a string
//! equals a string of the same characters, and nothing else), or raises `KeyError`: the `if` picks that
//! object, or raises, at the same point. It is exact where these hold, and the lookup stays refused
//! where they do not:
//!
//! - `x = d[key]` (a name bound to the lookup, its whole value, inside a function): the statements
//!   after it in its block are copied into each branch with `x` written as `d['alice']`. Only where
//!   every other mention of `x` in the function is a read in those statements, outside any nested
//!   function, lambda or comprehension (so no read sees another binding of `x`, and nothing after the
//!   block reads it); the key is computed once, where the lookup computed it (into a local of its own
//!   unless it is a local name of the function).
//! - any other statement holding `d[key]` where Python always evaluates it when the statement runs
//!   (not on one side of `and`/`or`, a branch of `x if c else y`, a later comparison of a chain, a
//!   lambda or a comprehension; not a `while` test, evaluated again each pass), the key a local name of
//!   the function that the statement does not assign and no `global` or `nonlocal` names: the
//!   statement alone is copied into each branch (`with self.locks[first], self.locks[second]:`).
//!
//! At most eight keys (each branch a copy of the code). The dict itself is known at import time (a
//! dict of objects is never changed while the program runs: the translator refuses that), so reading
//! it is no step, before as after.

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The translator's refusal of a lookup of a dict of objects by a key known only at run time, kept
/// where the rewrite below does not apply.
pub const REFUSAL: &str = "a dict of objects is looked up here by a key known only when the program runs, in a form weft does not write out: weft takes `x = d[key]` inside a function where `x` is read only by the statements after it in its block (not in a lambda, a comprehension or a nested function), or `d[key]` in a statement of a function whose key is a local name, with at most eight keys";

/// Most keys a lookup is written out for (each branch is a copy of the code after it).
const MOST_KEYS: usize = 8;

/// Rewrites the lookup whose key starts at `offset` as an `if` per key of `keys`; false where the
/// rewrite would not be exact (module docs).
pub fn dispatch_object_key_at(body: &mut ast::Suite, offset: usize, keys: &[String]) -> bool {
    dispatch_at(body, offset, &Keys::Strings(keys))
}

/// Rewrites the item of a list of objects known at import time (the rows of a list of lists, a list
/// of instances or locks) whose index starts at `offset`, an index known only at run time, as an `if`
/// per position of its `length` items (list_rows.rs); false where the rewrite would not be exact.
pub fn dispatch_list_row_at(body: &mut ast::Suite, offset: usize, length: usize) -> bool {
    dispatch_at(body, offset, &Keys::Positions(length))
}

/// What a lookup is dispatched on: the string keys of a dict of objects, or the positions of a list.
enum Keys<'k> {
    Strings(&'k [String]),
    Positions(usize),
}

impl Keys<'_> {
    fn count(&self) -> usize {
        match self {
            Keys::Strings(keys) => keys.len(),
            Keys::Positions(length) => *length,
        }
    }

    /// The test of the `if` that takes the item at `position` (`key == 'alice'`; `row == 1 or row ==
    /// -3` of a list of 4, as Python's negative index counts from the end).
    fn test(&self, key: &str, position: usize) -> String {
        match self {
            Keys::Strings(keys) => format!("{key} == {}", crate::out::quoted(&keys[position], '\'')),
            Keys::Positions(length) => format!("{key} == {position} or {key} == {}", position as i64 - *length as i64),
        }
    }

    /// The key written out, as Python source.
    fn literal(&self, position: usize) -> String {
        match self {
            Keys::Strings(keys) => crate::out::quoted(&keys[position], '\''),
            Keys::Positions(_) => position.to_string(),
        }
    }

    /// The assignment that computes the key into `local` (its value `None`, replaced by the key): a
    /// position as `key | 0`, which raises TypeError for a key that is no integer (None, a string, a
    /// tuple), as Python's list index does, before any test could take it for one (`True` is 1, as
    /// Python's index takes it; a float stops the run with weft's own fault, never a row).
    fn computed(&self, local: &str) -> String {
        match self {
            Keys::Strings(_) => format!("{local} = None\n"),
            Keys::Positions(_) => format!("{local} = None | 0\n"),
        }
    }

    /// What no key matching raises, as Python's lookup does.
    fn missing(&self, key: &str) -> String {
        match self {
            Keys::Strings(_) => format!("raise KeyError({key})"),
            Keys::Positions(_) => "raise IndexError(\"list index out of range\")".to_string(),
        }
    }
}

fn dispatch_at(body: &mut ast::Suite, offset: usize, keys: &Keys) -> bool {
    if keys.count() == 0 || keys.count() > MOST_KEYS {
        return false;
    }
    let taken = crate::syntax::module_names(body);
    let computed_keys = matches!(keys, Keys::Positions(_));
    let Some(plan) = find(body, offset, computed_keys) else { return false };
    let Some(block) = crate::blocks::block_at_mut(body, &plan.path) else { return false };
    let rewritten = rewrite(block, &plan, keys, &taken);
    let end = match plan.form {
        Form::Bound { .. } => block.len(),
        Form::Statement => plan.index + 1,
    };
    block.splice(plan.index..end, rewritten);
    true
}

/// Where the lookup is and how it is written out.
struct Plan {
    /// From the module down to the block holding the statement: each statement's index and which of
    /// its blocks.
    path: Vec<(usize, usize)>,
    /// The statement's index in that block.
    index: usize,
    form: Form,
    /// The lookup `d[key]`, or the one a selector's call `lock_for(key)` makes (`locks[key]` at the
    /// call's place: `selected_lookup`).
    lookup: ast::ExprSubscript,
    /// Whether the key is a local name of the function, tested as it is (else computed into a local).
    local_key: bool,
}

enum Form {
    /// `x = d[key]`: the statements after it, `x` written as the object's lookup.
    Bound { name: String },
    /// Another statement: itself, the lookup written with the key.
    Statement,
}

/// The lookup whose key starts at `offset`, in the innermost block holding it.
fn find(module: &[Stmt], offset: usize, computed_keys: bool) -> Option<Plan> {
    let mut plan_at = |block, index, function| plan_at(module, block, index, offset, function, computed_keys);
    let (at, (form, lookup, local_key)) = crate::blocks::find_in_function_at(module, offset, &mut plan_at)?;
    Some(Plan { path: at.blocks, index: at.index, form, lookup, local_key })
}

/// How the statement `block[index]` holding the lookup at `offset` is written out, if it may be.
fn plan_at(
    module: &[Stmt],
    block: &[Stmt],
    index: usize,
    offset: usize,
    function: &ast::StmtFunctionDef,
    computed_keys: bool,
) -> Option<(Form, ast::ExprSubscript, bool)> {
    let stmt = &block[index];
    let lookup = header_expressions(stmt).into_iter().find_map(|expr| evaluated_lookup(expr, offset))?;
    let lookup = &match lookup {
        Found::Lookup(lookup) => lookup.clone(),
        Found::Selector(call, argument) => selected_lookup(module, function, call, argument)?,
    };
    // A key already written out (a branch of an earlier rewrite holds a copy at the same place).
    if matches!(&*lookup.slice, Expr::StringLiteral(_) | Expr::NumberLiteral(_)) {
        return None;
    }
    let key_name = match &*lookup.slice {
        Expr::Name(key) => Some(key.id.as_str()),
        _ => None,
    };
    let local_key = key_name.is_some_and(|key| is_local(function, key));
    if let Stmt::Assign(assign) = stmt
        && assign.value.range() == lookup.range
    {
        // A name bound to the object itself: written out with the code after it, or not at all (a
        // copy of the binding alone would bind the name on one path of the `if`).
        let [Expr::Name(target)] = &assign.targets[..] else { return None };
        if !read_only_after(function, target.id.as_str(), &block[index + 1..]) {
            return None;
        }
        return Some((Form::Bound { name: target.id.to_string() }, lookup.clone(), local_key));
    }
    if matches!(stmt, Stmt::While(_)) {
        return None;
    }
    // `count += grid[(r + dr) % ROWS][c]`: a position that reads nothing shared (the translator said
    // so), in a statement that calls nothing before it, is computed into a local of its own first
    // (list_rows.rs).
    if computed_keys {
        let assigned = match stmt {
            Stmt::Assign(assign) => Some(&*assign.value),
            Stmt::AnnAssign(assign) => assign.value.as_deref(),
            _ => None,
        };
        let computable = !crate::list_rows::calls_before(&header_expressions(stmt), assigned, lookup.range);
        return computable.then(|| (Form::Statement, lookup.clone(), false));
    }
    let key = key_name?;
    if !local_key || stores(stmt, key) {
        return None;
    }
    Some((Form::Statement, lookup.clone(), true))
}

/// The statements that replace the lookup's: the key computed (unless a local name), then the `if`
/// per key.
fn rewrite(block: &[Stmt], plan: &Plan, keys: &Keys, taken: &std::collections::BTreeSet<String>) -> Vec<Stmt> {
    let stmt = &block[plan.index];
    let mut out = Vec::new();
    let key = if plan.local_key && matches!(keys, Keys::Strings(_)) {
        let Expr::Name(key) = &*plan.lookup.slice else { unreachable!("a local key is a name") };
        key.id.to_string()
    } else {
        let base = match &plan.form {
            Form::Bound { name } => format!("{name}_key"),
            Form::Statement => "lookup_key".to_string(),
        };
        let fresh = fresh_name(&base, taken);
        let mut assign = crate::hand_futures::parsed_at(&keys.computed(&fresh), stmt.range()).remove(0);
        if let Stmt::Assign(node) = &mut assign {
            match &mut *node.value {
                Expr::BinOp(checked) => checked.left = plan.lookup.slice.clone(),
                value => *value = (*plan.lookup.slice).clone(),
            }
        }
        out.push(assign);
        fresh
    };
    let mut text = String::new();
    for position in 0..keys.count() {
        let word = if position == 0 { "if" } else { "elif" };
        text.push_str(&format!("{word} {}:\n    pass\n", keys.test(&key, position)));
    }
    text.push_str(&format!("else:\n    {}\n", keys.missing(&key)));
    let mut dispatch = crate::hand_futures::parsed_at(&text, stmt.range()).remove(0);
    let Stmt::If(node) = &mut dispatch else { unreachable!("weft's own `if`") };
    let end = match plan.form {
        Form::Bound { .. } => block.last().map_or(stmt.end(), Ranged::end),
        Form::Statement => stmt.end(),
    };
    node.range = TextRange::new(stmt.start(), end);
    let mut bodies = std::iter::once(&mut node.body).chain(node.elif_else_clauses.iter_mut().map(|c| &mut c.body));
    for position in 0..keys.count() {
        let Some(body) = bodies.next() else { break };
        let written = written_lookup(&plan.lookup, &keys.literal(position));
        *body = match &plan.form {
            Form::Bound { name } => {
                let mut rest: Vec<Stmt> = block[plan.index + 1..].to_vec();
                let replace = ReplaceName { name, with: &written };
                for stmt in &mut rest {
                    replace.visit_stmt(stmt);
                }
                if rest.is_empty() {
                    rest.push(crate::hand_futures::parsed_at("pass\n", stmt.range()).remove(0));
                }
                rest.into()
            }
            Form::Statement => {
                let mut copy = stmt.clone();
                ReplaceLookup { at: plan.lookup.range, with: &written }.visit_stmt(&mut copy);
                vec![copy].into()
            }
        };
    }
    out.push(dispatch);
    out
}

/// `d['alice']`: the lookup with the key written out, at the places of the lookup and its key.
fn written_lookup(lookup: &ast::ExprSubscript, literal: &str) -> Expr {
    let literal = crate::hand_futures::parsed_at(&format!("{literal}\n"), lookup.slice.range());
    let Some(Stmt::Expr(literal)) = literal.into_iter().next() else { unreachable!("weft's own literal") };
    let mut written = lookup.clone();
    written.slice = literal.value;
    Expr::Subscript(written)
}

/// What `evaluated_lookup` found at the key's offset: a lookup `d[key]`, or a call `lock_for(key)`
/// and its one argument.
enum Found<'a> {
    Lookup(&'a ast::ExprSubscript),
    Selector(&'a ast::ExprCall, &'a Expr),
}

/// `lock_for(key)` of a selector of the module, `def lock_for(k): return locks[k]`, as the lookup it
/// makes, `locks[key]`, at the call's place (so the call is what the `if` per key replaces, by a
/// lookup with the key written out: the selector's body, the same object). `None` where the module
/// has no such function or `locks` names a local of `function` there (another object than the
/// selector's global).
fn selected_lookup(
    module: &[Stmt],
    function: &ast::StmtFunctionDef,
    call: &ast::ExprCall,
    argument: &Expr,
) -> Option<ast::ExprSubscript> {
    let Expr::Name(callee) = &*call.func else { return None };
    let container = selector_container(module, callee.id.as_str())?;
    if is_local(function, &container) || is_parameter_of(&function.parameters, &container) {
        return None;
    }
    let parsed = crate::hand_futures::parsed_at(&format!("{container}[key]\n"), call.func.range());
    let Some(Stmt::Expr(statement)) = parsed.into_iter().next() else { return None };
    let Expr::Subscript(mut lookup) = *statement.value else { return None };
    lookup.slice = Box::new(argument.clone());
    lookup.range = call.range();
    Some(lookup)
}

/// The global a module function `name` of the form `def name(k): return container[k]` looks up.
fn selector_container(module: &[Stmt], name: &str) -> Option<String> {
    module.iter().find_map(|stmt| {
        let Stmt::FunctionDef(def) = stmt else { return None };
        if def.name.as_str() != name || def.is_async || !def.decorator_list.is_empty() {
            return None;
        }
        let [parameter] = &def.parameters.args[..] else { return None };
        let [Stmt::Return(ast::StmtReturn { value: Some(value), .. })] = &def.body[..] else { return None };
        let Expr::Subscript(lookup) = &**value else { return None };
        let (Expr::Name(container), Expr::Name(index)) = (&*lookup.value, &*lookup.slice) else { return None };
        (index.id.as_str() == parameter.parameter.name.as_str()).then(|| container.id.to_string())
    })
}

/// A name not yet in the module, from `base`.
fn fresh_name(base: &str, taken: &std::collections::BTreeSet<String>) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_string() } else { format!("{base}_{n}") })
        .find(|name| !taken.contains(name))
        .expect("an unused name")
}

/// The expressions Python evaluates whenever the statement runs, before its body.
fn header_expressions(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::Assign(node) => node.targets.iter().chain(std::iter::once(&*node.value)).collect(),
        Stmt::AugAssign(node) => vec![&node.target, &node.value],
        Stmt::AnnAssign(node) => node.value.as_deref().into_iter().chain(std::iter::once(&*node.target)).collect(),
        Stmt::Expr(node) => vec![&node.value],
        Stmt::Return(node) => node.value.as_deref().into_iter().collect(),
        Stmt::With(node) => node.items.iter().map(|item| &item.context_expr).collect(),
        Stmt::If(node) => vec![&node.test],
        Stmt::For(node) => vec![&node.iter],
        Stmt::Assert(node) => vec![&node.test],
        Stmt::Raise(node) => node.exc.as_deref().into_iter().collect(),
        _ => Vec::new(),
    }
}

/// The lookup `d[key]` whose key starts at `offset`, where Python evaluates it whenever `expr` is
/// evaluated (not behind `and`/`or`, a conditional branch, a later comparison, a lambda or a
/// comprehension).
fn evaluated_lookup(expr: &Expr, offset: usize) -> Option<Found<'_>> {
    let inside = expr.start().to_usize() <= offset && offset < expr.end().to_usize();
    if !inside {
        return None;
    }
    let children: Vec<&Expr> = match expr {
        Expr::Subscript(node)
            if node.ctx == ExprContext::Load && node.slice.start() == TextSize::try_from(offset).ok()? =>
        {
            return Some(Found::Lookup(node));
        }
        // `lock_for(key)` of a selector, refused at its one argument (translate/known_arguments.rs).
        Expr::Call(node)
            if matches!(&*node.func, Expr::Name(_))
                && node.arguments.keywords.is_empty()
                && let [argument] = &node.arguments.args[..]
                && argument.start().to_usize() == offset =>
        {
            return Some(Found::Selector(node, argument));
        }
        Expr::Subscript(node) => vec![&node.value, &node.slice],
        Expr::Attribute(node) => vec![&node.value],
        Expr::Call(node) => std::iter::once(&*node.func)
            .chain(node.arguments.args.iter())
            .chain(node.arguments.keywords.iter().map(|keyword| &keyword.value))
            .collect(),
        Expr::BinOp(node) => vec![&node.left, &node.right],
        Expr::UnaryOp(node) => vec![&node.operand],
        Expr::Compare(node) => std::iter::once(&*node.left).chain(node.comparators.first()).collect(),
        Expr::BoolOp(node) => node.values.first().into_iter().collect(),
        Expr::If(node) => vec![&node.test],
        Expr::Tuple(node) => node.elts.iter().collect(),
        Expr::List(node) => node.elts.iter().collect(),
        Expr::Await(node) => vec![&node.value],
        Expr::Starred(node) => vec![&node.value],
        _ => Vec::new(),
    };
    children.into_iter().find_map(|child| evaluated_lookup(child, offset))
}

/// Whether `name` is a local of `function`: a parameter or a name it assigns, named by no `global` or
/// `nonlocal` statement in it (a nested function's too).
pub(crate) fn is_local(function: &ast::StmtFunctionDef, name: &str) -> bool {
    let parameter = is_parameter_of(&function.parameters, name);
    let mentions = Mentions::of(&function.body, name);
    !mentions.declared && (parameter || mentions.stores > 0)
}

/// Whether `stmt` assigns `name` anywhere (a target, `:=`, a `with ... as`, a loop's variable).
fn stores(stmt: &Stmt, name: &str) -> bool {
    Mentions::of(std::slice::from_ref(stmt), name).stores > 0
}

/// Whether every mention of `name` in `function` but one (the binding being written out) is a read in
/// `rest`, outside nested functions, lambdas and comprehensions, and no `global` or `nonlocal`
/// statement names it.
pub(crate) fn read_only_after(function: &ast::StmtFunctionDef, name: &str, rest: &[Stmt]) -> bool {
    let everywhere = Mentions::of(&function.body, name);
    let mut direct = DirectReads { name, reads: 0 };
    for stmt in rest {
        direct.visit_stmt(stmt);
    }
    !everywhere.declared && !is_parameter_of(&function.parameters, name) && everywhere.names == direct.reads + 1
}

/// Whether `name = <value at binding>` is the one binding of `name` in `function` and every other
/// mention of it is a read in the statements after it in its block (translate/block_objects.rs).
pub(crate) fn bound_once_and_read_after(function: &ast::StmtFunctionDef, name: &str, binding: TextRange) -> bool {
    fn rest_after<'a>(block: &'a [Stmt], name: &str, binding: TextRange) -> Option<&'a [Stmt]> {
        for (index, stmt) in block.iter().enumerate() {
            if let Stmt::Assign(assign) = stmt
                && assign.value.range() == binding
                && matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name)
            {
                return Some(&block[index + 1..]);
            }
            if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                continue;
            }
            if let Some(rest) =
                crate::blocks::nested_blocks_of(stmt).into_iter().find_map(|inner| rest_after(inner, name, binding))
            {
                return Some(rest);
            }
        }
        None
    }
    rest_after(&function.body, name, binding).is_some_and(|rest| read_only_after(function, name, rest))
}

/// The mentions of one name in some code, nested scopes included.
#[derive(Default)]
struct Mentions<'n> {
    name: &'n str,
    /// Every `Name` node of it, read or assigned.
    names: usize,
    stores: usize,
    /// Named by a `global` or `nonlocal` statement.
    declared: bool,
}

impl<'n> Mentions<'n> {
    fn of(body: &[Stmt], name: &'n str) -> Self {
        let mut mentions = Mentions { name, ..Mentions::default() };
        for stmt in body {
            mentions.visit_stmt(stmt);
        }
        mentions
    }
}

impl<'a> Visitor<'a> for Mentions<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Global(node) if node.names.iter().any(|n| n.as_str() == self.name) => self.declared = true,
            Stmt::Nonlocal(node) if node.names.iter().any(|n| n.as_str() == self.name) => self.declared = true,
            // A nested function's parameter of the same name is a mention too (counted, so refused).
            Stmt::FunctionDef(def) if is_parameter_of(&def.parameters, self.name) => self.names += 1,
            _ => {}
        }
        // Bindings by an identifier rather than a `Name` (`def name`, `class name`, `import x as name`,
        // `except E as name`): each a store of the name.
        let bound = match stmt {
            Stmt::FunctionDef(def) => usize::from(def.name.as_str() == self.name),
            Stmt::ClassDef(class) => usize::from(class.name.as_str() == self.name),
            Stmt::Import(import) => import.names.iter().filter(|alias| binds(alias, self.name)).count(),
            Stmt::ImportFrom(import) => import.names.iter().filter(|alias| binds(alias, self.name)).count(),
            Stmt::Try(node) => node
                .handlers
                .iter()
                .filter(|handler| {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    handler.name.as_ref().is_some_and(|bound| bound.as_str() == self.name)
                })
                .count(),
            _ => 0,
        };
        self.names += bound;
        self.stores += bound;
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(node) = expr
            && node.id.as_str() == self.name
        {
            self.names += 1;
            if node.ctx != ExprContext::Load {
                self.stores += 1;
            }
        }
        if let Expr::Lambda(lambda) = expr
            && lambda.parameters.as_deref().is_some_and(|parameters| is_parameter_of(parameters, self.name))
        {
            self.names += 1;
        }
        walk_expr(self, expr);
    }
}

/// Whether `import x as name` (or `import name`, the first part of a dotted one) binds `name`.
fn binds(alias: &ast::Alias, name: &str) -> bool {
    let bound =
        alias.asname.as_ref().map_or_else(|| alias.name.as_str().split('.').next().unwrap_or(""), |a| a.as_str());
    bound == name
}

fn is_parameter_of(parameters: &ast::Parameters, name: &str) -> bool {
    parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
        .any(|p| p.parameter.name.as_str() == name)
        || [&parameters.vararg, &parameters.kwarg].into_iter().flatten().any(|p| p.name.as_str() == name)
}

/// The reads of one name outside nested functions, classes, lambdas and comprehensions.
struct DirectReads<'n> {
    name: &'n str,
    reads: usize,
}

impl<'a> Visitor<'a> for DirectReads<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(node) if node.id.as_str() == self.name && node.ctx == ExprContext::Load => self.reads += 1,
            Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {}
            _ => walk_expr(self, expr),
        }
    }
}

/// Writes each read of `name` as `with`.
pub(crate) struct ReplaceName<'n> {
    pub(crate) name: &'n str,
    pub(crate) with: &'n Expr,
}

impl Transformer for ReplaceName<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(node) = expr
            && node.id.as_str() == self.name
            && node.ctx == ExprContext::Load
        {
            *expr = self.with.clone();
            return;
        }
        transform_walk_expr(self, expr);
    }
}

/// Writes the lookup at `at` as `with`.
struct ReplaceLookup<'w> {
    at: TextRange,
    with: &'w Expr,
}

impl Transformer for ReplaceLookup<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if matches!(expr, Expr::Subscript(_) | Expr::Call(_)) && expr.range() == self.at {
            *expr = self.with.clone();
            return;
        }
        transform_walk_expr(self, expr);
    }
}
