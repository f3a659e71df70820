//! What ran where and when, for pictures: core occupancy, GIL holders, the coroutine each event loop
//! runs and the steps that held a loop while others waited (its lag). Recorded only when asked, and
//! bounded.

use crate::model::{LoopId, Nanos, ProcessId, TaskId};

pub use crate::limits::MAX_SEGMENTS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lane {
    Core(u32),
    Gil(ProcessId),
    Loop(LoopId),
    /// What one task waited for.
    Task(TaskId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    Cpu,
    Native,
    /// Spawn cost of a thread, process or interpreter.
    Startup,
    /// Pickling a queue item for another process.
    Pickle,
    ContextSwitch,
    /// Holding a GIL.
    HoldsGil,
    /// A coroutine running on its loop.
    Runs,
    /// A thread waiting for its process's GIL.
    WaitsForGil,
}

impl SegmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Cpu => "cpu",
            SegmentKind::Native => "native",
            SegmentKind::Startup => "startup",
            SegmentKind::Pickle => "pickle",
            SegmentKind::ContextSwitch => "context switch",
            SegmentKind::HoldsGil => "holds GIL",
            SegmentKind::Runs => "runs",
            SegmentKind::WaitsForGil => "waits for GIL",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub lane: Lane,
    pub task: Option<TaskId>,
    pub start_ns: Nanos,
    pub end_ns: Nanos,
    pub kind: SegmentKind,
}

/// One episode of an event loop's lag: a step of a coroutine (a `cpu`, a blocking `io`, a wait on a
/// threading primitive) held the loop's thread while another coroutine of that loop was ready to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LagEpisode {
    pub event_loop: LoopId,
    /// The coroutine that held the loop, and its step (index into the task's instructions).
    pub task: TaskId,
    pub pc: u32,
    /// `cpu`, `io` or `threading primitive`, as the report's culprit says it.
    pub why: &'static str,
    pub start_ns: Nanos,
    pub end_ns: Nanos,
    /// The run ended while the step still held the loop (a deadlock, a limit): `end_ns` is the run's end.
    pub unreleased: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Timeline {
    pub enabled: bool,
    pub segments: Vec<Segment>,
    /// In the order they ended (by time, then by loop).
    pub lag_episodes: Vec<LagEpisode>,
    /// Segments and lag episodes past the limit, counted and not kept.
    pub dropped: u64,
}

impl Timeline {
    pub fn clear(&mut self, enabled: bool) {
        self.enabled = enabled;
        self.segments.clear();
        self.lag_episodes.clear();
        self.dropped = 0;
    }

    #[inline]
    pub fn push(&mut self, segment: Segment) {
        if !self.enabled || segment.end_ns <= segment.start_ns {
            return;
        }
        if self.segments.len() >= MAX_SEGMENTS {
            self.dropped += 1;
            return;
        }
        self.segments.push(segment);
    }

    /// Keeps one lag episode, within the same bound as segments.
    pub fn push_lag_episode(&mut self, episode: LagEpisode) {
        if !self.enabled {
            return;
        }
        if self.lag_episodes.len() >= MAX_SEGMENTS {
            self.dropped += 1;
            return;
        }
        self.lag_episodes.push(episode);
    }
}
