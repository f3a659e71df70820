//! `lambda i=i: record(i)`, `lambda future, tag=tag: record(tag, future)`: a lambda whose body is one
//! call of a function of the file, each of whose arguments is a parameter of the lambda or a literal.
//! Python evaluates the defaults when the lambda is made and binds the parameters when it is called
//! (the caller's arguments first, then the defaults), so such a lambda is the function's call with its
//! arguments known by then (`Value::Lambda`), kept in a list, given to a thread, an executor or a done
//! callback. A name the body reads that is none of its parameters is looked up when the lambda runs
//! (`[lambda: record(i) for i in range(3)]` all see the last `i`: late binding), which weft does not
//! follow: refused, pointing at the default (`i=i`) or `functools.partial` that binds early.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::closure_jobs::CallArguments;
use super::{Argument, Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Lambda, LambdaArgument, Value};

impl Translator<'_> {
    /// The lambda as a value, when its body is one call of a function of the file whose arguments are
    /// its parameters or literals; `None` when it is no such lambda (the caller says what it supports).
    /// A body that reads a name of the code around it is refused here, for its late binding.
    pub(crate) fn lambda_value(&self, frame: &Frame, lambda: &ast::ExprLambda) -> Result<Option<Value>> {
        let Expr::Call(call) = &*lambda.body else { return Ok(None) };
        let parameters = self.lambda_parameters(frame, lambda)?;
        let position = |name: &str| parameters.iter().position(|(parameter, _)| parameter == name);
        let call_arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value));
        for argument in call_arguments.clone() {
            let mut names = Vec::new();
            collect_names(argument, &mut names);
            if let Some(name) =
                names.iter().find(|name| position(name).is_none() && self.final_constant(frame, name).is_none())
            {
                return fail(
                    argument,
                    format!(
                        "the lambda reads `{name}` when it runs, not when it is made (Python's late binding: `[lambda: f(i) for i in range(3)]` all see the last `i`), which weft does not follow; bind it when the lambda is made, `lambda {name}={name}: ...`, or use `functools.partial(f, {name})`"
                    ),
                );
            }
        }
        if parameters.is_empty() {
            // `lambda: f(1, "a")`: `functools.partial`'s form (expr.rs), as before.
            return Ok(None);
        }
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false) else {
            return Ok(self.statement_lambda(frame, parameters, &lambda.body));
        };
        let argument = |expr: &Expr| -> Result<LambdaArgument> {
            match expr {
                Expr::Name(name) => match position(name.id.as_str()) {
                    Some(index) => Ok(LambdaArgument::Parameter(index)),
                    None => match self.final_constant(frame, name.id.as_str()) {
                        Some(value) => Ok(LambdaArgument::Literal(value)),
                        None => fail(expr, "a lambda's call takes its parameters or literals"),
                    },
                },
                literal => Ok(LambdaArgument::Literal(self.static_value(frame, literal)?)),
            }
        };
        let mut arguments = Vec::with_capacity(call.arguments.args.len());
        for expr in &call.arguments.args {
            if let Expr::Starred(starred) = expr {
                return fail(starred, "`*args` in a lambda's call is not supported");
            }
            arguments.push(argument(expr)?);
        }
        let mut keywords = Vec::with_capacity(call.arguments.keywords.len());
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a lambda's call is not supported");
            };
            keywords.push((key.to_string(), argument(&keyword.value)?));
        }
        Ok(Some(Value::Lambda(Box::new(Lambda { function, parameters, arguments, keywords, statement: None }))))
    }

    /// A name of the function around the lambda that holds a number, a string or None known at import
    /// time and is bound there once, already (a parameter never rebound: `lambda step=step:
    /// record(wid, step)` in `def worker(wid)`): late binding or not, the lambda reads that value
    /// whenever it runs (lambda_cells.rs' rule), so it is the value now (session 33).
    pub(crate) fn final_constant(&self, frame: &Frame, name: &str) -> Option<Value> {
        if !self.lambda_reads_final_binding(frame, name) {
            return None;
        }
        match frame.known.get(name) {
            Some(value @ (Value::Int(_) | Value::Str(_) | Value::None)) => Some(value.clone()),
            _ => None,
        }
    }

    /// `lambda fut: results.append(fut.result())`: a body of one call that is no function of the file,
    /// kept to run as a statement with the parameters bound (a done callback, `statement_callback`). Its
    /// other names must be module globals, looked up when it runs as Python does; a name of the code
    /// around it (a local, a loop's variable, whose late binding weft does not follow) leaves it `None`,
    /// refused as before.
    fn statement_lambda(&self, frame: &Frame, parameters: Vec<(String, Option<Value>)>, body: &Expr) -> Option<Value> {
        let mut names = Vec::new();
        collect_names(body, &mut names);
        let around = |name: &String| {
            !parameters.iter().any(|(parameter, _)| parameter == name)
                && (frame.locals.contains_key(name) || frame.known.contains_key(name))
        };
        if names.iter().any(around) {
            return None;
        }
        let lambda = Lambda {
            function: String::new(),
            parameters,
            arguments: Vec::new(),
            keywords: Vec::new(),
            statement: Some(Box::new(body.clone())),
        };
        Some(Value::Lambda(Box::new(lambda)))
    }

    /// A done callback `lambda fut: STATEMENT` run in `callee`'s task (its frame, empty): the statement with the first parameter bound
    /// to the watched future and the others to their defaults, translated as a statement of the task.
    pub(super) fn statement_callback(
        &mut self,
        mut callee: Frame,
        lambda: &Lambda,
        future: Value,
        ops: &mut Vec<crate::out::Step>,
        at: &impl Ranged,
    ) -> Result<()> {
        let Some(statement) = lambda.statement.as_deref() else { return Ok(()) };
        for (index, (name, default)) in lambda.parameters.iter().enumerate() {
            let value = match (index, default) {
                (0, _) => future.clone(),
                (_, Some(default)) => default.clone(),
                (_, None) => {
                    return fail(at, format!("the lambda needs its argument `{name}` here (Python raises TypeError)"));
                }
            };
            callee.locals.insert(name.clone(), value);
        }
        let statement = ast::Stmt::Expr(ast::StmtExpr {
            node_index: ast::AtomicNodeIndex::default(),
            range: statement.range(),
            value: Box::new(statement.clone()),
        });
        let line = self.line(&statement);
        self.block(&mut callee, &[statement], ops, line + 1)
    }

    /// The lambda's parameters, each with its default evaluated now, as Python does when it makes the
    /// lambda. Plain positional parameters only.
    fn lambda_parameters(&self, frame: &Frame, lambda: &ast::ExprLambda) -> Result<Vec<(String, Option<Value>)>> {
        let Some(parameters) = lambda.parameters.as_deref() else { return Ok(Vec::new()) };
        if parameters.vararg.is_some() || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
            return fail(parameters, "a lambda with `*args`, `**kwargs` or keyword-only parameters is not supported");
        }
        let mut bound = Vec::new();
        for parameter in parameters.posonlyargs.iter().chain(parameters.args.iter()) {
            let default = match parameter.default.as_deref() {
                Some(default) => {
                    let value = self.static_value(frame, default)?;
                    if let Value::Local(_) = value {
                        return fail(
                            default,
                            "a lambda's default must be known at import time (weft binds it when the program is imported)",
                        );
                    }
                    Some(value)
                }
                None => None,
            };
            bound.push((parameter.parameter.name.to_string(), default));
        }
        Ok(bound)
    }

    /// The arguments of `lambda`'s function when the lambda is called with `given` (positional) and
    /// `given_keywords`: Python binds the lambda's parameters to them, the rest to their defaults.
    pub(super) fn lambda_call_arguments(
        &self,
        lambda: &Lambda,
        given: Vec<Argument>,
        given_keywords: Vec<(String, Argument)>,
        at: &impl Ranged,
    ) -> Result<CallArguments> {
        if lambda.statement.is_some() {
            return fail(
                at,
                "a lambda whose body is not one call of a function of this file is supported as a done callback only (`f.add_done_callback(lambda fut: results.append(fut.result()))`)",
            );
        }
        if given.len() > lambda.parameters.len() {
            return fail(
                at,
                format!(
                    "the lambda calling `{}` takes {} arguments and is given {} here (Python raises TypeError)",
                    lambda.function,
                    lambda.parameters.len(),
                    given.len()
                ),
            );
        }
        let mut bound: Vec<Option<Argument>> = given.into_iter().map(Some).collect();
        bound.resize_with(lambda.parameters.len(), || None);
        for (key, value) in given_keywords {
            let Some(index) = lambda.parameters.iter().position(|(name, _)| *name == key) else {
                return fail(at, format!("the lambda has no parameter `{key}` (Python raises TypeError)"));
            };
            if bound[index].replace(value).is_some() {
                return fail(at, format!("the lambda is given `{key}` twice (Python raises TypeError)"));
            }
        }
        let mut values = Vec::with_capacity(bound.len());
        for ((name, default), given) in lambda.parameters.iter().zip(bound) {
            match (given, default) {
                (Some(given), _) => values.push(given),
                (None, Some(default)) => values.push(Argument::Static(default.clone())),
                (None, None) => {
                    return fail(at, format!("the lambda needs its argument `{name}` here (Python raises TypeError)"));
                }
            }
        }
        let resolve = |argument: &LambdaArgument| match argument {
            LambdaArgument::Parameter(index) => values[*index].clone(),
            LambdaArgument::Literal(value) => Argument::Static(value.clone()),
        };
        let arguments = lambda.arguments.iter().map(resolve).collect();
        let keywords = lambda.keywords.iter().map(|(key, argument)| (key.clone(), resolve(argument))).collect();
        Ok((arguments, keywords))
    }
}

