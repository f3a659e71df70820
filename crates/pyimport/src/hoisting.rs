//! A call of a function (or static or class method) of the file inside an expression
//! (`results[i] = get_settings().values["workers"]`, `seen.append(Config.get().settings["retries"])`),
//! after the translator refused it there: the call is hoisted into a local of its own on the line
//! before the statement (`get_settings_result = get_settings()`), and the statement reads the local.
//! The translator inlines a call's steps only where it is a statement's whole value; hoisting gives it
//! that place without changing what the program does, because CPython evaluates an expression left to
//! right and the call comes first among the parts that have effects or read what the call may change.
//!
//! Only where that holds is the call hoisted. It stays refused, saying why, where Python might not
//! evaluate it or would evaluate it again (the right of `and`/`or`, a branch of `a if c else b`, a
//! comprehension or lambda, a `while` or `elif` test, an `assert`'s message), or where something
//! evaluated before it could be changed by it (an item or attribute read, another call, a global that
//! some function rebinds, the target of `+=`). The translator is asked again after each hoist, so a
//! statement with two such calls gets both, in order; programs the translator took before are never
//! rewritten. A list comprehension whose test is known only at run time (`len([r for r in rs if r >
//! 1])`) is hoisted the same way (`filtered = [...]`), under the same checks, into the assignment whose
//! loop translate/filtered_lists.rs writes.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{
    Transformer, walk_expr as transform_walk_expr, walk_f_string as transform_walk_f_string,
};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The end of the translator's refusal of such a call, which `hoist_refused_call` recognises.
const REFUSAL_END: &str = "inside an expression is not supported; assign its result to a variable on a line of its own";

/// The translator's refusal of a call of `callee` (a function or a class's method) inside an
/// expression.
pub fn call_inside_expression(callee: &str) -> String {
    format!("a call to `{callee}` {REFUSAL_END}")
}

/// The translator's refusal of a call of `method` of an object weft models (`q.get()` of a Queue)
/// inside an expression, a call that takes a step of its own.
pub fn method_call_inside_expression(method: &str, receiver: &str) -> String {
    format!("`.{method}()` on {receiver} {REFUSAL_END}")
}

/// The translator's refusal of a call that may change the program's state (`reason` says how) as an
/// argument of a call weft does not model, whose arguments it only reads (`print("n", bump())`).
pub fn effect_in_arguments(reason: &str) -> String {
    format!(
        "{reason}: such a call as an argument of a call weft does not model (whose arguments weft only reads, so the change would be lost) {REFUSAL_END}"
    )
}

/// The translator's refusal of `sep.join(...)` of a generator or comprehension over items known only at
/// run time, inside an expression (an f-string's field, another call's argument): its loop is a
/// statement's (translate/shared_lists.rs), so the call goes to a line of its own where its order
/// allows, as a call of the file's does (session 29).
pub fn join_inside_expression() -> String {
    format!("`sep.join(x)` of items known only at run time (one step that joins them) {REFUSAL_END}")
}

/// The translator's refusal of two operands with steps of their own in one expression (`q.get() +
/// q.get()`), at the first, which goes to a line of its own where its order allows.
pub fn two_steps_in_expression() -> String {
    format!(
        "two `pop`s, blocking calls or calls of the file's functions in one expression (this one first) {REFUSAL_END}"
    )
}

/// The end of the translator's refusal of an item of a run-time instance's attribute in one
/// expression (`x.values["k"]`), whose attribute read `hoist_refused_call` hoists the same way.
const ATTRIBUTE_REFUSAL_END: &str = "in one expression is not supported (the engine reads one object's item per step); assign the attribute to a variable on a line of its own";

/// The translator's refusal of an item of the attribute `attribute` of an instance made at run time.
pub fn item_of_attribute(attribute: &str) -> String {
    format!("an item of an instance's attribute (`x.{attribute}[k]`) {ATTRIBUTE_REFUSAL_END}")
}

/// The translator's refusal of `len(x.attribute)` of an instance made at run time, whose attribute
/// `hoist_refused_call` hoists as it hoists `x.attribute[k]`'s.
pub fn length_of_attribute(attribute: &str) -> String {
    format!("the length of an instance's attribute (`len(x.{attribute})`) {ATTRIBUTE_REFUSAL_END}")
}

/// The end of the translator's refusal of a list comprehension with a test known only at run time
/// inside an expression, which `hoist_refused_call` hoists the same way (translate/filtered_lists.rs).
const COMPREHENSION_REFUSAL_END: &str =
    "is supported as an assignment's whole value; assign it to a variable on a line of its own";

/// The translator's refusal of a list comprehension whose test is known only at run time, inside an
/// expression.
pub fn comprehension_inside_expression() -> String {
    format!("a list comprehension with a test known only at run time {COMPREHENSION_REFUSAL_END}")
}

/// The translator's refusal of a list comprehension over items known only at run time, inside an
/// expression (translate/run_time_comprehensions.rs).
pub fn run_time_comprehension_inside_expression() -> String {
    format!("a list comprehension over items known only at run time {COMPREHENSION_REFUSAL_END}")
}

/// The end of the translator's refusal of an item read of a collection made at run time inside an
/// expression (`k in d[key]`, `sorted(groups[key])` of a `defaultdict(list)`), which
/// `hoist_refused_call` hoists the same way.
const ITEM_REFUSAL_END: &str = "assign the item to a name on a line of its own";

/// The translator's refusal of `k in d[key]` of an object made at run time.
pub fn membership_of_item() -> String {
    format!(
        "`k in d[key]` of a list, dict or set made at run time is not read in one expression (weft's `has` reads an object a name holds); {ITEM_REFUSAL_END}"
    )
}

/// The translator's refusal of an item of a `defaultdict(list)` (or `set`) read inside an expression.
pub fn item_of_made_default() -> String {
    format!(
        "an item of a `defaultdict(list)` or `defaultdict(set)` is read in a step of its own (a missing key gets a new empty list or set), not inside an expression; {ITEM_REFUSAL_END}"
    )
}

/// The end of the translator's refusal of an `await` inside the arguments of a call weft does not
/// model (`print(await fetch())`), which `hoist_refused_call` hoists whole (`fetch_result = await
/// fetch()`): CPython awaits it before the call, as the statement before it does.
const AWAITED_REFUSAL_END: &str = "is awaited on a line of its own; assign its result to a variable there";

/// The translator's refusal of `await` inside the arguments of a call it does not model.
pub fn await_in_arguments() -> String {
    format!("an `await` inside the arguments of a call weft does not model {AWAITED_REFUSAL_END}")
}

