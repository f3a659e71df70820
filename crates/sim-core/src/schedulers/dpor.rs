//! Exhaustive exploration over the stepwise driver. The search itself (sleep sets with a cache of the
//! states explored, or stateless DPOR with source sets and sleep sets; every schedule within a
//! preemption bound) is [`super::search::Search`]; this scheduler feeds it the enabled tasks at every
//! choice point, the state there when the search caches states, and what every step touched, in the
//! resources its dependence is over, and collects the outcomes. Every schedule is a fresh run of the
//! same simulator (reset, not reallocated) that replays its prefix of choices.

use crate::access::{Access, Object};
use crate::engine::config::{RunConfig, Timeouts};
use crate::engine::scheduler::{Scheduler, Stop};
use crate::engine::simulator::Simulator;
use crate::engine::state::TaskPhase;
use crate::engine::view::RunView;
use crate::model::{Instr, Model, TaskId};
use crate::outcome::{Outcome, Status};
use crate::policy::{Decision, DecisionKind, Mode};

use super::invisible::InvisibleSteps;
use super::liveness::Liveness;
use super::lock_order::LockOrder;
pub use super::search::Reduction;
use super::search::{EveryOrder, Footprint, Resource, Search, StateKey};
use crate::engine::symmetry::Symmetry;

#[derive(Clone, Debug)]
pub struct ExploreConfig {
    /// Stop after this many schedules (the result is then not complete).
    pub max_schedules: u64,
    /// At most this many preemptions per schedule: switching away from a task that could go on.
    pub preemption_bound: Option<u32>,
    pub max_steps: u64,
}

#[derive(Clone, Debug, Default)]
pub struct ExploreResult {
    /// Schedules run to their end.
    pub schedules: u64,
    /// Every schedule up to the bound was explored (or proved redundant), and no run stopped at the
    /// step limit: every outcome reachable (within the bound) is listed.
    pub complete: bool,
    /// Partial schedules abandoned because every runnable task was asleep (already covered).
    pub redundant: u64,
    pub outcomes: Vec<ExploredOutcome>,
}

#[derive(Clone, Debug)]
pub struct ExploredOutcome {
    pub status: Status,
    /// Final shared values, flattened as `Simulator::shared_values` gives them.
    pub shared: Vec<i64>,
    pub count: u64,
    /// Index of the first schedule that reached it.
    pub first_schedule: u64,
    /// Its choices, for a schedule token (policy `random`, seed 0).
    pub choices: Vec<u32>,
}

/// How a search runs its schedules, beside its bounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchOptions {
    pub reduction: Reduction,
    /// When waits with a time-out give up (`--timeouts`).
    pub timeouts: Timeouts,
    pub order: Order,
    /// Branch on every awake task even where one's next step is invisible: the search without its
    /// persistent sets (`schedulers/invisible.rs`), for comparisons. Off by default.
    pub every_task_at_invisible_steps: bool,
    /// Under unbounded stateless DPOR, on a model where [`LockOrder::of`] applies: a task whose next
    /// step would queue for a held lock is postponed while another can step (`schedulers/lock_order.rs`).
    /// What the searches' stateless turns do; off by default, so that `explore_stateless` counts
    /// classes of interleavings as it did.
    pub locks_taken_only_when_free: bool,
}

/// In which order an unbounded search runs its schedules. Every order is complete; they differ in how
/// soon a schedule that needs a preemption early in the run comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// The depth-first search (the task that stepped last first at every choice: the fewest schedules
    /// to the end of the search) alone for its first `alone_runs` runs or `alone_steps` steps, whichever
    /// comes first (long runs, such as a loop that polls a flag, reach the steps first); if it has not
    /// finished by then,
    /// it takes turns, run for run, with the rounds of [`Order::FewPreemptionsFirst`] (every schedule
    /// within 0, 1, then [`ITERATED_PREEMPTION_BOUNDS`] preemptions), until either proves the search
    /// complete or the budget runs out. A search that finishes within `alone_runs` runs is exactly the
    /// depth-first one; a longer one still comes to the bugs that need a preemption near the start of
    /// the run, which depth first reaches only after everything below its first choices.
    DepthFirstThenTurns { alone_runs: u64, alone_steps: u64 },
    /// Iterative preemption bounding (Musuvathi and Qadeer, PLDI 2007): every schedule within 0
    /// preemptions, then within 1, then within [`ITERATED_PREEMPTION_BOUNDS`], each a search of its own,
    /// then the depth-first search. For a search that looks for a failure: most bugs need few
    /// preemptions, wherever in the run they are needed, while depth-first explores everything after
    /// the last choices of its first run before it changes an early one.
    FewPreemptionsFirst,
}

impl Default for Order {
    fn default() -> Self {
        Order::DepthFirstThenTurns { alone_runs: DEPTH_FIRST_ALONE_RUNS, alone_steps: DEPTH_FIRST_ALONE_STEPS }
    }
}

