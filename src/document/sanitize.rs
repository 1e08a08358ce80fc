//! Making untrusted text safe to show: decoding, and removing everything that could act on
//! a terminal or reorder what the reader sees.
//!
//! Rules: drop a BOM; CRLF and lone CR become LF; tabs expand to spaces (tab stops of 4);
//! every C0/C1 control except LF is dropped, and escape sequences (CSI, OSC, DCS, SOS, PM,
//! APC, and two-byte ESC sequences) are dropped whole, parameters included, so that no
//! `]52;…` clipboard payload survives as visible garbage; bidi embedding, override and
//! isolate characters are dropped. Nothing else is removed.

/// Text decoded from bytes, and whether invalid UTF-8 had to be replaced.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub lossy: bool,
}

/// The input is binary (NUL bytes, or mostly non-text).
#[derive(Debug, PartialEq, Eq)]
pub struct Binary;

/// Decodes bytes as UTF-8 (lossily, reporting it), refusing binary content.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Binary> {
    if looks_binary(bytes) {
        return Err(Binary);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            lossy: false,
        }),
        Err(_) => Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            lossy: true,
        }),
    }
}

/// NUL bytes anywhere in the first 64 KiB, or more than 10% bytes that no text has.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return true;
    }
    if head.is_empty() {
        return false;
    }
    let odd = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    // Invalid UTF-8 runs count too: a JPEG is mostly bytes that never form UTF-8.
    let invalid = invalid_utf8_bytes(head);
    (odd + invalid) * 10 > head.len()
}

fn invalid_utf8_bytes(mut bytes: &[u8]) -> usize {
    let mut count = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return count,
            Err(e) => {
                let bad = e
                    .error_len()
                    .unwrap_or(bytes.len() - e.valid_up_to())
                    .max(1);
                count += bad;
                let next = e.valid_up_to() + bad;
                if next >= bytes.len() {
                    return count;
                }
                bytes = &bytes[next..];
            }
        }
    }
}

const TAB_WIDTH: usize = 4;

/// Applies the cleaning rules of this module to decoded text.
pub fn clean(input: &str) -> String {
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    // Copy runs of ordinary text in bulk; look closely only at bytes that can begin a
    // control, an escape, a C1 or a bidi character.
    while let Some(at) = rest.bytes().position(needs_care) {
        out.push_str(&rest[..at]);
        rest = clean_one(&rest[at..], &mut out);
    }
    out.push_str(rest);
    out
}

/// First bytes of every character [`clean`] changes: C0 controls but LF, DEL, and the
/// lead bytes of C1 controls (C2), bidi controls (E2, D8), and BOM/annotations (EF).
fn needs_care(b: u8) -> bool {
    (b < 0x20 && b != b'\n') || matches!(b, 0x7f | 0xC2 | 0xD8 | 0xE2 | 0xEF)
}

/// Handles the character at the start of `s`, appending what stays to `out`; returns
/// the rest of the text.
fn clean_one<'a>(s: &'a str, out: &mut String) -> &'a str {
    let Some(c) = s.chars().next() else {
        return s;
    };
    let rest = &s[c.len_utf8()..];
    match c {
        '\r' => {
            out.push('\n');
            rest.strip_prefix('\n').unwrap_or(rest)
        }
        '\t' => {
            let line_start = out.rfind('\n').map_or(0, |i| i + 1);
            let column = out[line_start..].chars().count();
            out.extend(std::iter::repeat_n(' ', TAB_WIDTH - column % TAB_WIDTH));
            rest
        }
        '\u{1b}' => skip_escape(rest),
        // C1 introducers of strings that run to a terminator.
        '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(rest),
        '\u{9b}' => skip_csi(rest),
        // A BOM inside the text (concatenated files) is invisible junk too.
        '\u{FEFF}' => rest,
        c if is_dropped(c) => rest,
        c => {
            out.push(c);
            rest
        }
    }
}

/// Controls and bidi formatting characters that never reach the reader.
fn is_dropped(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}' // LRE RLE PDF LRO RLO
            | '\u{2066}'..='\u{2069}' // LRI RLI FSI PDI
            | '\u{200E}' | '\u{200F}' | '\u{061C}' // marks
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        )
}