/// The translator's refusal of `await` inside an expression (`if not await f():`, `x = 1 + await t`),
/// hoisted whole as `await_in_arguments`'s is.
pub fn await_inside_expression() -> String {
    format!("an `await` inside an expression {AWAITED_REFUSAL_END}")
}

/// The translator's refusal of a call that may raise (`int(text)`, `xs.index(x)`) inside the arguments
/// of a call weft does not model (translate/raising_arguments.rs).
pub fn raising_call_in_arguments(call: &str) -> String {
    format!(
        "`{call}` may raise an exception, which weft would lose in the arguments of a call it does not model (it only reads them): such a call {REFUSAL_END}"
    )
}

/// The translator's refusal of an item read that may raise (`names[i]`) inside the arguments of a call
/// weft does not model.
pub fn raising_item_in_arguments() -> String {
    format!(
        "this item may not exist (IndexError or KeyError), which weft would lose in the arguments of a call it does not model (it only reads them); {ITEM_REFUSAL_END}"
    )
}

/// The end of the translator's refusal of an operation that may raise (`a // b`, `b ** e`) inside the
/// arguments of a call weft does not model, which `hoist_refused_call` hoists the same way.
const OPERATION_REFUSAL_END: &str = "assign the operation's value to a name on a line of its own";

/// The translator's refusal of an operation that may raise inside the arguments of a call weft does not
/// model.
pub fn raising_operation_in_arguments(operator: ast::Operator) -> String {
    format!(
        "`{}` may raise here ({}), which weft would lose in the arguments of a call it does not model (it only reads them); {OPERATION_REFUSAL_END}",
        operator.as_str(),
        match operator {
            ast::Operator::Pow => "ZeroDivisionError, or OverflowError of a float",
            _ => "ZeroDivisionError",
        }
    )
}

/// The end of the translator's refusal of a part that raises for the types of its operands (`n + s`,
/// `len(n)`, `1 < s`) inside the arguments of a call weft does not model, which `hoist_refused_call`
/// hoists whole, the outermost such part at its place (translate/typed_arguments.rs).
const TYPED_REFUSAL_END: &str = "assign the value to a name on a line of its own, where weft computes it";

/// The translator's refusal of `a + b` of two lists made at run time inside an expression, which
/// `hoist_refused_call` hoists whole as a typed part (translate/list_concatenations.rs).
pub fn concatenation_inside_expression() -> String {
    format!(
        "`a + b` of two lists made at run time is one copy of both, imported as an assignment's value; {TYPED_REFUSAL_END}"
    )
}

/// The translator's refusal of a part that may raise `raises` for the types of its operands, inside the
/// arguments of a call weft does not model.
pub fn typed_part_in_arguments(raises: &str) -> String {
    format!(
        "this value may raise Python's {raises}, which weft would lose in the arguments of a call it does not model (it only reads them); {TYPED_REFUSAL_END}"
    )
}

/// What a refusal asks to hoist: a call, an attribute read of an instance made at run time, a list
/// comprehension with a test known only at run time, an item read of a collection made at run time, or
/// an `await` of a call.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Call,
    Attribute,
    Comprehension,
    Item,
    Awaited,
    /// A division, remainder or power that may raise (raising_arguments.rs).
    Operation,
    /// An operation, comparison or builtin's call that may raise for its operands' types, taken whole:
    /// the outermost such part at the place (typed_arguments.rs).
    Typed,
    /// A list comprehension written out as its loop (looped_comprehensions.rs), as its element holds
    /// the refused call.
    Looped,
    /// A conditional expression (`a if c else b`) whose branch holds the refused call, written out as
    /// the `if` statement that binds a local in each branch (conditional_branches.rs).
    Conditional,
    /// An operand evaluated before the refused call, ending at `end`, held in a local of its own
    /// (hoisted_reads.rs); `formatted`: an f-string's value, held as its formatted text.
    Operand {
        end: usize,
        formatted: bool,
    },
}

/// Most calls hoisted out of one program: each costs one more translation.
pub const MAX_HOISTED_CALLS: usize = 64;

/// What became of the refusal of a call inside an expression.
pub enum Hoist {
    /// The call went to a line of its own: translate again.
    Hoisted,
    /// Not hoisted: the refusal's message, with why the call must stay where it is.
    Refused(String),
    /// Not a refusal of a call inside an expression, or no such call at its place.
    NotApplicable,
}

/// Whether `message` is a refusal that `hoist_refused_call` answers by moving a part of the
/// expression to a line of its own (a caller that would replace the refusal by a wider one keeps it).
pub fn is_hoisting_refusal(message: &str) -> bool {
    [
        REFUSAL_END,
        ATTRIBUTE_REFUSAL_END,
        COMPREHENSION_REFUSAL_END,
        ITEM_REFUSAL_END,
        AWAITED_REFUSAL_END,
        OPERATION_REFUSAL_END,
        TYPED_REFUSAL_END,
    ]
    .iter()
    .any(|end| message.ends_with(end))
}

/// Hoists the call that the refusal `message` at `offset` names out of its expression, where that keeps
/// the program's meaning.
pub fn hoist_refused_call(body: &mut ast::Suite, offset: usize, message: &str) -> Hoist {
    let target = if message.ends_with(REFUSAL_END) {
        Target::Call
    } else if message.ends_with(ATTRIBUTE_REFUSAL_END) {
        Target::Attribute
    } else if message.ends_with(COMPREHENSION_REFUSAL_END) {
        Target::Comprehension
    } else if message.ends_with(ITEM_REFUSAL_END) {
        Target::Item
    } else if message.ends_with(AWAITED_REFUSAL_END) {
        Target::Awaited
    } else if message.ends_with(OPERATION_REFUSAL_END) {
        Target::Operation
    } else if message.ends_with(TYPED_REFUSAL_END) {
        Target::Typed
    } else {
        return Hoist::NotApplicable;
    };
    let (callables, asynchronous) = callables(body);
    let scope = Scope {
        rebound: rebound_names(body),
        callables,
        asynchronous,
        parameters: BTreeSet::new(),
        class_body: false,
        texts: crate::hoisted_reads::text_names(body),
        done_callbacks: crate::done_future_reads::done_callback_only_names(body),
        done_future: None,
        reads_done_future: false,
    };
    let mut taken = crate::syntax::module_names(body);
    match hoist_in_block(body, (offset, target), &scope, &mut taken) {
        Found::Hoisted => Hoist::Hoisted,
        Found::Refused(why) => Hoist::Refused(format!(
            "{}: here it cannot go to a line of its own before the statement, since {why}",
            message.rsplit_once("; assign").map_or(message, |(refusal, _)| refusal)
        )),
        Found::Nothing => Hoist::NotApplicable,
    }
}

