//! How the window is drawn on Linux when the machine has no GPU.
//!
//! WebKitGTK draws through its DMA-BUF renderer by default. Without a GPU
//! render node (`/dev/dri/renderD*`: a virtual machine, a remote desktop,
//! Xvfb) that renderer runs on Mesa's software OpenGL, which compiles its
//! shaders on first use: the first opening of a view with new layers (the
//! Reports dashboard) took 1.9–2.7 s instead of 1.0 s, every later one
//! 0.7–1.1 s instead of 0.7 s. WebKit's shared-memory path draws the same
//! pixels without OpenGL. docs/decisions/030-rendering-without-a-gpu.md.

use std::path::Path;

/// The variable WebKitGTK reads; a value the user set is always kept.
pub const DISABLE_DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// Whether to turn the DMA-BUF renderer off: only when nobody chose either
/// way and no GPU render node exists.
pub fn software_only(user_choice: Option<&std::ffi::OsStr>, has_render_node: bool) -> bool {
    user_choice.is_none() && !has_render_node
}

/// Whether `dir` (normally `/dev/dri`) holds a render node.
pub fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

/// Chooses the renderer. Call first thing in `main`, before any thread
/// starts: it may set an environment variable.
pub fn choose() {
    if cfg!(target_os = "linux")
        && software_only(
            std::env::var_os(DISABLE_DMABUF).as_deref(),
            has_render_node(Path::new("/dev/dri")),
        )
    {
        std::env::set_var(DISABLE_DMABUF, "1");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn a_machine_without_a_render_node_draws_without_dmabuf() {
        assert!(software_only(None, false));
    }

    #[test]
    fn a_machine_with_a_gpu_keeps_webkits_default() {
        assert!(!software_only(None, true));
    }

    #[test]
    fn the_users_own_setting_is_kept_either_way() {
        assert!(!software_only(Some(OsStr::new("0")), false));
        assert!(!software_only(Some(OsStr::new("1")), true));
    }

    #[test]
    fn render_nodes_are_found_by_name_and_a_missing_directory_means_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(has_render_node(dir.path()));
        assert!(!has_render_node(&dir.path().join("absent")));
    }
}