/// After ESC: skips the rest of the sequence.
fn skip_escape(s: &str) -> &str {
    let mut chars = s.chars();
    match chars.next() {
        Some('[') => skip_csi(chars.as_str()),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars.as_str()),
        // nF sequences: intermediates then one final byte.
        Some('\u{20}'..='\u{2f}') => {
            let rest = s.trim_start_matches(|c| ('\u{20}'..='\u{2f}').contains(&c));
            let mut r = rest.chars();
            match r.next() {
                Some('\u{30}'..='\u{7e}') => r.as_str(),
                _ => rest,
            }
        }
        // Two-character sequences (ESC c, ESC 7, ESC =, …).
        Some('\u{30}'..='\u{7e}') => chars.as_str(),
        _ => s,
    }
}

/// CSI: parameter and intermediate bytes, then a final byte in `@`..`~`.
fn skip_csi(s: &str) -> &str {
    let rest = s.trim_start_matches(|c| ('\u{20}'..='\u{3f}').contains(&c));
    let mut r = rest.chars();
    match r.next() {
        Some('\u{40}'..='\u{7e}') => r.as_str(),
        _ => rest,
    }
}

/// OSC/DCS/SOS/PM/APC: everything up to BEL, ST (`ESC \` or U+009C), or a newline (a
/// string that never terminates must not swallow the document).
fn skip_string(s: &str) -> &str {
    match s.find(['\u{07}', '\u{9c}', '\u{1b}', '\n', '\r']) {
        None => "",
        Some(at) => {
            let rest = &s[at..];
            let mut r = rest.chars();
            match r.next() {
                Some('\u{07}' | '\u{9c}') => r.as_str(),
                Some('\u{1b}') => r.as_str().strip_prefix('\\').unwrap_or(r.as_str()),
                _ => rest,
            }
        }
    }
}

/// Removes terminal-affecting characters from a short string that did not come through
/// [`clean`] (file names, config values) before it is displayed.
pub fn display_safe(s: &str) -> String {
    clean(s).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_osc52_clipboard_write_whole() {
        let s = clean("before\u{1b}]52;c;ZXZpbCBjb21tYW5k\u{07}after");
        assert_eq!(s, "beforeafter");
        let s = clean("a\u{1b}]52;c;ZXZpbA==\u{1b}\\b");
        assert_eq!(s, "ab");
    }

    #[test]
    fn strips_csi_clear_screen_and_colours() {
        assert_eq!(clean("x\u{1b}[2Jy\u{1b}[1;31mred\u{1b}[0m"), "xyred");
        assert_eq!(clean("x\u{9b}2Jy"), "xy");
    }

    #[test]
    fn strips_dcs_and_two_byte_escapes() {
        assert_eq!(clean("a\u{1b}P1$r\u{1b}\\b\u{1b}cc\u{1b}(Bd"), "abcd");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(clean("a\u{1b}]0;title\nnext line"), "a\nnext line");
    }

    #[test]
    fn drops_controls_and_bidi_keeps_text() {
        assert_eq!(clean("a\u{7}b\u{8}c\u{7f}d\u{85}e"), "abcde");
        assert_eq!(
            clean("abc\u{202E}fed\u{202C} \u{2066}x\u{2069}"),
            "abcfed x"
        );
    }

    #[test]
    fn normalizes_newlines_and_bom() {
        assert_eq!(clean("\u{FEFF}one\r\ntwo\rthree\n"), "one\ntwo\nthree\n");
    }

    #[test]
    fn expands_tabs_to_stops() {
        assert_eq!(clean("a\tb\n\tc"), "a   b\n    c");
        assert_eq!(clean("abcd\te"), "abcd    e");
    }

    #[test]
    fn keeps_ordinary_unicode() {
        let s = "Łukasz Żółkowski «guillemets» „quote” 東京 😀 – —";
        assert_eq!(clean(s), s);
    }

    #[test]
    fn decode_refuses_nul_and_binary() {
        assert_eq!(decode(b"text\0more").unwrap_err(), Binary);
        let jpeg: Vec<u8> = (0..400u32)
            .map(|i| (i * 37 % 256) as u8)
            .filter(|&b| b != 0)
            .collect();
        assert!(decode(&jpeg).is_err());
    }

    #[test]
    fn decode_is_lossy_on_invalid_utf8() {
        let d = decode(b"caf\xe9 au lait, a long enough line of text to be text").unwrap();
        assert!(d.lossy);
        assert!(d.text.contains("caf\u{FFFD} au lait"));
        let d = decode("plain ü".as_bytes()).unwrap();
        assert!(!d.lossy);
    }

    #[test]
    fn decode_drops_utf8_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().text, "hi");
    }
}
