//! Markdown briefings: optional YAML (`---`) or TOML (`+++`) front matter with
//! title/date/source/author, headings as section titles, lists and quote blocks as
//! paragraphs of their kind. Inline markup (emphasis, links) is rendered to its text.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::metadata::is_collective_byline;
use super::{Block, DateOrder, ParagraphKind, Parsed, metadata};

/// `order` reads ambiguous numeric dates (see [`DateOrder`]).
pub(crate) fn parse(text: &str, order: DateOrder) -> Parsed {
    let mut parsed = Parsed::default();
    let body = front_matter(text, &mut parsed);
    let body = without_pandoc_attributes(body);
    let body = without_shortcodes_and_footnotes(&body);
    let mut state = State {
        order,
        ..State::default()
    };
    for event in Parser::new(&body) {
        state.event(event, &mut parsed);
    }
    state.flush(&mut parsed);
    panel_questions(&mut parsed, &state.looks);
    finish_metadata(&mut parsed, order, &state.looks);
    parsed
}

/// The text without lines that are a site generator's shortcode (`{{< figure … >}}`,
/// `{{% note %}}`) or a footnote's definition (`[^1]: Source, 2024.`): a figure, a
/// call to action and the sources, not story. The markers in the text stay.
fn without_shortcodes_and_footnotes(body: &str) -> std::borrow::Cow<'_, str> {
    let furniture = |l: &str| {
        let l = l.trim();
        (l.starts_with("{{<") && l.ends_with(">}}"))
            || (l.starts_with("{{%") && l.ends_with("%}}"))
            || l.strip_prefix("[^")
                .and_then(|r| r.split_once("]:"))
                .is_some_and(|(id, _)| !id.is_empty() && !id.contains(char::is_whitespace))
    };
    if !body.lines().any(furniture) {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        if !furniture(line) {
            out.push_str(line);
        }
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

/// The text without pandoc's markup for HTML attributes, which CommonMark does not know
/// and would print as text: fenced div lines (`::: byline`, `:::`), attribute blocks
/// after a heading, link or image (`{#intro .headline}`, `{.author}`,
/// `{width="100%"}`), and bracketed spans (`[Macro Matters]{.kicker}`, whose text
/// stays). A Markdown file converted from a web page by pandoc has them everywhere.
fn without_pandoc_attributes(body: &str) -> std::borrow::Cow<'_, str> {
    let fence = |l: &str| l.trim_start().starts_with(":::");
    if !body.contains("]{")
        && !body.contains(" {#")
        && !body.contains(")}")
        && !body.lines().any(fence)
    {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        if fence(line) {
            out.push('\n');
            continue;
        }
        out.push_str(&without_attribute_blocks(line));
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

/// True when `inner`, the text between braces, is a pandoc attribute list: ids
/// (`#x`), classes (`.x`) and `key=value` pairs, nothing else.
fn is_attribute_list(inner: &str) -> bool {
    !inner.trim().is_empty()
        && inner
            .split_whitespace()
            .all(|a| (a.starts_with('#') || a.starts_with('.')) && a.len() > 1 || a.contains('='))
}

/// One line without its pandoc attribute blocks: a `{…}` list after `]`, `)` or a
/// heading's text goes, and a span's brackets (`[text]{.x}`, not a link) go with it.
fn without_attribute_blocks(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| c + open) else {
            break;
        };
        let before = &rest[..open];
        let attached =
            before.ends_with([']', ')']) || before.ends_with(' ') && line.starts_with('#');
        if !attached || !is_attribute_list(&rest[open + 1..close]) {
            out.push_str(&rest[..=close]);
            rest = &rest[close + 1..];
            continue;
        }
        if let Some(span) = before.strip_suffix(']')
            && let Some(start) = span.rfind('[')
            && !span[..start].ends_with('!')
        {
            // A bracketed span: its text stays, its brackets go.
            out.push_str(&span[..start]);
            out.push_str(&span[start + 1..]);
        } else {
            out.push_str(before.trim_end_matches(' '));
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Reads front matter into `parsed` and returns the rest of the text.
fn front_matter<'a>(text: &'a str, parsed: &mut Parsed) -> &'a str {
    let trimmed = text.trim_start_matches('\n');
    for fence in ["---", "+++"] {
        let Some(rest) = trimmed
            .strip_prefix(fence)
            .and_then(|r| r.strip_prefix('\n'))
        else {
            continue;
        };
        let close = format!("\n{fence}");
        let Some(end) = rest
            .find(&close)
            .or_else(|| rest.starts_with(fence).then_some(0))
        else {
            continue;
        };
        let (meta, after) = (
            &rest[..end],
            &rest[end + close.len().min(rest.len() - end)..],
        );
        let after = after.split_once('\n').map_or("", |(_, a)| a);
        let fields: Vec<(String, String)> = if fence == "+++" {
            toml_fields(meta)
        } else {
            yaml_fields(meta)
        };
        for (key, value) in fields {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            match key.to_ascii_lowercase().as_str() {
                "title" | "headline" => parsed.title = Some(value),
                "subtitle" | "description" | "kicker" => parsed.subtitle = Some(value),
                "date" | "published" | "pubdate" | "published_at" => {
                    parsed.published = metadata::parse_date_value(&value)
                }
                "source" | "publisher" | "site" | "outlet" => parsed.source = Some(value),
                "author" | "byline" | "authors" => parsed.author = Some(value),
                _ => {}
            }
        }
        return after;
    }
    text
}

/// Top-level `key: value` pairs of a YAML block; quotes stripped. Only the scalar fields
/// brief reads are needed, so a YAML library would be dead weight.
///
/// A plain scalar may go on over indented lines (pandoc wraps a long `title:` so); they
/// are read as part of it, joined with a space.
fn yaml_fields(meta: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for l in meta.lines() {
        if l.starts_with([' ', '\t']) {
            let more = l.trim();
            if open && !more.is_empty() && !more.starts_with(['-', '#']) && !more.contains(": ") {
                if let Some((_, v)) = fields.last_mut() {
                    v.push(' ');
                    v.push_str(more);
                }
            } else {
                open = false;
            }
            continue;
        }
        open = false;
        if l.starts_with(['-', '#']) {
            continue;
        }
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim();
        let quoted = v
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')));
        open = quoted.is_none() && !v.is_empty() && !v.starts_with(['[', '{', '|', '>']);
        fields.push((k.trim().to_string(), quoted.unwrap_or(v).to_string()));
    }
    fields
}

fn toml_fields(meta: &str) -> Vec<(String, String)> {
    let Ok(table) = meta.parse::<toml::Table>() else {
        return Vec::new();
    };
    table
        .into_iter()
        .filter_map(|(k, v)| match v {
            toml::Value::String(s) => Some((k, s)),
            toml::Value::Datetime(d) => Some((k, d.to_string())),
            _ => None,
        })
        .collect()
}

#[derive(Default)]
struct State {
    /// The document's order of day and month, for date lines over the headline.
    order: DateOrder,
    buf: String,
    heading: Option<HeadingLevel>,
    item_depth: usize,
    quote_depth: usize,
    item_kind: Option<ParagraphKind>,
    /// Inside `![alt](…)`: alt text is no part of the story.
    image_depth: usize,
    /// The paragraph being built holds an image.
    image_seen: bool,
    /// Inside `*…*` emphasis.
    emphasis_depth: usize,
    /// The paragraph being built has text outside emphasis.
    plain_text: bool,
    /// Inside `**…**`.
    strong_depth: usize,
    /// The paragraph being built has text outside strong emphasis.
    plain_of_strong: bool,
    /// The bold run that opens the paragraph being built (`**Ruiz:**`), while it is
    /// read (`Some` and open) and after.
    lead_strong: Option<String>,
    lead_open: bool,
    /// How each paragraph of `parsed.paragraphs` was set, by index.
    looks: Vec<Look>,
    /// The paragraph before was a pipe table (see [`is_pipe_table`]).
    after_table: bool,
}

/// How a paragraph was set in the Markdown.
#[derive(Clone, Default)]
struct Look {
    /// All of it in `*…*` emphasis.
    italic: bool,
    /// All of it in `**…**`.
    bold: bool,
    /// The bold run it opens with, ending in a colon (`Ruiz:`): a speaker's label.
    label: Option<String>,
}

impl State {
    fn event(&mut self, event: Event, parsed: &mut Parsed) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush(parsed);
                self.heading = Some(level);
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = self.buf.trim().to_string();
                self.buf.clear();
                // A heading's bold run is no label of the paragraph after it.
                self.lead_strong = None;
                self.lead_open = false;
                self.plain_of_strong = false;
                let level = self.heading.take();
                if text.is_empty() {
                    return;
                }
                if level == Some(HeadingLevel::H1)
                    && parsed.title.is_none()
                    && parsed.paragraphs.is_empty()
                {
                    parsed.title = Some(text);
                } else if level == Some(HeadingLevel::H1)
                    && parsed.paragraphs.len() <= MAX_LINES_OVER_HEADLINE
                    && parsed.blocks.is_empty()
                    && parsed
                        .title
                        .as_deref()
                        .is_some_and(|t| is_title_with_site(t, &text))
                {
                    // The front matter's title is the page's `<title>`, the headline with
                    // the site's name after it; the first `# ` heading is the headline
                    // itself, and the lines above it (a kicker) are no part of the story.
                    parsed.title = Some(text);
                    parsed.paragraphs.clear();
                    self.looks.clear();
                } else if level == Some(HeadingLevel::H1)
                    && parsed.title.is_none()
                    && parsed.paragraphs.len() <= MAX_LINES_OVER_HEADLINE
                    && parsed.blocks.is_empty()
                    && parsed.paragraphs.iter().all(|(p, _)| {
                        super::text::is_header_label(p.trim().trim_matches(['*', '_']).trim())
                            || metadata::is_breadcrumb(p)
                            || metadata::is_navigation_line(p)
                            || super::text::publication_name(p).is_some()
                            || metadata::dateline(p, self.order).is_some()
                            || is_label_row(p)
                    })
                {
                    // A newsletter's name line with its tagline (`The Depot Letter ·
                    // Member newsletter of …`) and its issue line (`Issue 40 · Tuesday,
                    // May 4, 2032`) stand over the headline the same way: the outlet and
                    // the date, not the story.
                    let (mut name, mut date) = (None, None);
                    for (p, _) in &parsed.paragraphs {
                        name = name.or_else(|| super::text::publication_name(p));
                        date = date.or_else(|| metadata::dateline(p, self.order));
                    }
                    parsed.source = parsed.source.take().or(name);
                    parsed.published = parsed.published.or(date);
                    // Labels over the first `# ` heading (`**ANALYSIS**`, `Markets`): a
                    // kicker or a section, never the headline, and no part of the story.
                    // A breadcrumb trail (`Outlet › Canals › Analysis`) or the site's
                    // navigation row stands there the same way.
                    parsed.title = Some(text);
                    parsed.paragraphs.clear();
                    self.looks.clear();
                } else if level != Some(HeadingLevel::H1)
                    && parsed.title.is_some()
                    && parsed.subtitle.is_none()
                    && parsed.paragraphs.is_empty()
                    && parsed.blocks.is_empty()
                    && !metadata::words_at_most(&text, MIN_DEK_HEADING_WORDS - 1)
                {
                    // A sentence set as a smaller heading right under the headline
                    // (`### After a collapse, sport asks who decides …`), as newsletter
                    // platforms export the subtitle: the standfirst, not a crosshead.
                    parsed.subtitle = Some(text);
                } else {
                    parsed.blocks.push(Block {
                        heading: Some(text),
                        start: parsed.paragraphs.len(),
                        ruled: false,
                    });
                }
            }
            Event::Start(Tag::Item) => {
                self.flush(parsed);
                self.item_depth += 1;
                self.item_kind = Some(ParagraphKind::ListItem);
            }
            Event::End(TagEnd::Item) => {
                self.flush(parsed);
                self.item_depth = self.item_depth.saturating_sub(1);
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush(parsed);
                self.quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.flush(parsed);
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead) => {
                if self.item_depth == 0 {
                    self.flush(parsed);
                } else if !self.buf.is_empty() {
                    self.buf.push(' ');
                }
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::TableRow | TagEnd::TableHead,
            ) if self.item_depth == 0 => self.flush(parsed),
            Event::End(TagEnd::TableCell) => self.buf.push(' '),
            Event::Text(_) if self.image_depth > 0 => {}
            Event::Text(t) | Event::Code(t) => {
                if self.emphasis_depth == 0 && !t.trim().is_empty() {
                    self.plain_text = true;
                }
                if self.strong_depth == 0 && !t.trim().is_empty() {
                    self.plain_of_strong = true;
                }
                if self.lead_open
                    && let Some(lead) = self.lead_strong.as_mut()
                {
                    lead.push_str(&t);
                }
                self.buf.push_str(&t);
            }
            Event::Start(Tag::Strong) => {
                if self.strong_depth == 0
                    && self.lead_strong.is_none()
                    && self.buf.trim().is_empty()
                {
                    self.lead_strong = Some(String::new());
                    self.lead_open = true;
                }
                self.strong_depth += 1;
            }
            Event::End(TagEnd::Strong) => {
                self.strong_depth = self.strong_depth.saturating_sub(1);
                if self.strong_depth == 0 {
                    self.lead_open = false;
                }
            }
            Event::Start(Tag::Emphasis) => self.emphasis_depth += 1,
            Event::End(TagEnd::Emphasis) => {
                self.emphasis_depth = self.emphasis_depth.saturating_sub(1);
            }
            Event::SoftBreak => self.buf.push('\n'),
            Event::HardBreak => self.buf.push('\n'),
            Event::Start(Tag::Image { .. }) => {
                self.image_depth += 1;
                self.image_seen = true;
            }
            Event::End(TagEnd::Image) => self.image_depth = self.image_depth.saturating_sub(1),
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }

    /// Ends the paragraph being built, splitting lines that were really paragraphs of
    /// their own (one-paragraph-per-line text without blank lines).
    fn flush(&mut self, parsed: &mut Parsed) {
        let raw = std::mem::take(&mut self.buf);
        // An image with an italic line under it: the caption, not story.
        let caption = self.image_seen && !self.plain_text;
        let all_emphasis = !self.plain_text && !self.image_seen;
        let look = Look {
            italic: all_emphasis,
            bold: !self.plain_of_strong && !self.image_seen,
            label: self
                .lead_strong
                .take()
                .map(|l| l.trim().to_string())
                .filter(|l| l.ends_with(':')),
        };
        self.lead_open = false;
        self.plain_of_strong = false;
        self.image_seen = false;
        self.plain_text = false;
        if caption {
            self.after_table = false;
            return;
        }
        let lines: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return;
        }
        let after_table = std::mem::replace(&mut self.after_table, false);
        if is_pipe_table(&lines) {
            self.after_table = true;
            return;
        }
        // The italic note under a table (`*Table: ISTAT. Lombardy shown for
        // comparison.*`): the table's source, not story.
        if after_table && all_emphasis {
            return;
        }
        let kind = if self.quote_depth > 0 {
            ParagraphKind::BlockQuote
        } else if self.item_depth > 0 {
            self.item_kind.unwrap_or_default()
        } else {
            ParagraphKind::Body
        };
        // An italic line right under a short heading that names someone (`### Ana Ruiz`,
        // then `*Senior fellow, Water Program*`): the heading's dek, read with it.
        if all_emphasis
            && kind == ParagraphKind::Body
            && let [dek] = lines.as_slice()
            && let Some(block) = parsed.blocks.last_mut()
            && block.start == parsed.paragraphs.len()
            && let Some(heading) = block.heading.as_mut()
            && is_dek_for(heading, dek)
        {
            *heading = format!("{heading}, {dek}");
            return;
        }
        let separate = lines.len() > 1
            && !super::paragraphs::is_hard_wrapped(&lines)
            && lines.iter().all(|l| l.chars().count() > 60);
        if separate {
            for line in lines {
                parsed
                    .paragraphs
                    .push((super::paragraphs::collapse_spaces(line), kind));
                self.looks.push(Look::default());
            }
        } else {
            let joined = lines.join(" ");
            parsed
                .paragraphs
                .push((super::paragraphs::collapse_spaces(&joined), kind));
            self.looks.push(look);
        }
    }
}

