//! What the desk must do when the Graph API answers with an error or says
//! a quota is close (docs: Graph API error codes, rate limiting):
//! - 4, 17, 32, 613 (and 80001–80014, page-level throttling), or a usage
//!   header at 95 % or more → back off and resume later;
//! - 190 (invalid or expired token) → the community needs re-authorisation;
//! - 10 with subcode 2018278 (or 2018065, 2018108), or 551 with 1545041 →
//!   outside the Messenger reply window: keep the draft, explain;
//! - anything else → a clear error on that one message.
//!
//! Nothing here drops data: the caller keeps what it was sending.

use serde_json::Value;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Wait (at least `after` when Meta said how long) and try again.
    BackOff { after: Option<Duration> },
    /// The page token is no longer valid: ask for a new one.
    Reauthorize,
    /// The fan's reply window is closed for this kind of message.
    OutsideWindow,
    /// This request was refused; the message shows why.
    Rejected {
        code: i64,
        subcode: Option<i64>,
        message: String,
    },
}

const THROTTLE_CODES: [i64; 4] = [4, 17, 32, 613];

/// The action for an error body (`{"error": {"code": …}}`).
pub fn classify(body: &Value) -> Action {
    let e = body.get("error").unwrap_or(body);
    let code = e.get("code").and_then(Value::as_i64).unwrap_or(0);
    let subcode = e.get("error_subcode").and_then(Value::as_i64);
    let message = e
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    match (code, subcode) {
        (c, _) if THROTTLE_CODES.contains(&c) || (80001..=80014).contains(&c) => {
            Action::BackOff { after: None }
        }
        (190, _) => Action::Reauthorize,
        (10, Some(2_018_278 | 2_018_065 | 2_018_108)) | (551, Some(1_545_041)) => {
            Action::OutsideWindow
        }
        _ => Action::Rejected {
            code,
            subcode,
            message,
        },
    }
}

/// The highest percentage in `X-App-Usage` (`{"call_count":…,
/// "total_time":…,"total_cputime":…}`), or `X-Business-Use-Case-Usage`
/// (`{"<id>":[{…, "estimated_time_to_regain_access": minutes}]}`), with
/// the wait Meta announced. Unreadable headers count as no pressure.
pub fn usage(app: Option<&str>, business: Option<&str>) -> (u64, Option<Duration>) {
    let pct = |v: &Value| {
        ["call_count", "total_time", "total_cputime"]
            .iter()
            .filter_map(|k| v.get(*k).and_then(Value::as_u64))
            .max()
            .unwrap_or(0)
    };
    let mut highest = 0;
    let mut wait = None;
    if let Some(v) = app.and_then(|h| serde_json::from_str::<Value>(h).ok()) {
        highest = highest.max(pct(&v));
    }
    if let Some(Value::Object(map)) = business.and_then(|h| serde_json::from_str::<Value>(h).ok()) {
        for items in map.values().filter_map(Value::as_array) {
            for it in items {
                highest = highest.max(pct(it));
                if let Some(m) = it
                    .get("estimated_time_to_regain_access")
                    .and_then(Value::as_u64)
                    .filter(|m| *m > 0)
                {
                    let d = Duration::from_secs(m * 60);
                    wait = Some(wait.map_or(d, |w: Duration| w.max(d)));
                }
            }
        }
    }
    (highest, wait)
}

/// Back off before the next call when a quota is at 95 % or Meta gave a wait.
pub fn pressure(app: Option<&str>, business: Option<&str>) -> Option<Action> {
    let (pct, after) = usage(app, business);
    (pct >= 95 || after.is_some()).then_some(Action::BackOff { after })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(code: i64, sub: Option<i64>) -> Value {
        match sub {
            Some(s) => {
                json!({"error": {"message": "m", "type": "OAuthException", "code": code, "error_subcode": s}})
            }
            None => json!({"error": {"message": "m", "type": "OAuthException", "code": code}}),
        }
    }

    #[test]
    fn each_documented_code_maps_to_what_the_desk_must_do() {
        for c in [4, 17, 32, 613, 80001] {
            assert_eq!(
                classify(&err(c, None)),
                Action::BackOff { after: None },
                "{c}"
            );
        }
        assert_eq!(classify(&err(190, Some(463))), Action::Reauthorize);
        assert_eq!(classify(&err(10, Some(2_018_278))), Action::OutsideWindow);
        assert_eq!(classify(&err(551, Some(1_545_041))), Action::OutsideWindow);
        assert_eq!(
            classify(&err(10, None)),
            Action::Rejected {
                code: 10,
                subcode: None,
                message: "m".into()
            },
            "permission errors without the window subcode are not about the window"
        );
        assert!(matches!(
            classify(&err(100, Some(33))),
            Action::Rejected { code: 100, .. }
        ));
        assert!(matches!(
            classify(&json!("garbage")),
            Action::Rejected { code: 0, .. }
        ));
    }

    #[test]
    fn usage_headers_at_95_percent_or_with_a_wait_mean_back_off() {
        assert_eq!(
            pressure(
                Some(r#"{"call_count":40,"total_time":20,"total_cputime":10}"#),
                None
            ),
            None
        );
        assert_eq!(
            pressure(
                Some(r#"{"call_count":96,"total_time":20,"total_cputime":10}"#),
                None
            ),
            Some(Action::BackOff { after: None })
        );
        let buc = r#"{"1234":[{"type":"messenger","call_count":50,"total_cputime":10,"total_time":12,"estimated_time_to_regain_access":7}]}"#;
        assert_eq!(
            pressure(None, Some(buc)),
            Some(Action::BackOff {
                after: Some(Duration::from_secs(420))
            })
        );
        assert_eq!(pressure(Some("not json"), Some("[]")), None);
    }
}
