//! The pictures of a run show each episode of an event loop's lag with its culprit: the coroutine and
//! step that held the loop's thread while another coroutine of the loop was ready, from when to when, and
//! why (a `cpu`, an `io` in a coroutine, a threading primitive). `--timeline` gives the loop a `lag` row
//! and a line per episode, `--chrome-trace` a `lag` slice on the loop's track, `--svg` a framed span on the
//! loop's lane with the episode in words as its tooltip.

use crate::common;

use common::weft;

fn scratch(name: &str) -> std::path::PathBuf {
    let directory = std::env::temp_dir().join(format!("weft-loop-lag-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    directory.join(name)
}

/// A scenario file: a path under the project, or inline YAML (anything with a newline), written out.
fn scenario_path(input: &str) -> String {
    if !input.contains('\n') {
        return input.to_string();
    }
    let name = input.lines().next().and_then(|line| line.strip_prefix("name: ")).expect("a name first");
    let path = scratch(&format!("{name}.yaml"));
    std::fs::write(&path, input).expect("scenario");
    path.to_str().expect("utf-8").to_string()
}

/// A file beside the scratch scenarios, named after the scenario: `stem.extension`.
fn output_path(input: &str, extension: &str) -> std::path::PathBuf {
    let scenario = scenario_path(input);
    let stem = std::path::Path::new(&scenario).file_stem().and_then(|stem| stem.to_str()).expect("a stem");
    scratch(&format!("{stem}.{extension}"))
}

/// What `--timeline` says about lag: the loops' `lag` rows and the lines naming the episodes.
fn timeline_lag(input: &str) -> String {
    let (_, stdout, stderr) = weft(&["run", &scenario_path(input), "--timeline"]);
    let timeline = stdout.split_once("\ntimeline: ").unwrap_or_else(|| panic!("no timeline: {stdout}{stderr}")).1;
    timeline
        .lines()
        .filter(|line| line.contains(" lag |") || line.starts_with("  loop main held") || line.contains("lag episode"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(input: &str, expect: &str) {
    assert_eq!(timeline_lag(input), expect, "\n{input}");
}

/// A coroutine waits for threading lock `m`, which a thread holds for 20ms, from 1ms (and the thread's
/// start): its loop's thread waits with it while a ticker is due.
const THREADING_WAIT: &str = "name: threading-wait
locks: [m]
tasks:
  waiter: { kind: coroutine, ops: [ { await: 1ms }, { lock: m }, { unlock: m } ] }
  ticker: { kind: coroutine, ops: [ { await: 5ms }, { cpu: 1ms } ] }
  holder: { ops: [ { lock: m }, { io: 20ms }, { unlock: m } ] }
";

/// One coroutine computes 2ms, then twelve others 1ms each, in turn: twelve episodes (the last one
/// delays nobody), more than the timeline lists.
const TWELVE_IN_TURN: &str = "name: twelve-in-turn
tasks:
  long: { kind: coroutine, ops: [ { cpu: 2ms } ] }
  turn: { kind: coroutine, count: 12, ops: [ { cpu: 1ms } ] }
";

#[test]
fn the_timeline_shows_each_lag_episode_with_its_culprit() {
    check(
        "scenarios/crawler-blocking-call.yaml",
        "  loop main lag |.................!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!|
  loop main held 100ms .. 400ms by fetch#3 at `io 300ms` (line 16): 300ms (io)",
    );
    // The tickers' own 1ms make the next one late too: every episode is listed, the longest is the culprit.
    check(
        "scenarios/blocking-call-in-loop.yaml",
        "  loop main lag |!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!|
  loop main held 0ns .. 500ms by cruncher at `cpu 500ms` (line 12): 500ms (cpu)
  loop main held 510ms .. 511ms by ticker-0 at `cpu 1ms` (line 18): 1ms (cpu)
  loop main held 511ms .. 512ms by ticker-1 at `cpu 1ms` (line 18): 1ms (cpu)",
    );
    check(
        THREADING_WAIT,
        "  loop main lag |...!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!...|
  loop main held 1.002ms .. 20.105ms by waiter at `lock m` (line 4): 19.103ms (threading primitive)",
    );
    // The deadlock: the reader's wait for the refresher's threading lock never ends; nothing took time, so
    // there is no lane to draw, but the episode is named.
    check(
        "scenarios/lock-across-await.yaml",
        "  loop main held from 1ms by reader at `lock cache` (line 22), never released: the run ended (threading primitive)",
    );
    // The fix of the crawler: the blocking call runs on a worker thread, the loop is never held.
    check("scenarios/crawler-to-thread.yaml", "");
}

#[test]
fn the_timeline_lists_the_longest_episodes_in_time_order() {
    let lines = timeline_lag(TWELVE_IN_TURN);
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), 12, "a lag row, ten episodes and the rest counted: {lines:#?}");
    assert_eq!(lines[1], "  loop main held 0ns .. 2ms by long at `cpu 2ms` (line 3): 2ms (cpu)");
    assert_eq!(lines[2], "  loop main held 2ms .. 3ms by turn-0 at `cpu 1ms` (line 4): 1ms (cpu)");
    assert_eq!(lines[10], "  loop main held 10ms .. 11ms by turn-8 at `cpu 1ms` (line 4): 1ms (cpu)");
    assert_eq!(
        lines[11],
        "  (and 2 more lag episodes, none longer than those above: --chrome-trace and --svg show every one)"
    );
}

/// The lag events of `--chrome-trace`: `phase name ts..end culprit step line why released`.
fn chrome_lag(input: &str) -> Vec<String> {
    let out = output_path(input, "json");
    let (status, _, stderr) = weft(&["run", &scenario_path(input), "--chrome-trace", out.to_str().expect("utf-8")]);
    assert!(status == 0 || status == 1, "{stderr}");
    let trace: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).expect("trace")).expect("JSON");
    let events = trace["traceEvents"].as_array().expect("events");
    events
        .iter()
        .filter(|event| event["cat"] == "lag")
        .map(|event| {
            let args = &event["args"];
            let start = event["ts"].as_f64().expect("ts");
            let end = start + event["dur"].as_f64().unwrap_or(0.0);
            format!(
                "{} {} pid{} {start}..{end}us {} `{}` line {} ({}) released={}",
                event["ph"].as_str().expect("phase"),
                event["name"].as_str().expect("name"),
                event["pid"],
                args["culprit"].as_str().expect("culprit"),
                args["step"].as_str().expect("step"),
                args["line"],
                args["why"].as_str().expect("why"),
                args["released"]
            )
        })
        .collect()
}

#[test]
fn the_chrome_trace_marks_each_episode_on_its_loops_track() {
    assert_eq!(
        chrome_lag("scenarios/crawler-blocking-call.yaml"),
        ["X lag: fetch#3: io 300ms pid2 100000..400000us fetch#3 `io 300ms` line 16 (io) released=true"]
    );
    // An episode that lasted no time (the run ended as it began) is an instant.
    assert_eq!(
        chrome_lag("scenarios/lock-across-await.yaml"),
        [
            "i lag: reader: lock cache pid2 1000..1000us reader `lock cache` line 22 (threading primitive) released=false"
        ]
    );
    assert!(chrome_lag("scenarios/crawler-to-thread.yaml").is_empty());
}

/// The lag frames of an SVG chart: `(tooltip, label, x, width)`.
fn svg_lag(input: &str) -> Vec<(String, String, u32, u32)> {
    let out = output_path(input, "svg");
    let (status, _, stderr) = weft(&["run", &scenario_path(input), "--svg", out.to_str().expect("utf-8")]);
    assert!(status == 0 || status == 1, "{stderr}");
    let svg = std::fs::read_to_string(&out).expect("chart");
    let between = |text: &str, from: &str, to: &str| -> String {
        text.split_once(from)
            .and_then(|(_, rest)| rest.split_once(to))
            .map_or(String::new(), |(inside, _)| inside.into())
    };
    svg.split("<g class=\"lag\">")
        .skip(1)
        .map(|group| {
            let group = group.split("</g>").next().expect("a group");
            (
                between(group, "<title>", "</title>"),
                between(group, "<text", "</text>").split_once('>').map_or(String::new(), |(_, label)| label.into()),
                between(group, " x=\"", "\"").parse().expect("x"),
                between(group, "width=\"", "\"").parse().expect("width"),
            )
        })
        .collect()
}

#[test]
fn the_svg_frames_each_episode_with_its_culprit_as_tooltip() {
    let frames = svg_lag("scenarios/crawler-blocking-call.yaml");
    assert_eq!(frames.len(), 1, "{frames:?}");
    let (tooltip, label, x, width) = &frames[0];
    assert_eq!(tooltip, "loop main held 100ms .. 400ms by fetch#3 at `io 300ms` (line 16): 300ms (io)");
    assert_eq!(label, "fetch#3: io 300ms");
    // 100ms .. 400ms of 400ms: the last three quarters of the plot, inside its 1000 pixels.
    assert!(*x > 200 && x + width < 1000 && *width > 500, "{frames:?}");
    // A 1ms episode of a 513ms run is still seen (at least 3 pixels) and too narrow for a label.
    let frames = svg_lag("scenarios/blocking-call-in-loop.yaml");
    assert_eq!(frames.len(), 3, "{frames:?}");
    assert!(frames[1..].iter().all(|(_, label, _, width)| label.is_empty() && *width >= 3), "{frames:?}");
    assert!(svg_lag("scenarios/crawler-to-thread.yaml").is_empty());
}