/// A pipe table as Markdown writes it (`| Region | Net departures |`, `| --- | --- |`,
/// then its rows), which the parser reads as plain text: every line opens and closes
/// with a bar and one is the delimiter row. A table of figures is data beside the story,
/// neither its prose nor its events (its header's years are column labels).
fn is_pipe_table(lines: &[&str]) -> bool {
    lines.len() >= 2
        && lines
            .iter()
            .all(|l| l.starts_with('|') && l.ends_with('|') && l.len() > 1)
        && lines.iter().any(|l| {
            let cells: Vec<&str> = l[1..l.len() - 1].split('|').map(str::trim).collect();
            cells
                .iter()
                .all(|c| c.contains('-') && c.chars().all(|ch| matches!(ch, '-' | ':')))
        })
}

/// Most characters of a standfirst paragraph.
const MAX_STANDFIRST_CHARS: usize = 300;

/// Most paragraphs (a kicker, a label) above a headline heading.
const MAX_LINES_OVER_HEADLINE: usize = 2;

/// True when `title` is `headline` with a site's name after a separator (`Headline --
/// The Review`, `Headline | Site`, `Headline — Site`): at most five words after it.
fn is_title_with_site(title: &str, headline: &str) -> bool {
    let Some(rest) = title.strip_prefix(headline) else {
        return false;
    };
    let rest = rest.trim_start();
    ["--", "---", "|", "—", "–", "-", "·", ":"]
        .iter()
        .any(|sep| {
            rest.strip_prefix(sep).is_some_and(|site| {
                site.starts_with(' ') && (1..=5).contains(&site.split_whitespace().count())
            })
        })
}

