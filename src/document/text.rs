//! Plain-text briefings: headline on the first line, optional dateline/byline lines, then
//! the body in either paragraph convention (see [`super::paragraphs`]).

use super::{DateOrder, ParagraphKind, Parsed, metadata, paragraphs};

/// A first line longer than this is body text, not a headline.
const MAX_TITLE_CHARS: usize = 250;

/// `order` reads the header's ambiguous numeric dates (see [`DateOrder`]).
pub(crate) fn parse(text: &str, order: DateOrder) -> Parsed {
    let text = without_print_furniture(text);
    let mut lines: Vec<&str> = text.lines().collect();
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    // A page copied from the browser opens with its skip link and menu words; a Reader
    // View copy with the site's domain. Neither is the headline.
    if let Some(n) = skip_link_menu(&lines) {
        lines.drain(..n);
    }
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    // A site's navigation row over everything else (`Home | World | Business |
    // Opinion`), without a skip link: the page's menu, never the headline.
    while lines
        .first()
        .is_some_and(|l| metadata::is_navigation_line(l))
        && lines.iter().skip(1).any(|l| !l.trim().is_empty())
    {
        lines.remove(0);
        while lines.first().is_some_and(|l| l.trim().is_empty()) {
            lines.remove(0);
        }
    }
    let mut site = None;
    if lines.first().is_some_and(|l| is_domain_line(l.trim())) {
        site = Some(lines.remove(0).trim().to_string());
        while lines.first().is_some_and(|l| l.trim().is_empty()) {
            lines.remove(0);
        }
    }
    // A publication's name line over the page (`THE NORTH SHORE WIRE / LE FIL DE LA RIVE
    // NORD`, `Gridlines — a podcast about power markets`), perhaps with a breadcrumb or a
    // service line under it, over a headline in ordinary case: the outlet, never the
    // headline.
    if site.is_none()
        && let Some(name) = lines.first().and_then(|l| publication_name(l.trim()))
        && let Some(at) = lines.iter().skip(1).position(|l| {
            let l = l.trim();
            !(l.is_empty() || metadata::is_breadcrumb(l) || is_service_line(l))
        })
        && cased_headline_at_start(&lines[at + 1..], order) == Some(0)
        && lines[at + 1].split_whitespace().count() >= MIN_HEADLINE_WORDS
    {
        site = Some(name);
        lines.drain(..=at);
    }
    let mut parsed = Parsed::default();
    let Some(first) = lines.first().map(|l| l.trim()) else {
        return parsed;
    };
    let mut body_start = 0;
    let mut rubric = None;
    let mut stated = false;
    // A saved email: its subject is the headline, its date the publication date.
    let email = email_headers(&lines, order);
    if let Some(email) = &email {
        parsed.title = Some(email.subject.clone());
        parsed.published = email.date;
        stated = email.date.is_some();
        body_start = email.lines;
    }
    // A paper's masthead in capitals over a section rubric (`THE LAKESIDE MONITOR`, then
    // `News | National`): the outlet's name, and the rubric line is next. A site's name
    // in ordinary case (`The Harbour Ledger`, `KTV News`) over a breadcrumb is one too
    // when a headline follows the breadcrumb: headlines come under a trail, not over it.
    // A masthead may stand over a desk's label in capitals instead (`MARKETS &
    // COMMODITIES`) when a headline in ordinary case comes under the label; a masthead in
    // ordinary case (`The Lakeside Weekly`) only right over it, with no blank line.
    // `English Edition` under a masthead names the edition, not a section: the lines
    // about the masthead read past it.
    if email.is_none()
        && is_outlet_line(first)
        && let Some(at) = lines.iter().skip(1).position(|l| !l.trim().is_empty())
        && is_edition_line(lines[at + 1].trim())
    {
        lines.remove(at + 1);
    }
    let mut masthead = None;
    if email.is_none()
        && is_outlet_line(first)
        && let Some(at) = lines.iter().skip(1).position(|l| !l.trim().is_empty())
        && let next = lines[at + 1].trim()
        && ((is_rubric_line(next) || metadata::is_breadcrumb(next))
            && (is_masthead(first)
                || !is_rubric_line(first) && headline_at_start(&lines[at + 2..], order).is_some())
            || (is_masthead(first) || at == 0)
                && is_section_label(next)
                && cased_headline_at_start(&lines[at + 2..], order).is_some())
    {
        masthead = Some(first.to_string());
        body_start = at + 1;
    }
    // `COMMENTARY | Asia Program | Energy` over the headline: the page's rubric. A
    // masthead with its edition (`DAILY NEWS | English edition`) may come first, over a
    // breadcrumb (`Economy › Energy`).
    while email.is_none() {
        let first = lines[body_start].trim();
        // Under a masthead, a desk's label in capitals (`MARKETS & COMMODITIES`,
        // `CONSTITUTIONAL LAW / ENERGY`) is a rubric too, over a headline in ordinary case.
        let label = masthead.is_some()
            && is_section_label(first)
            && cased_headline_at_start(&lines[body_start + 1..], order).is_some();
        if !(is_rubric_line(first)
            || metadata::is_breadcrumb(first)
            || metadata::is_navigation_line(first)
            || label)
        {
            break;
        }
        let Some(at) = lines
            .iter()
            .skip(body_start + 1)
            .position(|l| !l.trim().is_empty())
            .map(|at| at + body_start + 1)
        else {
            break;
        };
        if !is_headline(lines[at].trim())
            || metadata::dateline(lines[at], order).is_some()
            || metadata::byline(lines[at]).is_some()
        {
            break;
        }
        rubric = Some(first.to_string());
        body_start = at;
    }
    // A wire feed's header over the headline: its stamp (`Agency | Desk | 15-Feb-2028
    // 11:32:07 GMT`), which gives the date, and the story's slug (`BC-PORTS/STRIKE`).
    while email.is_none() && parsed.title.is_none() {
        let Some(line) = lines.get(body_start).map(|l| l.trim()) else {
            break;
        };
        if line.contains(" | ")
            && let Some(date) = metadata::dateline(line, order)
        {
            set_published(&mut parsed, &mut stated, line, date);
        } else if !is_wire_slug(line) {
            break;
        }
        body_start += 1;
        while lines.get(body_start).is_some_and(|l| l.trim().is_empty()) {
            body_start += 1;
        }
    }
    // A section label over the kicker (`Business`, then `Analysis`, then the headline):
    // both are labels, not the headline. A wire service's feed name of up to five words
    // (`NEWSWIRE World English Service`) stands there the same way: the kicker under it
    // already shows the line is furniture, since a headline never sits over its kicker.
    if email.is_none()
        && parsed.title.is_none()
        && let Some(label) = lines.get(body_start).map(|l| l.trim())
        && (is_outlet_line(label) || is_banner_line(label))
        && !metadata::is_kicker_label(label)
        && let Some(j) = lines[body_start + 1..]
            .iter()
            .position(|l| !l.trim().is_empty())
            .map(|j| j + body_start + 1)
        && metadata::is_kicker_label(lines[j].trim())
        && kicker_over_headline(&lines[j..], order).is_some()
    {
        body_start = j;
    }
    // `ANALYSIS` alone over the headline: the story's kicker, not its headline.
    if email.is_none()
        && parsed.title.is_none()
        && let Some(at) = kicker_over_headline(&lines[body_start..], order)
    {
        rubric = Some(lines[body_start].trim().to_string());
        body_start += at;
    }
    // Labels stacked over the headline (`THE HARBOUR LEDGER`, `Markets`, `WORLD NEWS`),
    // perhaps with the date between them: none of them is the headline.
    if email.is_none()
        && parsed.title.is_none()
        && let Some((at, date)) = labels_over_headline(&lines[body_start..], order)
    {
        if let Some(date) = date {
            parsed.published = Some(date);
            stated = true;
        }
        rubric = rubric.or_else(|| Some(lines[body_start].trim().to_string()));
        body_start += at;
    }
    let headline_at = body_start;
    let first = lines.get(body_start).map_or("", |l| l.trim());
    if email.is_none() && is_headline(first) {
        let (title, subtitle, source) = metadata::split_headline(first);
        parsed.title = Some(title);
        parsed.subtitle = subtitle.or(rubric.clone());
        parsed.source = source.or(masthead);
        body_start += 1;
    }
    // A standfirst replaces the rubric as the subtitle; there is one at most.
    let mut standfirst_seen = parsed.subtitle.is_some() && parsed.subtitle != rubric;
    // The header showed only a relative stamp (`Yesterday 18:40`): see [`foot_date`].
    let mut relative_stamp = false;
    let mut reader_view = false;
    // Metadata lines between the headline and the body.
    while let Some(line) = lines.get(body_start).map(|l| l.trim()) {
        if line.is_empty() || parsed.title.as_deref() == Some(line) {
            // A newsletter repeats its subject as the headline under the masthead.
            body_start += 1;
        } else if let Some(date) = metadata::dateline(line, order) {
            set_published(&mut parsed, &mut stated, line, date);
            // `By Ana Ruiz | 3 May 2029`: a date line that names the author too, perhaps
            // as one of its parts (`Published: … · 7 min read · By Ana Ruiz, Editor`).
            if let Some(author) =
                metadata::byline(line).or_else(|| metadata::meta_line_byline(line))
            {
                parsed.author = parsed.author.or(Some(author));
            }
            body_start += 1;
        } else if let Some(author) = metadata::byline(line) {
            parsed.author = parsed.author.or(Some(author));
            body_start += 1;
        } else if parsed.title.is_some()
            && parsed.author.is_none()
            && is_person_name(line)
            && next_nonblank(&lines[body_start + 1..]).is_some_and(metadata::is_reading_time)
        {
            // Reader View's header: the author's name alone over the reading time. The
            // standfirst comes under them.
            parsed.author = Some(line.to_string());
            reader_view = true;
            body_start += 1;
        } else if parsed.title.is_some()
            && parsed.author.is_none()
            && is_person_name(line)
            && lines
                .get(body_start + 1)
                .is_some_and(|next| metadata::is_newsroom_role(next.trim()))
        {
            // A byline set on two lines, the name over the post (`Ana Ruiz`, then
            // `Senior Correspondent`), as a daily prints it under the date lines.
            parsed.author = Some(line.to_string());
            body_start += 2;
        } else if parsed.title.is_some() && metadata::is_kicker_label(line) {
            // The story-type label repeated under the headline (`Analysis`).
            body_start += 1;
        } else if parsed.title.is_some()
            && (parsed.author.is_some() || parsed.published.is_some())
            && let Some(n) = caption_block(&lines[body_start..])
        {
            // A photo caption wrapped over lines, credit at its end.
            body_start += n;
        } else if parsed.title.is_some()
            && let Some(author) = metadata::role_byline(line)
        {
            // `Ana Ruiz, Rural reporter` under the headline: a byline without `By`.
            parsed.author = parsed.author.or(Some(author));
            body_start += 1;
        } else if let Some((author, date)) = named_dateline(line, order) {
            parsed.author = parsed.author.or(Some(author.to_string()));
            set_published(&mut parsed, &mut stated, line, date);
            body_start += 1;
        } else if metadata::is_tag_line(line)
            || is_word_count(line)
            || metadata::is_reading_time(line)
            || metadata::is_page_chrome(line)
            || metadata::is_translation_credit(line)
            || metadata::is_programme_credit(line)
            || metadata::is_editing_note(line)
            || is_gallery_caption(line)
            || metadata::is_labelled_caption(line)
            || parsed.author.is_some() && metadata::is_credited_caption(line)
        {
            body_start += 1;
        } else if parsed.published.is_some() && metadata::is_update_stamp(line) {
            // `Updated: 11/03/2026 11:20 EAT` under the date line.
            body_start += 1;
        } else if metadata::is_key_points_label(line) {
            // A summary box: its label and the lines under it, up to a blank line, or,
            // in a browser copy that kept no blank lines, up to the first line that
            // reads as the story's (see [`is_box_item`]).
            body_start += 1;
            while lines
                .get(body_start)
                .is_some_and(|l| !l.trim().is_empty() && is_box_item(l.trim()))
            {
                body_start += 1;
            }
        } else if let Some(n) = labels_over_dateline(&lines[body_start..], order) {
            // `Explainer`, the author's name, their role, then the date: a column's
            // header. A name that opens it is the author.
            for l in lines[body_start..body_start + n].iter().map(|l| l.trim()) {
                if parsed.author.is_none() && is_person_name(l) {
                    parsed.author = Some(l.to_string());
                }
            }
            body_start += n;
        } else if parsed.title.is_some()
            && is_place_line(line)
            && next_nonblank(&lines[body_start + 1..])
                .is_some_and(|next| next.chars().count() >= MIN_LEDE_CHARS)
        {
            // `MUMBAI` on a line of its own over the lede: the story's dateline.
            body_start += 1;
        } else if is_outlet_line(line)
            && lines[body_start + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty())
                .is_some_and(|next| {
                    metadata::dateline(next, order).is_some() || metadata::byline(next).is_some()
                })
        {
            // `Associated Press` between a byline and an `Updated …` line.
            parsed.source = parsed.source.take().or(Some(line.to_string()));
            body_start += 1;
        } else if let Some(n) = header_block(&lines[body_start..], order) {
            // A newsletter's masthead: a rubric line, a byline, dates, in one block.
            for line in lines[body_start..body_start + n].iter().map(|l| l.trim()) {
                if metadata::is_relative_stamp(line) {
                    relative_stamp = true;
                } else if let Some(date) = metadata::dateline(line, order) {
                    set_published(&mut parsed, &mut stated, line, date);
                } else if let Some(author) = metadata::byline(line) {
                    parsed.author = parsed.author.take().or(Some(author));
                } else if parsed.subtitle.is_none() {
                    parsed.subtitle = Some(line.to_string());
                }
            }
            body_start += n;
        } else if parsed.title.is_some()
            && !standfirst_seen
            && (reader_view
                || lines[..body_start]
                    .iter()
                    .skip(headline_at + 1)
                    .all(|l| l.trim().is_empty()))
            && let Some(n) = standfirst_lines(&lines[body_start..], order)
        {
            // A standfirst under the headline (perhaps wrapped over lines), then the byline
            // or date lines.
            let joined: Vec<&str> = lines[body_start..body_start + n]
                .iter()
                .map(|l| l.trim())
                .collect();
            parsed.subtitle = Some(joined.join(" "));
            standfirst_seen = true;
            body_start += n;
        } else {
            break;
        }
    }
    // A teaser for another story (`ALSO READ | …`) and an ad slot's label are blanked
    // before the paragraphs are read, so that a crosshead under them still stands between
    // two paragraphs of story.
    let body: Vec<&str> = lines[body_start..]
        .iter()
        .map(|l| {
            if is_teaser_line(l.trim()) || metadata::is_ad_label(l) {
                ""
            } else {
                *l
            }
        })
        .collect();
    let (mut paras, mut blocks) = paragraphs::from_lines(&body);
    if relative_stamp && parsed.published.is_none() {
        let (date, stamp) = foot_date(&paras, order);
        parsed.published = date;
        // The foot's `First published on …` line is furniture, not the story's end.
        if let Some(at) = stamp {
            let line = paras[at].0.clone();
            drop_paragraphs(&mut paras, &mut blocks, |p| p == line);
        }
    }
    trim_back_matter(&mut paras, parsed.author.as_deref());
    if let Some(posts) = live_posts(&paras) {
        if parsed.published.is_none() {
            parsed.published = paras[..posts[0].stamp]
                .iter()
                .find_map(|(p, _)| metadata::dateline(p, order));
        }
        (paras, blocks) = posts_to_blocks(paras, &posts);
    }
    drop_link_boxes(&mut paras, &mut blocks);
    drop_paragraphs(&mut paras, &mut blocks, |p| {
        metadata::is_signup_promo(p)
            || metadata::is_newsletter_welcome(p)
            || metadata::is_sponsor_message(p)
            || is_teaser_line(p)
            || metadata::is_wire_aside(p)
            || metadata::is_editing_note(p)
            || metadata::is_production_cue(p)
    });
    blocks.retain(|b| b.start < paras.len() || b.start == 0);
    if parsed.published.is_none()
        && let Some((lede, _)) = paras.first()
    {
        parsed.published = metadata::wire_dateline(lede, order);
    }
    parsed.paragraphs = paras;
    parsed.blocks = blocks;
    parsed.source = parsed.source.take().or(site);
    parsed
}