/// The names a call could rebind without the caller seeing it bind them: those a `global` or
/// `nonlocal` statement names anywhere in the file.
fn rebound_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Declared(BTreeSet<String>);
    impl<'a> Visitor<'a> for Declared {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Global(global) => self.0.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::Nonlocal(nonlocal) => self.0.extend(nonlocal.names.iter().map(|name| name.to_string())),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut declared = Declared::default();
    declared.visit_body(body);
    declared.0
}

/// The names of the file's functions (nested ones too) and classes, and of its `async def`s.
fn callables(body: &[Stmt]) -> (BTreeSet<String>, BTreeSet<String>) {
    #[derive(Default)]
    struct Defined(BTreeSet<String>, BTreeSet<String>);
    impl<'a> Visitor<'a> for Defined {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) if def.is_async => _ = self.1.insert(def.name.to_string()),
                Stmt::FunctionDef(def) => _ = self.0.insert(def.name.to_string()),
                Stmt::ClassDef(class) => _ = self.0.insert(class.name.to_string()),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut defined = Defined::default();
    defined.visit_body(body);
    (defined.0, defined.1)
}

/// Which names a call cannot change under the statement: a parameter of the enclosing function, or a
/// name no function declares `global` or `nonlocal`.
#[derive(Clone)]
struct Scope {
    rebound: BTreeSet<String>,
    /// The file's functions and classes: a call of one evaluated before the refused call is hoisted
    /// first.
    callables: BTreeSet<String>,
    /// The names of `async def`s (methods too): calling one makes a coroutine, which the translator
    /// follows only where it is awaited or handed on, so such a call is never hoisted.
    asynchronous: BTreeSet<String>,
    parameters: BTreeSet<String>,
    /// Directly in a class's body, whose names a comprehension's element does not see.
    class_body: bool,
    /// Names bound once, to an f-string's text (hoisted_reads.rs).
    texts: BTreeSet<String>,
    /// The functions and methods the file names only as done callbacks (done_future_reads.rs).
    done_callbacks: BTreeSet<String>,
    /// The parameter holding a done callback's own future, done when the body runs.
    done_future: Option<String>,
    /// The call being hoisted reads a done future: it neither waits nor changes anything, so it may
    /// go before anything Python evaluates before it.
    reads_done_future: bool,
}

impl Scope {
    fn is_stable(&self, name: &str) -> bool {
        self.parameters.contains(name) || !self.rebound.contains(name)
    }

    /// A value that reads nothing the call could change: literals, a negative literal, stable names
    /// (the object a name holds, which Python reads further only after the call). Arithmetic is not:
    /// `a + b` of two lists reads their items before the call, so it goes first (hoisted_reads.rs).
    fn is_stable_value(&self, expr: &Expr) -> bool {
        match expr {
            literal if crate::syntax::is_constant(literal) => true,
            Expr::Name(name) => self.is_stable(name.id.as_str()),
            Expr::UnaryOp(unary) => crate::syntax::is_constant(&unary.operand),
            _ => false,
        }
    }

    /// A callee looked up before the call's arguments: a stable name, or a method of a stable value.
    fn is_stable_callee(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Attribute(attribute) => self.is_stable_value(&attribute.value),
            other => self.is_stable_value(other),
        }
    }
}

/// Why a call cannot be hoisted yet: a reason, or an earlier call of the file's that goes first.
enum Blocked {
    Why(String),
    /// The offset of a call of the file's own, evaluated before the refused one, to hoist first.
    Earlier(usize),
    /// The offset of the list comprehension whose element holds the refused call: the comprehension
    /// goes before the statement as its loop.
    Looped(usize),
    /// The offset of the conditional expression whose branch holds the refused call: it goes before the
    /// statement as an `if` statement.
    Conditional(usize),
    /// An operand Python evaluates before the refused call that another task or the call may change:
    /// its start, and the target that takes it first.
    Operand(usize, Target),
}

impl From<String> for Blocked {
    fn from(why: String) -> Self {
        Blocked::Why(why)
    }
}

enum Found {
    Hoisted,
    Refused(String),
    Nothing,
}

fn hoist_in_block(
    block: &mut ast::Suite,
    (offset, target): (usize, Target),
    scope: &Scope,
    taken: &mut BTreeSet<String>,
) -> Found {
    for index in 0..block.len() {
        let range = block[index].range();
        if offset < range.start().to_usize() || offset >= range.end().to_usize() {
            continue;
        }
        match &mut block[index] {
            Stmt::FunctionDef(def) => {
                let parameters = def.parameters.iter().map(|parameter| parameter.name().to_string()).collect();
                let done_future =
                    crate::done_future_reads::done_future_parameter(def, &scope.done_callbacks, scope.class_body);
                let inner = Scope {
                    rebound: scope.rebound.clone(),
                    callables: scope.callables.clone(),
                    asynchronous: scope.asynchronous.clone(),
                    parameters,
                    class_body: false,
                    texts: scope.texts.clone(),
                    done_callbacks: scope.done_callbacks.clone(),
                    done_future,
                    reads_done_future: false,
                };
                return hoist_in_block(&mut def.body, (offset, target), &inner, taken);
            }
            Stmt::ClassDef(class) => {
                let inner = Scope {
                    rebound: scope.rebound.clone(),
                    callables: scope.callables.clone(),
                    asynchronous: scope.asynchronous.clone(),
                    parameters: scope.parameters.clone(),
                    class_body: true,
                    texts: scope.texts.clone(),
                    done_callbacks: scope.done_callbacks.clone(),
                    done_future: None,
                    reads_done_future: false,
                };
                return hoist_in_block(&mut class.body, (offset, target), &inner, taken);
            }
            _ => {}
        }
        match hoist_from_header(&mut block[index], (offset, target), scope, taken) {
            Ok(Some(hoisted)) => {
                block.splice(index..index, hoisted);
                return Found::Hoisted;
            }
            Ok(None) => {}
            Err(why) => return Found::Refused(why),
        }
        for inner in crate::blocks::nested_blocks(&mut block[index]) {
            match hoist_in_block(inner, (offset, target), scope, taken) {
                Found::Nothing => {}
                found => return found,
            }
        }
        // A hoisted statement spans the call it took, so the next statement may hold the offset too.
    }
    Found::Nothing
}

