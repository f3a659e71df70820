//! The values a parameter of a function of the file is given (session 33, session32/f04 and m01:
//! `merge(partials)` then `for part in parts:` inside `def merge(parts)`). counts.rs proves a name holds
//! only dicts from every binding of it in the file; a parameter is bound by the calls of its function,
//! so it holds only dicts where every call gives one there. That is known only where every call is
//! seen: the function is defined once, at the module's level or inside another function (not a
//! method, whose calls go through an attribute), with no decorator, and its name is used nowhere but
//! as the callee of a call that names its arguments plainly (no `*args` or `**kwargs`), each of which
//! gives the parameter (by position, by keyword, or not at all where it has no default).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// The expressions every call of `function` gives its parameter `parameter` (at `position` among the
/// positional ones), `None` where a call or a use of the function cannot be seen through (see the
/// module's comment). The function must have been found as the one definition of its name.
pub(super) fn arguments_given<'e>(
    body: &'e [Stmt],
    function: &str,
    position: usize,
    parameter: &str,
) -> Option<Vec<&'e Expr>> {
    struct Calls<'e, 'n> {
        function: &'n str,
        position: usize,
        parameter: &'n str,
        given: Vec<&'e Expr>,
        blind: bool,
    }
    impl<'e> Calls<'e, '_> {
        fn take_call(&mut self, call: &'e ast::ExprCall) {
            let arguments = &call.arguments;
            if arguments.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
                || arguments.keywords.iter().any(|keyword| keyword.arg.is_none())
            {
                self.blind = true;
                return;
            }
            let keyword =
                arguments.keywords.iter().find(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg == self.parameter));
            match arguments.args.get(self.position).or(keyword.map(|keyword| &keyword.value)) {
                Some(given) => self.given.push(given),
                None => self.blind = true,
            }
        }
    }
    impl<'e> Visitor<'e> for Calls<'e, '_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            let names_function = |expr: &Expr| matches!(expr, Expr::Name(name) if name.id.as_str() == self.function);
            match expr {
                Expr::Call(call) if names_function(&call.func) => {
                    self.take_call(call);
                    call.arguments.args.iter().for_each(|arg| self.visit_expr(arg));
                    call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
                }
                // Passed as a value (a thread's target, a `map`'s function): its calls are not seen.
                name if names_function(name) => self.blind = true,
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut calls = Calls { function, position, parameter, given: Vec::new(), blind: false };
    calls.visit_body(body);
    (!calls.blind && !calls.given.is_empty()).then_some(calls.given)
}

/// Where `parameter` is a plain parameter (no default, not `*args`) of the one `def` of `function` in
/// the file, a function of the module or of another function (not a method) with no decorator: its
/// place among the positional parameters (or past them, for a keyword-only one). `None` otherwise.
pub(super) fn plain_parameter_position(body: &[Stmt], function: &str, parameter: &str) -> Option<usize> {
    let definitions: Vec<_> = crate::syntax::function_definitions(body)
        .into_iter()
        .filter(|(def, _)| def.name.as_str() == function)
        .collect();
    let [(def, false)] = definitions[..] else { return None };
    if !def.decorator_list.is_empty() || def.is_async {
        return None;
    }
    let parameters = &def.parameters;
    let positional = parameters.posonlyargs.iter().chain(&parameters.args);
    let plain = |with_default: &ast::ParameterWithDefault| {
        with_default.default.is_none() && with_default.parameter.name.as_str() == parameter
    };
    if let Some(position) = positional.clone().position(plain) {
        return Some(position);
    }
    // A keyword-only parameter is given by keyword only: no position of the calls holds it.
    parameters.kwonlyargs.iter().any(plain).then_some(usize::MAX)
}