/// Most paragraphs at the foot of a page searched for its date line.
const MAX_FOOT_LINES: usize = 4;

/// Most words of the first sentence of a foot's `Published on …` line read for its date.
const MAX_STAMP_WORDS: usize = 10;

/// The date of a date line among the last [`MAX_FOOT_LINES`] paragraphs (`Published
/// 14.9.2031 18:40 | Updated …`). Read only when the header showed a relative stamp
/// (`Yesterday 18:40`): sites that write the day that way at the top often print the
/// absolute date at the foot, and that is the publication date. A line that states the
/// publication wins over another dated line there, and is looked for a little higher
/// too (twice as many paragraphs), since a `Read more` list of other stories may follow
/// it; a line stating the publication is `Published …` or `First published on …`.
/// With the date, the index of a stating line read only for its first sentence (`First
/// published on 6 May 2031 at 07:12. Updated …`), which no date line test drops.
fn foot_date(
    paras: &[(String, ParagraphKind)],
    order: DateOrder,
) -> (Option<jiff::civil::Date>, Option<usize>) {
    let foot = &paras[paras.len().saturating_sub(MAX_FOOT_LINES)..];
    let from = paras.len().saturating_sub(2 * MAX_FOOT_LINES);
    let dated = |(p, _): &(String, ParagraphKind)| metadata::dateline(p, order);
    let mut sentence_at = None;
    let date = paras[from..]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, (p, _))| {
            let rest = if metadata::starts_with_ignoring_case(p, "first published") {
                p.get("first ".len()..)?
            } else if metadata::starts_with_ignoring_case(p, "published") {
                p.as_str()
            } else {
                return None;
            };
            metadata::dateline(rest, order).or_else(|| {
                // `Published on 6 March 2029 at 07:12. Updated …`: the first sentence,
                // when it is as short as a stamp.
                let head = rest.split(". ").next()?;
                let date = metadata::words_at_most(head, MAX_STAMP_WORDS)
                    .then(|| metadata::find_date(head, order))
                    .flatten()?;
                sentence_at = Some(from + i);
                Some(date)
            })
        })
        .or_else(|| foot.iter().find_map(dated));
    (date, sentence_at)
}

/// What a saved email's headers say.
struct EmailHeaders {
    /// How many lines they take, with the blank line after them.
    lines: usize,
    subject: String,
    date: Option<jiff::civil::Date>,
}

/// The headers of a saved email or newsletter (`From:`, `To:`, `Subject:`, `Date:` …
/// lines, then a blank line), when the text opens with them and they hold a subject and
/// a sender or a date. The subject loses `Fwd:`/`Re:` and a prefix naming the sender
/// (`Morning Brief: Fish, vetoes …` from `Morning Brief <…>`).
fn email_headers(lines: &[&str], order: DateOrder) -> Option<EmailHeaders> {
    const KEYS: &[&str] = &[
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "sent",
        "reply-to",
        "sender",
        "message-id",
        "mime-version",
        "content-type",
        "list-unsubscribe",
    ];
    let mut fields: Vec<(String, &str)> = Vec::new();
    let mut n = 0;
    while let Some(line) = lines.get(n) {
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        let (key, value) = line.split_once(':')?;
        let key = key.trim().to_ascii_lowercase();
        if !KEYS.contains(&key.as_str()) {
            return None;
        }
        fields.push((key, value.trim()));
        n += 1;
    }
    let field = |k: &str| fields.iter().find(|(key, _)| key == k).map(|(_, v)| *v);
    let mut subject = field("subject").filter(|s| !s.is_empty())?;
    if field("from").is_none() && field("date").is_none() {
        return None;
    }
    loop {
        let lower = subject.to_ascii_lowercase();
        match ["fwd:", "fw:", "re:"]
            .iter()
            .find(|p| lower.starts_with(*p))
        {
            Some(p) => subject = subject[p.len()..].trim_start(),
            None => break,
        }
    }
    // The sender's display name, without the address.
    let sender = field("from")
        .map(|f| f.split('<').next().unwrap_or(f).trim().trim_matches('"'))
        .unwrap_or("");
    if let Some((prefix, rest)) = subject.split_once(": ")
        && !sender.is_empty()
        && prefix.trim().eq_ignore_ascii_case(sender)
        && !rest.trim().is_empty()
    {
        subject = rest.trim();
    }
    Some(EmailHeaders {
        lines: n + 1,
        subject: subject.to_string(),
        date: field("date")
            .or(field("sent"))
            .and_then(|d| metadata::find_date(d, order)),
    })
}

/// Labels over a paper's list of references.
const REFERENCE_LABELS: [&str; 5] = [
    "references",
    "sources",
    "bibliography",
    "notes",
    "cited works",
];

/// Drops the back matter closing a story: a `References` label over a numbered list of
/// citations, a `doi:` line, a copyright notice.
fn trim_back_matter(paras: &mut Vec<(String, ParagraphKind)>, author: Option<&str>) {
    let numbered = |p: &str| {
        let p = p.trim_start_matches('[');
        p.starts_with(|c: char| c.is_ascii_digit())
            && p.trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', ']', ')'])
    };
    if let Some(at) = paras.iter().rposition(|(p, _)| {
        let label = p.trim().trim_end_matches(':').to_ascii_lowercase();
        REFERENCE_LABELS.contains(&label.as_str())
    }) && at > 0
        && paras.len() > at + 1
        && paras[at + 1..].iter().all(|(p, _)| numbered(p))
    {
        paras.truncate(at);
    }
    // `About the author` or `Related publications` near the end: what follows is a
    // biography or a list of links — however long, when it is all short link lines
    // (a browser copy keeps the page's whole footer under it).
    let total = paras.len();
    while let Some(at) = paras
        .iter()
        .rposition(|(p, _)| metadata::is_back_matter_label(p))
        && at > 0
        && at * 2 >= total
        && (total - at <= metadata::MAX_BACK_MATTER_PARAGRAPHS || is_link_lines(&paras[at + 1..]))
    {
        paras.truncate(at);
    }
    while paras.len() > 1
        && paras.last().is_some_and(|(p, _)| {
            p.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("doi:"))
                || metadata::is_copyright_notice(p)
                || metadata::is_tag_line(p)
                || is_citation_or_filing(p)
                || metadata::is_closing_furniture(p)
                || metadata::is_author_bio(p, author)
                || metadata::is_sign_off(p, author)
                || metadata::is_link_row(p)
                || metadata::is_page_chrome(p)
                || p == "Purchase Licensing Rights"
                || is_email_address(p)
                || is_print_credit(p)
                || is_wire_tail(p)
                || is_labelled_link_list(p)
        })
    {
        paras.pop();
    }
}

/// Most words of the label of a list of links run into one line.
const MAX_LIST_LABEL_WORDS: usize = 5;

