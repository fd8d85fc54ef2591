//! Any bytes as a Meta webhook POST body: `parse` must return (the events
//! and what it skipped, or a refusal) and never panic. On success the
//! result is walked and formatted too, so every field is touched, and the
//! parse is checked to be deterministic.

#![no_main]

use std::hint::black_box;

use libfuzzer_sys::fuzz_target;
use switchboard_meta::webhook::{parse, Event, Parsed, Verb};

fuzz_target!(|body: &[u8]| {
    match parse(body) {
        Ok(parsed) => {
            walk(&parsed);
            black_box(format!("{parsed:?}"));
            assert_eq!(
                parse(body).ok().as_ref(),
                Some(&parsed),
                "parse is not deterministic"
            );
        }
        Err(e) => {
            black_box(e.to_string());
            black_box(format!("{e:?}"));
        }
    }
});

fn walk(p: &Parsed) {
    for s in &p.skipped {
        black_box(s.len());
    }
    for e in &p.events {
        let mut n = 0usize;
        match e {
            Event::Message {
                page_id,
                fan_id,
                mid,
                text,
                attachments,
                outbound,
                timestamp_ms,
            } => {
                n += page_id.len() + fan_id.len() + mid.len();
                n += text.as_deref().map_or(0, str::len);
                n += attachments.iter().map(String::len).sum::<usize>();
                black_box((outbound, timestamp_ms));
            }
            Event::MessageEdit { page_id, mid, text } => {
                n += page_id.len() + mid.len() + text.len()
            }
            Event::MessageDelete { page_id, mid } => n += page_id.len() + mid.len(),
            Event::Reaction {
                page_id,
                fan_id,
                mid,
                action,
                emoji,
            } => {
                n += page_id.len() + fan_id.len() + mid.len() + action.len();
                n += emoji.as_deref().map_or(0, str::len);
            }
            Event::Postback {
                page_id,
                fan_id,
                title,
                payload,
                timestamp_ms,
            } => {
                n += page_id.len() + fan_id.len() + title.len() + payload.len();
                black_box(timestamp_ms);
            }
            Event::Receipt {
                page_id,
                fan_id,
                read,
                watermark_ms,
            } => {
                n += page_id.len() + fan_id.len();
                black_box((read, watermark_ms));
            }
            Event::Comment {
                page_id,
                post_id,
                comment_id,
                parent_id,
                from_id,
                from_name,
                message,
                verb,
                outbound,
                created_time,
            } => {
                n += page_id.len()
                    + post_id.len()
                    + comment_id.len()
                    + from_id.len()
                    + from_name.len();
                n += parent_id.as_deref().map_or(0, str::len)
                    + message.as_deref().map_or(0, str::len);
                // A reply's parent is never the post itself.
                assert_ne!(
                    parent_id.as_ref(),
                    Some(post_id),
                    "a comment's parent is its post"
                );
                // Outbound means written by the page.
                assert_eq!(
                    *outbound,
                    from_id == page_id,
                    "outbound does not match the author"
                );
                verb_name(*verb);
                black_box(created_time);
            }
            Event::Post {
                page_id,
                post_id,
                from_id,
                from_name,
                message,
                verb,
                outbound,
                created_time,
            } => {
                n += page_id.len() + post_id.len() + from_id.len() + from_name.len();
                n += message.as_deref().map_or(0, str::len);
                assert_eq!(
                    *outbound,
                    from_id == page_id,
                    "outbound does not match the author"
                );
                verb_name(*verb);
                black_box(created_time);
            }
            Event::FeedReaction {
                page_id,
                post_id,
                from_id,
                reaction,
                verb,
            } => {
                n += page_id.len() + post_id.len() + from_id.len() + reaction.len();
                verb_name(*verb);
            }
        }
        black_box(n);
        black_box(e.clone() == *e);
    }
}

fn verb_name(v: Verb) -> &'static str {
    match v {
        Verb::Add => "add",
        Verb::Edited => "edited",
        Verb::Remove => "remove",
        Verb::Hide => "hide",
        Verb::Unhide => "unhide",
    }
}
