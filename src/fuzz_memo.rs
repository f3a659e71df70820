//! Runs remembered by their choices: the run memo of a `fuzz` worker under the `random` policy.
//!
//! A run is a function of its choices: the engine is deterministic, and under the `random` policy the only
//! thing the seed decides is which candidate each decision takes, drawn from the seed's ChaCha8 stream by
//! `RandomWalk::draw` with the decision's number of candidates. A campaign over a small program makes the
//! same few schedules again and again (the bank race has a few dozen), so a worker keeps a tree of the
//! decisions its runs met: a node is a decision (its number of candidates, and a child per candidate) or
//! the end of a run (its status, happens-before class and outcome key). A new seed walks the tree,
//! drawing exactly the draws its run would draw, and when it reaches the end of a run it has that run's
//! result without making it. A walk that leaves the tree makes the run (recording its decisions) and adds
//! its path. What a seed reports is the same either way, so outputs do not change.
//!
//! Bounded: at most `limits::MAX_MEMO_NODES` decisions and `limits::MAX_MEMO_KEY_WORDS` key words (then
//! nothing is added and walks that leave the tree make their runs as before), and a worker whose walks
//! mostly leave the tree (a program whose runs rarely repeat) stops walking.

use sim_core::policy::{Decision, Mode, Policy, RandomWalk, RunStart};
use sim_core::{Status, limits};

/// Lookups after which a memo that rarely finds a run gives up.
const TRIAL_LOOKUPS: u64 = 2_048;

#[derive(Clone, Copy, Debug)]
enum Node {
    /// No run has come this way yet.
    Unknown,
    /// A decision among `candidates`; its children are `first_child..first_child + candidates`.
    Decision { candidates: u32, first_child: u32 },
    /// A run ended here: its result.
    End(u32),
}

#[derive(Clone, Copy, Debug)]
struct Ending {
    status: Status,
    class: u64,
    key_start: u32,
    key_len: u32,
}

/// What a remembered run gave: its status, its happens-before class and its outcome key.
pub struct Remembered<'m> {
    pub status: Status,
    pub class: u64,
    pub key: &'m [i64],
}

pub struct RunMemo {
    nodes: Vec<Node>,
    endings: Vec<Ending>,
    key_words: Vec<i64>,
    walker: RandomWalk,
    lookups: u64,
    found: u64,
    walking: bool,
}

impl RunMemo {
    pub fn new() -> Self {
        RunMemo {
            nodes: vec![Node::Unknown],
            endings: Vec::new(),
            key_words: Vec::new(),
            walker: RandomWalk::default(),
            lookups: 0,
            found: 0,
            walking: true,
        }
    }

    /// Whether lookups are still worth making.
    pub fn is_walking(&self) -> bool {
        self.walking
    }

    /// The result of `seed`'s run if a run with the same choices was made before.
    pub fn lookup(&mut self, seed: u64) -> Option<Remembered<'_>> {
        if !self.walking {
            return None;
        }
        self.lookups += 1;
        self.walker.reseed(seed);
        let mut node = 0usize;
        // Each step goes one level down a tree of at most MAX_MEMO_NODES nodes.
        for _ in 0..=self.nodes.len() {
            match self.nodes[node] {
                Node::Unknown => break,
                Node::Decision { candidates, first_child } => {
                    node = first_child as usize + self.walker.draw(candidates as usize);
                }
                Node::End(ending) => {
                    self.found += 1;
                    let ending = self.endings[ending as usize];
                    let key = &self.key_words[ending.key_start as usize..][..ending.key_len as usize];
                    return Some(Remembered { status: ending.status, class: ending.class, key });
                }
            }
        }
        if self.lookups == TRIAL_LOOKUPS && self.found * 4 < self.lookups {
            // Runs rarely repeat here: the walks cost more than they save.
            *self = RunMemo { walking: false, nodes: Vec::new(), ..RunMemo::new() };
        }
        None
    }

    /// Adds a run made with `decisions` (each decision's number of candidates and the one taken), unless
    /// the memo is full.
    pub fn remember(&mut self, decisions: &[(u32, u32)], status: Status, class: u64, key: &[i64]) {
        if !self.walking
            || self.nodes.len() + decisions.iter().map(|&(candidates, _)| candidates as usize).sum::<usize>()
                > limits::MAX_MEMO_NODES
            || self.key_words.len() + key.len() > limits::MAX_MEMO_KEY_WORDS
        {
            return;
        }
        let mut node = 0usize;
        for &(candidates, taken) in decisions {
            debug_assert!(taken < candidates, "a decision takes one of its candidates");
            node = match self.nodes[node] {
                Node::Decision { candidates: known, first_child } => {
                    // The same choices so far make the same run so far: the same decision.
                    debug_assert_eq!(known, candidates, "a run is a function of its choices");
                    first_child as usize + taken as usize
                }
                Node::Unknown => {
                    let first_child = self.nodes.len();
                    self.nodes.resize(first_child + candidates as usize, Node::Unknown);
                    self.nodes[node] = Node::Decision { candidates, first_child: first_child as u32 };
                    first_child + taken as usize
                }
                Node::End(_) => {
                    debug_assert!(false, "a run that ended here cannot go on");
                    return;
                }
            };
        }
        if let Node::Unknown = self.nodes[node] {
            let ending = Ending { status, class, key_start: self.key_words.len() as u32, key_len: key.len() as u32 };
            self.key_words.extend_from_slice(key);
            self.nodes[node] = Node::End(self.endings.len() as u32);
            self.endings.push(ending);
        }
    }
}

/// The policy of a run the memo will remember: the worker's own, with each decision's number of
/// candidates and the candidate taken written down.
pub struct Recording<'p> {
    pub policy: &'p mut dyn Policy,
    pub decisions: &'p mut Vec<(u32, u32)>,
}

impl Policy for Recording<'_> {
    fn name(&self) -> &str {
        self.policy.name()
    }
    fn mode(&self) -> Mode {
        self.policy.mode()
    }
    fn start_run(&mut self, start: &RunStart) {
        self.decisions.clear();
        self.policy.start_run(start);
    }
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        let taken = self.policy.choose(decision);
        self.decisions.push((decision.candidates.len() as u32, taken as u32));
        taken
    }
    fn takes_longest_waiting_core(&self) -> bool {
        self.policy.takes_longest_waiting_core()
    }
}