/// The index of `x[i] += v` when it holds the call (`holds`) and `x` is a name no function rebinds: where
/// the hoisted call's local goes. `None` for any other target (the statement keeps its refusal).
fn augmented_index_slot<'s>(
    node: &'s mut ast::StmtAugAssign,
    holds: &dyn Fn(&Expr) -> bool,
    scope: &Scope,
) -> Option<&'s mut Expr> {
    let Expr::Subscript(subscript) = &mut *node.target else { return None };
    let Expr::Name(container) = &*subscript.value else { return None };
    if !scope.is_stable(container.id.as_str()) || !holds(&subscript.slice) || matches!(*subscript.slice, Expr::Slice(_))
    {
        return None;
    }
    Some(&mut subscript.slice)
}

/// The statement `tmp = call` to put before `stmt`, whose own expression (not a nested block's) holds
/// the call at `offset`, now reading `tmp` (for a comprehension written out, the statements of its
/// loop); `Ok(None)` when its expressions do not hold it.
fn hoist_from_header(
    stmt: &mut Stmt,
    (offset, target): (usize, Target),
    scope: &Scope,
    taken: &mut BTreeSet<String>,
) -> Result<Option<Vec<Stmt>>, String> {
    let holds = |expr: &Expr| expr.range().start().to_usize() <= offset && offset < expr.range().end().to_usize();
    // `return jobs.popleft() if jobs else None`, a method with a step of its own in a branch: the
    // `return` becomes an `if` of returns (conditional_returns.rs), not a local bound in each branch
    // and returned (the form session 20 gave it, kept when session 40 let `popleft` be hoisted).
    let returned_conditional = match stmt {
        Stmt::Return(ast::StmtReturn { value: Some(value), .. })
            if target == Target::Call && matches!(&**value, Expr::If(_)) =>
        {
            Some(value.range().start().to_usize())
        }
        _ => None,
    };
    let slot: &mut Expr = match stmt {
        Stmt::Expr(node) => &mut node.value,
        Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => value,
        Stmt::Assign(node) if holds(&node.value) => &mut node.value,
        Stmt::Assign(node) if node.targets.iter().any(holds) => {
            return Err("an assignment's target is evaluated after its value".into());
        }
        Stmt::AnnAssign(ast::StmtAnnAssign { value: Some(value), .. }) => value,
        Stmt::AugAssign(node) if holds(&node.value) => {
            let Expr::Name(target) = &*node.target else {
                return Err("the target of an augmented assignment is read before the call".into());
            };
            if !scope.is_stable(target.id.as_str()) {
                return Err(format!("`{}` is read before the call, which may change it", target.id));
            }
            &mut node.value
        }
        // `histogram[bucket_of(v)] += 1` (session 37, session36/m04): Python evaluates the container's
        // name, then the index, then reads the item; with the name one no function rebinds, the index's
        // call may come first, on a line of its own.
        Stmt::AugAssign(node) if holds(&node.target) => match augmented_index_slot(node, &holds, scope) {
            Some(slot) => slot,
            None => return Ok(None),
        },
        Stmt::If(node) if holds(&node.test) => &mut node.test,
        Stmt::If(node) if node.elif_else_clauses.iter().any(|clause| clause.test.as_ref().is_some_and(holds)) => {
            return Err("an `elif` test is evaluated only when the tests before it fail".into());
        }
        Stmt::While(node) if holds(&node.test) => {
            return Err("a `while` test is evaluated again before every pass".into());
        }
        Stmt::For(node) if holds(&node.iter) => &mut node.iter,
        Stmt::Assert(node) if holds(&node.test) => &mut node.test,
        Stmt::Assert(node) if node.msg.as_deref().is_some_and(holds) => {
            return Err("an `assert`'s message is evaluated only when the test fails".into());
        }
        Stmt::With(node) if node.items.first().is_some_and(|item| holds(&item.context_expr)) => {
            &mut node.items[0].context_expr
        }
        Stmt::With(node) if node.items.iter().any(|item| holds(&item.context_expr)) => {
            return Err("a later item of a `with` is evaluated after the first is entered".into());
        }
        _ => return Ok(None),
    };
    let marked;
    let scope = match &scope.done_future {
        Some(future)
            if target == Target::Call && crate::done_future_reads::is_done_future_read(slot, offset, future) =>
        {
            marked = Scope { reads_done_future: true, ..scope.clone() };
            &marked
        }
        _ => scope,
    };
    let (mut offset, mut target) = (offset, target);
    let callee = loop {
        match check_path(slot, (offset, target), scope) {
            Ok(Some(callee)) => break callee,
            Ok(None) => return Ok(None),
            // Strictly earlier each time, so this ends.
            Err(Blocked::Earlier(earlier)) if earlier < offset => (offset, target) = (earlier, Target::Call),
            Err(Blocked::Earlier(_)) => return Err("another call comes before it".into()),
            Err(Blocked::Looped(comprehension)) if comprehension < offset => {
                (offset, target) = (comprehension, Target::Looped)
            }
            Err(Blocked::Looped(_)) => return Err("a comprehension evaluates its parts once per item".into()),
            // The conditional may start where the call does (`q.pop() if q else None`); the next
            // search stops at it, so this ends.
            Err(Blocked::Conditional(conditional)) if returned_conditional == Some(conditional) => return Ok(None),
            Err(Blocked::Conditional(conditional)) if conditional <= offset && target != Target::Conditional => {
                (offset, target) = (conditional, Target::Conditional)
            }
            Err(Blocked::Conditional(_)) => {
                return Err(
                    "a branch of a conditional expression (`a if c else b`) is evaluated only when picked".into()
                );
            }
            Err(Blocked::Operand(start, operand)) if start < offset => (offset, target) = (start, operand),
            Err(Blocked::Operand(..)) => return Err("an operand before it could not go first".into()),
            Err(Blocked::Why(why)) => return Err(why),
        }
    };
    if target == Target::Call && scope.asynchronous.contains(&callee) {
        return Ok(None);
    }
    let base = match target {
        Target::Call => format!("{callee}_result"),
        Target::Attribute
        | Target::Comprehension
        | Target::Item
        | Target::Awaited
        | Target::Operation
        | Target::Typed
        | Target::Looped
        | Target::Conditional
        | Target::Operand { .. } => callee,
    };
    let local = crate::syntax::fresh_name(&base, taken);
    let nested_item = target == Target::Item && is_item_of_item_at(slot, offset);
    let take = Take { offset, target, local: local.clone(), taken: RefCell::new(None) };
    take.visit_expr(slot);
    let Some(call) = take.taken.into_inner() else { return Ok(None) };
    let range = call.range();
    debug_assert!(
        matches!(target, Target::Operand { .. })
            || matches!(
                call,
                Expr::Call(_)
                    | Expr::Attribute(_)
                    | Expr::ListComp(_)
                    | Expr::Subscript(_)
                    | Expr::Await(_)
                    | Expr::BinOp(_)
                    | Expr::UnaryOp(_)
                    | Expr::Compare(_)
                    | Expr::FString(_)
                    | Expr::If(_)
            ),
        "only a call, an attribute, a comprehension, an item, an `await` or an operand before one is hoisted"
    );
    if let (Target::Looped, Expr::ListComp(comprehension)) = (target, &call) {
        return Ok(Some(crate::looped_comprehensions::comprehension_as_loop(comprehension, &local)));
    }
    if let (Target::Conditional, Expr::If(conditional)) = (target, &call) {
        return Ok(Some(vec![crate::conditional_branches::branches_as_if(conditional, &local)]));
    }
    // An item's item (`grid[i][j]`) starts where its container does: once the container is hoisted, the
    // outer item is refused at the same place, which must be looked for in the statement, not here
    // again (the assignment spans nothing, at its line).
    let statement_range = if nested_item { ruff_text_size::TextRange::empty(range.start()) } else { range };
    Ok(Some(vec![Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: statement_range,
        targets: vec![crate::syntax::name(&local, range, ast::ExprContext::Store)],
        value: Box::new(call),
    })]))
}

