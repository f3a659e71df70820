//! `match(*order)` of a function of the file, `order` a tuple known only at run time (session 33:
//! session32/q06, an order book's matcher calling `match(*order)` with each `(side, price, qty, name)`
//! a queue gives it). Python spreads the tuple's items over the parameters; a tuple of another length
//! is its TypeError at the call (too many or too few positional arguments), as is a value that is not
//! iterable (None). The call is taken as `match(order[0], order[1], order[2], order[3])` after one step
//! that tests `size(order)` against the parameters and raises TypeError when they differ (`size` of
//! None or a number is the TypeError itself: docs/format.md). Reading the items of a local holding a
//! tuple reads nothing shared, so the call's other steps are as they were.
//!
//! Only where the count is known at import time: a function (no method: its `self` comes first) whose
//! parameters are plain positional ones with no defaults, `*args` or `**kwargs`, called with one `*name`
//! as its last positional argument and no keyword; the name a task's local, not one known to hold a
//! list made at run time (CPython copies such a list in one C call, which item reads one step each are
//! not). Anything else is refused where it stands, as before.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The call with its `*name` written out as items, after the length's test pushed to `out`; `None`
    /// when `call` is not of that form.
    pub(super) fn spread_run_time_tuple(
        &self,
        frame: &Frame,
        function: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<ast::ExprCall>> {
        let Some((Expr::Starred(starred), before)) = call.arguments.args.split_last() else { return Ok(None) };
        if !call.arguments.keywords.is_empty() || before.iter().any(|arg| matches!(arg, Expr::Starred(_))) {
            return Ok(None);
        }
        // A list made at run time (an object whose items other threads may change) is spread by CPython
        // in one C call; its items read one step each would not be that.
        if !matches!(&*starred.value, Expr::Name(_)) || self.held_object(frame, &starred.value).is_some() {
            return Ok(None);
        }
        let Ok(Ex::Code { text: tuple, reads_shared: false, .. }) = self.expr(frame, &starred.value, false) else {
            return Ok(None);
        };
        let Some(count) = self.plain_parameter_count(function) else { return Ok(None) };
        let Some(spread) = count.checked_sub(before.len()) else { return Ok(None) };
        let raise = Step::new("raise", Node::Plain("TypeError".to_string()), line);
        let test =
            vec![("cond", Node::Quoted(format!("size({tuple}) != {spread}"))), ("then", Node::Steps(vec![raise]))];
        out.push(Step::new("if", Node::Map(test), line));
        let mut args: Vec<Expr> = before.to_vec();
        args.extend((0..spread).map(|index| item_of(&starred.value, index, starred.range())));
        let mut spread_call = call.clone();
        spread_call.arguments.args = args.into_boxed_slice();
        Ok(Some(spread_call))
    }

    /// How many parameters a call of `function` gives, when they are plain positional ones only (no
    /// default, no `*args`, `**kwargs` or keyword-only one): a method bound to its instance or class
    /// (`bank.transfer(*m)`, session30/f08) is given its `self` or `cls` first, by the call itself.
    fn plain_parameter_count(&self, function: &str) -> Option<usize> {
        let def = self.functions.get(function)?;
        if def.is_async {
            return None;
        }
        let bound = usize::from(self.classes.bound_self(function).is_some());
        let parameters = &def.parameters;
        let plain = parameters.vararg.is_none()
            && parameters.kwarg.is_none()
            && parameters.kwonlyargs.is_empty()
            && parameters.posonlyargs.iter().chain(&parameters.args).all(|parameter| parameter.default.is_none());
        (plain && parameters.posonlyargs.len() + parameters.args.len() >= bound)
            .then(|| parameters.posonlyargs.len() + parameters.args.len() - bound)
    }
}

/// `name[index]`, at the range of the `*name` it stands for.
fn item_of(name: &Expr, index: usize, range: ruff_text_size::TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range,
        value: Box::new(name.clone()),
        slice: Box::new(Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: Default::default(),
            range,
            value: ast::Number::Int(ast::Int::from(index as u32)),
        })),
        ctx: ast::ExprContext::Load,
    })
}