/// The largest bound [`Order::FewPreemptionsFirst`] searches within before the unbounded search.
pub const ITERATED_PREEMPTION_BOUNDS: u32 = 2;

/// The bound of one round of [`Order::FewPreemptionsFirst`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RoundBound {
    /// Every schedule with at most this many choices away from the default (see
    /// `Search::set_counting_delays`).
    Delays(u32),
    Preemptions(u32),
}

/// The rounds, in order: one delay first (a single deviation from the default schedule, however many
/// tasks block after it: a few runs per step of the default run), then 0, 1 and 2 preemptions.
const ROUNDS: [RoundBound; 4] = [
    RoundBound::Delays(1),
    RoundBound::Preemptions(0),
    RoundBound::Preemptions(1),
    RoundBound::Preemptions(ITERATED_PREEMPTION_BOUNDS),
];

/// How many runs the depth-first search has to itself by default before the bounded rounds take turns
/// with it: more than any search of the tests and benchmarks that finishes needs but SCTBench's
/// stack-ok (65,585 runs with the turns; circular-buffer-ok, next, takes 1,456), so those keep their
/// counts run for run.
pub const DEPTH_FIRST_ALONE_RUNS: u64 = 20_000;

/// How many steps (over all its runs) the depth-first search has to itself by default: more than any
/// search of the tests and benchmarks that finishes within [`DEPTH_FIRST_ALONE_RUNS`] runs takes, so
/// those keep their counts; a search whose runs are long (a thread polling a flag between sleeps runs
/// until the step limit in depth-first's first runs) takes turns after a few hundred runs instead of
/// 20,000.
pub const DEPTH_FIRST_ALONE_STEPS: u64 = 20_000_000;

/// The explorer: a scheduler that lives across executions.
#[derive(Debug)]
pub struct Dpor<'m> {
    model: &'m Model,
    config: ExploreConfig,
    search: Search,
    has_daemons: bool,
    /// No execution left to run.
    exhausted: bool,
    /// The search ran every schedule it had (within its bound), not stopped by the budget.
    finished: bool,
    result: ExploreResult,
    /// The last step's footprint, handed to the search at the next choice or at the end of the run
    /// (where a step that failed is known: it writes the outcome), when `step_pending`. One buffer for
    /// every step: a step allocates nothing once it has grown.
    step: Footprint,
    step_pending: bool,
    /// The execution in progress was cut short as covered.
    redundant: bool,
    hit_step_limit: bool,
    /// The state before the coming choice, when the search asked for it.
    state_words: Vec<i64>,
    state_ready: bool,
    /// Which locals can still be read, so that states differing only in dead ones are one.
    liveness: Liveness,
    /// Interchangeable tasks, so that states equal up to a permutation of them are one (with state
    /// caching; a bounded search names the task that stepped last through the same permutation).
    symmetry: Symmetry,
    /// Which steps are invisible (with state caching, when the model has any): at a new state where
    /// one is next, the search explores its task alone.
    invisible: Option<InvisibleSteps>,
    /// The tasks whose next step is invisible at the coming choice.
    invisible_tasks: Vec<u32>,
    /// Under unbounded stateless DPOR, where every wait for a lock is a plain `lock`: locks are taken
    /// only when free (`schedulers/lock_order.rs`).
    lock_order: Option<LockOrder>,
    /// The coming step is a stuck waiter giving up, chosen among the others (`quiescent` and `deadline`).
    stuck_waiter_gives_up: bool,
    /// Time decides which time-outs may fire (`--timeouts deadline` on a model with timed waits) or which
    /// steps are offered (a time window): steps touch [`Resource::Time`], [`Resource::Gil`] and
    /// [`Resource::Cores`] (`timeouts::time_decides_candidates`).
    time_decides_candidates: bool,
    /// The model has a time window: every step writes [`Resource::Time`] (`add_time`).
    time_window: bool,
    /// The coming step gives up a wait (it writes [`Resource::Time`]).
    gives_up: bool,
    /// When time decides: the GILs' and cores' free times before the last step, to tell whether it
    /// moved them (`RunView::stepwise_free_times`), and whether its footprint was written.
    free_times: Vec<u64>,
    /// Under a time window: when each task's next event (its step, or under `--timeouts deadline` its
    /// wait giving up at its deadline) happened before the last step (`RunView::stepwise_next_events`),
    /// to tell whether it moved any.
    next_events: Vec<u64>,
    /// Under a time window, the deadlines of waits bound it too (`--timeouts deadline`).
    window_holds_deadlines: bool,
    footprint_written: bool,
    /// The candidates of the coming choice, and those of them that give up a wait: kept across
    /// choices so that a choice allocates nothing.
    enabled: Vec<u32>,
    giving_up: Vec<u32>,
    /// Under a time window, when each of `enabled` would step (or give up) in virtual time, so that
    /// the search tries the earliest first (`Search::choose`); empty otherwise.
    starts_ns: Vec<u64>,
    /// Under unbounded stateless DPOR with event loops: which coroutine held each loop before the
    /// coming step, to tell whether that step takes its loop (`schedulers/loop_takes.rs`).
    loop_owners: Vec<Option<TaskId>>,
}

