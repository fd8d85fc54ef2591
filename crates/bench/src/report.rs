//! The figures as a Markdown table (what docs/benchmarks.md quotes).

use crate::run::Figure;

fn number(v: f64, rate: bool) -> String {
    if rate {
        format!("{:.0} /s", v)
    } else if v < 1.0 {
        format!("{:.3} ms", v)
    } else {
        format!("{:.1} ms", v)
    }
}

pub fn markdown(backend: &str, figures: &[Figure]) -> String {
    let mut out = format!(
        "| {backend}: operation | stat | target | measured | raw baseline | ratio |\n|---|---|---|---|---|---|\n"
    );
    for f in figures {
        let rate = f.stat == "rate";
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            f.operation,
            f.stat,
            if f.target.is_empty() { "—" } else { f.target },
            number(f.store, rate),
            f.raw.map_or("—".into(), |r| number(r, rate)),
            f.ratio().map_or("—".into(), |r| format!("{r:.1}×")),
        ));
    }
    out
}
