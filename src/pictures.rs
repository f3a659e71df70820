//! Pictures of one run: a terminal Gantt chart (`--timeline`) and a Chrome trace-event file
//! (`--chrome-trace`, opens in ui.perfetto.dev), drawn from the segments a run records (under timed and
//! exploring policies alike).

use std::fmt::Write as _;

use serde_json::json;
use sim_core::Simulator;
use sim_core::model::{DisplayNanos, Model, TaskId};
use sim_core::timeline::{Lane, Segment, SegmentKind};
use sim_core::trace::TraceKind;

const WIDTH: usize = 72;
const SYMBOLS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// Who occupied a column of a lane, and doing what.
type Occupant = (Option<TaskId>, SegmentKind);

fn symbol(task: TaskId) -> char {
    SYMBOLS.get(task.index()).map_or('#', |&b| b as char)
}

pub fn lanes(model: &Model, segments: &[Segment]) -> Vec<(Lane, String)> {
    let core_name = |core: u32| {
        if model.machines.len() < 2 {
            return format!("core {core}");
        }
        let machine = &model.machines[model.machine_of_core(core) as usize];
        format!("{} core {}", machine.name, core - machine.first_core)
    };
    let mut lanes: Vec<(Lane, String)> = (0..model.machine.cores).map(|c| (Lane::Core(c), core_name(c))).collect();
    for (index, process) in model.processes.iter().enumerate() {
        let lane = Lane::Gil(sim_core::model::ProcessId::from_index(index));
        if segments.iter().any(|s| s.lane == lane) {
            lanes.push((lane, format!("GIL {}", process.name)));
        }
    }
    for (index, event_loop) in model.loops.iter().enumerate() {
        let lane = Lane::Loop(sim_core::model::LoopId::from_index(index));
        if segments.iter().any(|s| s.lane == lane) {
            lanes.push((lane, format!("loop {}", event_loop.name)));
        }
    }
    for (index, task) in model.tasks.iter().enumerate() {
        let lane = Lane::Task(TaskId::from_index(index));
        if segments.iter().any(|s| s.lane == lane) {
            lanes.push((lane, format!("{} waits", task.name)));
        }
    }
    lanes
}

/// One row per core, GIL and loop; each column shows the task that occupied most of its time slice.
pub fn render_timeline(simulator: &Simulator<'_>, makespan_ns: u64, color: bool) -> String {
    let model = simulator.model();
    let timeline = simulator.timeline();
    let segments = &timeline.segments;
    let mut out = String::new();
    if segments.is_empty() {
        out.push_str("timeline: nothing to draw (no step of this run took time)\n");
        return out;
    }
    let span = makespan_ns.max(1);
    let column_ns = span.div_ceil(WIDTH as u64).max(1);
    let _ = writeln!(out, "timeline: {} per column, 0 .. {}", DisplayNanos(column_ns), DisplayNanos(span));
    let lanes = lanes(model, segments);
    let label_width = lanes.iter().map(|(_, label)| label.len()).max().unwrap_or(0);
    for (lane, label) in lanes {
        let mut best: Vec<(u64, Option<Occupant>)> = vec![(0, None); WIDTH];
        for segment in segments.iter().filter(|s| s.lane == lane) {
            let first = (segment.start_ns / column_ns) as usize;
            let last = ((segment.end_ns.saturating_sub(1)) / column_ns) as usize;
            for (column, cell) in best.iter_mut().enumerate().take(last.min(WIDTH - 1) + 1).skip(first) {
                let column_start = column as u64 * column_ns;
                let overlap =
                    segment.end_ns.min(column_start + column_ns).saturating_sub(segment.start_ns.max(column_start));
                if overlap > cell.0 {
                    *cell = (overlap, Some((segment.task, segment.kind)));
                }
            }
        }
        let mut row = String::new();
        for (_, occupant) in &best {
            match occupant {
                None => row.push('.'),
                Some((_, SegmentKind::ContextSwitch)) => row.push('~'),
                Some((_, SegmentKind::WaitsForGil)) => row.push('g'),
                Some((None, _)) => row.push('*'),
                Some((Some(task), _)) => {
                    if color {
                        let _ = write!(row, "\x1b[{}m{}\x1b[0m", 31 + task.index() % 6, symbol(*task));
                    } else {
                        row.push(symbol(*task));
                    }
                }
            }
        }
        let _ = writeln!(out, "  {label:<label_width$} |{row}|");
    }
    // In the order of the symbols (A, B, C...), not of first appearance: a legend is looked up, not read.
    let shown: std::collections::BTreeSet<TaskId> = segments.iter().filter_map(|segment| segment.task).collect();
    let legend: Vec<String> =
        shown.iter().map(|&task| format!("{}={}", symbol(task), model.tasks[task.index()].name)).collect();
    let _ = writeln!(
        out,
        "  legend: {}  *=event loop thread  g=waiting for the GIL  ~=context switch  .=idle",
        legend.join(" ")
    );
    if timeline.dropped > 0 {
        let _ = writeln!(out, "  ({} segments past the limit were not kept)", timeline.dropped);
    }
    out
}