pub use super::watched::ExploreProgress;

impl Simulator<'_> {
    /// Explores every schedule up to the bounds, each a run of this simulator under the explorer.
    pub fn explore(&mut self, config: &ExploreConfig) -> ExploreResult {
        self.explore_watched(config, &mut |_| true)
    }

    /// As [`Simulator::explore`], asking `keep_going` after every schedule; when it says no, the
    /// search stops there and the result is not complete.
    pub fn explore_watched(
        &mut self,
        config: &ExploreConfig,
        keep_going: &mut dyn FnMut(&ExploreProgress) -> bool,
    ) -> ExploreResult {
        self.explore_by(config, Reduction::default(), keep_going)
    }

    /// As [`Simulator::explore`] with stateless DPOR: one schedule per class of interleavings (what
    /// fuzzing's coverage counts), no memory of states.
    pub fn explore_stateless(&mut self, config: &ExploreConfig) -> ExploreResult {
        self.explore_by(config, Reduction::StatelessDpor, &mut |_| true)
    }

    /// As [`Simulator::explore_watched`], with the given reduction for unbounded search.
    pub fn explore_by(
        &mut self,
        config: &ExploreConfig,
        reduction: Reduction,
        keep_going: &mut dyn FnMut(&ExploreProgress) -> bool,
    ) -> ExploreResult {
        self.explore_with(config, SearchOptions { reduction, ..SearchOptions::default() }, keep_going)
    }

    /// As [`Simulator::explore_watched`], with the given reduction, time-outs and order.
    pub fn explore_with(
        &mut self,
        config: &ExploreConfig,
        options: SearchOptions,
        keep_going: &mut dyn FnMut(&ExploreProgress) -> bool,
    ) -> ExploreResult {
        // Seed 0: explored schedules are replayed by any exploring policy as `random`, seed 0.
        let run_config = RunConfig {
            max_steps: config.max_steps,
            record_accesses: true,
            timeouts: options.timeouts,
            ..RunConfig::default()
        };
        let mut searches = Searches::new(self.model(), config, options);
        // Schedules, outcomes and the budget are one across the searches.
        let mut so_far = ExploreResult::default();
        let mut hit_step_limit = false;
        let mut complete = false;
        let mut steps: u64 = 0;
        // What the watcher is told inside a run (`failing_schedules` walks every outcome: once a run).
        let mut progress_so_far = ExploreProgress::default();
        while so_far.schedules + so_far.redundant < config.max_schedules {
            let turn = searches.next_turn(so_far.schedules + so_far.redundant, steps);
            let dpor = searches.search(turn);
            assert!(dpor.next_execution(), "a search whose turn it is has a schedule left");
            std::mem::swap(&mut dpor.result, &mut so_far);
            // The counts move only between runs: the last run's progress is this one's start.
            let mut watched = super::watched::Watched::new(dpor, progress_so_far, keep_going);
            let outcome = self.run_with(&mut watched, &run_config);
            if watched.stopped_inside {
                // Stopped inside a run: no schedule, no outcome; the search ends incomplete.
                std::mem::swap(&mut dpor.result, &mut so_far);
                break;
            }
            dpor.execution_ended(outcome, &self.view());
            steps += self.view().steps();
            std::mem::swap(&mut dpor.result, &mut so_far);
            hit_step_limit |= dpor.hit_step_limit;
            if dpor.finished {
                // A search that ran every schedule it had proves the exploration complete, unless it is
                // a round whose bound left some out: then the next round (or the depth-first search)
                // goes on.
                if turn == Turn::Main || !dpor.search.cut_by_bound() {
                    complete = !hit_step_limit;
                    break;
                }
                searches.round_finished();
            }
            if so_far.schedules + so_far.redundant >= config.max_schedules {
                break;
            }
            let progress = ExploreProgress {
                schedules: so_far.schedules,
                redundant: so_far.redundant,
                outcomes: so_far.outcomes.len(),
                failing_schedules: failing_schedules(&so_far),
                cached_states: searches.cached_states(),
            };
            progress_so_far = progress;
            if !keep_going(&progress) {
                break;
            }
        }
        so_far.complete = complete;
        so_far.outcomes.sort_by_key(|o| o.first_schedule);
        so_far
    }
}

/// The turns once the depth-first search has had its runs alone, slot by slot: a slot whose search
/// has nothing left goes to the next search of its list, and at last to the main one. The main search
/// keeps every other run, as before stateless DPOR took turns: with its turns alone a search that
/// finishes in 65,585 runs (stack-ok) would not finish within 100,000.
const TURNS: [&[Turn]; 4] = [&[Turn::Round], &[], &[Turn::Stateless, Turn::Round], &[]];