/// A list of other stories run into one line under its label (`More from Features: The
/// last ferrymen · Salt, a history`, `Read more: …`): a related-links label (or `More
/// from …`/`More in …`, naming the site's section) before a colon, then titles joined
/// by middle dots, bars or bullets. A browser copy keeps it at the foot of the story.
fn is_labelled_link_list(p: &str) -> bool {
    let Some((label, rest)) = p.split_once(": ") else {
        return false;
    };
    let lower = label.to_lowercase();
    (metadata::is_related_heading(label)
        || lower.starts_with("more from ")
        || lower.starts_with("more in "))
        && metadata::words_at_most(label, MAX_LIST_LABEL_WORDS)
        && rest.contains(['·', '|', '•'])
}

/// Most words of a link line in a page's footer (a related story's headline).
const MAX_LINK_LINE_WORDS: usize = 20;
/// Most paragraphs of sentences (an author's biography) among a footer's link lines.
const MAX_FOOTER_SENTENCES: usize = 2;

/// True when `paras` are a page's footer as a browser copy keeps it: short lines that
/// end no sentence (a related story's headline, `Terms of Use`, `Privacy`), with at
/// most [`MAX_FOOTER_SENTENCES`] paragraphs of sentences (the author's biography) and
/// no quotation.
fn is_link_lines(paras: &[(String, ParagraphKind)]) -> bool {
    let sentences = paras
        .iter()
        .filter(|(p, _)| {
            !metadata::words_at_most(p, MAX_LINK_LINE_WORDS)
                || p.ends_with(['.', '?', '!', '"', '”', '’'])
        })
        .count();
    sentences <= MAX_FOOTER_SENTENCES
        && !paras
            .iter()
            .any(|(p, _)| p.contains(['“', '”', '"', '«', '»', '„']))
}

/// A wire story's tail: its editors' initials (`ab/cd/ef`) and its transmission stamp,
/// day, hour and minute run together (`141200 GMT Oct 2030`). Agencies close every
/// story with them; they are routing, not story, and the stamp is no event.
fn is_wire_tail(p: &str) -> bool {
    let initials = |w: &str| {
        w.contains('/')
            && w.split('/').all(|part| {
                (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
            })
    };
    let stamp = |w: &str| w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit());
    let other = |w: &str| {
        matches!(w, "GMT" | "UTC" | "CET" | "CEST")
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
            || metadata::month_number(w).is_some()
    };
    let words: Vec<&str> = p.split_whitespace().collect();
    words.len() <= 8
        // A stamp, or three sets of initials at least, so `and/or` alone is not one.
        && words
            .iter()
            .any(|w| stamp(w) || initials(w) && w.matches('/').count() >= 2)
        && words.iter().all(|w| initials(w) || stamp(w) || other(w))
}

/// Fewest time-stamped posts that make a live page.
const MIN_LIVE_POSTS: usize = 3;
/// Most words of a live post's headline.
const MAX_POST_HEADLINE_WORDS: usize = 16;

/// One post of a live page: the paragraph of its time stamp, its headline's, and its
/// first body paragraph.
struct LivePost {
    stamp: usize,
    headline: Option<usize>,
    body: usize,
}

/// A live page's post time stamp alone on its line (`21:30 GMT`, `09:10`, `7:05 pm`).
fn is_post_stamp(p: &str) -> bool {
    let mut ws = p.split_whitespace();
    let Some((h, m)) = ws.next().and_then(|t| t.split_once(':')) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let zone = |w: &str| {
        (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "am" | "pm" | "a.m." | "p.m."
            )
    };
    let rest: Vec<&str> = ws.collect();
    digits(h)
        && h.len() <= 2
        && digits(m)
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && rest.len() <= 2
        && rest.iter().all(|w| zone(w))
}

/// A reporter's credit line inside a live post: their name, `Reporting from Hull`,
/// their post (`Business correspondent`).
fn is_post_credit(p: &str) -> bool {
    let lower = p.to_ascii_lowercase();
    let short = metadata::words_at_most(p, 10) && !p.ends_with(['.', '?', '!']);
    is_person_name(p)
        || lower.starts_with("reporting from ")
        || short && lower.contains(" reporting from ")
        || metadata::words_at_most(p, 5)
            && !p.ends_with(['.', '?', '!', '"', '”', '’'])
            && ["correspondent", "reporter", "editor"]
                .iter()
                .any(|w| lower.ends_with(w))
}

/// The posts of a live page (a stamp, a headline, credit lines, then the post's body),
/// when it has at least [`MIN_LIVE_POSTS`] of them.
fn live_posts(paras: &[(String, ParagraphKind)]) -> Option<Vec<LivePost>> {
    let stamps: Vec<usize> = (0..paras.len())
        .filter(|&i| is_post_stamp(paras[i].0.trim()))
        .collect();
    if stamps.len() < MIN_LIVE_POSTS {
        return None;
    }
    let mut posts = Vec::with_capacity(stamps.len());
    for (k, &stamp) in stamps.iter().enumerate() {
        let end = stamps.get(k + 1).copied().unwrap_or(paras.len());
        let mut at = stamp + 1;
        let headline = (at < end
            && metadata::words_at_most(&paras[at].0, MAX_POST_HEADLINE_WORDS)
            && at + 1 < end)
            .then_some(at);
        if headline.is_some() {
            at += 1;
        }
        while at + 1 < end && is_post_credit(paras[at].0.trim()) {
            at += 1;
        }
        posts.push(LivePost {
            stamp,
            headline,
            body: at,
        });
    }
    Some(posts)
}

/// A live page's paragraphs and blocks: one block per post, headed by its headline; the
/// page furniture above the first post, the stamps, headlines, credits and `Share`
/// lines are dropped.
fn posts_to_blocks(
    paras: Vec<(String, ParagraphKind)>,
    posts: &[LivePost],
) -> (Vec<(String, ParagraphKind)>, Vec<super::Block>) {
    let mut out = Vec::with_capacity(paras.len());
    let mut blocks = Vec::with_capacity(posts.len());
    for (k, post) in posts.iter().enumerate() {
        let end = posts.get(k + 1).map_or(paras.len(), |p| p.stamp);
        let start = out.len();
        out.extend(
            paras[post.body..end]
                .iter()
                .filter(|(p, _)| !metadata::is_page_chrome(p))
                .cloned(),
        );
        if out.len() > start {
            blocks.push(super::Block {
                heading: post.headline.map(|h| paras[h].0.clone()),
                start,
                ruled: false,
            });
        }
    }
    if out.is_empty() {
        return (
            paras,
            vec![super::Block {
                heading: None,
                start: 0,
                ruled: false,
            }],
        );
    }
    (out, blocks)
}

/// A line that is only an email address: the reporter's, under the story.
fn is_email_address(p: &str) -> bool {
    let p = p.trim();
    !p.contains(char::is_whitespace)
        && p.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// Most words of a teaser line for another story.
const MAX_TEASER_WORDS: usize = 30;

/// A daily's teaser for another story inside the body (`ALSO READ: Port reopens
/// (12/02/2025)`, `ALSO READ | Budget: five numbers`).
fn is_teaser_line(p: &str) -> bool {
    let head = p
        .get(..p.floor_char_boundary(12))
        .unwrap_or(p)
        .to_ascii_lowercase();
    ["also read:", "read also:", "also read |", "read also |"]
        .iter()
        .any(|l| head.starts_with(l))
        && metadata::words_at_most(p, MAX_TEASER_WORDS)
}

/// Removes the paragraphs `drop` picks, keeping block starts on the same paragraphs.
fn drop_paragraphs(
    paras: &mut Vec<(String, ParagraphKind)>,
    blocks: &mut Vec<super::Block>,
    mut drop: impl FnMut(&str) -> bool,
) {
    let gone: Vec<usize> = (0..paras.len()).filter(|&i| drop(&paras[i].0)).collect();
    if gone.is_empty() || gone.len() == paras.len() {
        return;
    }
    for b in blocks.iter_mut() {
        b.start -= gone.iter().filter(|&&g| g < b.start).count();
    }
    let mut i = 0;
    paras.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
    // Two blocks that now start on one paragraph: keep the later (its heading).
    let mut kept: Vec<super::Block> = Vec::with_capacity(blocks.len());
    for b in blocks.drain(..) {
        if kept.last().is_some_and(|k| k.start == b.start) {
            kept.pop();
        }
        kept.push(b);
    }
    *blocks = kept;
}

/// Most words of one item of a box of links (another story's headline).
const MAX_LINK_ITEM_WORDS: usize = 20;
/// Fewest items of a box of links.
const MIN_LINK_ITEMS: usize = 2;

/// True when `p` is an item of a box of links: a list item or a numbered line (`1. Gold
/// slips as dollar firms`), short, and no label of its own.
fn is_link_item(p: &str, kind: ParagraphKind) -> bool {
    let numbered = p.starts_with(|c: char| c.is_ascii_digit())
        && p.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')'])
        && p.len() - p.trim_start_matches(|c: char| c.is_ascii_digit()).len() <= 2;
    (numbered || kind == ParagraphKind::ListItem)
        && metadata::words_at_most(p, MAX_LINK_ITEM_WORDS)
        && !p.ends_with(':')
}

/// Drops a box of links to other stories left between paragraphs of the story by a
/// browser copy: its label (`Most read`, `Related`, see [`metadata::is_popular_label`])
/// and the two or more numbered or listed headlines under it. They are the page's
/// furniture, however far into the story the page set them; a label with fewer items,
/// or with paragraphs of prose under it, stays.
fn drop_link_boxes(paras: &mut Vec<(String, ParagraphKind)>, blocks: &mut Vec<super::Block>) {
    let mut gone = vec![false; paras.len()];
    let mut i = 1;
    while i < paras.len() {
        if !metadata::is_popular_label(&paras[i].0) {
            i += 1;
            continue;
        }
        let items = paras[i + 1..]
            .iter()
            .take_while(|(p, k)| is_link_item(p, *k))
            .count();
        if items >= MIN_LINK_ITEMS {
            gone[i..=i + items].iter_mut().for_each(|g| *g = true);
        }
        i += items + 1;
    }
    if gone.iter().any(|&g| g) {
        let mut at = 0;
        drop_paragraphs(paras, blocks, |_| {
            at += 1;
            gone[at - 1]
        });
    }
}

/// A rubric line over a headline: short parts joined by bars (`ANALYSIS | Europe`).
fn is_rubric_line(line: &str) -> bool {
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    parts.len() >= 2
        && !line.ends_with(['.', '?', '!', ':', ','])
        && parts.iter().all(|p| {
            (1..=4).contains(&p.split_whitespace().count())
                && p.starts_with(|c: char| c.is_uppercase())
        })
}

