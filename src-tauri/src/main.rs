//! `switchboard-desktop`: the window. A thin shell: it opens the workspace,
//! hands the desk to the commands, forwards changes, and nothing else. Use
//! cases live in `switchboard-desk`; the UI lives in `ui/`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod clusters;
mod commands;
mod connections;
mod crisis;
mod handoffs;
mod live;
mod menu;
mod presence;
mod render;
mod reports;
mod startup;
mod state;
mod templates;

use state::{AppState, OpenWorkspace};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;
use switchboard_desk::{Desk, ErrorPayload, OpenMode, Settings};
use tauri::Manager;

fn main() -> ExitCode {
    let started = Instant::now();
    render::choose();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let settings_path = Settings::default_path();
    let settings = Settings::load(&settings_path);
    let marks = std::sync::Arc::new(startup::Marks::new(started));
    // The workspace opens while WebKit starts: this task holds it until it
    // is open, and every command reads it, so the first ones wait for it. A
    // workspace that cannot be opened still opens the window, which says
    // why and offers File → Open.
    let workspace = std::sync::Arc::new(tokio::sync::RwLock::new(Err(ErrorPayload::from(
        switchboard_desk::DeskError::WorkspaceOpening,
    ))));
    if let Ok(mut held) = workspace.clone().try_write_owned() {
        let url = state::startup_url(&settings);
        let marks = marks.clone();
        tauri::async_runtime::spawn(async move {
            let opened = async {
                let url = url?;
                let store = url.open(OpenMode::MustExist).await?;
                Ok::<_, switchboard_desk::DeskError>(OpenWorkspace {
                    url: url.to_string(),
                    desk: Desk::new(store),
                    generation: 1,
                })
            }
            .await;
            *held = opened.map_err(|e| {
                tracing::error!(error = %e, "cannot open the workspace");
                ErrorPayload::from(e)
            });
            marks.mark("database-opened");
        });
    }
    let lang = settings
        .language
        .clone()
        .unwrap_or_else(|| switchboard_l10n::Localizer::from_env().lang().to_string());
    let state = AppState {
        workspace,
        settings: Mutex::new(settings),
        settings_path,
        marks,
        secrets: std::sync::Arc::new(switchboard_secrets::KeyringSecrets::from_env()),
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .menu(move |app| menu::build(app, &lang))
        .on_menu_event(|app, event| menu::on_menu(app, event.id().as_ref()))
        .on_window_event(|window, event| {
            // Saved as the window moves, not only on a clean close, so a
            // crash or a logout keeps the size and position too.
            if matches!(
                event,
                tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_)
            ) {
                use tauri_plugin_window_state::{AppHandleExt, StateFlags};
                let _ = window.app_handle().save_window_state(StateFlags::all());
            }
        })
        .setup(|app| {
            app.state::<AppState>().marks.mark("setup");
            live::start(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::workspace,
            commands::set_settings,
            commands::community_counts,
            commands::surges,
            commands::queue,
            commands::search,
            commands::open_case,
            commands::assign,
            commands::claim,
            commands::take_over,
            commands::set_status,
            commands::undo_status,
            commands::set_topic,
            commands::set_tags,
            commands::snooze,
            commands::add_note,
            commands::record_reply,
            commands::retry_reply,
            commands::withdraw_reply,
            commands::connections,
            connections::connect_page,
            connections::connect_demo_server,
            connections::disconnect_page,
            connections::hide_personal_comments,
            connections::send_privately,
            commands::draft,
            commands::save_draft,
            commands::open_workspace,
            commands::ui_ready,
            presence::heartbeat,
            presence::leave_case,
            presence::presence_board,
            handoffs::experts,
            handoffs::expert_input,
            handoffs::add_expert,
            handoffs::edit_expert,
            handoffs::retire_expert,
            handoffs::suggest_experts,
            handoffs::handoff_defaults,
            handoffs::ask_handoff,
            handoffs::answer_handoff,
            handoffs::decline_handoff,
            handoffs::insert_answer,
            handoffs::email_handoff,
            handoffs::expert_handoffs,
            templates::case_templates,
            templates::saved_replies,
            templates::preview_variant,
            templates::save_variant,
            templates::confirm_variant,
            templates::translation_backlog,
            templates::insert_template,
            crisis::running_crises,
            crisis::playbooks,
            crisis::declare_crisis,
            crisis::end_crisis,
            crisis::statement_preview,
            crisis::set_statement,
            crisis::publish_statement,
            clusters::crisis_clusters,
            clusters::template_options,
            clusters::cluster_reply_plan,
            clusters::cluster_reply,
            clusters::bulk_progress,
            clusters::rename_cluster,
            clusters::merge_clusters,
            clusters::move_out_of_cluster,
            clusters::split_cluster,
            clusters::crisis_desk,
            reports::report,
            reports::report_drill,
            reports::report_dashboard,
            reports::report_topic_samples,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("switchboard-desktop: {e}");
            ExitCode::FAILURE
        }
    }
}