/// Which of an exploration's searches runs the next schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Turn {
    /// The unbounded search (or the one within `--preemption-bound`).
    Main,
    /// The round in progress of iterative preemption bounding.
    Round,
    /// Stateless DPOR, beside a depth-first search that caches states (see [`Searches`]).
    Stateless,
}

/// The searches of one exploration: the main one, and the rounds of iterative preemption bounding
/// (for an unbounded search), each made when its turn first comes.
struct Searches<'m> {
    model: &'m Model,
    config: ExploreConfig,
    options: SearchOptions,
    main: Dpor<'m>,
    round: Option<Dpor<'m>>,
    /// Unbounded stateless DPOR, which takes turns with the two others once the depth-first search has
    /// had its runs alone, when that search caches states: where the program's interleavings are few
    /// but its states are many (SCTBench's fsbench-ok: 26 threads, 2^13 classes of interleavings, far
    /// more states) it finishes first, and either finishing proves the exploration complete.
    stateless: Option<Dpor<'m>>,
    /// Whether the stateless search takes turns.
    stateless_turns: bool,
    /// The round of [`ROUNDS`] to make when the round in progress has finished; none when no round is
    /// left.
    next_round: Option<usize>,
    /// Turns taken since the depth-first search's runs alone: where the cycle of [`TURNS`] is.
    turns_taken: usize,
}

impl<'m> Searches<'m> {
    fn new(model: &'m Model, config: &ExploreConfig, options: SearchOptions) -> Self {
        let mut searches = Searches {
            model,
            config: config.clone(),
            options,
            main: Dpor::with_options(model, config.clone(), options),
            round: None,
            stateless: None,
            stateless_turns: false,
            next_round: config.preemption_bound.is_none().then_some(0),
            turns_taken: 0,
        };
        let caches_states = searches.main.search.reduction() == Reduction::CachedStates;
        searches.stateless_turns = config.preemption_bound.is_none()
            && caches_states
            && matches!(options.order, Order::DepthFirstThenTurns { .. })
            && LockOrder::takes_turns_in(model);
        searches
    }

    fn rounds_left(&self) -> bool {
        self.round.is_some() || self.next_round.is_some()
    }

    /// Whose turn it is after `runs` runs of `steps` steps in all, by the order. After its runs alone,
    /// the depth-first search takes every other run, and the rounds (while any is left) and stateless
    /// DPOR (when it takes turns) the others, by [`TURNS`].
    fn next_turn(&mut self, runs: u64, steps: u64) -> Turn {
        match self.options.order {
            Order::FewPreemptionsFirst if self.rounds_left() => Turn::Round,
            Order::FewPreemptionsFirst => Turn::Main,
            Order::DepthFirstThenTurns { alone_runs, alone_steps } if runs < alone_runs && steps < alone_steps => {
                Turn::Main
            }
            Order::DepthFirstThenTurns { .. } => {
                let slot = TURNS[self.turns_taken % TURNS.len()];
                self.turns_taken += 1;
                slot.iter().copied().find(|&turn| self.takes_turns(turn)).unwrap_or(Turn::Main)
            }
        }
    }

    /// Whether `turn`'s search has schedules left to take turns with.
    fn takes_turns(&self, turn: Turn) -> bool {
        match turn {
            Turn::Main => true,
            Turn::Round => self.rounds_left(),
            Turn::Stateless => self.stateless_turns,
        }
    }

    /// The search whose turn it is, a round made now if its turn has come for the first time.
    fn search(&mut self, turn: Turn) -> &mut Dpor<'m> {
        match turn {
            Turn::Main => &mut self.main,
            Turn::Stateless => {
                let (model, config, options) = (self.model, &self.config, self.options);
                self.stateless.get_or_insert_with(|| {
                    let stateless = SearchOptions {
                        reduction: Reduction::StatelessDpor,
                        locks_taken_only_when_free: true,
                        ..options
                    };
                    Dpor::with_options(model, config.clone(), stateless)
                })
            }
            Turn::Round => {
                let (model, config, options) = (self.model, &self.config, self.options);
                let next_round = &mut self.next_round;
                self.round.get_or_insert_with(|| {
                    let index = next_round.expect("a round is left");
                    *next_round = (index + 1 < ROUNDS.len()).then_some(index + 1);
                    let (bound, counting_delays) = match ROUNDS[index] {
                        RoundBound::Delays(bound) => (bound, true),
                        RoundBound::Preemptions(bound) => (bound, false),
                    };
                    let round = ExploreConfig { preemption_bound: Some(bound), ..config.clone() };
                    let mut dpor = Dpor::with_options(model, round, options);
                    dpor.search.set_counting_delays(counting_delays);
                    // The bounded rounds look for a failure: early preemptions first (search.rs says why).
                    dpor.search.set_preempting_first(true);
                    dpor
                })
            }
        }
    }

    /// The round in progress ran every schedule within its bound, and the bound left some out.
    fn round_finished(&mut self) {
        self.round = None;
    }

    /// States the searches recognise.
    fn cached_states(&self) -> u64 {
        // The stateless search caches none.
        let round = self.round.as_ref().map_or(0, |r| r.search.cached_states());
        (self.main.search.cached_states() + round) as u64
    }
}