/// The callee's name (`get_settings`, `get` of `Config.get`) of the innermost call starting at
/// `offset` inside `expr`, when CPython always evaluates it, exactly once, before anything the call
/// could change; `Err` saying why not; `Ok(None)` when there is no call there.
fn check_path(expr: &Expr, (offset, target): (usize, Target), scope: &Scope) -> Result<Option<String>, Blocked> {
    let range = expr.range();
    if offset < range.start().to_usize() || offset >= range.end().to_usize() {
        return Ok(None);
    }
    let refused = |why: &str| Err(Blocked::Why(why.to_string()));
    match expr {
        // An operand before a refused call, going first (hoisted_reads.rs).
        _ if let Target::Operand { end, formatted } = target
            && range.start().to_usize() == offset
            && range.end().to_usize() == end =>
        {
            return Ok(Some(crate::hoisted_reads::operand_name(expr, formatted)));
        }
        Expr::FString(fstring) if crate::hoisted_reads::in_format_spec(fstring, offset) => {
            return refused("a format spec's value is evaluated after the value it formats");
        }
        Expr::Call(call) if target == Target::Call && range.start().to_usize() == offset => {
            if let Some(inner) = check_path(&call.func, (offset, target), scope)? {
                return Ok(Some(inner));
            }
            return Ok(callee_name(&call.func));
        }
        // `x.values[k]`: the attribute subscripted.
        Expr::Subscript(subscript)
            if target == Target::Attribute
                && range.start().to_usize() == offset
                && let Expr::Attribute(attribute) = &*subscript.value =>
        {
            return Ok(Some(attribute.attr.to_string()));
        }
        // A method of a name (`Registry.get()`, hoisted before) is no attribute read to hoist.
        Expr::Call(call)
            if target == Target::Attribute
                && call.func.range().start().to_usize() == offset
                && has_name_receiver(&call.func) =>
        {
            return Ok(None);
        }
        // `len(x.values)`: the attribute itself, of a name.
        Expr::Attribute(attribute)
            if target == Target::Attribute
                && range.start().to_usize() == offset
                && matches!(&*attribute.value, Expr::Name(_)) =>
        {
            return Ok(Some(attribute.attr.to_string()));
        }
        // `a // b`: the innermost such operation starting here, as `Take` takes it.
        Expr::BinOp(operation) if target == Target::Operation && range.start().to_usize() == offset => {
            if let Some(inner) = check_path(&operation.left, (offset, target), scope)? {
                return Ok(Some(inner));
            }
            return Ok(raising_operation_name(operation.op).map(str::to_string));
        }
        // `n + s`, `len(n)`: the outermost such part starting here, as `Take` takes it.
        _ if target == Target::Typed && range.start().to_usize() == offset && is_typed_part(expr) => {
            return Ok(Some("computed".to_string()));
        }
        // The comprehension itself, whose parts run in its own loop once it has a line of its own.
        Expr::ListComp(_) if target == Target::Comprehension && range.start().to_usize() == offset => {
            return Ok(Some("filtered".to_string()));
        }
        // The comprehension written out as its loop, named after its element's callee.
        Expr::ListComp(comprehension) if target == Target::Looped && range.start().to_usize() == offset => {
            return Ok(Some(crate::looped_comprehensions::list_name(comprehension)));
        }
        // The first iterable is evaluated once, before the loop, in the scope around it.
        Expr::ListComp(comprehension) if crate::looped_comprehensions::in_first_iterable(comprehension, offset) => {
            return check_path(&comprehension.generators[0].iter, (offset, target), scope);
        }
        Expr::ListComp(_) if scope.class_body => {
            return refused("a comprehension in a class's body does not see the class's names, which its loop would");
        }
        Expr::ListComp(comprehension) => {
            return match crate::looped_comprehensions::why_not_looped(comprehension) {
                Some(why) => refused(why),
                None => Err(Blocked::Looped(range.start().to_usize())),
            };
        }
        // `k in d[key]`: the item read, named after the collection.
        Expr::Subscript(subscript)
            if target == Target::Item
                && range.start().to_usize() == offset
                && let Expr::Name(collection) = &*subscript.value =>
        {
            return Ok(Some(format!("{}_item", collection.id)));
        }
        // `tuple(s)[9]`, `(a, b)[2]`: an item of a value made in the expression (raising_arguments.rs).
        Expr::Subscript(subscript) if target == Target::Item && range.start().to_usize() == offset => {
            // `rows[0][5]`: the innermost item starting here, as `Take` takes it.
            if let Some(inner) = check_path(&subscript.value, (offset, target), scope)? {
                return Ok(Some(inner));
            }
            return Ok(Some("item".to_string()));
        }
        Expr::BoolOp(bool_op) => {
            return match bool_op.values.iter().position(|value| contains(value, offset)) {
                Some(0) => check_path(&bool_op.values[0], (offset, target), scope),
                Some(_) => refused("the right of `and` or `or` is evaluated only when the left does not decide"),
                None => Ok(None),
            };
        }
        // The conditional expression itself, written out as an `if` statement before the statement.
        Expr::If(_) if target == Target::Conditional && range.start().to_usize() == offset => {
            return Ok(Some("picked".to_string()));
        }
        Expr::If(conditional) if !contains(&conditional.test, offset) => {
            return Err(Blocked::Conditional(range.start().to_usize()));
        }
        Expr::Lambda(_) => return refused("a lambda's body is evaluated each time the lambda is called"),
        Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
            return refused("a comprehension evaluates its parts once per item");
        }
        // `print(await fetch())`: the `await` whole, named after the call it awaits.
        Expr::Await(awaited) if target == Target::Awaited && range.start().to_usize() == offset => {
            let awaited_name = match &*awaited.value {
                Expr::Call(call) => callee_name(&call.func),
                Expr::Name(name) => Some(name.id.to_string()),
                _ => None,
            };
            return Ok(awaited_name.map(|name| format!("{name}_result")));
        }
        // `await call_with_retry(Flaky(2))`: the awaited call's arguments are evaluated before the
        // `await` suspends, as a statement before it would (translate/passed_instances.rs).
        Expr::Await(awaited) if is_awaited_call_of_argument(awaited, offset) => {
            return check_path(&awaited.value, (offset, target), scope);
        }
        Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) => {
            return refused("it sits under an `await`, `yield` or `:=`, which weft does not hoist past");
        }
        _ => {}
    }
    let mut children = Children::default();
    walk_expr(&mut children, expr);
    children.0.sort_by_key(|child| child.range().start());
    let Some(position) = children.0.iter().position(|child| contains(child, offset)) else { return Ok(None) };
    // `a < b < f()` compares `a` and `b` before it calls `f`.
    if matches!(expr, Expr::Compare(_)) && position >= 2 {
        return refused("a chained comparison compares its first operands before it evaluates this one");
    }
    for before in &children.0[..position] {
        let is_callee = matches!(expr, Expr::Call(call) if std::ptr::eq(&*call.func, *before));
        let stable = if is_callee { scope.is_stable_callee(before) } else { scope.is_stable_value(before) };
        // An f-string formats each value as it reaches it: before the call.
        let formatted = match expr {
            Expr::FString(fstring) => {
                let text = matches!(before, Expr::Name(name) if scope.texts.contains(name.id.as_str()));
                !crate::syntax::is_constant(before)
                    && !text
                    && crate::hoisted_reads::is_interpolated_value(fstring, before)
            }
            _ => false,
        };
        if (stable && !formatted) || scope.reads_done_future {
            continue;
        }
        if let Some(earlier) = first_file_call(before, scope) {
            return Err(Blocked::Earlier(earlier));
        }
        // A coroutine made before the call is followed only where it is awaited or handed on.
        if !is_callee
            && crate::hoisted_reads::is_hoistable_operand(before)
            && !crate::hoisted_reads::calls_any(before, &scope.asynchronous)
        {
            let end = before.range().end().to_usize();
            return Err(Blocked::Operand(before.range().start().to_usize(), Target::Operand { end, formatted }));
        }
        return Err(Blocked::Why(format!(
            "Python evaluates {} before the call, which may change it",
            short_text(before)
        )));
    }
    check_path(children.0[position], (offset, target), scope)
}

