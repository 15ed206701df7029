//! Draws `docs/benchmarks.svg`: one group of horizontal bars per benchmark, kiln, node and
//! QuickJS wall times normalised to node = 1 on a log₂ scale, with a legend. Plain SVG text;
//! no plotting library.

use std::fmt::Write as _;

use crate::format;
use crate::suite::{Outcome, ProgramReport};

/// The engines drawn, in order: name, colour, and how to get the outcome.
const SERIES: [(&str, &str, fn(&ProgramReport) -> &Outcome); 3] = [
    ("kiln", "#d9480f", |program| &program.kiln),
    ("node", "#2f9e44", |program| &program.node),
    ("QuickJS", "#1c7ed6", |program| &program.quickjs),
];

const WIDTH: f64 = 960.0;
const LABEL_WIDTH: f64 = 190.0;
const PLOT_LEFT: f64 = 200.0;
const PLOT_RIGHT: f64 = 880.0;
const TOP: f64 = 80.0;
const BAR_HEIGHT: f64 = 11.0;
const BAR_GAP: f64 = 2.0;
const GROUP_GAP: f64 = 14.0;

/// The SVG document for `programs`; benchmarks without a node time are left out.
pub fn render(programs: &[ProgramReport]) -> String {
    let rows: Vec<&ProgramReport> = programs
        .iter()
        .filter(|program| program.node.time().is_some())
        .collect();
    let ratios: Vec<f64> = rows
        .iter()
        .flat_map(|program| {
            SERIES
                .iter()
                .filter_map(|(_, _, outcome)| relative(program, outcome(program)))
        })
        .collect();
    let smallest = ratios.iter().copied().fold(1.0, f64::min);
    let largest = ratios.iter().copied().fold(1.0, f64::max);
    // Whole powers of two at both ends, with at least one step either side of node's 1.
    let low_exponent = (smallest.log2().floor() as i32).min(-1);
    let high_exponent = (largest.log2().ceil() as i32).max(1);
    let scale = Scale {
        low: f64::from(low_exponent),
        high: f64::from(high_exponent),
    };

    let group_height = 3.0 * BAR_HEIGHT + 2.0 * BAR_GAP + GROUP_GAP;
    let plot_bottom = TOP + group_height * rows.len() as f64;
    let height = plot_bottom + 50.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="{WIDTH}" height="{height}" fill="white"/>"#
    );
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="24" font-size="16" font-weight="bold" text-anchor="middle">Wall time relative to node (node = 1, log scale, shorter is faster)</text>"#,
        WIDTH / 2.0
    );
    for (index, (name, colour, _)) in SERIES.iter().enumerate() {
        let x = PLOT_LEFT + index as f64 * 110.0;
        let _ = writeln!(
            svg,
            r#"<rect x="{x}" y="40" width="14" height="14" fill="{colour}"/>"#
        );
        let _ = writeln!(svg, r#"<text x="{}" y="52">{name}</text>"#, x + 20.0);
    }

    // Grid lines and tick labels at each power of two.
    for exponent in low_exponent..=high_exponent {
        let x = scale.x(f64::from(exponent));
        let (stroke, width) = if exponent == 0 {
            ("#333", 1.5)
        } else {
            ("#ddd", 1.0)
        };
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{plot_bottom}" stroke="{stroke}" stroke-width="{width}"/>"#,
            TOP - 8.0
        );
        let _ = writeln!(
            svg,
            r##"<text x="{x:.1}" y="{}" text-anchor="middle" fill="#555">{}</text>"##,
            plot_bottom + 16.0,
            tick_label(exponent)
        );
    }

    for (row, program) in rows.iter().enumerate() {
        let group_top = TOP + row as f64 * group_height;
        let _ = writeln!(
            svg,
            r#"<text x="{LABEL_WIDTH}" y="{:.1}" text-anchor="end">{}</text>"#,
            group_top + 1.5 * BAR_HEIGHT + BAR_GAP + 4.0,
            escape(&program.name)
        );
        for (index, (_, colour, outcome)) in SERIES.iter().enumerate() {
            let y = group_top + index as f64 * (BAR_HEIGHT + BAR_GAP);
            let text_y = y + BAR_HEIGHT - 1.5;
            match relative(program, outcome(program)) {
                Some(ratio) => {
                    let end = scale.x(ratio.log2());
                    let _ = writeln!(
                        svg,
                        r#"<rect x="{PLOT_LEFT}" y="{y:.1}" width="{:.1}" height="{BAR_HEIGHT}" fill="{colour}"/>"#,
                        (end - PLOT_LEFT).max(1.0)
                    );
                    let _ = writeln!(
                        svg,
                        r##"<text x="{:.1}" y="{text_y:.1}" font-size="10" fill="#333">{}</text>"##,
                        end + 4.0,
                        format::ratio(ratio)
                    );
                }
                None => {
                    let _ = writeln!(
                        svg,
                        r##"<text x="{}" y="{text_y:.1}" font-size="10" fill="#999">{}</text>"##,
                        PLOT_LEFT + 4.0,
                        missing_label(outcome(program))
                    );
                }
            }
        }
    }
    let _ = writeln!(
        svg,
        r##"<text x="{}" y="{}" text-anchor="middle" fill="#555">time / node's time</text>"##,
        (PLOT_LEFT + PLOT_RIGHT) / 2.0,
        plot_bottom + 36.0
    );
    svg.push_str("</svg>\n");
    svg
}

/// Maps log₂ values onto the plot's horizontal extent.
struct Scale {
    low: f64,
    high: f64,
}

impl Scale {
    /// The x coordinate of log₂ value `exponent`.
    fn x(&self, exponent: f64) -> f64 {
        let fraction = ((exponent - self.low) / (self.high - self.low)).clamp(0.0, 1.0);
        PLOT_LEFT + fraction * (PLOT_RIGHT - PLOT_LEFT)
    }
}

/// An engine's time over node's for `program`.
fn relative(program: &ProgramReport, outcome: &Outcome) -> Option<f64> {
    let node = program.node.time()?.as_secs_f64();
    let time = outcome.time()?.as_secs_f64();
    (node > 0.0 && time > 0.0).then(|| time / node)
}

/// `1/4×`, `1×` or `16×`.
fn tick_label(exponent: i32) -> String {
    if exponent >= 0 {
        format!("{}×", 1u64 << exponent)
    } else {
        format!("1/{}×", 1u64 << -exponent)
    }
}

/// What to write in place of a bar.
fn missing_label(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::NotCompiled => "not compiled",
        Outcome::WrongOutput => "wrong output",
        Outcome::Failed => "failed",
        Outcome::Timed { .. } | Outcome::NotRun => "not run",
    }
}

/// `text` with the XML special characters escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
