//! The texts events share, kept once per input.

use std::sync::Arc;

/// A text of an event that many events share (a computer, an account, a status code): kept once
/// per input ([`FileResult::keep_event`]) and shared by every event that has it. An export can
/// hold millions of the account's events with a few hundred distinct values between them.
/// Eight bytes, a thin pointer (the empty text holds none): an event's eleven texts take 88
/// bytes, not 176, and a dense Security log keeps a quarter of a million events.
#[derive(Clone, Default)]
pub struct Text(Option<Arc<Box<str>>>);

impl Text {
    pub fn as_str(&self) -> &str {
        self.0.as_deref().map_or("", |b| b)
    }

    /// Where the shared text is (0 for the empty one, which is not shared).
    pub(super) fn address(&self) -> usize {
        self.0.as_ref().map_or(0, |a| Arc::as_ptr(a) as usize)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

// Compared, ordered and hashed as the text (`Borrow<str>` needs the same hash as `str`).
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text((!s.is_empty()).then(|| Arc::new(Box::from(s))))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text((!s.is_empty()).then(|| Arc::new(s.into_boxed_str())))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