/// A share row whose links lost their markup (`Share: LinkedIn · Email`).
fn is_share_row(p: &str) -> bool {
    let Some(rest) = p.strip_prefix("Share") else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ']);
    let parts: Vec<&str> = rest.split(['·', '|', '•']).map(str::trim).collect();
    !rest.is_empty()
        && parts.len() <= 6
        && parts
            .iter()
            .all(|w| !w.is_empty() && metadata::words_at_most(w, 2))
}

/// Fewest words of a heading right under the headline that is its standfirst: a
/// crosshead opening the story is a few words (`Background`, `The case for`).
const MIN_DEK_HEADING_WORDS: usize = 8;

/// Most words of a heading that takes a dek under it, and of the dek.
const MAX_DEK_HEADING_WORDS: usize = 5;
const MAX_DEK_WORDS: usize = 25;

/// A dek that completes a name heading: the heading is a few capitalised words with no
/// punctuation, the dek a short line that is no sentence.
fn is_dek_for(heading: &str, dek: &str) -> bool {
    let words: Vec<&str> = heading.split_whitespace().collect();
    (2..=MAX_DEK_HEADING_WORDS).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !heading.contains([',', ':', '?', '!', '.'])
        && metadata::words_at_most(dek, MAX_DEK_WORDS)
        && !dek.ends_with(['.', '?', '!', ':'])
}