/// A photo gallery's caption (`[1/3] Workers at the port …`), counter first.
fn is_gallery_caption(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    let Some((count, _)) = rest.split_once(']') else {
        return false;
    };
    count.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// Most label lines over a dateline.
const MAX_LABEL_LINES: usize = 4;

/// The number of lines, blank ones included, of a run of short label lines (a rubric,
/// a name, a role) that ends right above a dateline or byline.
fn labels_over_dateline(lines: &[&str], order: DateOrder) -> Option<usize> {
    let mut labels = 0;
    for (i, l) in lines.iter().enumerate() {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        if metadata::dateline(l, order).is_some() || metadata::byline(l).is_some() {
            return (labels >= 2).then_some(i);
        }
        if !is_outlet_line(l) || labels == MAX_LABEL_LINES {
            return None;
        }
        labels += 1;
    }
    None
}

/// A line that is only a person's name: two to four capitalised words.
pub(crate) fn is_person_name(line: &str) -> bool {
    let ws: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&ws.len())
        && ws.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// A blog's closing `Recommended Citation: …` line, or its filing line (`Posted in
/// Courts, Water`).
fn is_citation_or_filing(p: &str) -> bool {
    let lower = p.get(..p.len().min(24)).unwrap_or("").to_ascii_lowercase();
    ["recommended citation", "suggested citation", "cite this"]
        .iter()
        .any(|l| lower.starts_with(l))
        || lower.starts_with("posted in ")
            && metadata::words_at_most(p, 12)
            && !p.ends_with(['.', '?', '!'])
}

/// Records the date of a dateline: the first one wins, except that a line stating the
/// publication (`Published - March 11, …`) wins over an `Updated - …` line above it.
fn set_published(parsed: &mut Parsed, stated: &mut bool, line: &str, date: jiff::civil::Date) {
    let says_published = line
        .get(..9)
        .is_some_and(|w| w.eq_ignore_ascii_case("published"));
    if says_published && !*stated {
        parsed.published = Some(date);
        *stated = true;
    } else if parsed.published.is_none() {
        parsed.published = Some(date);
    }
}

/// Most characters of a standfirst line.
const MAX_STANDFIRST_CHARS: usize = 300;

/// Most lines a hard-wrapped standfirst or caption takes.
const MAX_WRAPPED_LINES: usize = 3;

/// How many lines the standfirst at the start of `lines` takes: one to three lines (a
/// page printed or copied with its lines wrapped) up to a blank line, or one line with a
/// dateline or byline right under it (a browser copy keeps no blank lines), after which,
/// past photo captions, come a byline or a dateline. A standfirst sits between the
/// headline and the byline; the story's first paragraph never has a byline under it.
fn standfirst_lines(lines: &[&str], order: DateOrder) -> Option<usize> {
    let is_meta = |l: &str| {
        let l = l.trim();
        metadata::dateline(l, order).is_some()
            || metadata::byline(l).is_some()
            || metadata::is_relative_stamp(l)
    };
    let first = lines.first()?.trim();
    if is_meta(first) {
        return None;
    }
    if lines.get(1).is_some_and(|l| is_meta(l)) {
        return (first.chars().count() <= MAX_STANDFIRST_CHARS).then_some(1);
    }
    let n = lines
        .iter()
        .take(MAX_WRAPPED_LINES + 1)
        .position(|l| l.trim().is_empty())?;
    let chars: usize = lines[..n]
        .iter()
        .map(|l| l.trim().chars().count() + 1)
        .sum();
    if n == 0 || chars > MAX_STANDFIRST_CHARS + 1 {
        return None;
    }
    let mut at = n;
    loop {
        let skip = lines[at..].iter().position(|l| !l.trim().is_empty())?;
        at += skip;
        if let Some(c) = caption_block(&lines[at..]) {
            at += c;
            continue;
        }
        let next = lines[at].trim();
        return (metadata::dateline(next, order).is_some()
            || metadata::byline(next).is_some()
            || metadata::is_relative_stamp(next)
            || header_block(&lines[at..], order).is_some())
        .then_some(n);
    }
}

/// How many lines a photo caption at the start of `lines` takes: one to three lines up
/// to a blank line (or one line), reading as a caption with its credit in brackets.
fn caption_block(lines: &[&str]) -> Option<usize> {
    let first = lines.first()?.trim();
    if metadata::is_credited_caption(first) {
        return Some(1);
    }
    let n = lines
        .iter()
        .take(MAX_WRAPPED_LINES + 1)
        .position(|l| l.trim().is_empty())
        .unwrap_or(lines.len().min(MAX_WRAPPED_LINES + 1));
    if !(2..=MAX_WRAPPED_LINES).contains(&n) {
        return None;
    }
    let joined: Vec<&str> = lines[..n].iter().map(|l| l.trim()).collect();
    metadata::is_credited_caption(&joined.join(" ")).then_some(n)
}

/// Most words of a summary box's item.
const MAX_BOX_ITEM_WORDS: usize = 25;

/// A line that can be an item of a summary box (`Baht at its strongest since 2029`):
/// short, and not a wire story's dateline opening the lede. A story's paragraphs are
/// longer, so a box copied without blank lines ends at the first of them.
fn is_box_item(line: &str) -> bool {
    metadata::words_at_most(line, MAX_BOX_ITEM_WORDS) && !metadata::opens_with_wire_dateline(line)
}

/// Menu words a site's header prints one to a line under its skip link.
const MENU_WORDS: &[&str] = &[
    "menu",
    "search",
    "sections",
    "sign in",
    "log in",
    "login",
    "sign up",
    "register",
    "subscribe",
    "account",
    "my account",
    "home",
    "newsletters",
    "close",
    "open menu",
    "more",
    "watch",
    "listen",
    "live",
];

/// When the text opens with a page's skip link (`Skip to Main Content`, `Jump to
/// navigation`), how many lines its header takes: the link, the site's name right under
/// it, and the menu words that follow, one to a line. A page copied from the browser
/// keeps them; they are the page's chrome, never the story.
fn skip_link_menu(lines: &[&str]) -> Option<usize> {
    let first = lines.first()?.trim().to_ascii_lowercase();
    let link = ["skip to ", "jump to ", "skip navigation"]
        .iter()
        .any(|p| first.starts_with(p))
        && first.split_whitespace().count() <= 5
        && !first.ends_with(['.', '?', '!']);
    if !link {
        return None;
    }
    let mut n = 1;
    let mut named = false;
    while let Some(line) = lines.get(n).map(|l| l.trim()) {
        let lower = line.to_ascii_lowercase();
        if line.is_empty() || MENU_WORDS.contains(&lower.as_str()) {
            n += 1;
        } else if !named && n == 1 && is_outlet_line(line) && !metadata::is_kicker_label(line) {
            // The site's name (its logo's text) under the link.
            named = true;
            n += 1;
        } else if is_menu_entry(line) || metadata::is_navigation_line(line) {
            // A section's name in the menu (`Markets`, `Asia`, `World News`), or the
            // whole menu on one line (`Home  Markets  Property  Energy`).
            n += 1;
        } else {
            break;
        }
    }
    Some(n)
}

/// A paper's edition line under its masthead (`English Edition`, `International
/// edition`, `Digital Edition`): one to three words ending in `edition`.
fn is_edition_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=3).contains(&words)
        && line.starts_with(char::is_uppercase)
        && line
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("edition"))
}

/// Most non-blank lines of labels (and a date line) read over a headline.
const MAX_LABELS_OVER_HEADLINE: usize = 6;
/// Most words of a label in ordinary case over a headline; one in capitals may have
/// [`MAX_CAPS_LABEL_WORDS`].
const MAX_LABEL_WORDS: usize = 3;
const MAX_CAPS_LABEL_WORDS: usize = 5;
/// Fewest and most words of a headline under labels: a longer line is a sentence.
const MIN_HEADLINE_WORDS: usize = 4;
const MAX_HEADLINE_WORDS: usize = 25;

/// A label line over a headline: an outlet's name, a section, a kicker, a menu word
/// (`The Harbour Ledger`, `Markets`, `WORLD NEWS`, `Harbour Ledger — Business`): up to
/// [`MAX_LABEL_WORDS`] words each opening with a capital (or up to
/// [`MAX_CAPS_LABEL_WORDS`] in capitals), perhaps joined by `& / | - —`, with no digits
/// and no sentence punctuation.
pub(crate) fn is_header_label(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| !matches!(*w, "&" | "/" | "|" | "-" | "–" | "—" | "·"))
        .collect();
    let caps = !line.chars().any(char::is_lowercase);
    let limit = if caps {
        MAX_CAPS_LABEL_WORDS
    } else {
        MAX_LABEL_WORDS
    };
    (1..=limit).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "and" | "the" | "in" | "for" | "on")
        })
        && line.chars().all(|c| {
            c.is_alphabetic()
                || c.is_whitespace()
                || matches!(c, '&' | '/' | '|' | '-' | '–' | '—' | '·' | '\'' | '’')
        })
}

/// When `lines` open with label lines (see [`is_header_label`]) over a headline, where
/// the headline stands and the date of a date line among the labels. The headline has
/// [`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words, some in lower case, is one
/// sentence and neither opens nor closes with a quotation mark or a full stop;
/// pages print their masthead, section and kicker over it, and a headline is never
/// one of those shorter labels.
fn labels_over_headline(
    lines: &[&str],
    order: DateOrder,
) -> Option<(usize, Option<jiff::civil::Date>)> {
    let mut date = None;
    let mut labels = 0;
    for (at, line) in lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(MAX_LABELS_OVER_HEADLINE)
    {
        let line = line.trim();
        if is_header_label(line) || metadata::is_navigation_line(line) {
            labels += 1;
        } else if labels > 0
            && date.is_none()
            && let Some(d) = metadata::dateline(line, order)
        {
            date = Some(d);
        } else {
            let headline = labels > 0
                && is_headline(line)
                && !line.ends_with(['.', ':', '\'', '"', '’', '”', ','])
                && !line.starts_with(['\'', '"', '‘', '“'])
                && !line.contains(". ")
                && (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS)
                    .contains(&line.split_whitespace().count())
                && line.chars().any(char::is_lowercase)
                && metadata::byline(line).is_none()
                && metadata::dateline(line, order).is_none();
            return headline.then_some((at, date));
        }
    }
    None
}

/// Most words of a menu entry.
const MAX_MENU_WORDS: usize = 3;

/// A menu entry under a skip link: one to [`MAX_MENU_WORDS`] words, each opening with a
/// capital (or `&`), with no digits and no punctuation (`Markets`, `World News`,
/// `ECONOMY`). Sites name their sections this way, one to a line; a headline has more
/// words or words in lower case, so the run stops at it.
fn is_menu_entry(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_MENU_WORDS).contains(&words)
        && line
            .split_whitespace()
            .all(|w| w == "&" || w.chars().next().is_some_and(char::is_uppercase))
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '&' | '-' | '\''))
}

/// A line that is only a site's domain (`harbourledger.example`, `www.news.co.uk`), as
/// Firefox's Reader View prints it over the headline: the source, not the title.
fn is_domain_line(line: &str) -> bool {
    let Some((_, tld)) = line.rsplit_once('.') else {
        return false;
    };
    line.len() <= 80
        && !line.contains(char::is_whitespace)
        && line.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        && (2..=12).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// A browser's print stamp, the first line of every printed page (`5/22/30, 8:14 PM`,
/// `22/05/2030, 20:14`): a numeric date, a comma, a clock time.
fn is_print_stamp(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    let Some((date, time)) = line.split_once(", ") else {
        return false;
    };
    let parts: Vec<&str> = date.split(['/', '.', '-']).collect();
    let numeric =
        |s: &str, max: usize| (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let time = time
        .trim_end_matches(['A', 'P', 'M', 'a', 'p', 'm', ' '])
        .trim();
    parts.len() == 3
        && numeric(parts[0], 4)
        && numeric(parts[1], 2)
        && numeric(parts[2], 4)
        && time
            .split_once(':')
            .is_some_and(|(h, m)| numeric(h, 2) && m.len() == 2 && numeric(m, 2))
}

/// A printed page's footer line: the page's address alone, or its counter (`2/4`).
fn is_print_footer(line: &str) -> bool {
    let url = (line.starts_with("https://") || line.starts_with("http://"))
        && !line.contains(char::is_whitespace);
    let counter = line.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    });
    url || counter
}

