//! Charts drawn with plotters' SVG backend: the what-if line chart of `compare --plot` and the Gantt
//! chart of `run --svg`.

use plotters::prelude::*;
use sim_core::Simulator;
use sim_core::timeline::{Lane, SegmentKind};

use crate::command::UsageError;
use crate::comparison::CompareReport;

const PALETTE: [RGBColor; 10] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];

/// The colour of the series or task at `index`: the ten of [`PALETTE`], then hues spaced by the golden
/// angle, so that no two of the first thousands share a colour.
fn color_of(index: usize) -> RGBColor {
    if let Some(&color) = PALETTE.get(index) {
        return color;
    }
    let hue = ((index - PALETTE.len()) as f64 * 0.618_033_988_75 + 0.05).fract();
    let lightness = [0.42, 0.55, 0.34][index % 3];
    hsl_to_rgb(hue, 0.65, lightness)
}

fn hsl_to_rgb(hue: f64, saturation: f64, lightness: f64) -> RGBColor {
    let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
    let sector = hue * 6.0;
    let second = chroma * (1.0 - (sector % 2.0 - 1.0).abs());
    let (r, g, b) = match sector as u32 {
        0 => (chroma, second, 0.0),
        1 => (second, chroma, 0.0),
        2 => (0.0, chroma, second),
        3 => (0.0, second, chroma),
        4 => (second, 0.0, chroma),
        _ => (chroma, 0.0, second),
    };
    let base = lightness - chroma / 2.0;
    let channel = |value: f64| ((value + base) * 255.0).round().clamp(0.0, 255.0) as u8;
    RGBColor(channel(r), channel(g), channel(b))
}

fn drawing_error(error: impl std::fmt::Display) -> UsageError {
    UsageError(format!("cannot draw the chart: {error}"))
}