/// Without front matter or an H1, a short first paragraph is the headline; leading
/// dateline and byline paragraphs are metadata.
fn finish_metadata(parsed: &mut Parsed, order: DateOrder, looks: &[Look]) {
    let mut taken = 0;
    // A breadcrumb trail or the site's navigation row over a headline that is no `# `
    // heading: page chrome, and the headline is under it.
    let mut lead = 0;
    while parsed.title.is_none()
        && lead < MAX_LINES_OVER_HEADLINE
        && lead + 2 < parsed.paragraphs.len()
        && parsed.paragraphs[lead].1 == ParagraphKind::Body
        && (metadata::is_breadcrumb(&parsed.paragraphs[lead].0)
            || metadata::is_navigation_line(&parsed.paragraphs[lead].0))
    {
        lead += 1;
    }
    if parsed.title.is_none()
        && let Some((first, _)) = parsed.paragraphs.get(lead)
        && first.chars().count() <= 200
        && !first.ends_with('.')
    {
        let (title, subtitle, source) = metadata::split_headline(first);
        parsed.title = Some(title);
        parsed.subtitle = parsed.subtitle.take().or(subtitle);
        parsed.source = parsed.source.take().or(source);
        taken = lead + 1;
    }
    while let Some((p, _)) = parsed.paragraphs.get(taken) {
        if let Some(date) = metadata::dateline(p, order) {
            parsed.published = parsed.published.or(Some(date));
            // `By Ana Ruiz | 4 May 2031`: a date line that names the author too, perhaps
            // as one of its parts (`Published: … · 7 min read · By Ana Ruiz, Editor`).
            if let Some(author) = metadata::byline(p).or_else(|| metadata::meta_line_byline(p)) {
                parsed.author = parsed.author.take().or(Some(author));
            }
        } else if let Some(author) = metadata::byline(p) {
            parsed.author = parsed.author.take().or(Some(author));
            // `By Ana Ruiz · 3 March 2026 · 7 min read`: the date rides on the byline.
            parsed.published = parsed.published.or_else(|| metadata::find_date(p, order));
        } else if let Some(author) = metadata::role_byline(p)
            .or_else(|| metadata::author_with_post(p))
            .filter(|_| taken < 6)
        {
            parsed.author = parsed.author.take().or(Some(author));
        } else if parsed.author.is_none()
            && super::text::is_person_name(p)
            && parsed
                .paragraphs
                .get(taken + 1)
                .is_some_and(|(next, _)| metadata::dateline(next, order).is_some())
        {
            // A newsletter's author link alone over the date line (`Ana Ruiz`, then
            // `Jan 22, 2032`): the byline without `By`, not a standfirst.
            parsed.author = Some(p.clone());
        } else if taken == 0
            && p.chars().count() <= MAX_STANDFIRST_CHARS
            && parsed.paragraphs.get(1).is_some_and(|(next, _)| {
                metadata::byline(next).is_some() || metadata::dateline(next, order).is_some()
            })
        {
            // A standfirst between the headline and the byline: the story's first
            // paragraph never has a byline under it.
            parsed.subtitle = parsed.subtitle.take().or(Some(p.clone()));
        } else if let Some(text) = metadata::summary_box_text(p) {
            // `> **In brief:** The authority will cut …` under the headline: the
            // standfirst set as a summary box, not the story's first paragraph.
            parsed.subtitle = parsed.subtitle.take().or(Some(text.to_string()));
        } else if is_collective_byline(p) || is_share_row(p) || metadata::is_newsletter_welcome(p) {
            // `By the editors`: a byline that names no one. A newsletter's greeting
            // over the story is furniture too.
        } else if metadata::is_photo_credit(p) && taken > 0 {
            // The credit of a lead image (whose alt text is dropped).
        } else if metadata::is_tag_line(p) && taken > 0 {
            // `Tags: autonomy · transport` under the headline, as blogs print it there
            // as well as at the foot.
        } else if is_label_over_byline(p, parsed.paragraphs.get(taken + 1).map(|n| &n.0), order) {
            // `Heard on Morning Report` over `By …`.
        } else if taken > 0
            && parsed.subtitle.is_none()
            && looks.get(taken).is_some_and(|l| l.italic)
            && p.chars().count() <= MAX_STANDFIRST_CHARS
            && taken + 1 < parsed.paragraphs.len()
        {
            // An italic paragraph under the byline or date line, before the story: the
            // standfirst, as sites set it (`*The council has backed …*`).
            parsed.subtitle = Some(p.clone());
        } else if !metadata::is_page_chrome(p) {
            break;
        }
        taken += 1;
    }
    // Trailing furniture: a related-content list under its heading, subject tags, a
    // `First published on …` line (the date when the top gave none).
    if let Some(last) = parsed.blocks.last()
        && last
            .heading
            .as_deref()
            .is_some_and(metadata::is_related_heading)
        && parsed.paragraphs[last.start.min(parsed.paragraphs.len())..]
            .iter()
            .all(|(p, k)| *k == ParagraphKind::ListItem || metadata::is_tag_line(p))
    {
        let start = last.start.min(parsed.paragraphs.len());
        parsed.paragraphs.truncate(start);
        parsed.blocks.pop();
    }
    while parsed.paragraphs.len() > taken + 1 {
        let Some((p, _)) = parsed.paragraphs.last() else {
            break;
        };
        let lower = p.get(..p.len().min(24)).unwrap_or("").to_ascii_lowercase();
        let stamp = ["published", "first published", "updated", "posted"]
            .iter()
            .any(|l| lower.trim_start_matches(['*', '_']).starts_with(l));
        if let Some(date) = stamp.then(|| metadata::dateline(p, order)).flatten() {
            parsed.published = parsed.published.or(Some(date));
        } else if let Some(at) = related_list_start(&parsed.paragraphs)
            && at > taken
        {
            // `**Related**` over a list of links.
            parsed.paragraphs.truncate(at);
            continue;
        } else if !metadata::is_tag_line(p)
            && !metadata::is_copyright_notice(p)
            && !metadata::is_closing_furniture(p)
            && !metadata::is_sign_off(p, parsed.author.as_deref())
        {
            break;
        }
        parsed.paragraphs.pop();
    }
    // `Disclosure statement` or `About the author` near the end: notes, not story.
    let total = parsed.paragraphs.len();
    while let Some(at) = parsed
        .paragraphs
        .iter()
        .rposition(|(p, _)| metadata::is_back_matter_label(p))
        && at > taken
        && at * 2 >= total
        && total - at <= metadata::MAX_BACK_MATTER_PARAGRAPHS
    {
        parsed.paragraphs.truncate(at);
    }
    parsed
        .blocks
        .retain(|b| b.start < parsed.paragraphs.len() || b.start == 0);
    if taken > 0 {
        parsed.paragraphs.drain(..taken);
        for b in &mut parsed.blocks {
            b.start = b.start.saturating_sub(taken);
        }
    }
    if parsed.published.is_none()
        && let Some((lede, _)) = parsed.paragraphs.first()
    {
        parsed.published = metadata::wire_dateline(lede, order);
    }
}