/// A page printed from the browser and turned back into text (pdftotext) carries the
/// browser's header on every page (the print date and time, the page's title) and its
/// footer (the address, `n/N`), with a form feed between pages. None of it is the story,
/// and the print date is not the publication date. When the text opens with such a
/// stamp, every header and footer line goes; a paragraph the page break cut (no sentence
/// end before it, a lower-case word after it) is joined up again.
fn without_print_furniture(text: &str) -> std::borrow::Cow<'_, str> {
    let mut lines = text.lines().map(|l| l.trim_matches('\u{c}'));
    let Some(stamp) = lines.find(|l| !l.trim().is_empty()).map(str::trim) else {
        return std::borrow::Cow::Borrowed(text);
    };
    if !is_print_stamp(stamp) {
        return std::borrow::Cow::Borrowed(text);
    }
    let title = lines.find(|l| !l.trim().is_empty()).map_or("", str::trim);
    let mut out = String::with_capacity(text.len());
    let mut last = "";
    let (mut blank, mut furniture) = (false, false);
    for raw in text.lines() {
        let line = raw.trim_matches('\u{c}');
        let t = line.trim();
        if t.is_empty() {
            blank = true;
            continue;
        }
        if t == stamp || t == title || is_print_footer(t) {
            furniture = true;
            continue;
        }
        let cut = furniture
            && !last.ends_with(['.', '?', '!', ':', '"', '”', '’'])
            && t.starts_with(char::is_lowercase);
        if !out.is_empty() && (blank || furniture) && !cut {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        last = t;
        blank = false;
        furniture = false;
    }
    std::borrow::Cow::Owned(out)
}

/// Most lines a masthead block under the headline may have.
const MAX_HEADER_LINES: usize = 6;

/// The length of a block of short lines before the first blank line that holds a
/// dateline or a byline and no sentence: a masthead, not the first paragraph.
fn header_block(lines: &[&str], order: DateOrder) -> Option<usize> {
    let n = lines
        .iter()
        .take(MAX_HEADER_LINES + 1)
        .position(|l| l.trim().is_empty())?;
    let block = &lines[..n];
    let dated = block.iter().any(|l| {
        metadata::dateline(l, order).is_some()
            || metadata::byline(l).is_some()
            || metadata::is_relative_stamp(l)
    });
    let short = block.iter().all(|l| {
        let l = l.trim();
        l.chars().count() <= 120
            && (!l.ends_with(['.', '?', '!']) || metadata::dateline(l, order).is_some())
    });
    ((1..=MAX_HEADER_LINES).contains(&n) && dated && short).then_some(n)
}

/// Most words of a publication's name in its name line.
const MAX_PUBLICATION_NAME_WORDS: usize = 6;

/// Nouns a publication's tagline uses to say what it is (`a podcast about …`, `Member
/// newsletter of …`).
const PUBLICATION_NOUNS: &[&str] = &[
    "podcast",
    "newsletter",
    "magazine",
    "journal",
    "blog",
    "bulletin",
    "digest",
    "briefing",
    "agency",
];

/// The publication's name when `line` is its name line, not a headline: either its name
/// in two languages in capitals (`THE NORTH SHORE WIRE / LE FIL DE LA RIVE NORD`: two
/// parts of two to [`MAX_PUBLICATION_NAME_WORDS`] words, no digits), or a name in title
/// case with a tagline after a dash or a middle dot that says what the publication is
/// (`Gridlines — a podcast about power markets`, `The Depot Letter · Member newsletter of
/// the Freight Guild`). A headline neither repeats itself in a second language nor
/// describes itself as a podcast or a newsletter, so such a line over the page is the
/// outlet's name.
pub(crate) fn publication_name(line: &str) -> Option<String> {
    let line = line.trim_matches(['*', '_', ' ']);
    if line.ends_with(['.', '?', '!', ':', ',']) {
        return None;
    }
    let name_words = |p: &str| {
        let n = p.split_whitespace().count();
        (2..=MAX_PUBLICATION_NAME_WORDS).contains(&n)
    };
    if !line.chars().any(char::is_lowercase)
        && !line.chars().any(|c| c.is_ascii_digit())
        && let Some((a, b)) = line.split_once(" / ")
        && name_words(a)
        && name_words(b)
        && !b.contains(" / ")
    {
        return Some(a.trim().to_string());
    }
    let (name, tagline) = [" — ", " – ", " · ", " | "]
        .iter()
        .find_map(|sep| line.split_once(sep))?;
    let name = name.trim().trim_matches(['*', '_']).trim();
    let tagline_words: Vec<&str> = tagline.split_whitespace().take(3).collect();
    (metadata::words_at_most(name, MAX_PUBLICATION_NAME_WORDS)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and"))
        && !name.chars().any(|c| c.is_ascii_digit())
        && tagline_words.iter().any(|w| {
            PUBLICATION_NOUNS.iter().any(|n| {
                w.trim_matches(|c: char| !c.is_alphabetic())
                    .eq_ignore_ascii_case(n)
            })
        }))
    .then(|| name.to_string())
}

/// A wire copy's service line under its name line (`English service | Version française :
/// NSW-2031-0404-017F`): parts joined by bars, one of them ending in a story code in
/// capitals and digits. It routes the copy, it is no headline.
fn is_service_line(line: &str) -> bool {
    line.contains(" | ")
        && metadata::words_at_most(line, 12)
        && line.split(" | ").any(|part| {
            part.rsplit(' ')
                .next()
                .is_some_and(|code| is_wire_slug(code) && code.chars().any(|c| c.is_ascii_digit()))
        })
}

/// A short line with no sentence punctuation that opens with a capital: an outlet,
/// agency or rubric (`Associated Press`, `Expert opinion`) among the metadata lines.
/// A masthead: the outlet's name in capitals, one to five words (`THE LAKESIDE MONITOR`).
fn is_masthead(line: &str) -> bool {
    is_outlet_line(line)
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
}

fn is_outlet_line(line: &str) -> bool {
    !line.trim().is_empty()
        && metadata::words_at_most(line, 5)
        && !line.ends_with(['.', '?', '!', ':', ','])
        && line.chars().next().is_some_and(char::is_uppercase)
}

/// A byline glued to its date line (`Ana Ruiz Published October 7, 2028 Updated about 5
/// hours ago`): the author's name and the date.
fn named_dateline(line: &str, order: DateOrder) -> Option<(&str, jiff::civil::Date)> {
    let (name, _) = line.split_once(" Published ")?;
    let stamp = &line[name.len() + 1..];
    let stamp = stamp
        .split_once(" Updated ")
        .map_or(stamp, |(head, _)| head);
    if !is_person_name(name) {
        return None;
    }
    Some((name, metadata::dateline(stamp, order)?))
}

/// A print edition's credit closing a web copy (`Published in The Daily Ledger,
/// October 7th, 2028`).
fn is_print_credit(p: &str) -> bool {
    p.starts_with("Published in ")
        && metadata::words_at_most(p, 12)
        && metadata::find_date(p, DateOrder::Unknown).is_some()
}

/// A wire story's slug: one word in capitals joined by hyphens or slashes, with at most
/// a bracketed label (`BC-PORTS/STRIKE`, `US-ECONOMY/JOBS (ANALYSIS)`).
fn is_wire_slug(line: &str) -> bool {
    let (slug, label) = match line.split_once(' ') {
        Some((slug, rest)) => (slug, Some(rest.trim())),
        None => (line, None),
    };
    slug.contains(['-', '/'])
        && slug.chars().any(|c| c.is_ascii_uppercase())
        && slug
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '/' | '_'))
        && label.is_none_or(|l| {
            l.starts_with('(') && l.ends_with(')') && !l.chars().any(char::is_lowercase)
        })
}

/// A word count line (`690 words`) under a wire story's byline.
fn is_word_count(line: &str) -> bool {
    line.strip_suffix(" words")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b','))
}

/// The first non-blank line of `lines`, trimmed.
fn next_nonblank<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines.iter().map(|l| l.trim()).find(|l| !l.is_empty())
}

/// Where a headline stands at the start of `lines` (after blank lines): a line that
/// reads as a headline, not a sentence (no closing full stop), and not a date line or
/// a byline.
fn headline_at_start(lines: &[&str], order: DateOrder) -> Option<usize> {
    let at = lines.iter().position(|l| !l.trim().is_empty())?;
    let line = lines[at].trim();
    (is_headline(line)
        && !line.ends_with('.')
        && metadata::dateline(line, order).is_none()
        && metadata::byline(line).is_none())
    .then_some(at)
}

/// Where a headline in ordinary case stands at the start of `lines`: as
/// [`headline_at_start`], with lower-case letters, so that it cannot be one more label
/// in capitals.
fn cased_headline_at_start(lines: &[&str], order: DateOrder) -> Option<usize> {
    headline_at_start(lines, order).filter(|&at| lines[at].chars().any(char::is_lowercase))
}

/// A desk's or section's label in capitals (`MARKETS & COMMODITIES`, `CONSTITUTIONAL LAW
/// / ENERGY`): one to five words of capital letters, perhaps joined by `&`, `/` or a
/// hyphen, with no digits and no sentence punctuation. Papers print it between the
/// masthead and the headline; it names the section, never the story.
fn is_section_label(line: &str) -> bool {
    is_outlet_line(line)
        && metadata::byline(line).is_none()
        && line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '&' | '/' | '-' | '\'' | '’' | ','))
}

/// Most words of a broadcaster's or publication's banner line.
const MAX_BANNER_WORDS: usize = 10;

/// A banner in capitals naming the station, channel or publication and its programme or
/// section (`KTV RADIO 104.3 FM — THE MORNING BRIEF`, `CITY NEWS | WEEKEND EDITION`): up
/// to [`MAX_BANNER_WORDS`] words, no lower-case letter, no sentence end. Over a
/// story-type label (`Transcript`) and a headline in ordinary case, it is the masthead,
/// never the headline.
fn is_banner_line(line: &str) -> bool {
    metadata::words_at_most(line, MAX_BANNER_WORDS)
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && !line.ends_with(['.', '?', '!', ':', ','])
}

/// Most words of a kicker line.
const MAX_KICKER_WORDS: usize = 3;

/// When `lines` open with a kicker over the headline, where the headline starts. A
/// kicker is a story-type label standing alone (`ANALYSIS`, `Opinion`, `Fact check`) or
/// a word or two in capitals right on top of the headline line (`WORLD`); the line under
/// it must read as a headline with more words than the kicker. Pages put these labels
/// above the headline, and a headline is never one of them.
fn kicker_over_headline(lines: &[&str], order: DateOrder) -> Option<usize> {
    let line = lines.first()?.trim();
    let words = line.split_whitespace().count();
    if !(1..=MAX_KICKER_WORDS).contains(&words) {
        return None;
    }
    let attached = lines.get(1).is_some_and(|l| !l.trim().is_empty());
    let caps = line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && !line.chars().any(|c| c.is_ascii_digit());
    if !(metadata::is_kicker_label(line) || caps && words <= 2 && attached) {
        return None;
    }
    let at = headline_at_start(&lines[1..], order)? + 1;
    (lines[at].split_whitespace().count() > words).then_some(at)
}

/// Fewest characters of the lede paragraph under a caps dateline line.
const MIN_LEDE_CHARS: usize = 80;

