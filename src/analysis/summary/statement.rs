//! A speaker's sentence as a stand-alone statement for the positions and key points: the
//! attribution around it ("…,” the expert stated.", "He also believes that …") and quote
//! marks left unbalanced by sentence splitting are removed, since the pane already says
//! whose words they are.

use crate::analysis::lexicon;

const OPENING: &[char] = &['“', '"', '«', '„', '‘'];
const CLOSING: &[char] = &['”', '"', '»', '’', '“'];

/// Most words an attribution tail may have (`the political scientist Ivan Petrov said`).
const MAX_TAIL_WORDS: usize = 6;

/// The statement a sentence carries, without its attribution.
pub fn statement(sentence: &str) -> String {
    let mut s = sentence.trim();
    s = strip_tail(s);
    s = strip_lead(s);
    let mut out = balance(s).trim().to_string();
    if let Some(first) = out.chars().next()
        && first.is_lowercase()
    {
        out = first.to_uppercase().chain(out.chars().skip(1)).collect();
    }
    if out.is_empty() {
        return out;
    }
    if out.ends_with([',', ';', ':']) {
        out.pop();
    }
    if !out.ends_with(['.', '!', '?', '…']) && !out.ends_with(CLOSING) {
        out.push('.');
    }
    out
}

fn is_reporting(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        lexicon::reporting_verb(w).is_some()
    } else {
        lexicon::reporting_verb(&w.to_lowercase()).is_some()
    }
}

/// Cuts `…,” the expert stated.` and `…, Leshenyuk concluded.` to the statement.
fn strip_tail(s: &str) -> &str {
    let body = s.trim_end_matches(['.', '!', '?']);
    // The last comma or closing mark before a short tail with a reporting verb.
    let Some(cut) = body.rfind([',', '”', '»']) else {
        return s;
    };
    let tail = &body[cut..].trim_start_matches([',', '”', '»', '"', ' ']);
    let mut words = tail.split_whitespace();
    if words.clone().nth(MAX_TAIL_WORDS).is_some() || !words.any(is_reporting) {
        return s;
    }
    // Keep a question or exclamation mark that ends the quote itself.
    s[..cut].trim_end_matches(['”', '»', '"', ',', ' '])
}

/// Connectives that tie a sentence to the one before; a statement standing alone drops
/// them (`However, there is no pivot` → `There is no pivot`).
const CONNECTIVES: &[&str] = &[
    "however",
    "moreover",
    "furthermore",
    "meanwhile",
    "nevertheless",
    "nonetheless",
    "still",
    "thus",
    "therefore",
    "indeed",
    "besides",
    "also",
    "in addition",
    "at the same time",
    "in turn",
    "in other words",
    "on the contrary",
    "first",
    "second",
    "third",
    "finally",
    "in this context",
    "in this regard",
];

/// Drops `He also believes that ` / `She added that ` / `In his view, ` openings and a
/// leading connective.
fn strip_lead(s: &str) -> &str {
    let s = strip_connective(s);
    for view in [
        "in his view, ",
        "in her view, ",
        "in their view, ",
        "in his opinion, ",
        "in her opinion, ",
    ] {
        if starts_with_ignoring_case(s, view) {
            return &s[view.len()..];
        }
    }
    let first = s.split(' ').next().unwrap_or("");
    if !["he", "she", "they"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
    {
        return s;
    }
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .take(5)
        .collect();
    for (i, &(at, w)) in words.iter().enumerate().skip(1) {
        if w == "that" && words[1..i].iter().any(|(_, v)| is_reporting(v)) {
            return &s[at + w.len() + 1..];
        }
    }
    s
}

fn strip_connective(s: &str) -> &str {
    for c in CONNECTIVES {
        if starts_with_ignoring_case(s, c) && s[c.len()..].starts_with(", ") {
            return &s[c.len() + 2..];
        }
    }
    s
}

/// True when `s` opens with `prefix` (lower-case ASCII), whatever the case of `s`.
fn starts_with_ignoring_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Removes an opening mark with no closing one, and a closing mark with no opening one.
fn balance(s: &str) -> &str {
    let (mut opens, mut closes) = (0, 0);
    for c in s.chars() {
        match c {
            '“' | '«' | '„' => opens += 1,
            '”' | '»' => closes += 1,
            _ => {}
        }
    }
    let mut s = s;
    if opens > closes {
        s = s.strip_prefix(OPENING).unwrap_or(s);
    }
    if closes > opens {
        s = s.strip_suffix(['”', '»']).unwrap_or(s);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::statement;

    #[test]
    fn quote_with_attribution_tail() {
        assert_eq!(
            statement(
                "In this context, dialogue allows Washington to monitor risks,” the expert stated."
            ),
            "Dialogue allows Washington to monitor risks."
        );
        assert_eq!(
            statement(
                "The West will seek to reshape the sanctions framework,” Leshenyuk concluded."
            ),
            "The West will seek to reshape the sanctions framework."
        );
        assert_eq!(
            statement("“Is this the end?” she asked."),
            "Is this the end?"
        );
    }

    #[test]
    fn reported_lead_and_unbalanced_marks() {
        assert_eq!(
            statement("He also believes that a strategic pivot is not anticipated."),
            "A strategic pivot is not anticipated."
        );
        assert_eq!(
            statement("In his view, talks will continue."),
            "Talks will continue."
        );
        assert_eq!(
            statement("“Minsk’s steps do not contradict Moscow’s interests."),
            "Minsk’s steps do not contradict Moscow’s interests."
        );
    }

    #[test]
    fn ordinary_sentences_are_kept() {
        let s = "There is no real ‘pivot’—this is a pragmatic attempt, analysts say and others agree about it today.";
        assert_eq!(statement(s), s);
        assert_eq!(
            statement("However, there is no real ‘pivot’ here."),
            "There is no real ‘pivot’ here."
        );
        assert_eq!(statement("Howevermore, it is."), "Howevermore, it is.");
        assert_eq!(statement("Prices rose, officials said."), "Prices rose.");
        assert_eq!(statement("Nobody listened"), "Nobody listened.");
        assert_eq!(statement(""), "");
    }
}
