//! Notes on how an input was read and the problems met in it, kept as catalogue ids with
//! their English text and arguments: the report writes them in its own language.

/// A note on how an input was read, kept as its catalogue id, English text and arguments so
/// that the report writes it in its own language ([`Note::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub id: std::borrow::Cow<'static, str>,
    pub english: std::borrow::Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

/// A value in a [`Note`]: a text as it is, a count, or another note (translated with it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(u64),
    Note(Box<Note>),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n as u64)
    }
}

impl From<Note> for Arg {
    fn from(n: Note) -> Self {
        Arg::Note(Box::new(n))
    }
}

impl Note {
    /// A note with its id and English text (`{name}` for each argument).
    pub fn new(id: &'static str, english: &'static str) -> Self {
        Note {
            id: id.into(),
            english: english.into(),
            args: vec![],
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The note in `tr`'s language (English where the catalogue has no translation).
    pub fn text(&self, tr: tokenready_i18n::Tr) -> String {
        use tokenready_i18n::Value;
        let args: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(s) => Value::from(s.as_str()),
                    Arg::Count(n) => Value::from(*n),
                    Arg::Note(n) => Value::from(n.text(tr)),
                };
                (*k, v)
            })
            .collect();
        tr.fill(&self.id, &self.english, &args)
    }

    /// The note in English.
    pub fn english(&self) -> String {
        self.text(tokenready_i18n::Tr::new(None))
    }
}

/// An input's notes as one text in `tr`'s language (French puts a no-break space before the
/// semicolon between them); `None` without notes.
pub fn notes_text(notes: &[Note], tr: tokenready_i18n::Tr) -> Option<String> {
    let texts: Vec<String> = notes.iter().map(|n| n.text(tr)).collect();
    (!texts.is_empty()).then(|| texts.join(&tr.fill("note-separator", "; ", &[])))
}