/// `await f(..., C(...), ...)` with the refusal at an argument that calls a class (the instance
/// passed_instances.rs hoists): only then is the `await` looked through.
fn is_awaited_call_of_argument(awaited: &ast::ExprAwait, offset: usize) -> bool {
    let Expr::Call(call) = &*awaited.value else { return false };
    let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
    arguments.into_iter().any(|argument| {
        matches!(argument, Expr::Call(made) if made.range().start().to_usize() == offset && matches!(&*made.func, Expr::Name(_)))
    })
}

/// Whether `expr` holds an item starting at `offset` whose container is an item starting there too
/// (`rows[0][5]`).
fn is_item_of_item_at(expr: &Expr, offset: usize) -> bool {
    struct Find {
        offset: usize,
        found: bool,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Subscript(outer) = expr
                && outer.range.start().to_usize() == self.offset
                && matches!(&*outer.value, Expr::Subscript(inner) if inner.range.start().to_usize() == self.offset)
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut find = Find { offset, found: false };
    find.visit_expr(expr);
    find.found
}

/// Whether `expr` is an attribute of a name (`x.values`).
fn has_name_receiver(expr: &Expr) -> bool {
    matches!(expr, Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(_)))
}

/// The local's name for a division, remainder or power hoisted out of an expression; None for an
/// operation that cannot raise, which is never hoisted alone.
fn raising_operation_name(operator: ast::Operator) -> Option<&'static str> {
    match operator {
        ast::Operator::Div | ast::Operator::FloorDiv => Some("quotient"),
        ast::Operator::Mod => Some("remainder"),
        ast::Operator::Pow => Some("power"),
        _ => None,
    }
}

/// An operation, a unary operation, a comparison, a call or an f-string with a format spec: the parts
/// typed_arguments.rs and raising_arguments.rs refuse for the types of their values.
fn is_typed_part(expr: &Expr) -> bool {
    matches!(expr, Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Compare(_) | Expr::Call(_) | Expr::FString(_))
}

/// The offset of the first call (in source order) of a function or class of the file inside `expr`.
fn first_file_call(expr: &Expr, scope: &Scope) -> Option<usize> {
    struct FirstCall<'s> {
        scope: &'s Scope,
        found: Option<usize>,
    }
    impl<'a> Visitor<'a> for FirstCall<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            if let Expr::Call(call) = expr {
                let of_file = match &*call.func {
                    Expr::Name(name) => self.scope.callables.contains(name.id.as_str()),
                    Expr::Attribute(attribute) => {
                        matches!(&*attribute.value, Expr::Name(class) if self.scope.callables.contains(class.id.as_str()))
                    }
                    _ => false,
                };
                if of_file {
                    self.found = Some(call.range().start().to_usize());
                    return;
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut first = FirstCall { scope, found: None };
    first.visit_expr(expr);
    first.found
}

fn contains(expr: &Expr, offset: usize) -> bool {
    let range = expr.range();
    range.start().to_usize() <= offset && offset < range.end().to_usize()
}

/// `f` of `f(...)`, `get` of `Config.get(...)`.
fn callee_name(func: &Expr) -> Option<String> {
    match func {
        Expr::Name(name) => Some(name.id.to_string()),
        Expr::Attribute(attribute) => Some(attribute.attr.to_string()),
        _ => None,
    }
}

/// A short description of an expression for a refusal: a name, or what kind of expression it is.
fn short_text(expr: &Expr) -> String {
    match expr {
        Expr::Name(name) => format!("`{}` (a global some function rebinds)", name.id),
        Expr::Attribute(attribute) => format!("the attribute `.{}`", attribute.attr),
        Expr::Subscript(_) => "an item `x[k]`".into(),
        Expr::Call(_) => "another call".into(),
        _ => "a value that reads memory".into(),
    }
}

/// The expressions directly inside one.
#[derive(Default)]
struct Children<'a>(Vec<&'a Expr>);