/// A site's line of labels over the headline (`**The Harbour Ledger** · Explainers`):
/// two or more parts joined by a middle dot or a bar, each a label (see
/// [`super::text::is_header_label`]). The outlet and its section, not the story.
fn is_label_row(p: &str) -> bool {
    let parts: Vec<&str> = p.split(['·', '|']).map(str::trim).collect();
    parts.len() >= 2 && parts.iter().all(|l| super::text::is_header_label(l))
}

/// Most words of a bold question that opens a panel's answers.
const MAX_QUESTION_WORDS: usize = 30;
/// Most words of a speaker's label before an answer (`Dr Ana Ruiz:`).
const MAX_SPEAKER_LABEL_WORDS: usize = 4;
/// Fewest questions, and fewest different speakers answering, for a panel Q&A.
const MIN_PANEL_QUESTIONS: usize = 2;
const MIN_PANEL_SPEAKERS: usize = 2;

/// A speaker's label opening an answer (`Ruiz:`, `Dr Ana Ruiz:`): one to
/// [`MAX_SPEAKER_LABEL_WORDS`] capitalised words and a colon, no digits.
fn speaker_label(look: &Look) -> Option<&str> {
    let name = look.label.as_deref()?.strip_suffix(':')?.trim();
    let words = name.split_whitespace().count();
    ((1..=MAX_SPEAKER_LABEL_WORDS).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && !name.chars().any(|c| c.is_ascii_digit()))
    .then_some(name)
}

/// A panel Q&A: bold questions (`**Will it be affordable?**`), each answered in
/// paragraphs that open with the speaker's bold label (`**Ruiz:** Not at first.`), and
/// more than one speaker answering. Each question is the heading of the part of the
/// story its answers make, not a paragraph of it: the panel's answers to one question
/// belong together, as a crosshead's paragraphs do. A single interviewee's questions
/// stay paragraphs (the interview is one person's block), and so does a bold question
/// whose next paragraph is not a labelled answer.
fn panel_questions(parsed: &mut Parsed, looks: &[Look]) {
    if looks.len() != parsed.paragraphs.len() {
        return;
    }
    let questions: Vec<usize> = (0..parsed.paragraphs.len().saturating_sub(1))
        .filter(|&i| {
            let p = &parsed.paragraphs[i].0;
            looks[i].bold
                && parsed.paragraphs[i].1 == ParagraphKind::Body
                && p.ends_with('?')
                && metadata::words_at_most(p, MAX_QUESTION_WORDS)
                && speaker_label(&looks[i + 1]).is_some()
        })
        .collect();
    let mut speakers: Vec<&str> = looks.iter().filter_map(speaker_label).collect();
    speakers.sort_unstable();
    speakers.dedup();
    if questions.len() < MIN_PANEL_QUESTIONS || speakers.len() < MIN_PANEL_SPEAKERS {
        return;
    }
    let mut removed = 0;
    let mut paragraphs = Vec::with_capacity(parsed.paragraphs.len());
    let mut blocks = Vec::with_capacity(parsed.blocks.len() + questions.len());
    let mut old_blocks = std::mem::take(&mut parsed.blocks).into_iter().peekable();
    for (i, para) in std::mem::take(&mut parsed.paragraphs)
        .into_iter()
        .enumerate()
    {
        while let Some(mut b) = old_blocks.next_if(|b| b.start <= i) {
            b.start -= removed;
            blocks.push(b);
        }
        if questions.binary_search(&i).is_ok() {
            removed += 1;
            blocks.push(Block {
                heading: Some(para.0),
                start: i + 1 - removed,
                ruled: false,
            });
        } else {
            paragraphs.push(para);
        }
    }
    for mut b in old_blocks {
        b.start -= removed;
        blocks.push(b);
    }
    parsed.paragraphs = paragraphs;
    parsed.blocks = blocks;
}

/// Where a closing `Related` label paragraph starts, when only list items follow it.
fn related_list_start(paragraphs: &[(String, ParagraphKind)]) -> Option<usize> {
    let at = paragraphs
        .iter()
        .rposition(|(p, k)| *k == ParagraphKind::Body && metadata::is_related_heading(p))?;
    (at + 1 < paragraphs.len()
        && paragraphs[at + 1..]
            .iter()
            .all(|(_, k)| *k == ParagraphKind::ListItem))
    .then_some(at)
}

