//! Pictures of one run: a terminal Gantt chart (`--timeline`) and a Chrome trace-event file
//! (`--chrome-trace`, opens in ui.perfetto.dev), drawn from the segments a run records (under timed and
//! exploring policies alike), with the episodes of each event loop's lag and their culprits (timed).

use std::fmt::Write as _;

use serde_json::json;
use sim_core::Simulator;
use sim_core::model::{DisplayNanos, Model, TaskId};
use sim_core::timeline::{LagEpisode, Lane, Segment, SegmentKind};
use sim_core::trace::TraceKind;

const WIDTH: usize = 72;
/// Lag episodes the terminal timeline lists in words (the longest); the Chrome trace and the SVG show all.
const LISTED_LAG_EPISODES: usize = 10;
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
        out.push_str(&lag_lines(model, &timeline.lag_episodes));
        return out;
    }
    let span = makespan_ns.max(1);
    let column_ns = span.div_ceil(WIDTH as u64).max(1);
    let _ = writeln!(out, "timeline: {} per column, 0 .. {}", DisplayNanos(column_ns), DisplayNanos(span));
    let rows = timeline_rows(model, segments, &timeline.lag_episodes);
    let label_width = rows.iter().map(|(_, label)| label.len()).max().unwrap_or(0);
    for (row_kind, label) in rows {
        let lane = match row_kind {
            Row::Lane(lane) => lane,
            Row::LagOf(lane) => {
                let _ = writeln!(out, "  {label:<label_width$} |{}|", lag_row(lane, &timeline.lag_episodes, column_ns));
                continue;
            }
        };
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
    let lag_symbol = if timeline.lag_episodes.is_empty() { "" } else { "  !=loop held while others waited" };
    let _ = writeln!(
        out,
        "  legend: {}{lag_symbol}  *=event loop thread  g=waiting for the GIL  ~=context switch  .=idle",
        legend.join(" ")
    );
    out.push_str(&lag_lines(model, &timeline.lag_episodes));
    if timeline.dropped > 0 {
        let _ = writeln!(out, "  ({} segments and lag episodes past the limit were not kept)", timeline.dropped);
    }
    out
}

/// A row of the terminal timeline: a lane, or the lag of the loop lane above it.
enum Row {
    Lane(Lane),
    LagOf(Lane),
}

/// The lanes, each loop lane followed by a row of its lag when it had any.
fn timeline_rows(model: &Model, segments: &[Segment], episodes: &[LagEpisode]) -> Vec<(Row, String)> {
    let mut rows = Vec::new();
    for (lane, label) in lanes(model, segments) {
        let lagged = episodes.iter().any(|episode| Lane::Loop(episode.event_loop) == lane);
        let lag_label = format!("{label} lag");
        rows.push((Row::Lane(lane), label));
        if lagged {
            rows.push((Row::LagOf(lane), lag_label));
        }
    }
    rows
}

/// `!` in every column a lag episode of the loop `lane` touches, however short: a lag is looked for.
fn lag_row(lane: Lane, episodes: &[LagEpisode], column_ns: u64) -> String {
    let mut row = vec!['.'; WIDTH];
    for episode in episodes.iter().filter(|episode| Lane::Loop(episode.event_loop) == lane) {
        let first = (episode.start_ns / column_ns) as usize;
        let last = (episode.end_ns.saturating_sub(1).max(episode.start_ns) / column_ns) as usize;
        for cell in row.iter_mut().take(last.min(WIDTH - 1) + 1).skip(first.min(WIDTH - 1)) {
            *cell = '!';
        }
    }
    row.into_iter().collect()
}