/// Schedules that ended in a failure.
fn failing_schedules(result: &ExploreResult) -> u64 {
    result.outcomes.iter().filter(|o| o.status.is_failure()).map(|o| o.count).sum()
}

impl<'m> Dpor<'m> {
    /// An explorer with the default reduction (state caching).
    pub fn new(model: &'m Model, config: ExploreConfig) -> Self {
        Dpor::with_reduction(model, config, Reduction::default())
    }

    /// An explorer with `options`' reduction and time-outs, without persistent sets when they say so.
    fn with_options(model: &'m Model, config: ExploreConfig, options: SearchOptions) -> Self {
        let mut dpor = Dpor::with_search(model, config, options.reduction, options.timeouts);
        if options.every_task_at_invisible_steps {
            dpor.invisible = None;
        }
        let every_order = match (dpor.time_window, dpor.model.loops.is_empty()) {
            (false, _) => EveryOrder::Never,
            (true, true) => EveryOrder::WhereAWaitMayGiveUp,
            (true, false) => EveryOrder::Always,
        };
        dpor.search.set_every_order(every_order);
        let unbounded_stateless =
            dpor.search.reduction() == Reduction::StatelessDpor && dpor.config.preemption_bound.is_none();
        // Under a time window a postponed step may leave the window by the time it is taken: the
        // postponement would drop schedules, so the lock turns are not used there.
        if options.locks_taken_only_when_free && unbounded_stateless && !dpor.time_window {
            dpor.lock_order = LockOrder::of(dpor.model);
            dpor.search.set_acquisitions_race(dpor.lock_order.is_some());
        }
        dpor
    }

    pub fn with_reduction(model: &'m Model, config: ExploreConfig, reduction: Reduction) -> Self {
        Dpor::with_search(model, config, reduction, Timeouts::default())
    }

    fn with_search(model: &'m Model, config: ExploreConfig, reduction: Reduction, timeouts: Timeouts) -> Self {
        let time_window = model.scheduler.time_window_ns.is_some();
        let time_decides_candidates = crate::timeouts::time_decides_candidates(
            timeouts,
            model.has_deadline_waits(),
            model.scheduler.time_window_ns,
            model.reads_clock(),
        );
        // Caching compares encoded states: where the encoding does not yet see all of a model's state
        // (search_state.rs), the search stays stateless rather than unsound. When time decides
        // time-outs, the state holds the clocks, but not the jitter generator's stream.
        let jitter_decides = time_decides_candidates && model.scheduler.jitter_percent > 0;
        let covered = crate::engine::view::search_state_covers(model) && !jitter_decides;
        let reduction =
            if reduction == Reduction::CachedStates && !covered { Reduction::StatelessDpor } else { reduction };
        let symmetry = if reduction == Reduction::CachedStates { Symmetry::of(model) } else { Symmetry::none() };
        Dpor {
            model,
            search: Search::new(model.tasks.len(), config.preemption_bound, reduction),
            config,
            has_daemons: model.tasks.iter().any(|t| t.daemon),
            exhausted: false,
            finished: false,
            result: ExploreResult { schedules: 0, complete: false, redundant: 0, outcomes: Vec::new() },
            step: Footprint { task: 0, accesses: Vec::new(), wakes: Vec::new() },
            step_pending: false,
            redundant: false,
            hit_step_limit: false,
            state_words: Vec::new(),
            state_ready: false,
            liveness: if reduction == Reduction::CachedStates { Liveness::new(model) } else { Liveness::default() },
            symmetry,
            // An invisible step still moves its task's clock, which may decide a time-out.
            invisible: (reduction == Reduction::CachedStates && !time_decides_candidates)
                .then(|| InvisibleSteps::new(model))
                .filter(|steps| !steps.is_empty()),
            invisible_tasks: Vec::new(),
            lock_order: None,
            stuck_waiter_gives_up: false,
            time_decides_candidates,
            time_window,
            gives_up: false,
            free_times: Vec::new(),
            next_events: Vec::new(),
            window_holds_deadlines: time_window && timeouts == Timeouts::Deadline,
            footprint_written: false,
            enabled: Vec::new(),
            giving_up: Vec::new(),
            starts_ns: Vec::new(),
            loop_owners: Vec::new(),
        }
        .with_loop_takes()
    }

    /// Marks the steps that take their event loop for stateless DPOR's race analysis, when this search
    /// analyses races and the model has coroutines (`schedulers/loop_takes.rs`).
    fn with_loop_takes(mut self) -> Self {
        if !self.model.loops.is_empty() {
            let task_loops = self.model.tasks.iter().map(|t| t.event_loop.map(|l| l.0)).collect();
            self.search.set_task_loops(task_loops);
        }
        self
    }