/// The names an expression reads.
fn collect_names(expr: &Expr, names: &mut Vec<String>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Walk<'n>(&'n mut Vec<String>);
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(name) => self.0.push(name.id.to_string()),
                Expr::Lambda(_) => {}
                _ => walk_expr(self, expr),
            }
        }
    }
    Walk(names).visit_expr(expr);
}

/// A thread's arguments, known at import time: positional, then by keyword.
type KnownArguments = (Vec<Value>, Vec<(String, Value)>);

impl Translator<'_> {
    /// A thread's target `lambda i=i: f(i)` given the thread's `args` and `kwargs` (known at import
    /// time): `f` and the arguments it is called with.
    pub(super) fn thread_lambda(
        &self,
        lambda: &Lambda,
        args: Vec<Value>,
        kwargs: Vec<(String, Value)>,
        at: &impl Ranged,
    ) -> Result<KnownArguments> {
        let given = args.into_iter().map(Argument::Static).collect();
        let given_keywords = kwargs.into_iter().map(|(key, value)| (key, Argument::Static(value))).collect();
        let (arguments, keywords) = self.lambda_call_arguments(lambda, given, given_keywords, at)?;
        let known = |argument: Argument| match argument {
            Argument::Static(value) => Ok(value),
            _ => fail(at, "a thread's arguments are known at import time"),
        };
        let arguments = arguments.into_iter().map(known).collect::<Result<Vec<_>>>()?;
        let keywords =
            keywords.into_iter().map(|(key, argument)| Ok((key, known(argument)?))).collect::<Result<Vec<_>>>()?;
        Ok((arguments, keywords))
    }
}