/// One line per lag episode, in time order: the longest [`LISTED_LAG_EPISODES`] when there are more.
fn lag_lines(model: &Model, episodes: &[LagEpisode]) -> String {
    let mut out = String::new();
    let mut listed: Vec<&LagEpisode> = episodes.iter().collect();
    // Longest first (the earliest of equals), cut, then back in time order.
    listed.sort_by_key(|episode| (std::cmp::Reverse(episode.end_ns - episode.start_ns), episode.start_ns));
    listed.truncate(LISTED_LAG_EPISODES);
    listed.sort_by_key(|episode| (episode.start_ns, episode.end_ns, episode.event_loop));
    for episode in &listed {
        let _ = writeln!(out, "  {}", LagWords::of(model, episode).sentence());
    }
    if episodes.len() > listed.len() {
        let _ = writeln!(
            out,
            "  (and {}, none longer than those above: --chrome-trace and --svg show every one)",
            crate::words::plural((episodes.len() - listed.len()) as u64, "more lag episode")
        );
    }
    out
}

/// A lag episode in words: which loop, which coroutine at which step (and line), when, and why.
pub struct LagWords {
    pub event_loop: String,
    pub task: String,
    pub step: String,
    pub line: Option<u32>,
    pub why: &'static str,
    pub start_ns: u64,
    pub end_ns: u64,
    pub unreleased: bool,
}

impl LagWords {
    pub fn of(model: &Model, episode: &LagEpisode) -> LagWords {
        let task = &model.tasks[episode.task.index()];
        LagWords {
            event_loop: model.loops[episode.event_loop.index()].name.clone(),
            task: task.name.clone(),
            step: sim_core::trace::describe_instr(model, episode.task, episode.pc),
            line: task.lines.get(episode.pc as usize).copied(),
            why: episode.why,
            start_ns: episode.start_ns,
            end_ns: episode.end_ns,
            unreleased: episode.unreleased,
        }
    }

    /// `loop main held 100ms .. 400ms by fetch#3 at `io 300ms` (line 16): 300ms (io)`, in the words of the
    /// report's culprit line.
    pub fn sentence(&self) -> String {
        let line = self.line.map_or(String::new(), |line| format!(" (line {line})"));
        let culprit = format!("{} at `{}`{line}", self.task, self.step);
        if self.unreleased {
            return format!(
                "loop {} held from {} by {culprit}, never released: the run ended ({})",
                self.event_loop,
                DisplayNanos(self.start_ns),
                self.why
            );
        }
        format!(
            "loop {} held {} .. {} by {culprit}: {} ({})",
            self.event_loop,
            DisplayNanos(self.start_ns),
            DisplayNanos(self.end_ns),
            DisplayNanos(self.end_ns - self.start_ns),
            self.why
        )
    }

    /// A label short enough for a picture: `fetch#3: io 300ms`.
    pub fn label(&self) -> String {
        format!("{}: {}", self.task, self.step)
    }
}

fn micros(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

/// A lag episode on its loop's track: a slice under the coroutine's own (category `lag`), or an instant
/// when it lasted no time, with the culprit in its arguments.
fn lag_event(model: &Model, episode: &LagEpisode) -> serde_json::Value {
    let words = LagWords::of(model, episode);
    let (pid, tid) = lane_ids(Lane::Loop(episode.event_loop));
    let args = json!({
        "culprit": words.task, "step": words.step, "line": words.line, "why": words.why,
        "held_ns": episode.end_ns - episode.start_ns, "released": !episode.unreleased,
        "summary": words.sentence(),
    });
    let name = format!("lag: {}", words.label());
    if episode.end_ns == episode.start_ns {
        return json!({
            "name": name, "cat": "lag", "ph": "i", "s": "t", "pid": pid, "tid": tid,
            "ts": micros(episode.start_ns), "args": args,
        });
    }
    json!({
        "name": name, "cat": "lag", "ph": "X", "pid": pid, "tid": tid,
        "ts": micros(episode.start_ns), "dur": micros(episode.end_ns - episode.start_ns), "args": args,
    })
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
    for episode in &simulator.timeline().lag_episodes {
        events.push(&lag_event(model, episode))?;
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