    /// Under stateless DPOR with event loops, makes `self.step` (of `task`) write the
    /// [`Resource::LoopTake`] of its loop when its loop was free before it: it took the loop.
    fn add_loop_take(&mut self, task: TaskId) {
        let Some(event_loop) = self.model.tasks[task.index()].event_loop else { return };
        if self.loop_owners[event_loop.index()] != Some(task) {
            self.step.accesses.push((Resource::LoopTake(event_loop.0), true));
            self.step.merge_accesses();
        }
    }

    /// At a run's end, under stateless DPOR with event loops: every coroutine that could step but for
    /// the coroutine holding its loop never took the loop, and that taking races with the loop's last.
    fn note_pending_loop_takes(&mut self, view: &RunView<'_>) {
        let owners = view.stepwise_loop_owners();
        for (index, task) in view.tasks().iter().enumerate() {
            let Some(event_loop) = self.model.tasks[index].event_loop else { continue };
            let id = TaskId::from_index(index);
            if matches!(task.phase, TaskPhase::Live) && owners[event_loop.index()] != Some(id) {
                self.search.pending_loop_take(id.0);
            }
        }
    }

    /// Under a time window, the virtual time of each enabled task's offered step (`Candidate::starts_ns`,
    /// its start or its wait's deadline), in the order of `enabled`; nothing otherwise, where the
    /// candidates carry no such time or it orders nothing the search is told of.
    fn fill_starts(&mut self, decision: &Decision<'_>) {
        self.starts_ns.clear();
        if !self.time_window {
            return;
        }
        // Under a window the lock turns are off, so `enabled` is the candidates' tasks, in their order.
        debug_assert!(self.enabled.iter().copied().eq(decision.candidates.iter().map(|c| c.task.0)));
        self.starts_ns.extend(decision.candidates.iter().map(|c| c.starts_ns));
    }

    /// Prepares the next execution. False when there is none left.
    pub fn next_execution(&mut self) -> bool {
        if self.exhausted {
            return false;
        }
        self.search.begin_run();
        self.step_pending = false;
        self.redundant = false;
        self.state_ready = false;
        self.free_times.clear();
        true
    }

    /// Takes in how an execution ended and finds where the next one branches off.
    pub fn execution_ended(&mut self, outcome: Outcome, view: &RunView<'_>) {
        self.note_free_times(view);
        if std::mem::take(&mut self.step_pending) {
            // A failing step stops the run: it decides the outcome against every shared write.
            if view.failure_records().iter().any(|f| f.task.is_some()) {
                add_stop(&mut self.step, self.has_daemons);
            }
            self.search.stepped(&self.step);
        }
        // Whether the run ended or was cut short as covered, a lock taking it postponed races with the
        // lock's last taking (`schedulers/lock_order.rs`).
        if let Some(lock_order) = &self.lock_order {
            for (task, lock) in lock_order.postponed() {
                self.search.pending_acquisition(task, lock);
            }
        }
        if self.search.tracks_loop_takes() {
            self.note_pending_loop_takes(view);
        }
        if self.redundant {
            self.result.redundant += 1;
        } else {
            self.search.ended();
            self.hit_step_limit |= outcome.status == Status::StepLimit;
            let mut shared = Vec::new();
            view.shared_values(&mut shared);
            record_outcome(&mut self.result, outcome, shared);
            self.result.schedules += 1;
        }
        if !self.search.next_schedule() {
            self.result.complete = !self.hit_step_limit;
            self.exhausted = true;
            self.finished = true;
        } else if self.result.schedules + self.result.redundant >= self.config.max_schedules {
            // Runs the cache cuts short count too: on a program with a huge state space nearly every run
            // meets a state already explored, and a budget of finished schedules alone never ran out.
            self.exhausted = true;
        }
    }

    pub fn progress(&self) -> ExploreProgress {
        ExploreProgress {
            schedules: self.result.schedules,
            redundant: self.result.redundant,
            outcomes: self.result.outcomes.len(),
            failing_schedules: failing_schedules(&self.result),
            cached_states: self.search.cached_states() as u64,
        }
    }

    pub fn into_result(mut self) -> ExploreResult {
        self.result.outcomes.sort_by_key(|o| o.first_schedule);
        self.result
    }

    /// What the step of `task` touched of the time that decides give-ups (docs/exploration.md,
    /// "Time-outs"): it reads the clocks, which a give-up writes (stateless DPOR: every step writes
    /// them, since a run may never show a give-up that another order of its steps makes possible, and
    /// so no race with it), and the GIL its step waited for. Whether it moved the GILs' and cores'
    /// free times is known at the next choice (`note_free_times`), and so is, under a time window,
    /// whether it moved the time any task would step next, which writes the clocks.
    fn add_time(&mut self, task: TaskId, gives_up: bool) {
        let writes = gives_up || self.search.reduction() == Reduction::StatelessDpor;
        self.step.accesses.push((Resource::Time, writes));
        let process = self.model.tasks[task.index()].process;
        if self.model.processes[process.index()].gil.mode != crate::model::GilMode::None {
            self.step.accesses.push((Resource::Gil(process.0), false));
        }
    }