fn micros(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

/// The Chrome trace-event format: one track per core, per GIL and per loop, and flow arrows from each
/// release (unlock, put, finish) to the task it woke. Written event by event, so a long run's trace
/// takes no more memory than one event (the bytes are those of the whole document serialized at once).
pub fn write_chrome_trace(simulator: &Simulator<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let model = simulator.model();
    let segments = &simulator.timeline().segments;
    let mut events = EventList::begin(out)?;
    let groups = [(0, "cores"), (1, "GIL"), (2, "event loops"), (3, "tasks: waits and wake-ups")];
    for (pid, name) in groups {
        events.push(&json!({"ph": "M", "name": "process_name", "pid": pid, "args": {"name": name}}))?;
    }
    for (lane, label) in lanes(model, segments) {
        if matches!(lane, Lane::Task(_)) {
            continue;
        }
        let (pid, tid) = lane_ids(lane);
        events.push(&json!({"ph": "M", "name": "thread_name", "pid": pid, "tid": tid, "args": {"name": label}}))?;
    }
    for segment in segments {
        let (pid, tid) = lane_ids(segment.lane);
        let name = segment.task.map_or("-", |t| model.tasks[t.index()].name.as_str());
        events.push(&json!({
            "name": name, "cat": segment.kind.as_str(), "ph": "X", "pid": pid, "tid": tid,
            "ts": micros(segment.start_ns), "dur": micros(segment.end_ns - segment.start_ns),
        }))?;
    }
    for (index, task) in model.tasks.iter().enumerate() {
        events.push(&json!({"ph": "M", "name": "thread_name", "pid": 3, "tid": index, "args": {"name": task.name}}))?;
    }
    let (trace, _) = simulator.trace().kept();
    for (flow, event) in trace.iter().filter(|e| e.kind == TraceKind::Wakes).enumerate() {
        let waker = event.value as usize;
        let woken = event.task.index();
        let ts = micros(event.at_ns);
        let what = sim_core::trace::describe_instr(model, event.task, event.pc);
        events.push(&json!({"name": "wakes", "ph": "X", "pid": 3, "tid": waker, "ts": ts, "dur": 0.001}))?;
        events.push(
            &json!({"name": format!("woken: {what}"), "ph": "X", "pid": 3, "tid": woken, "ts": ts, "dur": 0.001}),
        )?;
        events
            .push(&json!({"name": "wake", "cat": "flow", "ph": "s", "id": flow, "pid": 3, "tid": waker, "ts": ts}))?;
        events.push(
            &json!({"name": "wake", "cat": "flow", "ph": "f", "bp": "e", "id": flow, "pid": 3, "tid": woken, "ts": ts}),
        )?;
    }
    events.end(&json!({ "displayTimeUnit": "ns", "otherData": { "scenario": model.name } }))
}

/// `{"traceEvents":[` event, event, ... `]` and the document's other keys, written as they come.
struct EventList<'w> {
    out: &'w mut dyn std::io::Write,
    first: bool,
}

impl<'w> EventList<'w> {
    fn begin(out: &'w mut dyn std::io::Write) -> std::io::Result<Self> {
        out.write_all(b"{\"traceEvents\":[")?;
        Ok(EventList { out, first: true })
    }

    fn push(&mut self, event: &serde_json::Value) -> std::io::Result<()> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        serde_json::to_writer(&mut *self.out, event).map_err(std::io::Error::other)
    }

    /// Closes the list and writes the keys of `rest` (an object) after it.
    fn end(self, rest: &serde_json::Value) -> std::io::Result<()> {
        let rest = serde_json::to_string(rest).map_err(std::io::Error::other)?;
        self.out.write_all(b"],")?;
        self.out.write_all(&rest.as_bytes()[1..])
    }
}

fn lane_ids(lane: Lane) -> (u32, u32) {
    match lane {
        Lane::Core(core) => (0, core),
        Lane::Gil(process) => (1, process.0),
        Lane::Loop(event_loop) => (2, event_loop.0),
        Lane::Task(task) => (3, task.0),
    }
}