/// A short label line with no sentence punctuation right above a byline or dateline
/// (`Heard on Morning Report`, `Listen · 4 min`): page furniture of the header.
fn is_label_over_byline(line: &str, next: Option<&String>, order: DateOrder) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && !line.ends_with(['.', '?', '!', ':', ',', '"', '”'])
        && next.is_some_and(|n| {
            metadata::byline(n).is_some() || metadata::dateline(n, order).is_some()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser as loading calls it, with the text's own date order.
    fn parse(text: &str) -> Parsed {
        super::parse(text, crate::document::date_order(text))
    }

    #[test]
    fn a_pandoc_page_with_divs_attributes_a_wrapped_yaml_title_and_a_standfirst() {
        let p = parse(
            "---\nlang: en-GB\ntitle: Why the harbour tunnel is late -- The Coastal\n  Review\n---\n\n::: {.article-header}\n[City Desk]{.kicker}\n\n# Why the harbour tunnel is late {#why-late .headline}\n\n::: standfirst\nThe hard part of the dig is over. Three engineers on what\ncomes next\n:::\n\n::: byline\nBy [Ana Ruiz](https://coastal.example/ana){.author}\n\\| 4 May 2031 \\| 5 min read\n:::\n:::\n\nThe tunnel under the harbour will open a year late, the city said on\nMonday.\n\n## The rock problem {#rock}\n\nEngineers hit harder rock than expected.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Why the harbour tunnel is late"));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 4)));
        assert_eq!(
            p.subtitle.as_deref(),
            Some("The hard part of the dig is over. Three engineers on what comes next")
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The tunnel under the harbour will open a year late, the city said on Monday.",
                "Engineers hit harder rock than expected."
            ]
        );
        assert_eq!(
            p.blocks.last().and_then(|b| b.heading.as_deref()),
            Some("The rock problem")
        );
    }

    #[test]
    fn yaml_scalars_go_on_over_indented_lines_but_lists_do_not() {
        let fields = yaml_fields(
            "title: A long title that\n  goes on\ntags:\n  - one\n  - two\ndate: 2031-05-04",
        );
        assert_eq!(
            fields,
            [
                ("title".to_string(), "A long title that goes on".to_string()),
                ("tags".to_string(), String::new()),
                ("date".to_string(), "2031-05-04".to_string())
            ]
        );
    }

    #[test]
    fn a_title_with_a_site_after_a_separator() {
        assert!(is_title_with_site("Rates hold -- The Review", "Rates hold"));
        assert!(is_title_with_site(
            "Rates hold | Coastal News",
            "Rates hold"
        ));
        assert!(!is_title_with_site("Rates hold steady", "Rates hold"));
        assert!(!is_title_with_site("Rates hold", "Rates hold"));
    }

    #[test]
    fn yaml_front_matter_headings_and_inline_markup() {
        let md = "---\ntitle: \"Grid freeze: what experts say\"\ndate: 2025-02-18\nsource: Northern Ledger\nauthor: Kari Lunde\ntags: [energy]\n---\n\nThe regulator ([NERA](https://x.example)) froze **all** new connections.\n\n- first item;\n- second *item*.\n\n## Ingrid Solberg-Haugen, Fjordline\n\nShe said \"it is *speculative*\".\n";
        let p = parse(md);
        assert_eq!(p.title.as_deref(), Some("Grid freeze: what experts say"));
        assert_eq!(p.published, Some("2025-02-18".parse().unwrap()));
        assert_eq!(p.source.as_deref(), Some("Northern Ledger"));
        assert_eq!(p.author.as_deref(), Some("Kari Lunde"));
        let texts = p.texts();
        assert_eq!(
            texts,
            vec![
                "The regulator (NERA) froze all new connections.",
                "first item;",
                "second item.",
                "She said \"it is speculative\"."
            ]
        );
        assert_eq!(p.paragraphs[1].1, ParagraphKind::ListItem);
        assert_eq!(
            p.blocks.last().unwrap().heading.as_deref(),
            Some("Ingrid Solberg-Haugen, Fjordline")
        );
        assert_eq!(p.blocks.last().unwrap().start, 3);
    }

    #[test]
    fn page_furniture_around_the_story_is_not_paragraphs() {
        let p = parse(
            "# Ferries cut as storms close ports\n\nUpdated 40 minutes ago\n\nShare · Save\n\n**Ola Berg**\nTransport correspondent\n\n![A ferry at the quay](https://img.example/f.jpg)\n\n*Image caption, The ferry at Bodø*\n\nStorms closed four ports on Sunday.\n\n## What next?\n\nThe operator will decide on Tuesday.\n\n*First published on 9 February 2025, 07:10 GMT*\n\n## More on this story\n\n- [Ports shut in 2023](https://www.example/a) Published 2 May 2023\n\nRelated topics: Ferries · Norway",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            vec![
                "Storms closed four ports on Sunday.",
                "The operator will decide on Tuesday."
            ]
        );
        assert_eq!(p.author.as_deref(), Some("Ola Berg"));
        assert_eq!(p.published, Some("2025-02-09".parse().unwrap()));
        assert_eq!(p.blocks.len(), 1);
        assert_eq!(p.blocks[0].start, 1);
    }

    #[test]
    fn programme_label_photo_credit_and_copyright_are_furniture() {
        let md = "# Ferry fares rise\n\nMarch 3, 2025 · 6:10 AM ET\n\nHeard on [Evening Tide](https://r.example/et)\n\n**By Nils Odden**\n\n![A ferry](https://r.example/f.jpg)\n\n*Ivo Brann/KPRX*\n\nFares on the island ferries rose on Monday.\n\n*Copyright © 2025 KPRX. All rights reserved.*\n";
        let p = parse(md);
        assert_eq!(p.author.as_deref(), Some("Nils Odden"));
        let texts = p.texts();
        assert_eq!(texts, ["Fares on the island ferries rose on Monday."]);
    }

    #[test]
    fn an_academics_post_line_share_row_and_disclosure_are_furniture() {
        let md = "# Why the dunes moved\n\n*Published: May 6, 2026 3:02pm BST*\n\n**Ana Ruiz**, Reader in Coastal Ecology, University of Kellby\n\n[Email](mailto:) · [X (Twitter)](https://x.example/) · [LinkedIn](https://l.example/) · Print\n\nThe dunes moved ten metres in a winter.\n\nI have measured them since 2015.\n\nThe council will decide in June.\n\n**Disclosure statement**\n\nAna Ruiz receives funding from the Dune Trust (2023–2026).\n\n**Partners**\n\nKellby University is a member of The Quay.\n\n*This article is republished from [The Quay](https://q.example/) under a Creative Commons license.*\n\n© 2010–2026, The Quay\n";
        let p = parse(md);
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The dunes moved ten metres in a winter.",
                "I have measured them since 2015.",
                "The council will decide in June."
            ]
        );
    }

    #[test]
    fn shortcodes_and_footnote_definitions_are_furniture() {
        let p = parse(
            "# Grid queues grow\n\n{{< figure src=\"/a.jpg\" caption=\"The panel on 2 May\" >}}\n\nThe queue for connections grew again this spring.[^1]\n\n[^1]: Operators' monitor, published 3 May 2026.\n",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            ["The queue for connections grew again this spring.[^1]"]
        );
    }

    #[test]
    fn an_italic_dek_under_a_name_heading_joins_it() {
        let p = parse(
            "# Four experts answer\n\nThe question was put to four experts.\n\n### Ana Ruiz\n\n*Senior fellow, Water Program, Lisbon*\n\nI think the river will recover.\n\n## What next\n\n*The views are the authors' own.*\n\nThe board meets in May.\n",
        );
        let heads: Vec<Option<&str>> = p.blocks.iter().map(|b| b.heading.as_deref()).collect();
        assert_eq!(
            heads,
            [
                Some("Ana Ruiz, Senior fellow, Water Program, Lisbon"),
                Some("What next")
            ]
        );
        assert_eq!(p.paragraphs[1].0, "I think the river will recover.");
        assert!(is_collective_byline("By the editors"));
        assert!(is_collective_byline("By Staff"));
        assert!(is_share_row("Share: LinkedIn · Email"));
        assert!(!is_share_row("Shares in the port fell."));
        assert!(!is_collective_byline("By the river the barges wait"));
        assert!(p.paragraphs.iter().any(|(t, _)| t.starts_with("The views")));
    }

    #[test]
    fn a_panels_bold_questions_head_their_labelled_answers() {
        let p = parse(
            "**The Harbour Ledger** · Explainers\n\n# Three questions on the ferry fare freeze\n\n*Monday 2 June 2031 · By Ana Ruiz*\n\n*The council froze fares again. We asked two experts what it means.*\n\n---\n\nThe council on Friday froze ferry fares for a third year.\n\n**Who pays for it?**\n\n**Lund:** The city does, out of its reserves.\n\n**Okafor:** And the reserves are thin.\n\n**Will it last?**\n\n**Okafor:** Not beyond next year.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Three questions on the ferry fare freeze")
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("The council froze fares again. We asked two experts what it means.")
        );
        assert_eq!(
            p.texts(),
            [
                "The council on Friday froze ferry fares for a third year.",
                "Lund: The city does, out of its reserves.",
                "Okafor: And the reserves are thin.",
                "Okafor: Not beyond next year.",
            ]
        );
        let heads: Vec<(Option<&str>, usize)> = p
            .blocks
            .iter()
            .map(|b| (b.heading.as_deref(), b.start))
            .collect();
        assert!(heads.contains(&(Some("Who pays for it?"), 1)), "{heads:?}");
        assert!(heads.contains(&(Some("Will it last?"), 3)), "{heads:?}");
        // One interviewee: the questions stay paragraphs.
        let p = parse(
            "# Talking ferries\n\nWe spoke to Ana Ruiz about fares.\n\n**Who pays?**\n\n**Ruiz:** The city.\n\n**For how long?**\n\n**Ruiz:** A year.\n",
        );
        assert!(p.texts().contains(&"Who pays?"));
    }

    #[test]
    fn toml_front_matter() {
        let p = parse("+++\ntitle = \"T\"\ndate = 2024-05-01\n+++\nBody.\n");
        assert_eq!(p.title.as_deref(), Some("T"));
        assert_eq!(p.published, Some("2024-05-01".parse().unwrap()));
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn h1_is_title_and_wrapped_lines_join() {
        let p = parse(
            "# The headline\n\nA paragraph that was\nwrapped by an editor.\n\n> A quoted block.\n",
        );
        assert_eq!(p.title.as_deref(), Some("The headline"));
        assert_eq!(
            p.paragraphs[0].0,
            "A paragraph that was wrapped by an editor."
        );
        assert_eq!(
            p.paragraphs[1],
            ("A quoted block.".to_string(), ParagraphKind::BlockQuote)
        );
    }

    #[test]
    fn a_pipe_table_its_note_and_a_closing_methodology_note_are_not_story() {
        let p = parse(
            "# Ferry tickets, in numbers\n\nTicket sales on the island routes rose by a fifth last year, the operator said.\n\n| Route | Tickets (2030) | Change since 2025 |\n| --- | ---: | --- |\n| North | 41,200 | +12% |\n| South | 18,900 | -3% |\n\n*Table: operator figures.*\n\nThe north route carried most of the growth.\n\nAna Ruiz, an economist at the Harbour Institute, said the fares were too low.\n\nShe expects a rise in 2032.\n\n---\n\n**Methodology.** Counts are tickets sold, by month. Figures for 2030 are provisional.\n",
        );
        let texts = p.texts();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].starts_with("The north route"));
        assert!(texts[3].starts_with("She expects"));
        assert!(is_pipe_table(&["| a | b |", "|---|:--:|", "| 1 | 2 |"]));
        assert!(!is_pipe_table(&["| a | b |", "| 1 | 2 |"]));
    }

    #[test]
    fn breadcrumb_dated_byline_share_line_caption_and_related_list() {
        let md = "# The lakes that could burst\n\n**Terra Verde** › Climate › Interviews\n\n*By Ana Ruiz* · 3 March 2026 · 6 min read\n\n[Share on X](https://x.example) · [Copy link](https://c.example)\n\n![A lake](https://i.example/l.jpg)\n*The lake on 2 March. Photo: Lea Paz*\n\nThe lake rose overnight.\n\n**Related**\n\n- [Old floods – 2 May 2024](https://r.example)\n\nGet our climate briefing every Friday. Sign up\n";
        let p = parse(md);
        assert_eq!(p.published, Some("2026-03-03".parse().unwrap()));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        let texts = p.texts();
        assert_eq!(texts, ["The lake rose overnight."]);
    }

    #[test]
    fn a_newsletter_posts_subtitle_author_link_audience_label_welcome_and_sign_off() {
        let p = parse(
            "# Ferry fares rise again\n\n### The company says fuel costs left it no choice, but the town is not convinced\n\n[Ana Ruiz](https://harbournotes.example/@ana)\n\nMay 3, 2029\n\n\u{2219} Paid\n\n[Share](https://harbournotes.example/p/fares)\n\n---\n\nWelcome back to **Harbour Notes**, the newsletter about the town's ferries. If someone forwarded this to you, you can subscribe [here](https://harbournotes.example).\n\nThe ferry company will raise fares by a tenth from July, it said on Monday.\n\nThe council meets on Friday.\n\n*Ana*\n\n[Leave a comment](https://harbournotes.example/p/fares/comments)\n",
        );
        assert_eq!(p.title.as_deref(), Some("Ferry fares rise again"));
        assert_eq!(
            p.subtitle.as_deref(),
            Some("The company says fuel costs left it no choice, but the town is not convinced")
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The ferry company will raise fares by a tenth from July, it said on Monday.",
                "The council meets on Friday."
            ]
        );
        assert!(p.blocks.iter().all(|b| b.heading.is_none()));
        // A short heading right under the headline is a crosshead, not a subtitle.
        let p = parse(
            "# Ferry fares rise again\n\n## Background\n\nThe ferry company will raise fares by a tenth from July, it said on Monday.\n",
        );
        assert_eq!(p.subtitle, None);
        assert_eq!(
            p.blocks.last().and_then(|b| b.heading.as_deref()),
            Some("Background")
        );
    }

    #[test]
    fn a_meta_line_with_reading_time_and_a_tag_line_under_a_setext_headline() {
        let p = parse(
            "Harbour cranes go electric: what it costs the port\n===================================================\n\n*Analysis* \u{b7} **Ana Ruiz** \u{b7} Mar 4, 2031 \u{b7} 6 min read\n\nTags: [ports](/tag/ports) \u{b7} [energy](/tag/energy)\n\n---\n\nThe port said on Monday that it would replace its diesel cranes by 2033.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Harbour cranes go electric: what it costs the port")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 3, 4)));
        assert_eq!(
            p.paragraphs.first().map(|(t, _)| t.as_str()),
            Some("The port said on Monday that it would replace its diesel cranes by 2033.")
        );
    }

    #[test]
    fn labels_over_the_first_level_one_heading_are_not_the_headline() {
        for text in [
            "**ANALYSIS**\n\nCouncil approves the harbour budget\n===\n\nThe council voted on Tuesday to approve the budget after months of talks.\n",
            "Markets\n\n# Council approves the harbour budget\n\nThe council voted on Tuesday to approve the budget after months of talks.\n",
        ] {
            let p = parse(text);
            assert_eq!(
                p.title.as_deref(),
                Some("Council approves the harbour budget"),
                "{text}"
            );
            assert_eq!(p.paragraphs.len(), 1, "{text}");
        }
    }

    #[test]
    fn a_newsletters_name_and_issue_lines_over_the_headline() {
        let p = parse(
            "**The Depot Letter** · Member newsletter of the Freight Guild\n\n\
             *Issue 40 · Tuesday, May 4, 2032*\n\n\
             # Dock workers vote on the new shift pattern\n\n\
             The union said on Monday that members would vote on the new shift pattern in June.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Dock workers vote on the new shift pattern")
        );
        assert_eq!(p.source.as_deref(), Some("The Depot Letter"));
        assert_eq!(p.published, Some(jiff::civil::date(2032, 5, 4)));
        assert_eq!(p.paragraphs.len(), 1, "{:?}", p.paragraphs);
    }

    #[test]
    fn a_breadcrumb_over_the_headline_and_a_meta_line_with_a_summary_box() {
        let p = parse(
            "[Harbour Weekly](https://harbour.example/) \u{203a} [Ports](https://harbour.example/ports) \u{203a} Analysis\n\n# Why the ferry is late\n\n**Published:** 2031-05-04T06:00:00Z \u{b7} **Reading time:** 6 min \u{b7} _By Ana Ruiz, Ports Editor_\n\n> **In brief:** The ferry will be a year late. Two engineers explain why.\n\n---\n\nThe island ferry will enter service a year late, the operator said on Monday.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Why the ferry is late"));
        assert_eq!(p.published, Some(jiff::civil::date(2031, 5, 4)));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            p.subtitle.as_deref(),
            Some("The ferry will be a year late. Two engineers explain why.")
        );
        assert_eq!(
            p.texts(),
            ["The island ferry will enter service a year late, the operator said on Monday."]
        );
    }

    #[test]
    fn a_navigation_row_over_the_headline_and_a_posted_line() {
        let p = parse(
            "Harbour Forum | Research \u{b7} Events \u{b7} About \u{b7} EN / FR\n\n# Expert reaction: the ferry is a year late\n\n*Expert reaction* \u{b7} Posted on 2 June 2031, 09:00 CET \u{b7} Transport programme\n\nThe island ferry will enter service a year late, the operator said on Monday.\n",
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Expert reaction: the ferry is a year late")
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 6, 2)));
        assert_eq!(
            p.texts(),
            ["The island ferry will enter service a year late, the operator said on Monday."]
        );
    }

    #[test]
    fn a_navigation_row_over_a_headline_that_is_no_heading() {
        let p = parse(
            "Home | World | Ports | Opinion | Contact\n\n**Why the ferry is late**\n\nBy Ana Ruiz\n\nThe island ferry will enter service a year late, the operator said on Monday.\n\nThe yard blamed the engines.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Why the ferry is late"));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            p.texts(),
            [
                "The island ferry will enter service a year late, the operator said on Monday.",
                "The yard blamed the engines."
            ]
        );
    }
}