    /// When time decides give-ups: the GILs and cores whose free time the last step moved are written
    /// by it (a step of work), before its footprint goes to the search.
    fn note_free_times(&mut self, view: &RunView<'_>) {
        if !self.time_decides_candidates {
            return;
        }
        let gils = self.model.processes.len();
        let before = std::mem::take(&mut self.free_times);
        self.free_times.extend(view.stepwise_free_times());
        let events_before = std::mem::take(&mut self.next_events);
        if self.time_window {
            self.next_events.extend(view.stepwise_next_events(self.window_holds_deadlines));
        }
        if !(self.step_pending && self.footprint_written) || before.len() != self.free_times.len() {
            return;
        }
        for (index, (was, is)) in before.iter().zip(&self.free_times).enumerate() {
            if was != is {
                let resource = if index < gils { Resource::Gil(index as u32) } else { Resource::Cores };
                self.step.accesses.push((resource, true));
            }
        }
        if self.time_window && moved_others_time(&events_before, &self.next_events, self.step.task) {
            self.step.accesses.push((Resource::Time, true));
        }
        self.step.merge_accesses();
    }

    /// Writes what the step of `task` touched into `self.step`, with the resources that order tasks
    /// and runs.
    fn write_footprint(&mut self, task: u32, accesses: &[Access]) {
        let definition = &self.model.tasks[task as usize];
        let step = &mut self.step;
        step.task = task;
        step.accesses.clear();
        step.wakes.clear();
        let (touched, wakes) = (&mut step.accesses, &mut step.wakes);
        let mut writes_shared = false;
        let mut finishes = false;
        for access in accesses {
            match access.object {
                // An atomic block's bounds order blocks for happens-before only; its accesses are in it.
                Object::None | Object::Atomic | Object::CancelledBy(_) => {}
                Object::WokenBy(by) => {
                    if by.0 == task && access.task.0 != task {
                        wakes.push(access.task.0);
                        // Under `loop_order: fifo` a coroutine woken or started joins its loop's ready
                        // queue: the order of that step and the loop's own steps decides the queue's
                        // (engine/loop_turns.rs), so it writes the loop as they do.
                        if self.model.scheduler.fifo_loops
                            && let Some(event_loop) = self.model.tasks[access.task.index()].event_loop
                            && definition.event_loop != Some(event_loop)
                        {
                            touched.push((Resource::Loop(event_loop.0), true));
                        }
                    }
                }
                // Taking a free worker (recorded as a read for the race analysis) changes the pool's
                // count as giving one back does.
                Object::Executor(_) => touched.push((Resource::Object(access.object), true)),
                object => {
                    writes_shared |= access.write && object.is_data();
                    finishes |= access.write && object == Object::Task(TaskId(task));
                    touched.push((Resource::Object(object), access.write));
                }
            }
        }
        // Every step of a task reads it: `kill` writes it, `spawn`, `join` and `after` order by it.
        touched.push((Resource::Object(Object::Task(TaskId(task))), false));
        for before in &definition.after {
            touched.push((Resource::Object(Object::Task(*before)), false));
        }
        if let Some(event_loop) = definition.event_loop {
            touched.push((Resource::Loop(event_loop.0), true));
        }
        if writes_shared {
            touched.push((Resource::Outcome, false));
            if definition.daemon {
                touched.push((Resource::DaemonsStop, false));
            }
        }
        if self.has_daemons && finishes && !definition.daemon {
            touched.push((Resource::DaemonsStop, true));
        }
        step.merge_accesses();
    }
}

/// Makes `step` write the [`Resource::Acquire`] of every lock it took or queued for (its access is at a
/// `lock`: a woken waiter's claim is at the `lock` it waited in; a release is at an `unlock`), for the
/// race analysis (`schedulers/lock_order.rs`).
fn add_acquisitions(model: &Model, step: &mut Footprint, accesses: &[Access]) {
    let program = &model.tasks[step.task as usize].program;
    let before = step.accesses.len();
    for access in accesses {
        let Object::Lock(lock) = access.object else { continue };
        let at_a_lock = matches!(program.get(access.pc as usize), Some(Instr::Lock(_) | Instr::LockPicked { .. }));
        if access.write && at_a_lock && access.task.0 == step.task {
            step.accesses.push((Resource::Acquire(lock.0), true));
        }
    }
    if step.accesses.len() > before {
        step.merge_accesses();
    }
}

/// Makes `step` a step that stopped the run: it writes the outcome (and stops the daemons).
fn add_stop(step: &mut Footprint, has_daemons: bool) {
    step.accesses.push((Resource::Outcome, true));
    if has_daemons {
        step.accesses.push((Resource::DaemonsStop, true));
    }
    step.merge_accesses();
}