/// A metric of every row against one setting (`--x`, by default the first whose values are numbers), one
/// series per combination of the other settings: lines when the x values are numbers, grouped bars when
/// they are categories (`gil=new,none`), with the legend in a panel of its own.
pub fn compare_chart(
    report: &CompareReport,
    metric: &str,
    x: Option<&str>,
    path: &std::path::Path,
) -> Result<(), UsageError> {
    let Some(first_row) = report.rows.first() else { return Err(UsageError("nothing to plot".to_string())) };
    let keys: Vec<&String> = first_row.settings.keys().collect();
    let x_key = x_axis_key(report, &keys, x)?;
    // x positions: the x key's values in the order given.
    let mut x_labels: Vec<String> = Vec::new();
    let mut series: Vec<(String, Vec<(usize, f64)>)> = Vec::new();
    for row in &report.rows {
        let x_label = crate::comparison::setting_text(&row.settings[&x_key]);
        let x = match x_labels.iter().position(|l| *l == x_label) {
            Some(x) => x,
            None => {
                x_labels.push(x_label);
                x_labels.len() - 1
            }
        };
        let name: Vec<String> = row
            .settings
            .iter()
            .filter(|(key, _)| **key != x_key)
            .map(|(k, v)| format!("{k}={}", crate::comparison::setting_text(v)))
            .collect();
        let name = if name.is_empty() { report.scenario.clone() } else { name.join(" ") };
        let y = metric_value(row, metric)?;
        match series.iter_mut().find(|(n, _)| *n == name) {
            Some((_, points)) => points.push((x, y)),
            None => series.push((name, vec![(x, y)])),
        }
    }
    let categories = x_labels.iter().any(|label| label.parse::<f64>().is_err());
    let y_max = series.iter().flat_map(|(_, p)| p.iter().map(|(_, y)| *y)).fold(0.0f64, f64::max) * 1.1;
    let y_label = if metric == "makespan_ns" { "makespan (ms)".to_string() } else { metric.to_string() };
    let legend: Vec<LegendEntry> = series
        .iter()
        .enumerate()
        .map(|(index, (name, _))| LegendEntry { color: color_of(index), swatch: Swatch::Filled, text: name.clone() })
        .collect();
    let height = 560u32.max(LEGEND_TOP + LEGEND_ROW * legend.len() as u32 + 20);
    let replacement = crate::files::Replacement::begin(path)?;
    let temporary = replacement.temporary_path().to_path_buf();
    let root = SVGBackend::new(&temporary, (900 + LEGEND_WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(drawing_error)?;
    let (plot_area, legend_area) = root.split_horizontally(900);
    let mut chart = ChartBuilder::on(&plot_area)
        .caption(format!("{}: {y_label} by {x_key}", report.scenario), ("sans-serif", 24))
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(70)
        .build_cartesian_2d(-0.5f64..(x_labels.len() as f64 - 0.5).max(0.5), 0f64..y_max.max(1e-9))
        .map_err(drawing_error)?;
    let labels = x_labels.clone();
    chart
        .configure_mesh()
        .x_desc(x_key.as_str())
        .y_desc(y_label.as_str())
        .x_labels(x_labels.len().max(2))
        .x_label_formatter(&|x| {
            let index = x.round();
            if (x - index).abs() < 0.01 && index >= 0.0 {
                labels.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .draw()
        .map_err(drawing_error)?;
    let bar_width = 0.8 / series.len().max(1) as f64;
    for (index, (_, points)) in series.iter().enumerate() {
        let color = color_of(index);
        let line: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x as f64, y)).collect();
        if categories {
            let left = |x: f64| x - 0.4 + index as f64 * bar_width;
            let bars =
                line.iter().map(|&(x, y)| Rectangle::new([(left(x), 0.0), (left(x) + bar_width, y)], color.filled()));
            chart.draw_series(bars).map_err(drawing_error)?;
        } else {
            chart.draw_series(LineSeries::new(line.clone(), color.stroke_width(3))).map_err(drawing_error)?;
            chart.draw_series(line.iter().map(|&p| Circle::new(p, 5, color.filled()))).map_err(drawing_error)?;
        }
    }
    draw_legend(&legend_area, &legend)?;
    root.present().map_err(drawing_error)?;
    replacement.commit()
}

/// `--x KEY`, else the first `--set` key whose values are all numbers (`cores`, `machines`), else the
/// first key.
fn x_axis_key(report: &CompareReport, keys: &[&String], x: Option<&str>) -> Result<String, UsageError> {
    if let Some(x) = x {
        return match keys.iter().find(|key| key.as_str() == x) {
            Some(key) => Ok((*key).clone()),
            None => {
                let known: Vec<&str> = keys.iter().map(|key| key.as_str()).collect();
                Err(UsageError(format!("--x {x}: not one of the --set keys ({})", known.join(", "))))
            }
        };
    }
    let numeric = |key: &String| {
        report.rows.iter().all(|row| crate::comparison::setting_text(&row.settings[key]).parse::<f64>().is_ok())
    };
    let chosen = keys.iter().find(|key| numeric(key)).or(keys.first());
    chosen.map(|key| (*key).clone()).ok_or_else(|| UsageError("nothing to plot".to_string()))
}

fn metric_value(row: &crate::comparison::Row, metric: &str) -> Result<f64, UsageError> {
    let value = match metric {
        "makespan_ns" => row.makespan_ns as f64 / 1e6,
        "speedup" => row.speedup,
        "context_switches" => row.context_switches as f64,
        "gil_switches" => row.gil_switches as f64,
        "steps" => row.steps as f64,
        other => {
            return Err(UsageError(format!(
                "--metric `{other}`: one of makespan_ns, speedup, context_switches, gil_switches, steps"
            )));
        }
    };
    Ok(value)
}

/// A Gantt chart of one run (timed or exploring): a lane per core, per GIL, per event loop and per task that waited for
/// a GIL, with a time axis and a legend of tasks.
pub fn gantt_chart(simulator: &Simulator<'_>, makespan_ns: u64, path: &std::path::Path) -> Result<(), UsageError> {
    let model = simulator.model();
    let segments = &simulator.timeline().segments;
    if segments.is_empty() {
        return Err(UsageError("--svg: nothing to draw (no step of this run took time)".to_string()));
    }
    let lanes = crate::pictures::lanes(model, segments);
    let span_ms = (makespan_ns.max(1) as f64 / 1e6).max(1e-6);
    let legend = gantt_legend(model, segments, &simulator.timeline().lag_episodes);
    let height = (140 + 34 * lanes.len() as u32).max(LEGEND_TOP + LEGEND_ROW * legend.len() as u32 + 20);
    let replacement = crate::files::Replacement::begin(path)?;
    let temporary = replacement.temporary_path().to_path_buf();
    let root = SVGBackend::new(&temporary, (1000 + LEGEND_WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(drawing_error)?;
    // The legend has its own panel to the right: it never covers a bar and grows with the tasks.
    let (plot_area, legend_area) = root.split_horizontally(1000);
    let mut chart = ChartBuilder::on(&plot_area)
        .caption(format!("{}: timeline", model.name), ("sans-serif", 22))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(130)
        .build_cartesian_2d(0f64..span_ms, 0f64..lanes.len() as f64)
        .map_err(drawing_error)?;
    let lane_names: Vec<String> = lanes.iter().map(|(_, name)| name.clone()).collect();
    let count = lanes.len();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_desc("time (ms)")
        .y_labels(count * 2 + 1)
        .y_label_formatter(&|y| {
            // Lane i is drawn between count-i-1 and count-i; label it at its middle.
            let from_top = count as f64 - y - 0.5;
            let index = from_top.round();
            if (from_top - index).abs() < 0.01 && index >= 0.0 {
                lane_names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .draw()
        .map_err(drawing_error)?;
    for segment in segments {
        let Some(row) = lanes.iter().position(|(lane, _)| *lane == segment.lane) else { continue };
        let top = (count - row) as f64 - 0.15;
        let bottom = (count - row - 1) as f64 + 0.15;
        let color = match (segment.kind, segment.task) {
            (SegmentKind::ContextSwitch, _) => RGBColor(60, 60, 60),
            (_, Some(task)) => color_of(task.index()),
            (_, None) => RGBColor(160, 160, 160),
        };
        let style = if segment.kind == SegmentKind::WaitsForGil { color.mix(0.35).filled() } else { color.filled() };
        let (start, end) = (segment.start_ns as f64 / 1e6, segment.end_ns as f64 / 1e6);
        chart
            .draw_series(std::iter::once(Rectangle::new([(start, bottom), (end, top)], style)))
            .map_err(drawing_error)?;
    }
    let lag_marks = lag_marks(&chart, model, &lanes, &simulator.timeline().lag_episodes);
    draw_legend(&legend_area, &legend)?;
    root.present().map_err(drawing_error)?;
    drop(chart);
    drop(root);
    add_lag_marks(&temporary, &lag_marks)?;
    replacement.commit()
}

/// The frame of a lag episode on its loop's lane: black and dashed, so that it stands out from a bar of
/// any task's colour.
const LAG_COLOR: RGBColor = RGBColor(0, 0, 0);

/// A lag episode's frame on its loop's lane (pixels), with its tooltip and a short label when it fits.
struct LagMark {
    left: i32,
    top: i32,
    width: i32,
    height: i32,
    tooltip: String,
    label: Option<String>,
}

/// Where each lag episode of a drawn loop lane goes: a frame a little larger than the lane's bars, at
/// least three pixels wide, so that a short one is still seen.
fn lag_marks<DB: DrawingBackend>(
    chart: &ChartContext<
        '_,
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    model: &sim_core::Model,
    lanes: &[(Lane, String)],
    episodes: &[sim_core::timeline::LagEpisode],
) -> Vec<LagMark> {
    let count = lanes.len();
    let mut marks = Vec::new();
    for episode in episodes {
        let Some(row) = lanes.iter().position(|(lane, _)| *lane == Lane::Loop(episode.event_loop)) else { continue };
        let top = (count - row) as f64 - 0.05;
        let bottom = (count - row - 1) as f64 + 0.05;
        let (left, upper) = chart.backend_coord(&(episode.start_ns as f64 / 1e6, top));
        let (right, lower) = chart.backend_coord(&(episode.end_ns as f64 / 1e6, bottom));
        let width = (right - left).max(3);
        let words = crate::pictures::LagWords::of(model, episode);
        let label = words.label();
        // About six pixels a character at the label's size.
        let fits = width >= 6 * 4;
        let shown: String = label.chars().take((width / 6) as usize).collect();
        marks.push(LagMark {
            left,
            top: upper,
            width,
            height: lower - upper,
            tooltip: words.sentence(),
            label: fits.then_some(shown),
        });
    }
    marks
}

/// Writes the lag frames into the SVG plotters wrote, before its end: plotters has no tooltips, and a
/// `<title>` is what shows the episode in words when the pointer rests on its frame.
fn add_lag_marks(path: &std::path::Path, marks: &[LagMark]) -> Result<(), UsageError> {
    if marks.is_empty() {
        return Ok(());
    }
    let svg = std::fs::read_to_string(path).map_err(drawing_error)?;
    let Some(end) = svg.rfind("</svg>") else {
        return Err(drawing_error("the SVG has no end tag"));
    };
    let RGBColor(red, green, blue) = LAG_COLOR;
    let color = format!("#{red:02X}{green:02X}{blue:02X}");
    let mut overlay = String::new();
    for mark in marks {
        let label = mark.label.as_ref().map_or(String::new(), |label| {
            format!(
                "<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"10\" fill=\"{color}\">{}</text>",
                mark.left + 2,
                mark.top - 2,
                xml_text(label)
            )
        });
        overlay.push_str(&format!(
            "<g class=\"lag\"><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{color}\" \
             fill-opacity=\"0.1\" stroke=\"{color}\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>{label}</g>\n",
            xml_text(&mark.tooltip),
            mark.left,
            mark.top,
            mark.width,
            mark.height
        ));
    }
    let drawn = format!("{}{overlay}{}", &svg[..end], &svg[end..]);
    std::fs::write(path, drawn).map_err(drawing_error)
}

/// Text for an SVG element: names and steps may hold `<`, `>` and `&`.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Width of the legend panel right of a Gantt chart, and the place and height of its rows (pixels).
const LEGEND_WIDTH: u32 = 230;
const LEGEND_TOP: u32 = 50;
const LEGEND_ROW: u32 = 20;

/// One row of a legend: a swatch and its words.
struct LegendEntry {
    color: RGBColor,
    swatch: Swatch,
    text: String,
}

/// How a legend's swatch is drawn: as the bars it names are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Swatch {
    Filled,
    Pale,
    /// An outline, as the frames of lag episodes.
    Frame,
}

/// The tasks that ran, in declaration order (as `--timeline` letters them), then what the shades mean.
fn gantt_legend(
    model: &sim_core::Model,
    segments: &[sim_core::timeline::Segment],
    lag_episodes: &[sim_core::timeline::LagEpisode],
) -> Vec<LegendEntry> {
    let tasks: std::collections::BTreeSet<sim_core::model::TaskId> =
        segments.iter().filter(|s| !matches!(s.lane, Lane::Task(_))).filter_map(|s| s.task).collect();
    let mut entries: Vec<LegendEntry> = tasks
        .iter()
        .map(|task| LegendEntry {
            color: color_of(task.index()),
            swatch: Swatch::Filled,
            text: model.tasks[task.index()].name.clone(),
        })
        .collect();
    if segments.iter().any(|s| s.kind == SegmentKind::WaitsForGil) {
        entries.push(LegendEntry {
            color: RGBColor(120, 120, 120),
            swatch: Swatch::Pale,
            text: "pale: waiting for the GIL".into(),
        });
    }
    if segments.iter().any(|s| s.kind == SegmentKind::ContextSwitch) {
        entries.push(LegendEntry {
            color: RGBColor(60, 60, 60),
            swatch: Swatch::Filled,
            text: "context switch".into(),
        });
    }
    if !lag_episodes.is_empty() {
        entries.push(LegendEntry { color: LAG_COLOR, swatch: Swatch::Frame, text: "dashed frame: loop lag".into() });
    }
    entries
}

fn draw_legend(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    entries: &[LegendEntry],
) -> Result<(), UsageError> {
    let title = ("sans-serif", 16).into_font().color(&BLACK);
    area.draw(&Text::new("legend", (10, LEGEND_TOP as i32 - 25), title)).map_err(drawing_error)?;
    let words = ("sans-serif", 13).into_font().color(&BLACK);
    for (row, entry) in entries.iter().enumerate() {
        let y = (LEGEND_TOP + LEGEND_ROW * row as u32) as i32;
        let style = match entry.swatch {
            Swatch::Filled => entry.color.filled(),
            Swatch::Pale => entry.color.mix(0.35).filled(),
            Swatch::Frame => entry.color.stroke_width(2),
        };
        area.draw(&Rectangle::new([(10, y), (26, y + 12)], style)).map_err(drawing_error)?;
        let text: String = entry.text.chars().take(28).collect();
        area.draw(&Text::new(text, (34, y), words.clone())).map_err(drawing_error)?;
    }
    Ok(())
}