impl<'a> Visitor<'a> for Children<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        self.0.push(expr);
    }
}

/// Replaces the innermost call starting at `offset` by the name `local`, keeping the call.
struct Take {
    offset: usize,
    target: Target,
    local: String,
    taken: RefCell<Option<Expr>>,
}

impl Transformer for Take {
    /// An f-string's value before the call, taken formatted (hoisted_reads.rs).
    fn visit_f_string(&self, fstring: &mut ast::FString) {
        transform_walk_f_string(self, fstring);
        let Target::Operand { end, formatted: true } = self.target else { return };
        if self.taken.borrow().is_some() {
            return;
        }
        let range = ruff_text_size::TextRange::new((self.offset as u32).into(), (end as u32).into());
        if let Some(alone) = crate::hoisted_reads::take_interpolation(fstring, range, &self.local) {
            *self.taken.borrow_mut() = Some(alone);
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        // The outermost part at the place, before the parts inside it (which it computes itself).
        if self.target == Target::Typed
            && self.taken.borrow().is_none()
            && expr.range().start().to_usize() == self.offset
            && is_typed_part(expr)
        {
            let read = crate::syntax::name(&self.local, expr.range(), ast::ExprContext::Load);
            *self.taken.borrow_mut() = Some(std::mem::replace(expr, read));
            return;
        }
        // The outermost conditional at the place: the refused call is in one of its branches.
        if self.target == Target::Conditional
            && self.taken.borrow().is_none()
            && expr.range().start().to_usize() == self.offset
            && matches!(expr, Expr::If(_))
        {
            let read = crate::syntax::name(&self.local, expr.range(), ast::ExprContext::Load);
            *self.taken.borrow_mut() = Some(std::mem::replace(expr, read));
            return;
        }
        transform_walk_expr(self, expr);
        if self.taken.borrow().is_some() || expr.range().start().to_usize() != self.offset {
            return;
        }
        let taken: &mut Expr = match (self.target, expr) {
            (Target::Operand { end, formatted: false }, operand) if operand.range().end().to_usize() == end => operand,
            (Target::Call, call @ Expr::Call(_)) => call,
            (Target::Attribute, Expr::Subscript(subscript)) if matches!(&*subscript.value, Expr::Attribute(_)) => {
                &mut subscript.value
            }
            // `len(x.values)`: the attribute of a name (visited before a subscript around it, whose
            // container it then is, as the arm above takes).
            (Target::Attribute, attribute @ Expr::Attribute(_)) if has_name_receiver(attribute) => attribute,
            (Target::Comprehension | Target::Looped, comprehension @ Expr::ListComp(_)) => comprehension,
            (Target::Item, item @ Expr::Subscript(_)) => item,
            (Target::Awaited, awaited @ Expr::Await(_)) => awaited,
            (Target::Operation, Expr::BinOp(operation)) if raising_operation_name(operation.op).is_none() => return,
            (Target::Operation, operation @ Expr::BinOp(_)) => operation,
            _ => return,
        };
        let read = crate::syntax::name(&self.local, taken.range(), ast::ExprContext::Load);
        *self.taken.borrow_mut() = Some(std::mem::replace(taken, read));
    }
}

/// Runs `translate` on `body`, hoisting each call it refuses inside an expression (at most
/// [`MAX_HOISTED_CALLS`]) and translating again, until it succeeds or refuses something else.
pub fn translate_hoisting<T>(
    body: &mut ast::Suite,
    mut translate: impl FnMut(&[Stmt]) -> crate::translate::Result<T>,
) -> crate::translate::Result<T> {
    for _ in 0..MAX_HOISTED_CALLS {
        let error = match translate(body) {
            Ok(done) => return Ok(done),
            Err(error) => error,
        };
        // `squares = sorted(q.get() for _ in procs)`: the generator's list made first, then consumed
        // (consumed_generators.rs), before a call in the generator is taken for one to hoist.
        if crate::consumed_generators::hoist_consumed_generator_at(body, error.offset) {
            continue;
        }
        // `names = sorted({f.result() for f in futures})`: the set built first as a dict's keys
        // (distinct_sets.rs).
        if crate::distinct_sets::rewrite_distinct_set_at(body, error.offset) {
            continue;
        }
        // `print("big:", sorted(n for n, r in t.items() if r["big"]))`: the consumer on a line of its own
        // (printed_consumers.rs).
        if crate::printed_consumers::hoist_printed_consumer_at(body, error.offset) {
            continue;
        }
        // `results = dict(q.get() for _ in procs)`: the loop that stores each pair (dict_builds.rs).
        if crate::dict_builds::rewrite_dict_of_pairs_at(body, error.offset) {
            continue;
        }
        // `for n, s in zip(numbers, ex.map(f, numbers)):`: the loop over the map, each input read by its
        // position (zipped_map_loops.rs), before the map is taken for a call to hoist.
        if crate::zipped_map_loops::rewrite_zipped_map_loop_at(body, error.offset) {
            continue;
        }
        // `d = {}` then `for k in KEYS: d[k] = queue.Queue()` at the module's top: the dict's
        // comprehension (filled_object_dicts.rs).
        if crate::filled_object_dicts::rewrite_filled_object_dict_at(body, error.offset) {
            continue;
        }
        // The same loop at the start of the function the module runs once (`main`): the dict's comprehension
        // right before the module's call of it (hoisted_object_dicts.rs).
        if crate::hoisted_object_dicts::hoist_function_filled_dict_at(body, error.offset) {
            continue;
        }
        // `conn = self._free.pop()` of a list of instances made in `__init__`: the list as positions into
        // a fixed list of them (free_lists.rs).
        if crate::free_lists::rewrite_free_list_at(body, error.offset) {
            continue;
        }
        // `inboxes = {n: room.join(n) for n in names}` of a method that makes, stores and returns a queue:
        // one dict of the objects, read under both names (joined_object_dicts.rs).
        if crate::joined_object_dicts::rewrite_joined_object_dict_at(body, error.offset) {
            continue;
        }
        match hoist_refused_call(body, error.offset, &error.message) {
            Hoist::Hoisted => {}
            // `{k: sum(v) for k, v in sorted(d.items())}`: a call the comprehension would evaluate once per
            // item is hoisted inside the loop the dict build becomes (dict_builds.rs), translated again.
            Hoist::Refused(_) if crate::dict_builds::rewrite_dict_build_at(body, error.offset) => {}
            // `{f"s{i}": n for i, n in enumerate(meals)}` of a list threads write: the same loop
            // (dict_builds.rs).
            Hoist::Refused(_) if crate::dict_builds::rewrite_dict_walk_at(body, error.offset, &error.message) => {}
            Hoist::Refused(message) => return Err(crate::translate::Error { message, ..error }),
            // `[x] * n` of a run-time item or count: the comprehension it equals (list_repeats.rs).
            Hoist::NotApplicable if crate::list_repeats::rewrite_list_repeat_at(body, error.offset) => {}
            // A class whose `__init__` does more than set attributes, refused where it is called.
            Hoist::NotApplicable if crate::constructors::split_constructor_at(body, error.offset) => {}
            // An `__init__` that does more after its attributes, its class made by assignments: the
            // rest a method called after each (init_tails.rs).
            Hoist::NotApplicable if crate::init_tails::split_init_tail_at(body, error.offset) => {}
            // A closure factory called once at the module's top, its functions sharing its locals: the
            // call written out, its locals module globals (factory_cells.rs).
            Hoist::NotApplicable if crate::factory_cells::inline_factory_at(body, error.offset) => {}
            Hoist::NotApplicable if let Some(message) = crate::factory_cells::refusal_at(body, error.offset) => {
                return Err(crate::translate::Error { message, help: None, ..error });
            }
            // `account = accounts[name]` of a dict of objects and a key known only at run time: an `if`
            // per key, each with its object (object_keys.rs).
            Hoist::NotApplicable
                if let Some(keys) = &error.object_keys
                    && crate::object_keys::dispatch_object_key_at(body, error.offset, keys) => {}
            // `count += grid[(r + dr) % ROWS][c]` of a list of rows and a position known only at run
            // time: an `if` per position, each with its row (list_rows.rs).
            Hoist::NotApplicable
                if let Some(length) = error.list_rows
                    && crate::object_keys::dispatch_list_row_at(body, error.offset, length) => {}
            // `book, other = (bids, asks) if side == "buy" else (asks, bids)` of objects followed by
            // name: an `if`/`else`, each branch the code after it with its own (chosen_objects.rs).
            Hoist::NotApplicable
                if error.message == crate::chosen_objects::REFUSAL
                    && crate::chosen_objects::dispatch_chosen_objects_at(body, error.offset) => {}
            // `return jobs.popleft() if jobs else None`: the `return` as an `if` statement.
            Hoist::NotApplicable if crate::conditional_returns::split_conditional_return_at(body, error.offset) => {}
            // `table = dict(zip(keys, ex.map(f, keys)))`: the loop that fills the dict (map_zips.rs).
            Hoist::NotApplicable if crate::map_zips::rewrite_dict_of_zip_at(body, error.offset) => {}
            // `hits = dict(sorted(d.items()))`, `{k: v for k, v in sorted(d.items())}`: the loop that fills
            // the dict (dict_builds.rs).
            Hoist::NotApplicable if crate::dict_builds::rewrite_dict_build_at(body, error.offset) => {}
            Hoist::NotApplicable if crate::dict_builds::rewrite_dict_walk_at(body, error.offset, &error.message) => {}
            // `return x` ending a `try:` body or handler with `finally:`: a flag, the return after the `try`.
            Hoist::NotApplicable if crate::try_returns::rewrite_return_through_finally_at(body, error.offset) => {}
            // A future made in a function that ends with a `try:` whose body and handlers return: the
            // value into a local, one `return` after the `try` (ending_try_returns.rs).
            Hoist::NotApplicable
                if error.message.contains("which returns before its end")
                    && crate::ending_try_returns::rewrite_ending_try_returns_at(body, error.offset) => {}
            // An executor whose `with` ends the function with a `return`: the value into a local, the
            // `return` after the `with` (ending_with_returns.rs).
            Hoist::NotApplicable
                if crate::ending_with_returns::is_refused_executor(&error.message)
                    && crate::ending_with_returns::rewrite_ending_with_return_at(body, error.offset) => {}
            // `fn(n)` of a function taken from a queue: an `if` per function the program puts there
            // (queued_functions.rs).
            Hoist::NotApplicable
                if error.message.contains(crate::queued_functions::REFUSED_CALL)
                    && crate::queued_functions::dispatch_queued_call_at(body, error.offset) => {}
            // A lambda passed as a function value: a function of the module (lambda_functions.rs).
            Hoist::NotApplicable => match crate::lambda_functions::hoist_lambda_at(body, error.offset) {
                Hoist::Hoisted => {}
                Hoist::Refused(message) => return Err(crate::translate::Error { message, help: None, ..error }),
                // `saved.append` passed as a function value: a function of the module (bound_methods.rs).
                Hoist::NotApplicable => match crate::bound_methods::hoist_bound_method_at(body, error.offset) {
                    Hoist::Hoisted => {}
                    Hoist::Refused(message) => return Err(crate::translate::Error { message, help: None, ..error }),
                    // A lambda given to a call, refused inside (a callback whose body is more than
                    // one call of parameters): a function of the module; the refusal stands where it
                    // cannot move (lambda_functions.rs). Only for lambdas.rs's refusal of a lambda
                    // computing on its parameters: other refusals inside a lambda keep their words.
                    Hoist::NotApplicable if !error.message.contains("is a parameter of the lambda around it") => {
                        return Err(error);
                    }
                    Hoist::NotApplicable => {
                        match crate::lambda_functions::hoist_argument_lambda_around(body, error.offset) {
                            Hoist::Hoisted => {}
                            Hoist::Refused(_) | Hoist::NotApplicable => return Err(error),
                        }
                    }
                },
            },
        }
    }
    translate(body)
}