impl Scheduler for Dpor<'_> {
    fn mode(&self) -> Mode {
        Mode::Exploring
    }

    /// A node per step, single candidates included.
    fn sees_every_step(&self) -> bool {
        true
    }

    fn observe(&mut self, run: &RunView<'_>) {
        self.note_free_times(run);
        if let Some(lock_order) = &mut self.lock_order {
            lock_order.observe(run);
        }
        if self.search.tracks_loop_takes() {
            self.loop_owners.clear();
            self.loop_owners.extend_from_slice(run.stepwise_loop_owners());
        }
        if self.search.wants_state(usize::from(self.step_pending)) {
            let liveness = &self.liveness;
            let live = |task, pc, local| liveness.is_live(task, pc, local);
            if self.symmetry.is_trivial() {
                run.encode_search_state(&live, &mut self.state_words);
            } else {
                run.encode_symmetric_search_state(&mut self.symmetry, &live, &mut self.state_words);
            }
            match &mut self.invisible {
                Some(steps) => steps.collect(run, &mut self.invisible_tasks),
                None => self.invisible_tasks.clear(),
            }
            self.state_ready = true;
        }
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        // A value chosen within the step in progress: a branch of that step's node, every one explored.
        if decision.kind == DecisionKind::Value {
            return Ok(self.search.choose_value(decision.candidates.len() as u32) as usize);
        }
        if std::mem::take(&mut self.step_pending) {
            self.search.stepped(&self.step);
        }
        self.enabled.clear();
        self.enabled.extend(decision.candidates.iter().map(|c| c.task.0));
        self.giving_up.clear();
        self.giving_up.extend(decision.candidates.iter().filter(|c| c.gives_up).map(|c| c.task.0));
        self.stuck_waiter_gives_up = decision.kind == DecisionKind::GiveUp;
        if let Some(lock_order) = &self.lock_order {
            lock_order.postpone_queueing(&mut self.enabled, &self.giving_up);
        }
        self.fill_starts(decision);
        let symmetric = !self.symmetry.is_trivial();
        let state = std::mem::take(&mut self.state_ready).then(|| StateKey {
            words: &mut self.state_words,
            canonical_ids: if symmetric { self.symmetry.canonical_ids() } else { &[] },
            actual_tasks: if symmetric { self.symmetry.actual_tasks() } else { &[] },
            classes: if symmetric { self.symmetry.state_classes() } else { &[] },
            invisible: &self.invisible_tasks,
        });
        let Some(task) = self.search.choose(&self.enabled, &self.giving_up, &self.starts_ns, state) else {
            self.redundant = true;
            return Err(Stop::Covered);
        };
        self.gives_up = self.giving_up.contains(&task);
        Ok(decision.candidates.iter().position(|c| c.task.0 == task).expect("the chosen task is enabled"))
    }

    fn stepped(&mut self, task: TaskId, accesses: &[Access]) {
        let stuck_waiter_gives_up = std::mem::take(&mut self.stuck_waiter_gives_up);
        let gives_up = std::mem::take(&mut self.gives_up);
        self.step_pending = true;
        self.footprint_written = self.search.wants_footprint();
        if self.footprint_written {
            self.write_footprint(task.0, accesses);
            if self.lock_order.is_some() {
                add_acquisitions(self.model, &mut self.step, accesses);
            }
            if self.search.tracks_loop_takes() {
                self.add_loop_take(task);
            }
            if stuck_waiter_gives_up {
                // Not there before: pushed and sorted, the accesses stay sorted without duplicates.
                self.step.accesses.push((Resource::StuckWaiters, true));
                self.step.accesses.sort();
            }
            if self.time_decides_candidates {
                self.add_time(task, gives_up);
                self.step.merge_accesses();
            }
        } else {
            self.step.task = task.0;
            self.step.accesses.clear();
            self.step.wakes.clear();
        }
    }
}

/// Under a time window, whether a step of `task` may offer or take away another task's step by time:
/// it moved the earliest next event of any task (what the window is measured from: a step, or under
/// `deadline` a wait giving up at its deadline), or another task's (one woken, blocked, finished or
/// started, a loop taken or handed over, a GIL held). Its own next event alone (a sleep, or blocking in
/// a timed wait, that moves no earliest) decides only its own next turn, which no other step's
/// candidacy reads: two steps that each move only their own commute, clocks and candidates alike.
fn moved_others_time(before: &[u64], after: &[u64], task: u32) -> bool {
    if before.len() != after.len() {
        return true;
    }
    let earliest = |starts: &[u64]| starts.iter().copied().min();
    let others_moved =
        before.iter().zip(after).enumerate().any(|(index, (was, is))| index != task as usize && was != is);
    others_moved || earliest(before) != earliest(after)
}

fn record_outcome(result: &mut ExploreResult, outcome: Outcome, shared: Vec<i64>) {
    let index = result.schedules;
    if let Some(existing) = result.outcomes.iter_mut().find(|o| o.status == outcome.status && o.shared == shared) {
        existing.count += 1;
        return;
    }
    result.outcomes.push(ExploredOutcome {
        status: outcome.status,
        shared,
        count: 1,
        first_schedule: index,
        choices: outcome.choices,
    });
}
