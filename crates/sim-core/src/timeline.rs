//! What ran where and when, for pictures: core occupancy, GIL holders and the coroutine each event loop
//! runs. Recorded by both drivers only when asked, and bounded.

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

#[derive(Clone, Debug, Default)]
pub struct Timeline {
    pub enabled: bool,
    pub segments: Vec<Segment>,
    pub dropped: u64,
}

impl Timeline {
    pub fn clear(&mut self, enabled: bool) {
        self.enabled = enabled;
        self.segments.clear();
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
}
