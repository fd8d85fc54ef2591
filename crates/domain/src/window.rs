//! Meta's reply windows: whether, and how, a reply may still be sent.
//!
//! Meta counts its windows in plain elapsed time (not business time) from the
//! fan's message, so these are UTC instants and comparisons, nothing more.
//! Every answer carries the instant the window closes (or closed) so that the
//! composer can show it instead of letting a send fail at Meta. Each window is
//! half-open: at exactly 24 hours the standard window is already closed.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Standard Messenger replies (messaging_type RESPONSE) are allowed this long
/// after the fan's last message.
pub const STANDARD_WINDOW: Duration = Duration::hours(24);
/// With the HUMAN_AGENT tag, when the workspace has Meta's approval.
pub const HUMAN_AGENT_WINDOW: Duration = Duration::days(7);
/// A private reply to a comment: once, within this long after the comment.
pub const PRIVATE_REPLY_WINDOW: Duration = Duration::days(7);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MessengerWindow {
    /// messaging_type RESPONSE until `closes_at`.
    Standard { closes_at: DateTime<Utc> },
    /// MESSAGE_TAG with tag HUMAN_AGENT until `closes_at`.
    HumanAgent { closes_at: DateTime<Utc> },
    /// No Messenger reply is possible any more.
    Closed { closed_at: DateTime<Utc> },
}

/// Which Messenger reply, if any, may be sent at `now` to a fan whose last
/// message came at `last_fan_message`.
pub fn messenger_window(
    last_fan_message: DateTime<Utc>,
    now: DateTime<Utc>,
    human_agent_enabled: bool,
) -> MessengerWindow {
    let standard_closes = after(last_fan_message, STANDARD_WINDOW);
    if now < standard_closes {
        return MessengerWindow::Standard {
            closes_at: standard_closes,
        };
    }
    if !human_agent_enabled {
        return MessengerWindow::Closed {
            closed_at: standard_closes,
        };
    }
    let human_closes = after(last_fan_message, HUMAN_AGENT_WINDOW);
    if now < human_closes {
        MessengerWindow::HumanAgent {
            closes_at: human_closes,
        }
    } else {
        MessengerWindow::Closed {
            closed_at: human_closes,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PrivateReply {
    Available { closes_at: DateTime<Utc> },
    AlreadySent,
    Expired { closed_at: DateTime<Utc> },
}

/// Whether a private reply may be sent at `now` to a comment written at
/// `comment_at`. Only one is ever allowed.
pub fn private_reply(
    comment_at: DateTime<Utc>,
    already_sent: bool,
    now: DateTime<Utc>,
) -> PrivateReply {
    if already_sent {
        return PrivateReply::AlreadySent;
    }
    let closes_at = after(comment_at, PRIVATE_REPLY_WINDOW);
    if now < closes_at {
        PrivateReply::Available { closes_at }
    } else {
        PrivateReply::Expired {
            closed_at: closes_at,
        }
    }
}

/// `at + window`, saturating at the largest instant instead of panicking.
fn after(at: DateTime<Utc>, window: Duration) -> DateTime<Utc> {
    at.checked_add_signed(window)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn last() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 10, 9, 30, 0).unwrap()
    }

    fn second() -> Duration {
        Duration::seconds(1)
    }

    #[test]
    fn standard_reply_is_possible_for_24_hours_after_the_fans_message() {
        for enabled in [false, true] {
            for now in [
                last(),
                last() + Duration::hours(23),
                last() + STANDARD_WINDOW - second(),
            ] {
                let got = messenger_window(last(), now, enabled);
                let expected = MessengerWindow::Standard {
                    closes_at: last() + Duration::hours(24),
                };
                assert_eq!(
                    got, expected,
                    "at {now} (human agent {enabled}): expected {expected:?}, got {got:?}"
                );
            }
        }
    }

    #[test]
    fn message_written_in_the_future_still_opens_the_standard_window() {
        let got = messenger_window(last(), last() - Duration::minutes(5), false);
        let expected = MessengerWindow::Standard {
            closes_at: last() + STANDARD_WINDOW,
        };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
    }

    #[test]
    fn standard_window_is_closed_at_exactly_24_hours() {
        let now = last() + Duration::hours(24);
        let got = messenger_window(last(), now, false);
        let expected = MessengerWindow::Closed { closed_at: now };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
        let got = messenger_window(last(), now, true);
        let expected = MessengerWindow::HumanAgent {
            closes_at: last() + Duration::days(7),
        };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
    }

    #[test]
    fn without_human_agent_approval_nothing_is_possible_after_24_hours() {
        let got = messenger_window(last(), last() + Duration::days(3), false);
        let expected = MessengerWindow::Closed {
            closed_at: last() + Duration::hours(24),
        };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
    }

    #[test]
    fn human_agent_reply_is_possible_until_just_before_seven_days() {
        for now in [
            last() + Duration::days(2),
            last() + HUMAN_AGENT_WINDOW - second(),
        ] {
            let got = messenger_window(last(), now, true);
            let expected = MessengerWindow::HumanAgent {
                closes_at: last() + Duration::days(7),
            };
            assert_eq!(
                got, expected,
                "at {now}: expected {expected:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn human_agent_window_is_closed_at_exactly_seven_days() {
        for now in [last() + Duration::days(7), last() + Duration::days(30)] {
            let got = messenger_window(last(), now, true);
            let expected = MessengerWindow::Closed {
                closed_at: last() + Duration::days(7),
            };
            assert_eq!(
                got, expected,
                "at {now}: expected {expected:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn private_reply_is_available_until_just_before_seven_days() {
        for now in [
            last(),
            last() + Duration::days(6),
            last() + PRIVATE_REPLY_WINDOW - second(),
        ] {
            let got = private_reply(last(), false, now);
            let expected = PrivateReply::Available {
                closes_at: last() + Duration::days(7),
            };
            assert_eq!(
                got, expected,
                "at {now}: expected {expected:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn private_reply_expires_at_exactly_seven_days() {
        let got = private_reply(last(), false, last() + Duration::days(7));
        let expected = PrivateReply::Expired {
            closed_at: last() + Duration::days(7),
        };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
    }

    #[test]
    fn private_reply_can_be_sent_only_once() {
        for now in [last(), last() + Duration::days(10)] {
            let got = private_reply(last(), true, now);
            assert_eq!(
                got,
                PrivateReply::AlreadySent,
                "at {now}: expected already sent, got {got:?}"
            );
        }
    }

    #[test]
    fn windows_at_the_end_of_time_do_not_panic() {
        let end = DateTime::<Utc>::MAX_UTC;
        let got = messenger_window(end, end, true);
        let expected = MessengerWindow::Closed { closed_at: end };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
        let got = private_reply(end, false, end);
        let expected = PrivateReply::Expired { closed_at: end };
        assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
    }

    #[test]
    fn windows_serialize_with_a_kind_tag() {
        let json = serde_json::to_value(MessengerWindow::HumanAgent { closes_at: last() }).unwrap();
        assert_eq!(
            json["kind"], "human_agent",
            "expected kind human_agent, got {json}"
        );
        let json = serde_json::to_value(PrivateReply::AlreadySent).unwrap();
        assert_eq!(
            json["kind"], "already_sent",
            "expected kind already_sent, got {json}"
        );
    }
}
