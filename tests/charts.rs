//! Pictures that help: the Gantt chart's legend has its own panel (it covers no bar and is not cut), its
//! colours do not repeat past ten tasks, legends are sorted; `compare --plot` draws against `--x` (by
//! default the first numeric key) and bars for categories. Exploring runs are drawn like timed ones.

use crate::common;

use common::weft;

fn scratch(name: &str) -> std::path::PathBuf {
    let directory = std::env::temp_dir().join(format!("weft-charts-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    directory.join(name)
}

/// Twelve CPU threads on four cores under round-robin.
const TWELVE_TASKS: &str = "name: twelve
machine: { cores: 4 }
tasks:
  worker:
    count: 12
    ops: [cpu: 20ms, io: 5ms, cpu: 10ms]
";

/// The (x, y, fill) of every swatch of the legend panel (x past the 1000 pixels of the plot).
fn legend_swatches(svg: &str) -> Vec<(u32, u32, String)> {
    svg.split("<rect ")
        .skip(1)
        .filter_map(|rect| {
            let attribute = |name: &str| {
                let start = rect.find(&format!("{name}=\""))? + name.len() + 2;
                Some(rect[start..start + rect[start..].find('"')?].to_string())
            };
            let (x, y) = (attribute("x")?.parse::<u32>().ok()?, attribute("y")?.parse::<u32>().ok()?);
            (x >= 1000 && attribute("width")? == "16").then(|| (x, y, attribute("fill").unwrap_or_default()))
        })
        .collect()
}

#[test]
fn the_gantt_legend_is_outside_the_plot_with_a_colour_per_task() {
    let scenario = scratch("twelve.yaml");
    std::fs::write(&scenario, TWELVE_TASKS).expect("scenario");
    let chart = scratch("twelve.svg");
    let (status, _, stderr) = weft(&["run", scenario.to_str().expect("path"), "--svg", chart.to_str().expect("path")]);
    assert_eq!(status, 0, "{stderr}");
    let svg = std::fs::read_to_string(&chart).expect("the chart");
    let swatches = legend_swatches(&svg);
    let task_colours: Vec<&String> = swatches.iter().take(12).map(|(_, _, fill)| fill).collect();
    assert_eq!(task_colours.len(), 12, "{swatches:?}");
    let mut distinct = task_colours.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 12, "a colour repeats: {task_colours:?}");
    let height: u32 = svg.split("height=\"").nth(1).and_then(|h| h.split('"').next()?.parse().ok()).expect("height");
    let lowest = swatches.iter().map(|(_, y, _)| *y).max().expect("swatches");
    assert!(lowest + 12 <= height, "the legend is cut: row at {lowest}, chart {height} high");
    let rows: Vec<u32> = swatches.iter().map(|(_, y, _)| *y).collect();
    assert!(rows.windows(2).all(|pair| pair[0] < pair[1]), "one row per entry, top to bottom");
    let names: Vec<usize> =
        (0..12).map(|copy| svg.find(&format!(">\nworker-{copy}\n<")).unwrap_or(usize::MAX)).collect();
    assert!(names.windows(2).all(|pair| pair[0] < pair[1]), "the legend lists the tasks in order");
}

#[test]
fn the_timeline_legend_is_sorted() {
    let (status, stdout, _) = weft(&["run", "scenarios/io-threads.yaml", "--timeline"]);
    assert_eq!(status, 0);
    let legend = stdout.lines().find(|line| line.trim_start().starts_with("legend:")).expect("a legend");
    let letters: Vec<char> = legend
        .split_whitespace()
        .filter_map(|entry| entry.split_once('=').map(|(symbol, _)| symbol))
        .filter(|symbol| symbol.len() == 1 && symbol.chars().all(|c| c.is_ascii_alphabetic()))
        .filter_map(|symbol| symbol.chars().next())
        .collect();
    let mut sorted = letters.clone();
    sorted.sort_unstable();
    assert_eq!(letters, sorted, "{legend}");
}

#[test]
fn compare_plots_against_the_numeric_key_or_x() {
    let chart = scratch("martelli.svg");
    let path = chart.to_str().expect("path");
    let args = ["compare", "scenarios/martelli-cores.yaml", "--set", "kind=process,thread", "--set", "cores=1,2,4,8"];
    let (status, _, stderr) = weft(&[&args[..], &["--plot", path]].concat());
    assert_eq!(status, 0, "{stderr}");
    assert!(std::fs::read_to_string(&chart).expect("chart").contains("makespan (ms) by cores"));
    let (status, _, _) = weft(&[&args[..], &["--plot", path, "--x", "kind"]].concat());
    assert_eq!(status, 0);
    let by_kind = std::fs::read_to_string(&chart).expect("chart");
    assert!(by_kind.contains("makespan (ms) by kind"));
    // Categories are bars: one per kind for each of the four core counts, besides the legend's swatches.
    let bars = by_kind.matches("<rect ").count() - legend_swatches(&by_kind).len();
    assert!(bars >= 8, "{bars} rectangles");
    let (status, _, stderr) = weft(&[&args[..], &["--plot", path, "--x", "gil"]].concat());
    assert_eq!((status, stderr.trim()), (2, "--x gil: not one of the --set keys (kind, cores)"));
}

/// bank-race under `random`, seed 1 (tests/honest_clocks.rs pins its times): deposit's `cpu 1ms` runs on
/// core 0 from 100us, withdraw's on core 1 once the GIL is free at 1.1ms, each waiting 1ms for the GIL.
#[test]
fn an_exploring_run_is_drawn_like_a_timed_one() {
    let run = ["run", "scenarios/bank-race.yaml", "--policy", "random", "--seed", "1"];
    let (status, stdout, stderr) = weft(&[&run[..], &["--timeline"]].concat());
    assert_eq!(status, 1, "the race fails its expect: {stderr}");
    let lane = |name: &str| {
        let is_lane = |line: &&str| line.trim_start().starts_with(name) && line.contains('|');
        let line = stdout.lines().find(is_lane).unwrap_or_default();
        line.split('|').nth(1).unwrap_or_default().to_string()
    };
    let (core_0, core_1, gil) = (lane("core 0"), lane("core 1"), lane("GIL main"));
    assert_eq!((core_0.matches('A').count(), core_1.matches('B').count()), (35, 35), "{stdout}");
    assert!(core_0.find('A') < core_1.find('B'), "deposit works first: {stdout}");
    assert_eq!(gil.trim_matches('.').len(), 69, "the GIL is held from 100us to the end: {stdout}");
    assert!(lane("withdraw waits").contains('g') && lane("deposit waits").contains('g'), "{stdout}");
    let chart = scratch("exploring.svg");
    let (status, _, stderr) = weft(&[&run[..], &["--svg", chart.to_str().expect("path")]].concat());
    assert_eq!(status, 1, "{stderr}");
    let swatches = legend_swatches(&std::fs::read_to_string(&chart).expect("the chart"));
    assert!(swatches.len() >= 2, "a swatch for each task: {swatches:?}");
    let trace = scratch("exploring.json");
    let (status, _, stderr) = weft(&[&run[..], &["--chrome-trace", trace.to_str().expect("path")]].concat());
    assert_eq!(status, 1, "{stderr}");
    let events: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).expect("trace")).expect("JSON");
    let spans = events["traceEvents"].as_array().expect("events").iter().filter(|e| e["ph"] == "X").count();
    assert!(spans >= 4, "two cpu spans, two GIL holds and the waits: {events}");
}
