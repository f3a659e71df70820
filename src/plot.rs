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

fn drawing_error(error: impl std::fmt::Display) -> UsageError {
    UsageError(format!("cannot draw the chart: {error}"))
}

/// A metric of every row against the first setting, one line per combination of the other settings.
pub fn compare_chart(report: &CompareReport, metric: &str, path: &std::path::Path) -> Result<(), UsageError> {
    let Some(first_row) = report.rows.first() else { return Err(UsageError("nothing to plot".to_string())) };
    let keys: Vec<&String> = first_row.settings.keys().collect();
    let x_key = keys[0].clone();
    let value_of = |row: &crate::comparison::Row| -> Result<f64, UsageError> {
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
    };
    // x positions: the first key's values in the order given; numeric labels where they are numbers.
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
        let name: Vec<String> =
            row.settings.iter().skip(1).map(|(k, v)| format!("{k}={}", crate::comparison::setting_text(v))).collect();
        let name = if name.is_empty() { report.scenario.clone() } else { name.join(" ") };
        let y = value_of(row)?;
        match series.iter_mut().find(|(n, _)| *n == name) {
            Some((_, points)) => points.push((x, y)),
            None => series.push((name, vec![(x, y)])),
        }
    }
    let y_max = series.iter().flat_map(|(_, p)| p.iter().map(|(_, y)| *y)).fold(0.0f64, f64::max) * 1.1;
    let y_label = if metric == "makespan_ns" { "makespan (ms)".to_string() } else { metric.to_string() };
    let replacement = crate::files::Replacement::begin(path)?;
    let temporary = replacement.temporary_path().to_path_buf();
    let root = SVGBackend::new(&temporary, (900, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(drawing_error)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(format!("{}: {y_label} by {x_key}", report.scenario), ("sans-serif", 24))
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(70)
        .build_cartesian_2d(-0.3f64..(x_labels.len() as f64 - 0.7).max(0.3), 0f64..y_max.max(1e-9))
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
    for (index, (name, points)) in series.iter().enumerate() {
        let color = PALETTE[index % PALETTE.len()];
        let line: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x as f64, y)).collect();
        chart
            .draw_series(LineSeries::new(line.clone(), color.stroke_width(3)))
            .map_err(drawing_error)?
            .label(name.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(3)));
        chart.draw_series(line.iter().map(|&p| Circle::new(p, 5, color.filled()))).map_err(drawing_error)?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(drawing_error)?;
    root.present().map_err(drawing_error)?;
    replacement.commit()
}

/// A Gantt chart of one timed run: a lane per core, per GIL, per event loop and per task that waited for
/// a GIL, with a time axis and a legend of tasks.
pub fn gantt_chart(simulator: &Simulator<'_>, makespan_ns: u64, path: &std::path::Path) -> Result<(), UsageError> {
    let model = simulator.model();
    let segments = &simulator.timeline().segments;
    if segments.is_empty() {
        return Err(UsageError("--svg draws a timed run; exploring policies keep no timeline".to_string()));
    }
    let lanes = crate::pictures::lanes(model, segments);
    let span_ms = (makespan_ns.max(1) as f64 / 1e6).max(1e-6);
    let height = 140 + 34 * lanes.len() as u32;
    let replacement = crate::files::Replacement::begin(path)?;
    let temporary = replacement.temporary_path().to_path_buf();
    let root = SVGBackend::new(&temporary, (1000, height)).into_drawing_area();
    root.fill(&WHITE).map_err(drawing_error)?;
    let mut chart = ChartBuilder::on(&root)
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
    let mut legend_tasks = Vec::new();
    for segment in segments {
        let Some(row) = lanes.iter().position(|(lane, _)| *lane == segment.lane) else { continue };
        let top = (count - row) as f64 - 0.15;
        let bottom = (count - row - 1) as f64 + 0.15;
        let color = match (segment.kind, segment.task) {
            (SegmentKind::ContextSwitch, _) => RGBColor(60, 60, 60),
            (_, Some(task)) => PALETTE[task.index() % PALETTE.len()],
            (_, None) => RGBColor(160, 160, 160),
        };
        let style = if segment.kind == SegmentKind::WaitsForGil { color.mix(0.35).filled() } else { color.filled() };
        let (start, end) = (segment.start_ns as f64 / 1e6, segment.end_ns as f64 / 1e6);
        chart
            .draw_series(std::iter::once(Rectangle::new([(start, bottom), (end, top)], style)))
            .map_err(drawing_error)?;
        if let Some(task) = segment.task
            && !legend_tasks.contains(&task)
            && !matches!(segment.lane, Lane::Task(_))
        {
            legend_tasks.push(task);
        }
    }
    for task in legend_tasks {
        let color = PALETTE[task.index() % PALETTE.len()];
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
            .map_err(drawing_error)?
            .label(model.tasks[task.index()].name.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 16, y + 6)], color.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()
        .map_err(drawing_error)?;
    root.present().map_err(drawing_error)?;
    replacement.commit()
}
