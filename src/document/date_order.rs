//! Which way round a document writes numeric dates. `03/06/2029` is 3 June in Wellington
//! and March 6 in Wisconsin; the document itself usually settles it, since some of its
//! numeric dates can only be read one way (`26/06/2029`, `01/24/2029`). Loading decides
//! once, so the header's date and the timeline's dates agree.

/// The order of day and month in a document's `a/b/yyyy` dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// `26/06/2029`: day, month, year (most of the world; every `26.06.2029`).
    DayFirst,
    /// `01/24/2029`: month, day, year (the United States).
    MonthFirst,
    /// The document gives no evidence either way.
    #[default]
    Unknown,
}

impl DateOrder {
    /// The (month, day) of a numeric date written `a`, `b` with separator `sep`, if it
    /// can be read: an unambiguous one whatever the order, an ambiguous one by the order.
    pub fn month_day(self, a: u32, b: u32, sep: char) -> Option<(u32, u32)> {
        let valid =
            |m: u32, d: u32| ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m, d));
        if sep == '.' || a > 12 {
            return valid(b, a);
        }
        if b > 12 {
            return valid(a, b);
        }
        match self {
            DateOrder::DayFirst => valid(b, a),
            DateOrder::MonthFirst => valid(a, b),
            DateOrder::Unknown => None,
        }
    }
}

/// The order `text`'s numeric dates follow, by the dates that can only be read one way:
/// a first number above 12 (or a dotted date, which is always day first) votes for day
/// first, a second number above 12 for month first. Ties and no votes give
/// [`DateOrder::Unknown`]. Each separator is found with `str::find` (a fast byte search)
/// and the digits around it are read, so loading pays little for it.
pub fn date_order(text: &str) -> DateOrder {
    let bytes = text.as_bytes();
    let (mut day_first, mut month_first) = (0usize, 0usize);
    let digits_from = |at: usize| {
        bytes[at.min(bytes.len())..]
            .iter()
            .take(5)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let value = |at: usize, n: usize| {
        bytes[at..at + n]
            .iter()
            .fold(0u32, |v, &b| v * 10 + u32::from(b - b'0'))
    };
    for sep in ['/', '.', '-'] {
        let mut from = 0;
        while let Some(k) = text[from..].find(sep) {
            let p = from + k;
            from = p + 1;
            // One or two digits before it, not inside a longer number, word or chain.
            let n1 = bytes[..p]
                .iter()
                .rev()
                .take(3)
                .take_while(|b| b.is_ascii_digit())
                .count();
            let a_at = p - n1;
            if !(1..=2).contains(&n1)
                || a_at
                    .checked_sub(1)
                    .is_some_and(|i| bytes[i].is_ascii_alphanumeric() || b"/.-".contains(&bytes[i]))
            {
                continue;
            }
            // One or two digits, the same separator, a four-digit year, the end of a word.
            let n2 = digits_from(p + 1);
            let q = p + 1 + n2;
            if !(1..=2).contains(&n2) || bytes.get(q) != Some(&(sep as u8)) {
                continue;
            }
            let n3 = digits_from(q + 1);
            let ends = bytes
                .get(q + 1 + n3)
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            let (a, b, year) = (value(a_at, n1), value(p + 1, n2), value(q + 1, n3));
            if n3 != 4 || !ends || !(1000..=2199).contains(&year) || a == 0 || b == 0 {
                continue;
            }
            if sep == '.' || (a > 12 && a <= 31 && b <= 12) {
                day_first += 1;
            } else if b > 12 && b <= 31 && a <= 12 {
                month_first += 1;
            }
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => DateOrder::DayFirst,
        std::cmp::Ordering::Less => DateOrder::MonthFirst,
        std::cmp::Ordering::Equal => DateOrder::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unambiguous_dates_settle_the_order() {
        assert_eq!(
            date_order("Updated 05/04/2031. Photo taken 19/03/2031 by the river."),
            DateOrder::DayFirst
        );
        assert_eq!(
            date_order("Posted 05/04/2031 9:00 AM. The board met on 03/19/2031."),
            DateOrder::MonthFirst
        );
        assert_eq!(date_order("Stand: 05.04.2031"), DateOrder::DayFirst);
        assert_eq!(
            date_order("Posted 05/04/2031, revised 06/04/2031"),
            DateOrder::Unknown
        );
        assert_eq!(date_order("no dates here at all"), DateOrder::Unknown);
    }

    #[test]
    fn numbers_that_are_not_dates_do_not_vote() {
        // Scores, fractions, versions and ISO dates say nothing about the order.
        for text in [
            "The vote was 13/5 against, and 2031/03/19 is year first.",
            "Version 1.14.2031x shipped; 14/03/20311 is too long.",
            "Page 3/19 of the report, 2031-03-19 in ISO.",
        ] {
            assert_eq!(date_order(text), DateOrder::Unknown, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_an_order(text in "[0-9/.\\- a-z]{0,40}") {
            let _ = date_order(&text);
        }
    }

    #[test]
    fn month_day_reads_by_the_order_only_when_it_must() {
        let (day, month, unknown) = (
            DateOrder::DayFirst,
            DateOrder::MonthFirst,
            DateOrder::Unknown,
        );
        assert_eq!(day.month_day(3, 6, '/'), Some((6, 3)));
        assert_eq!(month.month_day(3, 6, '/'), Some((3, 6)));
        assert_eq!(unknown.month_day(3, 6, '/'), None);
        // Unambiguous dates read the same whatever the document's order.
        assert_eq!(month.month_day(26, 6, '/'), Some((6, 26)));
        assert_eq!(day.month_day(1, 24, '/'), Some((1, 24)));
        assert_eq!(month.month_day(3, 6, '.'), Some((6, 3)));
        assert_eq!(day.month_day(13, 13, '/'), None);
    }
}
