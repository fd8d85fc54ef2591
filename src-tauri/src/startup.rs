//! Cold-start marks. The window's start is measured from the process's
//! first instruction to the first painted queue (scripts/bench-desktop);
//! with `SWITCHBOARD_REPORT_READY` set, the moments in between are printed
//! too, once each, as `switchboard-mark NAME=MS` (ms since the process
//! began; the page's own marks are ms since its navigation began), so a
//! slow start says where its time went.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Instant;

pub struct Marks {
    started: Instant,
    report: bool,
    seen: Mutex<HashSet<String>>,
}

impl Marks {
    pub fn new(started: Instant) -> Marks {
        Marks {
            started,
            report: std::env::var_os("SWITCHBOARD_REPORT_READY").is_some(),
            seen: Mutex::new(HashSet::new()),
        }
    }

    /// Milliseconds since the process began.
    pub fn elapsed_ms(&self) -> u128 {
        self.started.elapsed().as_millis()
    }

    /// Notes `name` now, the first time only.
    pub fn mark(&self, name: &str) {
        self.print("switchboard-mark", name, self.elapsed_ms() as f64);
    }

    /// The page's marks, as it measured them.
    pub fn page_marks(&self, marks: &[(String, f64)]) {
        for (name, ms) in marks {
            self.print("switchboard-page-mark", name, *ms);
        }
    }

    fn print(&self, kind: &str, name: &str, ms: f64) {
        if !self.report {
            return;
        }
        let first = self
            .seen
            .lock()
            .map(|mut seen| seen.insert(format!("{kind}:{name}")))
            .unwrap_or(false);
        if first {
            println!("{kind} {name}={ms:.0}");
        }
    }
}
