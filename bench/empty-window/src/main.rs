//! An empty Tauri window that prints how long it took to paint, the baseline
//! against which scripts/bench-desktop measures Switchboard's window.

use std::time::Instant;

struct Started(Instant);

#[tauri::command]
fn ready(started: tauri::State<'_, Started>) {
    println!("switchboard-ready-ms={}", started.0.elapsed().as_millis());
}

fn main() {
    let started = Started(Instant::now());
    if let Err(e) = tauri::Builder::default()
        .manage(started)
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
    {
        eprintln!("empty-window: {e}");
        std::process::exit(1);
    }
}