/// A place name in capitals on a line of its own (`MUMBAI`, `NEW DELHI`, `ST. JOHN'S`):
/// one to three words of capital letters.
fn is_place_line(line: &str) -> bool {
    (1..=3).contains(&line.split_whitespace().count())
        && line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// A headline is a short line that does not read like the first sentence of a paragraph.
fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    n <= MAX_TITLE_CHARS && !(n > 120 && line.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser as loading calls it, with the text's own date order.
    fn parse(text: &str) -> Parsed {
        super::parse(text, crate::document::date_order(text))
    }

    #[test]
    fn a_publications_name_line_over_the_headline_is_the_source() {
        let p = parse(
            "NORTH SHORE WIRE SERVICE / SERVICE DE NOUVELLES RIVE NORD\n\
             English desk | Version française : NSW-2031-0404-017F\n\n\
             Ferry operator adds a night crossing after a record summer\n\n\
             By Ana Ruiz\n\n\
             HALIFAX — The ferry operator will add a night crossing from June, its chief said on Monday.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry operator adds a night crossing after a record summer")
        );
        assert_eq!(p.source.as_deref(), Some("NORTH SHORE WIRE SERVICE"));
        let p = parse(
            "Gridlines — a podcast about power markets\n\
             Episodes > Season 2\n\n\
             Ep. 12: Why the heat pump rebate ran out early\n\n\
             The rebate ran out in March, three months early, the ministry said on Friday.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ep. 12: Why the heat pump rebate ran out early")
        );
        assert_eq!(p.source.as_deref(), Some("Gridlines"));
    }

    #[test]
    fn a_headline_with_a_dash_is_no_publication_line() {
        assert_eq!(
            publication_name("Harbour strike — a week on, no deal in sight"),
            None
        );
        assert_eq!(publication_name("WATER / POWER"), None);
        assert_eq!(
            publication_name("**The Depot Letter** · Member newsletter of the Freight Guild")
                .as_deref(),
            Some("The Depot Letter")
        );
    }

    #[test]
    fn a_browser_copy_with_skip_link_menu_labels_and_a_posted_line() {
        let p = parse(
            "Skip to Main Content\nThe Valley Times\nSections\nSearch\nSign In\nMenu\nManitoba\nAnalysis\nLake levels fall: what a dry spring means for farmers\nGrowers say the real test comes in July\nAna Ruiz \u{b7} The Valley Times \u{b7} Posted: Apr 02, 2031 5:00 AM CST | Last Updated: April 2\nSocial Sharing\nAnalysis\nA dry field near Brandon on March 30. (Tom Lee/The Valley Times)\n\nFarmers near the lake are planting early this year.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Lake levels fall: what a dry spring means for farmers")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 4, 2)));
        let texts = p.texts();
        assert_eq!(
            texts,
            ["Farmers near the lake are planting early this year."]
        );
    }

    #[test]
    fn a_reader_view_copy_with_domain_author_reading_time_and_date_line() {
        let p = parse(
            "riverpost.example\nShould the city build a second bridge?\nAna Ruiz\n6\u{2013}8 minutes\n\nTwo planners make the case for and against.\n\nTraffic on the old bridge on 3 May. (Photo: Tom Lee/River Post)\n\n12 May 2031\n\nThe council votes on the plan next month.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Should the city build a second bridge?")
        );
        assert_eq!(p.source.as_deref(), Some("riverpost.example"));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 12)));
        let texts = p.texts();
        assert_eq!(texts, ["The council votes on the plan next month."]);
    }

    #[test]
    fn a_printed_page_loses_its_print_header_and_footers_and_rejoins_a_cut_paragraph() {
        let p = parse(
            "6/3/31, 9:10 AM\nCity budget passes after long debate - The River Post\n\nPolitics\n\nAnalysis\n\nCity budget passes after long debate\n\nCouncillors agreed on a smaller plan, and the mayor says more cuts\nmay follow\n\nBy Ana Ruiz\n\nJune 2, 2031 at 7:00 a.m. EDT\n\nThe council passed the budget late on Monday after a debate that ran\nfor nine hours.\n\nThe mayor said the vote was close. But\n\nhttps://www.riverpost.example/politics/2031/06/02/budget/\n1/2\n\u{c}6/3/31, 9:10 AM\nCity budget passes after long debate - The River Post\n\nshe warned that more cuts could follow.\n\nhttps://www.riverpost.example/politics/2031/06/02/budget/\n2/2\n\u{c}",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("City budget passes after long debate")
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 6, 2)));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The council passed the budget late on Monday after a debate that ran for nine hours.",
                "The mayor said the vote was close. But she warned that more cuts could follow."
            ]
        );
    }

    #[test]
    fn a_teaser_line_does_not_hide_the_crosshead_under_it() {
        let p = parse(
            "Should the ferry be free?\n\nThe council will vote on free ferry fares next month, and two economists disagree about it.\n\nALSO READ | Ferry fares: the five numbers that matter\n\nThe case for\n\nProfessor Lena Moor, who leads the transport unit at the Harbour Institute, has studied fares for years.\n",
        );
        let headings: Vec<Option<&str>> = p.blocks.iter().map(|b| b.heading.as_deref()).collect();
        assert!(headings.contains(&Some("The case for")));
        assert_eq!(p.paragraphs.len(), 2);
    }

    #[test]
    fn masthead_breadcrumb_tagged_headline_standfirst_and_caption() {
        let p = parse(
            "THE HARBOUR LEDGER\nBusiness > Shipping\n\n[Interview] Port strike ends after nine days\n\nDockers accept a pay offer, but the union warns of more action\n\nPublished : Mar. 11, 2026 - 09:12    Updated : Mar. 11, 2026 - 10:40\n\nBy Ana Ruiz\n\nCranes stand idle at the container terminal on March 2. (Harbour Authority)\n\nDockers returned to work on Tuesday after the union accepted a pay offer.\n\nana.ruiz@ledger.example\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("[Interview] Port strike ends after nine days")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2026, 3, 11)));
        let texts = p.texts();
        assert_eq!(
            texts,
            ["Dockers returned to work on Tuesday after the union accepted a pay offer."]
        );
        // A masthead with its edition over a breadcrumb, and a translator's credit.
        let p = parse(
            "HARBOUR LEDGER | English edition\nEconomy › Ports\n\nPort strike ends after nine days\n\n11.03.2026, 09:12 Uhr | Reading time: 3 min.\nBy Ana Ruiz\nTranslated from Danish by Ole Berg\n\nDockers returned to work on Tuesday after the union accepted a pay offer.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Port strike ends after nine days"));
        assert_eq!(p.published, Some(jiff::civil::date(2026, 3, 11)));
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn a_byline_glued_to_its_date_line_and_a_print_credit() {
        let p = parse(
            "Port strike ends after nine days\n\nAna Ruiz Published March 11, 2026 Updated about 2 hours ago\n\nOSLO: Dockers returned to work on Tuesday.\n\nThe union accepted the offer.\n\nPublished in The Harbour Ledger, March 11th, 2026\n",
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2026, 3, 11)));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "OSLO: Dockers returned to work on Tuesday.",
                "The union accepted the offer."
            ]
        );
    }

    #[test]
    fn a_wire_feeds_header_slug_and_word_count() {
        let p = parse(
            "Harbor Wire | Energy | 3-Mar-2027 08:05:41 GMT\nBC-PORTS/STRIKE (ANALYSIS)\nANALYSIS-Dockers weigh a pay offer\nBy Ana Ruiz\n512 words\n    OSLO, March 3 (Harbor) - Dockers will vote on a pay offer on Friday.\n    The union said the offer fell short.\n (Reporting by Ana Ruiz; Editing by Ole Berg)\n ((ana.ruiz@wire.example; +47 555 0100))\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("ANALYSIS-Dockers weigh a pay offer")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2027, 3, 3)));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "OSLO, March 3 (Harbor) - Dockers will vote on a pay offer on Friday.",
                "The union said the offer fell short."
            ]
        );
        assert!(!is_wire_slug("Ports strike ends"));
    }

    #[test]
    fn a_wire_storys_editor_initials_and_transmission_stamp_are_furniture() {
        let p = parse(
            "Tolls rise on the canal\n\nPanama (Globewire) - 3 May 2031 - Canal tolls rose on Monday.\n\nShippers said they would pay.\n\nar/jk/pl\n031145 GMT May 2031\n",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "Panama (Globewire) - 3 May 2031 - Canal tolls rose on Monday.",
                "Shippers said they would pay."
            ]
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 3)));
        assert!(!is_wire_tail("Turnout rose in May 2031"));
        assert!(!is_wire_tail("and/or"));
    }

    #[test]
    fn a_live_pages_posts_are_blocks_without_their_furniture() {
        let post = |t: &str, h: &str, body: &str| format!("{t} BST\n\n{h}\n\n{body}\n\nShare\n\n");
        let text = format!(
            "Floods live: river peaks in the valley\n\nLive coverage ended\n\nMonday 3 March 2025\n\n{}{}{}",
            post(
                "18:00",
                "We are pausing here",
                "That is all from the live team for today, thank you."
            ),
            post(
                "14:10",
                "Bridge closed",
                "Ana Ruiz\nReporting from Hull\n\nThe old bridge was closed this afternoon as the water rose."
            ),
            post(
                "09:00",
                "Good morning",
                "Welcome to our coverage of the floods in the valley."
            ),
        );
        let p = parse(&text);
        assert_eq!(p.published, Some(jiff::civil::date(2025, 3, 3)));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "That is all from the live team for today, thank you.",
                "The old bridge was closed this afternoon as the water rose.",
                "Welcome to our coverage of the floods in the valley."
            ]
        );
        let heads: Vec<Option<&str>> = p.blocks.iter().map(|b| b.heading.as_deref()).collect();
        assert_eq!(
            heads,
            [
                Some("We are pausing here"),
                Some("Bridge closed"),
                Some("Good morning")
            ]
        );
    }

    #[test]
    fn a_masthead_over_a_rubric_is_the_source() {
        let p = parse(
            "THE HARBOUR LEDGER\nNews | Regional\n\nPort strike ends after nine days of talks\n\nBY ANA RUIZ\nWednesday, March 11 2026\n\nDockers returned to work on Tuesday after the union accepted a pay offer.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Port strike ends after nine days of talks")
        );
        assert_eq!(p.source.as_deref(), Some("THE HARBOUR LEDGER"));
        assert_eq!(p.subtitle.as_deref(), Some("News | Regional"));
        assert_eq!(p.published, Some(jiff::civil::date(2026, 3, 11)));
    }

    #[test]
    fn a_saved_email_gives_title_and_date() {
        let p = parse(
            "From: Harbour Brief <brief@harbour.example>\nTo: reader@example.com\nSubject: Harbour Brief: Cranes, quotas and a long Monday\nDate: Tue, 20 Oct 2026 06:01:22 +0200\n\nGood morning. The port authority voted on Monday to extend the night shift.\n\nThe union said it would respond on Friday.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Cranes, quotas and a long Monday"));
        assert_eq!(p.published, Some(jiff::civil::date(2026, 10, 20)));
        assert!(p.paragraphs[0].0.starts_with("Good morning."));
        // Not headers: a body that opens with a label and a colon.
        let q = parse("Note: this is a test\n\nThe port reopened on Monday.\n");
        assert_ne!(q.title.as_deref(), Some("this is a test"));
        let r = parse(
            "Subject: Fwd: Re: Port strike ends\nFrom: Ana Ruiz <ana@example.com>\n\nThe strike ended.\n",
        );
        assert_eq!(r.title.as_deref(), Some("Port strike ends"));
    }

    #[test]
    fn a_newsletters_header_sponsor_and_footer_are_furniture() {
        let p = parse(
            "From: Harbour Brief <brief@harbour.example>\nSubject: Harbour Brief: Cranes and a long Monday\nDate: Mon, 19 Oct 2026 06:00:00 +0200\n\nView in browser | Forward to a friend\n\nHARBOUR BRIEF\nBy Ana Ruiz\n\nPresented by Kellby Freight\n\nCranes and a long Monday\n\nGood morning. The cranes stopped on Sunday.\n\nA MESSAGE FROM KELLBY FREIGHT: We moved a million boxes last year.\n\nThe union meets on Friday.\n\nHarbour Brief is sent every weekday. Subscribe | Unsubscribe\n",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "Good morning. The cranes stopped on Sunday.",
                "The union meets on Friday."
            ]
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn hours_ago_at_the_top_takes_the_first_published_line_over_a_read_more_list() {
        let p = parse(
            "HARBOUR NEWS\n\nTRANSPORT\n\nFerry fares frozen for another year\n\nCommuters welcome the move; operators say it cannot last beyond the summer.\n\nAna Ruiz\n3 hours ago\n\nThe city will keep ferry fares at their current level until 2032, the council said.\n\nThe operator said costs had risen sharply since the spring.\n\nFirst published on 3 June 2031 at 07:30. Updated 3 June 2031 at 09:00.\n\nRead more\nBridge tolls rise again (1 June 2031)\nA new pier for the island (28 May 2031)\nTram works delayed (20 May 2031)\n",
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("Commuters welcome the move; operators say it cannot last beyond the summer.")
        );
        assert_eq!(
            p.published.map(|d| d.to_string()).as_deref(),
            Some("2031-06-03")
        );
        let texts = p.texts();
        assert!(texts[0].starts_with("The city will keep"));
        assert!(
            texts.iter().all(|t| !t.starts_with("First published")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_relative_stamp_at_the_top_takes_the_date_from_the_foot() {
        let p = parse(
            "Harbour News | In English\n\nFerry fares frozen for another year\nCommuters welcome the move; operators say it cannot last\n\nYesterday 07:30\nHarbour News\n\nThe city will keep ferry fares at their current level until 2032, the council said.\n\nThe operator said costs had risen sharply since the spring.\n\nPublished 3.6.2031 07:30 | Updated 3.6.2031 09:00\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares frozen for another year")
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("Commuters welcome the move; operators say it cannot last")
        );
        assert_eq!(
            p.published.map(|d| d.to_string()).as_deref(),
            Some("2031-06-03")
        );
        let texts = p.texts();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("The city will keep"));
    }

    #[test]
    fn a_related_list_run_into_one_line_closes_no_story() {
        let p = parse(
            "Ferry fares frozen for another year\n\nBy Ana Ruiz\n\nThe city will keep ferry fares at their current level until 2032, the council said.\n\nThe operator said costs had risen sharply since the spring.\n\n© 2031 Harbour Monthly. All rights reserved.\n\nMore from News: Bridge tolls rise · A new pier for the island\n",
        );
        let texts = p.texts();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(!is_labelled_link_list(
            "More from the council: fares rise in May."
        ));
    }

    #[test]
    fn headline_dateline_and_body() {
        let p = parse(
            "Syr Darya accord: water diplomacy\n12 March 2024 - 09:40\nKazakhstan signed.\n\nMore text.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Syr Darya accord: water diplomacy")
        );
        assert_eq!(p.published, Some("2024-03-12".parse().unwrap()));
        assert_eq!(p.paragraphs.len(), 2);
        assert_eq!(p.paragraphs[0].0, "Kazakhstan signed.");
        assert_eq!(p.blocks.len(), 2);
    }

    #[test]
    fn wire_dateline_gives_published_and_stays_in_text() {
        let p = parse(
            "Coffee exports stall\n\nBOGOTA, Oct 14, 2025 (Andean Wire) - Colombia's coffee exports fell.\n",
        );
        assert_eq!(p.published, Some("2025-10-14".parse().unwrap()));
        assert!(p.paragraphs[0].0.starts_with("BOGOTA"));
    }

    #[test]
    fn author_and_tag_lines_are_metadata() {
        let p = parse(
            "Title here\nDate 02.04.2025\nAuthor Ana Duarte\nRelated Subjects Portugal, Energy\n\nBody text.",
        );
        assert_eq!(p.author.as_deref(), Some("Ana Duarte"));
        assert_eq!(p.paragraphs.len(), 1);
        assert_eq!(p.paragraphs[0].0, "Body text.");
        // A sentence that opens with a label word is story.
        let p = parse("Title here\n\nTopics such as energy dominated the summit.");
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn standfirst_before_byline_is_the_subtitle() {
        let p = parse(
            "Otters return to the Tamar\nA decade of clean-up work, a survey says, has paid off.\n\nBy Ros Penhale\n\n3 June 2025\n\nOtters are back.\n",
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("A decade of clean-up work, a survey says, has paid off.")
        );
        assert_eq!(p.published, Some("2025-06-03".parse().unwrap()));
        assert_eq!(p.paragraphs.len(), 1);
        // A first paragraph followed by more story is not a standfirst.
        let p = parse("Otters return\nOtters are back.\n\nThey left in 1990.\n");
        assert_eq!(p.paragraphs.len(), 2);
    }

    #[test]
    fn reference_list_and_doi_line_are_back_matter() {
        let p = parse(
            "Title here\n\nMoths fly further than thought.\n\ndoi: https://doi.org/10.1/abc\n\nReferences\n\n1. Berg, A. J. Insect Ecol. 4, 1–9 (2021).\n\n2. Holm, T. Nat. Lett. 8, 22–30 (2024).\n",
        );
        assert_eq!(p.paragraphs.len(), 1);
        let p = parse(
            "Title here\n\nThe court ruled.\n\nPosted in Courts, Fisheries\n\nRecommended Citation: Jo Ek, The court ruled, Law Notes (Mar. 2, 2025, 9:00 AM)\n",
        );
        assert_eq!(p.paragraphs.len(), 1);
        // A `Notes` line over ordinary prose is story.
        let p = parse("Title here\n\nMoths fly far.\n\nNotes\n\nThey rest by day.\n");
        assert_eq!(p.paragraphs.len(), 3);
    }

    #[test]
    fn published_line_wins_over_updated_line() {
        let p = parse(
            "Title here\n\nAsha Rao\nPUNE\nUpdated - April 9, 2025 10:00 am IST\nPublished - April 8, 2025 06:30 pm IST\n\nBody text.",
        );
        assert_eq!(p.published, Some("2025-04-08".parse().unwrap()));
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn byline_is_metadata() {
        let p = parse("Title here\nBy Jane Roe\n\nBody text.");
        assert_eq!(p.author.as_deref(), Some("Jane Roe"));
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn rubric_label_lines_and_key_points_box_are_header() {
        let p = parse(
            "ANALYSIS | Europe Program | Energy\n\nWhat the gas cap means for Baltic grids\n\nExplainer\n\nIna Kalnina\nSenior Fellow, Europe Program\n\n4 May 2026\n\nKey points\n- The cap starts in June.\n- Latvia is most exposed.\n\nOn 2 May, ministers agreed a cap on gas prices.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("What the gas cap means for Baltic grids")
        );
        assert_eq!(p.published, Some("2026-05-04".parse().unwrap()));
        assert_eq!(p.author.as_deref(), Some("Ina Kalnina"));
        let texts = p.texts();
        assert_eq!(texts, ["On 2 May, ministers agreed a cap on gas prices."]);
    }

    #[test]
    fn wire_page_caption_summary_promo_and_credits_are_furniture() {
        let p = parse(
            "Copper jumps as Chile port shuts\n\nBy Ana Ruiz\n\nMay 4, 20267:10 AM GMT-4Updated 2 hours ago\n\n[1/3] A ship at the port of Antofagasta, Chile, March 3, 2021. REUTERS/Lea Paz/File Photo\n\nSummary\nPort closed after a strike\nCopper up 3%\n\nSANTIAGO, May 4 (Reuters) - Chile's biggest copper port shut on Monday.\n\nThe Metals Weekly newsletter covers the markets. Sign up here.\n\nTraders said stocks were thin.\n\nReporting by Ana Ruiz; Editing by Tom Lee\n\nOur Standards: The Trust Principles.\n",
        );
        assert_eq!(p.published, Some("2026-05-04".parse().unwrap()));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "SANTIAGO, May 4 (Reuters) - Chile's biggest copper port shut on Monday.",
                "Traders said stocks were thin."
            ]
        );
    }

    #[test]
    fn closing_bio_related_list_disclaimer_and_app_promo_are_back_matter() {
        let p = parse(
            "Title here\n\nThe fund missed a payment.\n\nIt has until June to pay.\n\nBanks may lend.\n\nOr not.\n\nVoters are angry.\n\nThe minister is calm.\n\nThe views expressed here are the author's own.\n\nAbout the author\n\nIna Kalnina is a senior fellow.\n\nRelated publications\n\nBaltic gas (Report, 3 May 2024)\n",
        );
        assert_eq!(p.paragraphs.len(), 6, "{:?}", p.paragraphs);
        let p = parse(
            "Title here\n\nThe fire is out.\n\nCrews stayed overnight.\n\nRelated: Council approves rail spur (Dec. 3, 2026)\n\nDownload the KXYZ News app for alerts.\n",
        );
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
    }

    #[test]
    fn teaser_lines_and_the_reporters_bio_are_furniture() {
        let p = parse(
            "Port reopens after storm\n\nBY ANA RUIZ & TOM LEE\n\nThe port reopened on Monday.\n\nALSO READ: Storm batters coast (12/02/2025)\n\nShips queued outside.\n\nAna Ruiz is a senior reporter. Tom Lee joined the paper in 2019.\n\n© 2026 Kellby Daily\n",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            ["The port reopened on Monday.", "Ships queued outside."]
        );
    }

    #[test]
    fn a_site_name_over_a_slashed_breadcrumb_is_a_masthead() {
        let p = parse(
            "The Harbour Ledger\nHome / Business / Shipping\n\nPort strike ends: dockers accept a 6% rise after nine days\nThe union warns of more action in the autumn\n\nAna Ruiz\nFirst Published: 11 Mar 2031, 09:12 AM CET\nLast Updated: 11 Mar 2031, 18:40 PM CET\n\nGDAŃSK\n\nDockers returned to work on Tuesday after the union accepted a pay offer worth six per cent over two years.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Port strike ends: dockers accept a 6% rise after nine days")
        );
        assert_eq!(p.source.as_deref(), Some("The Harbour Ledger"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 3, 11)));
        let texts = p.texts();
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(texts[0].starts_with("Dockers returned"));
    }

    #[test]
    fn a_kicker_over_the_headline_is_not_the_title() {
        let p = parse(
            "HARBOUR LEDGER\nNews | Ports\n\nANALYSIS\nPort strike ends: why the dockers settled\n\nTuesday 11 March 2031\n\nDockers returned to work on Tuesday after the union accepted a pay offer.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Port strike ends: why the dockers settled")
        );
        assert_eq!(p.subtitle.as_deref(), Some("ANALYSIS"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 3, 11)));
        // A wire feed's service line over a bare kicker: both are labels.
        let p = parse(
            "GLOBEWIRE World English Service\n\nFeature\n\nCanal tolls rise. The ships do not\n\nBy Ana Ruiz, Globewire\n\nPanama (Globewire) - 3 May 2031 - Canal tolls rose on Monday, the authority said.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Canal tolls rise. The ships do not")
        );
        // A headline that is itself short stays the title.
        let p = parse("Ports reopen\n\nDockers returned to work on Tuesday.\n");
        assert_eq!(p.title.as_deref(), Some("Ports reopen"));
    }

    #[test]
    fn a_day_first_published_line_a_role_byline_and_a_photo_caption() {
        let p = parse(
            "KTV News\nRegions > Coast\n\nFerry fares rise again on the islands\n\nPublished: 04/03/2031 6:05am\nUpdated: 04/03/2031 2:40pm\n\nMaja Lund, Regional reporter\n\nPhoto: The ferry at the quay in Hella, 28/02/2031. KTV / Ivo Brann\n\nFares on the island ferries rose on Monday, the operator said. The next review is due on 15/09/2031.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares rise again on the islands")
        );
        // `28/02/2031` and `15/09/2031` say the document writes the day first.
        assert_eq!(p.published, Some(jiff::civil::date(2031, 3, 4)));
        assert_eq!(p.author.as_deref(), Some("Maja Lund"));
        let texts = p.texts();
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(texts[0].starts_with("Fares on the island"));
    }

    #[test]
    fn a_desk_label_in_capitals_under_the_masthead_is_no_headline() {
        let p = parse(
            "THE LAKESIDE WEEKLY\nFARMS & FISHERIES\n\nNets and numbers: Can the lake feed its towns?\n\nCatches have fallen for six years. The council wants a quota.\n\nBY ANA RUIZ\nThursday 3rd May 2029\n\nThe council will cap catches on the lake from June, its chair said on Monday.\n\nFishers say the cap comes too late.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Nets and numbers: Can the lake feed its towns?")
        );
        assert_eq!(p.source.as_deref(), Some("THE LAKESIDE WEEKLY"));
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
        // Under a masthead with a rubric line, a slashed desk label in capitals.
        let p = parse(
            "COURT & COUNTY\nIndependent legal news | Leeds\n\nPLANNING LAW / HOUSING\n\nThe lake path stays open: what the ruling means\n\nPosted 2029-05-03 09:10 | Reading time: 4 min\nWritten by Ana Ruiz, courts editor\n\nThe High Court ruled this morning that the lake path must stay open to walkers.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("The lake path stays open: what the ruling means")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        assert_eq!(p.paragraphs.len(), 1, "{:?}", p.paragraphs);
        // A masthead in ordinary case right over the label, a byline on the date line.
        let p = parse(
            "The Lakeside Weekly\nFARMS & FISHERIES\n\nNets and numbers: Can the lake feed its towns?\n\nBy Ana Ruiz | 3 May 2029\n\nThe council will cap catches on the lake from June, its chair said on Monday.\n",
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        let p = parse(
            "The Lakeside Weekly\nFARMS & FISHERIES\n\nNets and numbers: Can the lake feed its towns?\n\nBy Ana Ruiz\n3 May 2029\n\nThe council will cap catches on the lake from June, its chair said on Monday.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Nets and numbers: Can the lake feed its towns?")
        );
        assert_eq!(p.source.as_deref(), Some("The Lakeside Weekly"));
        // A headline in capitals over the lede is still the headline.
        let p = parse(
            "THE LAKESIDE WEEKLY\nFARMS & FISHERIES\n\nLAKE QUOTA AGREED\n\nThe council will cap catches on the lake from June, its chair said on Monday evening in town.\n",
        );
        assert_ne!(p.title.as_deref(), Some("FARMS & FISHERIES"));
    }

    #[test]
    fn a_byline_on_two_lines_under_the_dates_is_the_author() {
        let p = parse(
            "Explainer: Why the ferry fares are going up\n\nPublished May 3, 2029, 05:00 AM\nUpdated May 3, 2029, 09:12 AM\n\nAna Ruiz\nSenior Correspondent\n\nHARBOURTOWN - The ferry company will raise fares by a tenth from July, it said on Monday.\n",
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "HARBOURTOWN - The ferry company will raise fares by a tenth from July, it said on Monday."
            ]
        );
    }

    #[test]
    fn a_newsletter_welcome_an_ascii_copyright_and_a_sign_off_are_furniture() {
        let p = parse(
            "Ferry fares rise again\n\nBy Ana Ruiz\n3 May 2029\n\nWelcome back to Harbour Notes, the newsletter about the town's ferries. If someone forwarded this to you, you can subscribe here.\n\nThe ferry company will raise fares by a tenth from July, it said on Monday.\n\nThe council meets on Friday.\n\nAna\n\n(c) 2029 Harbour Notes. All rights reserved.\n",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The ferry company will raise fares by a tenth from July, it said on Monday.",
                "The council meets on Friday."
            ]
        );
    }

    #[test]
    fn a_browser_copys_whole_page_footer_under_the_story_is_dropped() {
        let mut story = String::from("Ferry fares rise again\n\nBy Ana Ruiz\n3 May 2029\n\n");
        for i in 0..16 {
            story.push_str(&format!("The ferry company will raise fares by a tenth from July, it said in its notice to the harbour board on Monday, citing the cost of fuel and crews, number {i}.\n\n"));
        }
        story.push_str("Corrections and clarifications|Submit a news tip|Report error\n\nABOUT THE AUTHOR\nAna Ruiz\nReporter\nAna Ruiz is a reporter in Harbourtown. She has covered the port since 2021.\n\nRelated Stories\nHarbourtown council votes to keep the old ferry terminal open for another winter season\nFishers protest the new quota\n\nFooter Links\nMy Account\nProfile\nContact Us\nCorporate Info\nReuse & Permission\nTerms of Use\nPrivacy\n\u{a9}2029 Harbour Broadcasting. All rights reserved.\n");
        let p = parse(&story);
        assert_eq!(p.paragraphs.len(), 16, "{:?}", p.paragraphs);
        assert!(p.paragraphs[15].0.ends_with("number 15."));
    }

    #[test]
    fn a_share_row_and_a_most_read_list_under_the_story_are_dropped() {
        let mut story = String::from("Ferry fares rise again\n\nBy Ana Ruiz\n3 May 2029\n\n");
        for i in 0..6 {
            story.push_str(&format!("The ferry company will raise fares by a tenth from July, it said in its notice to the harbour board on Monday, citing the cost of fuel and crews, number {i}.\n\n"));
        }
        story.push_str("Share        Comments\n\nMost Read Business\n\n1 Port strike ends after nine days\n\n2 Why fish prices are up again\n\nContact the reporter at ana@ledger.example\n");
        let p = parse(&story);
        assert_eq!(p.paragraphs.len(), 6, "{:?}", p.paragraphs);
    }

    #[test]
    fn a_browser_copy_with_section_menu_and_a_summary_box_without_blank_lines() {
        let p = parse(
            "Skip to main content\nNWS\nWorld\nBusiness\nEnergy Markets\nSign in\nBUSINESS\nAnalysis: Cheap gas leaves the utilities with a hard choice\nBy Ana Ruiz\n4 minute read\nMon 2 Feb 2031 // 08:10 GMT\nWorkers check a pipe near Accra, Ghana, January 9, 2031. NWS/Tom Lee/File Photo\nSummary\nGas prices at a two-year low\nUtilities weigh new contracts\nACCRA, Feb 2 (NWS) - Ghana's utilities are weighing whether to lock in cheap gas for a decade, officials said.\n\"Nobody wants to be caught short when the price turns,\" said Kofi Mensah, an analyst at Gold Coast Capital in Accra.\nThe regulator meets on Friday to decide whether the utilities may pass the cost of the new contracts on to households.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Analysis: Cheap gas leaves the utilities with a hard choice")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 2, 2)));
        assert!(
            p.paragraphs
                .first()
                .is_some_and(|(t, _)| t.starts_with("ACCRA, Feb 2"))
        );
    }

    #[test]
    fn an_edition_line_under_the_masthead_and_a_qualified_kicker() {
        let p = parse(
            "COASTAL HERALD\nInternational Edition\nHome | News | Business | Sport\n\nBUSINESS / PORTS\n\nDockers end their strike, and the port counts the cost\n\nBy Ana Ruiz\nPublished: 21/03/2030 - 07:40\n\nDockers voted on Tuesday to return to work after a month-long strike over pay.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Dockers end their strike, and the port counts the cost")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2030, 3, 21)));
        let q = parse(
            "Lakeside University | Newsroom\nHome > News > Expert Commentary\n\nEXPERT COMMENTARY\n\nThe river is low: our experts explain why\n\nMay 3, 2031\n\nThe river fell to its lowest level in a decade on Monday, the agency said.\n",
        );
        assert_eq!(
            q.title.as_deref(),
            Some("The river is low: our experts explain why")
        );
    }

    #[test]
    fn labels_stacked_over_the_headline_are_not_the_headline() {
        let body = "\n\nThe council voted on Tuesday to approve the budget, which had been delayed for months by disputes over its funding.\n";
        for head in [
            "THE HARBOUR LEDGER\n\nMarkets\n\nCouncil approves the harbour budget after long talks\n\nMarch 4, 2032",
            "The Harbour Ledger\nMarkets\nCouncil approves the harbour budget after long talks\nBy Tom Lee\nMarch 4, 2032",
            "HARBOUR LEDGER\nThursday, March 4, 2032\n\nBUSINESS\n\nCouncil approves the harbour budget after long talks",
            "Harbour Ledger \u{2014} Business\n\nCouncil approves the harbour budget after long talks\n\n4 March 2032",
        ] {
            let p = parse(&format!("{head}{body}"));
            assert_eq!(
                p.title.as_deref(),
                Some("Council approves the harbour budget after long talks"),
                "{head}"
            );
            assert_eq!(p.published, Some(jiff::civil::date(2032, 3, 4)), "{head}");
        }
        // A short headline over the story's first sentence stays the headline.
        let p = parse(&format!("Budget Deal Reached{body}"));
        assert_eq!(p.title.as_deref(), Some("Budget Deal Reached"));
    }

    #[test]
    fn a_browser_copy_with_a_menu_row_a_date_line_and_a_most_read_box() {
        let p = parse(
            "Skip to content\nTHE HARBOUR LEDGER\nHome  World  Ports  Energy  Opinion  Subscribe\nSign in\n\nPORTS\n\nFerry fares rise as fuel costs climb\n\nOperators say the increase is the first of several\n\nAna Ruiz\nMay 4, 2031 | 7:15 AM\nUpdated: May 4, 2031 | 11:02 AM\n\nListen to this article 4 min\n\nFerry fares on the island routes will rise by a tenth from June, the operator said.\n\nMost read\n1. Port strike ends after two weeks\n2. Crane maker wins order\n\n\u{201c}Fuel has doubled,\u{201d} said Tom Lee, an economist at the Coastal Institute.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares rise as fuel costs climb")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 4)));
        assert_eq!(
            p.texts(),
            [
                "Ferry fares on the island routes will rise by a tenth from June, the operator said.",
                "\u{201c}Fuel has doubled,\u{201d} said Tom Lee, an economist at the Coastal Institute."
            ]
        );
    }

    #[test]
    fn a_menu_row_alone_over_the_headline_is_not_the_headline() {
        let p = parse(
            "Home | World | Business | Opinion | Contact\n\nFerry fares rise as fuel costs climb\n\n4 May 2031\n\nFerry fares on the island routes will rise by a tenth from June, the operator said.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Ferry fares rise as fuel costs climb")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 4)));
    }

    #[test]
    fn a_radio_transcript_under_the_stations_banner() {
        let p = parse(
            "HARBOUR FM 98.1 \u{2014} THE DRIVE HOME\nTranscript\n\nIs the ferry worth saving?\n\nAired 07.06.2031 \u{b7} 17:10 AST \u{b7} 25 min\nPresenter: Ana Ruiz\n\nThis transcript has been lightly edited for clarity.\n\nThe island ferry may stop in June, the operator said on Monday.\n\nANA RUIZ: My guest is Tom Lee, an economist. Tom, is it over?\n\n[BREAK]\n\nTOM LEE: Not yet. The subsidy can still save it.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Is the ferry worth saving?"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 6, 7)));
        assert_eq!(
            p.texts(),
            [
                "The island ferry may stop in June, the operator said on Monday.",
                "ANA RUIZ: My guest is Tom Lee, an economist. Tom, is it over?",
                "TOM LEE: Not yet. The subsidy can still save it."
            ]
        );
    }
}
