//! `fut.cancelled()`, `fut.done()` and `fut.running()` inside a done callback of a thread pool's future
//! (session31/f05: `if fut.cancelled(): events.append("cancelled")`). The callback's thread waits for
//! its future (futures.rs, `callback_task`), so when its body runs the future is done: cancelled (a
//! pending future cancelled calls its callbacks at `cancel()`) or finished, and its state is final. The
//! callback's local for the future is noted as made by what made the futures the callback is added to,
//! so future_states.rs reads the state (`future_state`) as it does for a future the same function made.
//!
//! One thread per callback function serves every future it is added to, and its body is translated at
//! the first `add_done_callback`: a later one of a future another maker made (a process pool's job,
//! `to_thread`'s future, a future handed in) is refused when the body reads a state, since that read
//! was taken as exact for the first maker alone.

use ruff_python_ast as ast;

use super::future_states::FutureMaker;
use super::{Result, Translator, fail};

impl Translator<'_> {
    /// The done callback's thread `task`, whose local `watched` holds the future, is given a future
    /// that `maker` made (`None`: a future weft does not know the maker of); `first` when the thread
    /// is made now, before its body is translated.
    pub(super) fn note_callback_future_maker(
        &mut self,
        (task, watched): (usize, &str),
        maker: Option<FutureMaker>,
        first: bool,
        call: &ast::ExprCall,
    ) -> Result<()> {
        let key = (task, watched.to_string());
        let known = self.futures.state_makers.get(&key).copied();
        if first {
            if let Some(maker) = maker {
                self.futures.state_makers.insert(key, maker);
            }
            return Ok(());
        }
        if known == maker {
            return Ok(());
        }
        if self.futures.state_reading_tasks.contains(&task) {
            return fail(
                call,
                "this done callback reads its future's state (`cancelled()`, `done()` or `running()`), which weft follows for the futures it was first added to, and this future was made by something else; give this future a callback of its own",
            );
        }
        let mixed = FutureMaker::Other("the done callback is given futures of different makers");
        self.futures.state_makers.insert(key, mixed);
        Ok(())
    }
}
