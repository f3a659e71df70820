//! A call of a function of the file that only computes (`first, second = fork_order(seat)`: its body
//! binds local names and returns, reading its parameters and module constants), with arguments known
//! at import time: its value is computed at import time, as running the helper then gives what
//! CPython's call gives when the program runs. So a lock chosen by that value (`with forks[first]:`)
//! is known too. Anything else in the body (a call, a read of shared state, a loop, a global) leaves
//! the call to the translation as before.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// The statements of a helper that is computed at import time, at most.
const MOST_STATEMENTS: usize = 32;

impl Translator<'_> {
    /// The value of `call` computed at import time, when it calls a function of the file that only
    /// computes, with arguments known at import time; `None` otherwise.
    pub(super) fn pure_call_value(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Value> {
        self.computed_call_value(frame, call, &mut None)
    }

    /// `pure_call_value`, its body's `for` loops over a `range` of integers known at import time and
    /// `+=`-style assignments included, as long as the loops' passes fit in `passes_left` (`None`: no
    /// loop). For a call whose line's `# weft:` cost is the whole call's (call_costs.rs), whose time
    /// the loops' steps would not change.
    pub(super) fn computed_call_value(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        passes_left: &mut Option<u64>,
    ) -> Option<Value> {
        self.computed_call_value_taking(frame, call, passes_left, Arguments::Values)
    }

    /// `computed_call_value` whose arguments may also be module lists nothing writes, where `taking`
    /// says so (list_results.rs).
    pub(super) fn computed_call_value_taking(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        passes_left: &mut Option<u64>,
        taking: Arguments,
    ) -> Option<Value> {
        let Expr::Name(callee) = &*call.func else { return None };
        if !matches!(self.resolve(frame, callee.id.as_str()), Some(Value::Function(_))) {
            return None;
        }
        let def = self.functions.get(callee.id.as_str())?;
        let parameters = &def.parameters;
        let simple = parameters.posonlyargs.is_empty()
            && parameters.vararg.is_none()
            && parameters.kwarg.is_none()
            && parameters.kwonlyargs.is_empty()
            && parameters.args.iter().all(|parameter| parameter.default.is_none());
        if def.is_async
            || !def.decorator_list.is_empty()
            || !simple
            || parameters.args.len() != call.arguments.args.len()
            || !call.arguments.keywords.is_empty()
            || (def.body.len() > MOST_STATEMENTS && passes_left.is_none())
        {
            return None;
        }
        let mut inner = Frame::new(frame.task, false, false);
        inner.function_locals = assigned_names(&def.body);
        for (parameter, argument) in parameters.args.iter().zip(&call.arguments.args) {
            let name = parameter.parameter.name.to_string();
            let value = match taking {
                Arguments::Values => self.computed_value(frame, argument)?,
                Arguments::UnwrittenLists => self.computed_argument(frame, argument, &name, &def.body)?,
            };
            inner.function_locals.insert(name.clone());
            inner.locals.insert(name.clone(), Value::Local(name.clone()));
            inner.known.insert(name, value);
        }
        match self.run_pure_body(&mut inner, &def.body, passes_left)? {
            Flow::Returned(value) => Some(value),
            Flow::FellThrough => None,
        }
    }

    /// The body's statements in turn: each binding known, up to the `return`; `None` at a statement
    /// that does more than compute.
    fn run_pure_body(&self, inner: &mut Frame, body: &[Stmt], passes_left: &mut Option<u64>) -> Option<Flow> {
        for statement in body {
            match statement {
                Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => {
                    return self.computed_value(inner, value).map(Flow::Returned);
                }
                // `if a < b: return a, b` (and `elif`/`else`): the branch the known test takes.
                Stmt::If(branch) => {
                    if let Flow::Returned(value) = self.run_pure_if(inner, branch, passes_left)? {
                        return Some(Flow::Returned(value));
                    }
                }
                Stmt::Assign(assign) => {
                    let [target] = &assign.targets[..] else { return None };
                    match (target, &*assign.value) {
                        (Expr::Name(name), value) => {
                            let value = self.computed_value(inner, value)?;
                            bind_known(inner, name.id.as_str(), value);
                        }
                        // `left, right = seat, (seat + 1) % N`: every value first, then each name.
                        (Expr::Tuple(names), Expr::Tuple(values)) if names.elts.len() == values.elts.len() => {
                            let computed: Option<Vec<Value>> =
                                values.elts.iter().map(|value| self.computed_value(inner, value)).collect();
                            for (name, value) in names.elts.iter().zip(computed?) {
                                let Expr::Name(name) = name else { return None };
                                bind_known(inner, name.id.as_str(), value);
                            }
                        }
                        _ => return None,
                    }
                }
                Stmt::Expr(ast::StmtExpr { value, .. }) if matches!(&**value, Expr::StringLiteral(_)) => {}
                Stmt::AugAssign(assign) if passes_left.is_some() => {
                    let Expr::Name(name) = &*assign.target else { return None };
                    let as_expression = Expr::BinOp(ast::ExprBinOp {
                        range: assign.range,
                        node_index: Default::default(),
                        left: assign.target.clone(),
                        op: assign.op,
                        right: assign.value.clone(),
                    });
                    let value = self.computed_value(inner, &as_expression)?;
                    bind_known(inner, name.id.as_str(), value);
                }
                Stmt::For(looping) if passes_left.is_some() => {
                    if let Flow::Returned(value) = self.run_pure_for(inner, looping, passes_left)? {
                        return Some(Flow::Returned(value));
                    }
                }
                _ => return None,
            }
        }
        Some(Flow::FellThrough)
    }

    fn run_pure_if(&self, inner: &mut Frame, branch: &ast::StmtIf, passes_left: &mut Option<u64>) -> Option<Flow> {
        if self.known_truth(inner, &branch.test)? {
            return self.run_pure_body(inner, &branch.body, passes_left);
        }
        for clause in &branch.elif_else_clauses {
            let taken = match &clause.test {
                Some(test) => self.known_truth(inner, test)?,
                None => true,
            };
            if taken {
                return self.run_pure_body(inner, &clause.body, passes_left);
            }
        }
        Some(Flow::FellThrough)
    }

    /// `for i in range(n):` with `n` known at import time: the body once per item, each pass counted
    /// against `passes_left`; `None` past it or at a `break`, `continue` or `else:`.
    fn run_pure_for(&self, inner: &mut Frame, looping: &ast::StmtFor, passes_left: &mut Option<u64>) -> Option<Flow> {
        let Expr::Name(target) = &*looping.target else { return None };
        let Expr::Call(range) = &*looping.iter else { return None };
        let Expr::Name(callee) = &*range.func else { return None };
        if callee.id.as_str() != "range" || !range.arguments.keywords.is_empty() || !looping.orelse.is_empty() {
            return None;
        }
        let bounds: Vec<i64> = range
            .arguments
            .args
            .iter()
            .map(|argument| match self.computed_value(inner, argument) {
                Some(Value::Int(number)) => Some(number),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let (start, stop, step) = match bounds[..] {
            [stop] => (0, stop, 1),
            [start, stop] => (start, stop, 1),
            [start, stop, step] if step != 0 => (start, stop, step),
            _ => return None,
        };
        let mut item = start;
        while (step > 0 && item < stop) || (step < 0 && item > stop) {
            let left = passes_left.as_mut()?;
            *left = left.checked_sub(1)?;
            bind_known(inner, target.id.as_str(), Value::Int(item));
            if let Flow::Returned(value) = self.run_pure_body(inner, &looping.body, passes_left)? {
                return Some(Flow::Returned(value));
            }
            item = item.checked_add(step)?;
        }
        Some(Flow::FellThrough)
    }

    /// Python's truth of a test known at import time: a number (a comparison is 0 or 1) or a string.
    fn known_truth(&self, inner: &Frame, test: &Expr) -> Option<bool> {
        match self.computed_value(inner, test)? {
            Value::Int(number) => Some(number != 0),
            Value::Str(text) => Some(!text.is_empty()),
            _ => None,
        }
    }

    /// A number, a string or a tuple of them known at import time.
    pub(super) fn computed_value(&self, frame: &Frame, value: &Expr) -> Option<Value> {
        match self.expr(frame, value, true).ok()? {
            Ex::Static(value @ (Value::Int(_) | Value::Str(_))) => Some(value),
            Ex::Static(Value::List(items)) if items.iter().all(is_computed_item) => Some(Value::List(items)),
            _ => None,
        }
    }
}

/// An item of a list a helper computes: a number, a string, or a list of them (`[items[i:i + size]
/// for i in range(...)]`, a list of slices).
fn is_computed_item(item: &Value) -> bool {
    match item {
        Value::Int(_) | Value::Str(_) => true,
        Value::List(items) => items.iter().all(|item| matches!(item, Value::Int(_) | Value::Str(_))),
        _ => false,
    }
}

/// What a helper computed at import time may be given.
#[derive(Clone, Copy)]
pub(super) enum Arguments {
    /// Numbers, strings and lists of them known at import time.
    Values,
    /// Those, and module lists nothing writes, read by the helper only through an item, a slice or
    /// `len` (so its value holds no list of the caller's: list_results.rs).
    UnwrittenLists,
}

/// How a helper's statements end: at a `return`, or past their last.
enum Flow {
    Returned(Value),
    FellThrough,
}

fn bind_known(inner: &mut Frame, name: &str, value: Value) {
    inner.locals.insert(name.to_string(), Value::Local(name.to_string()));
    inner.known.insert(name.to_string(), value);
}

/// The names a body binds by `=`, its `if`s' branches included (its locals in Python: read before
/// their binding, UnboundLocalError).
fn assigned_names(body: &[Stmt]) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    for statement in body {
        match statement {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    let elements = match target {
                        Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                        other => vec![other],
                    };
                    names.extend(elements.into_iter().filter_map(|element| match element {
                        Expr::Name(name) => Some(name.id.to_string()),
                        _ => None,
                    }));
                }
            }
            Stmt::AugAssign(assign) => {
                if let Expr::Name(name) = &*assign.target {
                    names.insert(name.id.to_string());
                }
            }
            Stmt::For(looping) => {
                if let Expr::Name(name) = &*looping.target {
                    names.insert(name.id.to_string());
                }
                names.extend(assigned_names(&looping.body));
            }
            Stmt::If(branch) => {
                names.extend(assigned_names(&branch.body));
                for clause in &branch.elif_else_clauses {
                    names.extend(assigned_names(&clause.body));
                }
            }
            _ => {}
        }
    }
    names
}
