//! Saved web pages: the article's headline, date and body text, without the page's
//! navigation, asides, footers, scripts and styles. Parsed with `scraper` (html5ever), so
//! malformed markup and entities are handled as browsers do.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};

use super::{Block, DateOrder, ParagraphKind, Parsed, metadata, paragraphs};

/// Elements that never hold the story.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "iframe", "svg", "canvas", "select", "figure", "header", "menu", "dialog",
];

/// Class or id fragments of page furniture.
/// The containers sites put a story's body in.
/// A standfirst (dek) under the headline, by the class names pages give it.
static STANDFIRST_SELECTOR: LazyLock<Selector> = LazyLock::new(|| {
    sel(
        "[class~=standfirst], [class~=dek], [class~=deck], [class~=subheadline], \
         [class~=article-subtitle], [class~=article__standfirst], [class~=article-dek], \
         [class~=perex]",
    )
});

static BODY_SELECTOR: LazyLock<Selector> = LazyLock::new(|| {
    sel(
        "[itemprop=articleBody], .article-body, .article__body, #article-body, \
         .entry-content, .story-body, .post-content, .article-content",
    )
});

const FURNITURE: &[&str] = &[
    "related",
    "share",
    "social",
    "newsletter",
    "subscribe",
    "advert",
    "promo",
    "cookie",
    "comments",
    "sidebar",
    "breadcrumb",
    "byline",
    "author",
    "tags",
    "recommend",
    "footer",
    "nav",
    "menu",
    // The byline-and-date line under a headline.
    "meta",
    "dateline",
    "timestamp",
    // The section label above a headline.
    "kicker",
    "slug",
    "eyebrow",
    "overline",
    // The standfirst under a headline (the page's description gives it), and the
    // disclaimer and author note under a column.
    "dek",
    "standfirst",
    // The Czech and Slovak press's word for it, which their sites' markup keeps.
    "perex",
    "disclaimer",
    // A wire story's bullet summary over the body.
    "abstract",
    "highlights",
    // A pull quote (`pullquote`, `pull-quote`, `quote--pull`): words from the story
    // repeated in large type, which would count them twice.
    "pullquote",
    "pull",
    // A broadcaster's audio or video player over the story (its button and duration).
    "audio",
    "player",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// `order` reads ambiguous numeric dates (see [`DateOrder`]).
pub(crate) fn parse(text: &str, order: DateOrder) -> Parsed {
    let html = Html::parse_document(&super::nesting::flatten_deep(text));
    let mut parsed = Parsed::default();

    let meta = |attr: &str, name: &str| -> Option<String> {
        html.select(&sel(&format!("meta[{attr}=\"{name}\"]")))
            .find_map(|m| m.value().attr("content"))
            .map(clean_inline)
            .filter(|s| !s.is_empty())
    };
    let root = html
        .select(&sel("article"))
        .max_by_key(|a| text_len(*a))
        .or_else(|| html.select(&sel("main")).next())
        .or_else(|| html.select(&sel("body")).next())
        .unwrap_or_else(|| html.root_element());

    // Headline: the article's <h1>, else og:title, else <title> without its site suffix.
    let h1 = root
        .select(&sel("h1"))
        .next()
        .or_else(|| html.select(&sel("h1")).next())
        .map(|h| clean_inline(&h.text().collect::<String>()))
        .filter(|s| !s.is_empty());
    let page_title = html
        .select(&sel("title"))
        .next()
        .map(|t| clean_inline(&t.text().collect::<String>()));
    let (title, _, site) = match h1
        .clone()
        .or_else(|| meta("property", "og:title"))
        .or(page_title.clone())
    {
        Some(t) => metadata::split_headline(&t),
        None => (String::new(), None, None),
    };
    // A legacy page (a printer-friendly copy) may title itself generically (`Weekly ::
    // Print Article`) and set its headline only in big type: the page's most prominent
    // heading-like text is then the headline.
    let mut headline = None;
    let generic = title.is_empty()
        || h1.is_none()
            && meta("property", "og:title").is_none_or(|t| is_generic_title(&t))
            && page_title.as_deref().is_some_and(is_generic_title);
    let title = match generic.then(|| prominent_heading(root)).flatten() {
        Some((id, text)) => {
            headline = Some(id);
            text
        }
        None => title,
    };
    if !title.is_empty() {
        parsed.title = Some(title);
    }
    parsed.source = meta("property", "og:site_name").or(site).or_else(|| {
        page_title
            .as_deref()
            .map(metadata::split_headline)
            .and_then(|(_, _, s)| s)
    });
    // The page's description, else the standfirst the page shows under its headline.
    parsed.subtitle = meta("name", "description")
        .or_else(|| meta("property", "og:description"))
        .or_else(|| {
            root.select(&STANDFIRST_SELECTOR).find_map(|e| {
                let text = paragraphs::collapse_spaces(&e.text().collect::<String>());
                let words = text.split_whitespace().count();
                (4..=80).contains(&words).then_some(text)
            })
        });
    parsed.author = meta("name", "author");

    // Date: <time datetime>, article:published_time, JSON-LD datePublished.
    parsed.published = root
        .select(&sel("time[datetime]"))
        .chain(html.select(&sel("time[datetime]")))
        // A `<time>` in a list of related stories dates another story; a page with no
        // date of its own in its header still has its metadata's.
        .filter(|t| {
            !t.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| holds_other_stories(&a))
        })
        .find_map(|t| {
            // The date the page shows is the local one (`Mon 9 Nov 2026 at 5:12am`);
            // the `datetime` value is often in UTC and may fall on the day before.
            metadata::find_date(&t.text().collect::<String>(), order).or_else(|| {
                t.value()
                    .attr("datetime")
                    .and_then(metadata::parse_date_value)
            })
        })
        .or_else(|| {
            meta("property", "article:published_time").and_then(|v| metadata::parse_date_value(&v))
        })
        .or_else(|| meta("name", "date").and_then(|v| metadata::parse_date_value(&v)))
        // Scholarly and policy pages (Google Scholar's tags) date themselves with
        // `citation_publication_date`, written `2029/08/28` or `2029-08-28`, or only a year.
        .or_else(|| {
            meta("name", "citation_publication_date")
                .and_then(|v| metadata::parse_date_value(&v.replace('/', "-")))
        })
        .or_else(|| json_ld_date(&html))
        .or_else(|| shown_date_line(root, order));

    // The story's own container, when the page marks one and it holds most of the
    // article's text: what sits outside it (kicker, standfirst, byline, promos) is
    // furniture.
    let body = root
        .select(&BODY_SELECTOR)
        .next()
        .filter(|b| text_len(*b) * 2 >= text_len(root));
    let mut walker = Walker {
        parsed: &mut parsed,
        // A body without the headline has no `<h1>` to skip.
        h1_seen: body.is_some_and(|b| b.select(&sel("h1")).next().is_none()),
        order,
        headline,
        depth: 0,
    };
    walker.walk(body.unwrap_or(root), ParagraphKind::Body);
    trim_front_labels(&mut parsed, order);
    trim_back_matter(&mut parsed);
    parsed
}

/// Most words of a label line left above a story's first heading.
const MAX_FRONT_LABEL_WORDS: usize = 3;
/// Most words of a date stamp line left above a story's first heading.
const MAX_FRONT_STAMP_WORDS: usize = 14;

/// Drops what opens a page above the story's first heading when everything there is a
/// label (a vertical's name, `Gulf`) or a date stamp (`Aug 13, 2031, 6:02am EDT
/// Updated …`): a site whose story is all headed parts leaves its header furniture above
/// the first one, and it is no part of the story.
fn trim_front_labels(parsed: &mut Parsed, order: DateOrder) {
    let Some(first_heading) = parsed
        .blocks
        .iter()
        .find(|b| b.heading.is_some())
        .map(|b| b.start)
    else {
        return;
    };
    let n = first_heading.min(parsed.paragraphs.len());
    if n == 0 || n == parsed.paragraphs.len() {
        return;
    }
    let furniture = parsed.paragraphs[..n].iter().all(|(p, _)| {
        let label = metadata::words_at_most(p, MAX_FRONT_LABEL_WORDS)
            && p.starts_with(char::is_uppercase)
            && !p.ends_with(['.', '?', '!', ':', ','])
            && !p.contains(['“', '"']);
        let stamp = metadata::words_at_most(p, MAX_FRONT_STAMP_WORDS)
            && !p.ends_with(['.', '?', '!'])
            && metadata::find_date(p, order).is_some();
        label || stamp
    });
    if !furniture {
        return;
    }
    parsed.paragraphs.drain(..n);
    parsed.blocks.retain(|b| b.start >= n);
    for b in &mut parsed.blocks {
        b.start -= n;
    }
}

/// Drops what closes a page after the story when the markup does not mark it: the
/// copyright rows, the author's note (`Ana Ruiz covers ports. Reach her at …`) and a
/// list of related links under its label (`Related Articles • …`), from the end.
fn trim_back_matter(parsed: &mut Parsed) {
    let author = parsed.author.clone();
    while parsed.paragraphs.len() > 1
        && parsed.paragraphs.last().is_some_and(|(p, _)| {
            metadata::is_copyright_notice(p)
                || metadata::is_author_bio(p, author.as_deref())
                || opens_with_related_label(p)
        })
    {
        parsed.paragraphs.pop();
    }
    let n = parsed.paragraphs.len();
    parsed.blocks.retain(|b| b.start < n || b.start == 0);
}

/// Most words of a related-links label.
const MAX_RELATED_LABEL_WORDS: usize = 5;

/// True when `p` is a related-links label, alone or followed by its list run into the
/// same paragraph (`Related Articles • Ports reopen (03/06/2031) • …`).
fn opens_with_related_label(p: &str) -> bool {
    let mut end = 0;
    for _ in 0..MAX_RELATED_LABEL_WORDS {
        let rest = &p[end..];
        let start = end + (rest.len() - rest.trim_start().len());
        if start == p.len() {
            return false;
        }
        end = p[start..]
            .find(char::is_whitespace)
            .map_or(p.len(), |w| start + w);
        let after = p[end..].trim_start();
        if metadata::is_related_heading(&p[..end])
            && (after.is_empty() || after.starts_with(['•', '·', '▪', '–', '-', '*']))
        {
            return true;
        }
    }
    false
}

/// Class or id fragments of the element that shows a story's date.
/// A byline's or meta line's container shows the date too (`<div class="meta">Thu 4
/// Mar 2032 // 06:41 GMT</div>`), and a `<time>` without a `datetime` value is one.
const DATE_MARKS: &[&str] = &["date", "time", "posted", "publish", "meta", "byline"];

/// Most characters of a shown date line.
const MAX_SHOWN_DATE_CHARS: usize = 120;

/// Containers whose dates belong to other stories (related links, lists of popular
/// stories) or to a photo.
fn holds_other_stories(e: &ElementRef) -> bool {
    let v = e.value();
    let marks = class_and_id(e);
    matches!(v.name(), "aside" | "nav" | "footer" | "figure" | "li")
        || [
            "related",
            "recommend",
            "popular",
            "more",
            "promo",
            "comment",
        ]
        .iter()
        .any(|w| marks.contains(w))
}

/// The date a page shows in its header when its markup states none (no `<time>`, no
/// metadata): an element marked as a date or time stamp (`<div class="timeStamp">
/// Posted: Nov 03, 2031 4:00 AM MT | Last Updated: …</div>`) whose text is a date line,
/// outside related links, lists and figures. The first one in the page is the story's.
fn shown_date_line(root: ElementRef, order: DateOrder) -> Option<jiff::civil::Date> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .find_map(|e| {
            let v = e.value();
            let marks = class_and_id(&e);
            if v.name() != "time" && !DATE_MARKS.iter().any(|m| marks.contains(m)) {
                return None;
            }
            let text = clean_inline(&e.text().collect::<String>());
            if text.is_empty() || text.chars().count() > MAX_SHOWN_DATE_CHARS {
                return None;
            }
            if e.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| holds_other_stories(&a))
            {
                return None;
            }
            metadata::dateline(&text, order)
        })
}

fn json_ld_date(html: &Html) -> Option<jiff::civil::Date> {
    html.select(&sel("script[type=\"application/ld+json\"]"))
        .find_map(|s| {
            let text: String = s.text().collect();
            let at = text.find("\"datePublished\"")?;
            let rest = &text[at + 15..];
            let start = rest.find('"')? + 1;
            let end = rest[start..].find('"')? + start;
            metadata::parse_date_value(&rest[start..end])
        })
}

fn text_len(e: ElementRef) -> usize {
    e.select(&sel("p"))
        .map(|p| p.text().map(str::len).sum::<usize>())
        .sum()
}

/// An element's class and id in lower case, where pages name what a block is
/// (`timeStamp`, `related-stories`, `ad-slot`).
fn class_and_id(e: &ElementRef) -> String {
    let v = e.value();
    format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase()
}

/// Whitespace runs become one space (HTML source wraps freely).
fn clean_inline(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_furniture(e: &ElementRef) -> bool {
    let v = e.value();
    let marks = class_and_id(e);
    FURNITURE
        .iter()
        .any(|f| marks.split([' ', '-', '_']).any(|w| w == *f))
        || v.attr("role")
            .is_some_and(|r| matches!(r, "navigation" | "banner" | "contentinfo" | "complementary"))
        || v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
}

struct Walker<'a, 'h> {
    parsed: &'a mut Parsed,
    h1_seen: bool,
    order: DateOrder,
    /// The element found to hold the headline when the page has no `<h1>` and a
    /// generic `<title>`.
    headline: Option<ElementRef<'h>>,
    /// How many elements deep the walk is: past [`MAX_WALK_DEPTH`] the rest is taken
    /// as plain text, since the walk recurses and a hostile page could nest without end.
    depth: usize,
}

/// Most characters of a standfirst read from its place over the byline.
const MAX_STANDFIRST_CHARS: usize = 300;

/// Most words of the byline-and-date row under a standfirst.
const MAX_BYLINE_ROW_WORDS: usize = 25;

/// Most words of a masthead's row of links over the headline.
const MAX_MASTHEAD_ROW_WORDS: usize = 12;

/// A masthead's row over the headline that is no plain label because a link in it
/// carries a price or a lower-case word (`The Harbour Post Edition Subscribe from
/// €1`): a few words that are no sentence (no closing punctuation, no comma, no
/// quotation mark). Above the `<h1>`, with only such rows and labels there, it is
/// the site's chrome: a story never opens above its headline.
fn is_masthead_row(p: &str) -> bool {
    metadata::words_at_most(p, MAX_MASTHEAD_ROW_WORDS)
        && p.starts_with(char::is_uppercase)
        && !p.ends_with(['.', '?', '!', ':'])
        && !p.contains([',', ';', '"', '“', '”', '‘'])
}

/// Deeper than real pages nest; shallow enough for any thread's stack.
const MAX_WALK_DEPTH: usize = 256;

/// Text gathered for a paragraph from a container's own text and inline elements, and
/// whether all of it was bold or all italic (a crosshead, a deck or a caption).
struct Run {
    text: String,
    any: bool,
    bold: bool,
    italic: bool,
}

impl Run {
    fn new() -> Run {
        Run {
            text: String::new(),
            any: false,
            bold: true,
            italic: true,
        }
    }

    fn add(&mut self, text: &str, bold: bool, italic: bool) {
        self.text.push_str(text);
        if !text.trim().is_empty() {
            self.any = true;
            self.bold &= bold;
            self.italic &= italic;
        }
    }
}

/// Most words of a bold crosshead standing between `<br><br>` breaks.
const MAX_BOLD_HEADING_WORDS: usize = 10;

/// Labels of a generic page title (a printer-friendly copy's `Print Article`).
const GENERIC_TITLES: &[&str] = &[
    "print article",
    "print",
    "print version",
    "print this article",
    "print page",
    "printer friendly",
    "printer-friendly",
    "printer friendly version",
    "printer-friendly version",
    "printable version",
    "article",
    "untitled",
    "untitled document",
    "home",
    "home page",
];

/// True when a page's `<title>` says nothing of the story: one of its parts (split at
/// `::`, `|` or a spaced dash) is a generic label such as `Print Article`.
fn is_generic_title(title: &str) -> bool {
    title
        .split("::")
        .flat_map(|p| p.split('|'))
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .any(|p| {
            let p = p.trim().to_lowercase();
            GENERIC_TITLES.contains(&p.as_str())
        })
}

/// Most words of a headline found by its type size.
const MAX_HEADLINE_WORDS: usize = 40;

/// The most prominent heading-like text under `root`: an element marked as the
/// headline (`itemprop="headline"`, class `headline`), else the largest `<font size>`
/// of 4 or more (`+1` and up), the first of equals. It must read as a headline: two to
/// forty words, no closing full stop.
fn prominent_heading(root: ElementRef) -> Option<(ElementRef, String)> {
    static CANDIDATES: LazyLock<Selector> =
        LazyLock::new(|| sel("[itemprop=headline], [class~=headline], font[size]"));
    let mut best: Option<(i32, ElementRef, String)> = None;
    for e in root.select(&CANDIDATES) {
        let v = e.value();
        let rank = match v.attr("size") {
            _ if v.attr("itemprop") == Some("headline") => 20,
            _ if v.has_class("headline", scraper::CaseSensitivity::AsciiCaseInsensitive) => 19,
            Some(size) => {
                let size = size.trim();
                match size.strip_prefix('+') {
                    Some(up) => up.parse::<i32>().map_or(0, |n| 3 + n),
                    None => size.parse::<i32>().unwrap_or(0),
                }
            }
            None => 0,
        };
        if rank < 4 || best.as_ref().is_some_and(|(r, _, _)| *r >= rank) {
            continue;
        }
        let text = clean_inline(&e.text().collect::<String>());
        let words = text.split_whitespace().count();
        if (2..=MAX_HEADLINE_WORDS).contains(&words) && !text.ends_with('.') {
            best = Some((rank, e, text));
        }
    }
    best.map(|(_, id, text)| (id, text))
}

/// True when a table row lays out a page rather than holding data: it holds blocks
/// (paragraphs, lists, nested tables), a picture (with its caption beside it) or
/// paragraphs separated by `<br><br>`.
fn is_layout_row(row: &ElementRef) -> bool {
    row.descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| match e.value().name() {
            "p" | "div" | "table" | "ul" | "ol" | "blockquote" | "h1" | "h2" | "h3" | "h4"
            | "img" | "figure" => true,
            "br" => e
                .next_siblings()
                .find(|n| match n.value() {
                    Node::Text(t) => !t.text.trim().is_empty(),
                    _ => true,
                })
                .and_then(ElementRef::wrap)
                .is_some_and(|n| n.value().name() == "br"),
            _ => false,
        })
}

/// Elements that flow inside a paragraph rather than making one.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    "ins", "del",
];

impl Walker<'_, '_> {
    fn walk(&mut self, e: ElementRef, kind: ParagraphKind) {
        if self.depth >= MAX_WALK_DEPTH {
            self.push(&e.text().collect::<String>(), kind);
            return;
        }
        self.depth += 1;
        // Text and inline elements directly inside a container form paragraphs of their
        // own, ended by a block element or by `<br><br>`.
        let mut run = Run::new();
        let mut last_br = false;
        for child in e.children() {
            let Some(el) = ElementRef::wrap(child) else {
                if let Node::Text(t) = child.value() {
                    run.add(&t.text, false, false);
                    if !t.text.trim().is_empty() {
                        last_br = false;
                    }
                }
                continue;
            };
            let name = el.value().name();
            if name == "br" {
                if last_br {
                    self.push_run(&mut run, kind);
                }
                run.text.push('\n');
                last_br = true;
                continue;
            }
            if self.headline == Some(el) {
                self.at_headline(&mut run);
                continue;
            }
            last_br = false;
            // `<hr>` or a `• • •` paragraph (often hidden from screen readers): the
            // writer's break between parts of the story.
            if name == "hr"
                || (name == "p" || name == "div" && el.children().all(|c| !c.value().is_element()))
                    && super::paragraphs::is_separator(&el.text().collect::<String>())
            {
                self.push_run(&mut run, kind);
                self.parsed.blocks.push(Block {
                    heading: None,
                    start: self.parsed.paragraphs.len(),
                    ruled: true,
                });
                continue;
            }
            if SKIP.contains(&name) || is_furniture(&el) {
                continue;
            }
            if INLINE.contains(&name) {
                // Legacy pages set a whole story in one `<font>`, its paragraphs
                // separated by `<br><br>`: the breaks count inside inline elements too.
                self.inline(el, &mut run, &mut last_br, kind, (false, false));
                continue;
            }
            self.push_run(&mut run, kind);
            match name {
                "h1" if !self.h1_seen => {
                    self.h1_seen = true;
                    self.drop_labels_over_headline();
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let text = clean_inline(&el.text().collect::<String>());
                    if !text.is_empty() {
                        self.parsed.blocks.push(Block {
                            heading: Some(text),
                            start: self.parsed.paragraphs.len(),
                            ruled: false,
                        });
                    }
                }
                // A row of a layout table holds the page, not one line of data.
                "tr" if is_layout_row(&el) => self.walk(el, kind),
                "p" if self.is_standfirst_over_byline(&el) => {
                    let text = clean_inline(&el.text().collect::<String>());
                    self.parsed.subtitle.get_or_insert(text);
                }
                "p" | "pre" | "dd" | "dt" | "figcaption" | "address" | "tr" => {
                    // A note in italics after headed blocks (`<p><em>The authors will
                    // hold a briefing …</em></p>`) is the editors' voice, not the last
                    // heading's: a block of its own.
                    if name == "p"
                        && self.parsed.blocks.iter().any(|b| b.heading.is_some())
                        && is_all_italic(&el)
                    {
                        self.parsed.blocks.push(Block {
                            heading: None,
                            start: self.parsed.paragraphs.len(),
                            ruled: false,
                        });
                    }
                    self.push(&el.text().collect::<String>(), kind);
                }
                "li" => self.push(&el.text().collect::<String>(), ParagraphKind::ListItem),
                "blockquote" => {
                    if has_block_children(&el) {
                        self.walk(el, ParagraphKind::BlockQuote);
                    } else {
                        self.push(&el.text().collect::<String>(), ParagraphKind::BlockQuote);
                    }
                }
                _ => self.walk(el, kind),
            }
        }
        self.push_run(&mut run, kind);
        self.depth -= 1;
    }

    /// A `<p>` right under the headline, before any story, whose next element is the
    /// byline or date line (`<p class="sub">…</p><div>By Ana Ruiz · 4 May 2031</div>`):
    /// the standfirst, whatever class the page gives it. The story's first paragraph
    /// never has a byline under it.
    fn is_standfirst_over_byline(&self, el: &ElementRef) -> bool {
        if !self.h1_seen || !self.parsed.paragraphs.is_empty() || !self.parsed.blocks.is_empty() {
            return false;
        }
        let text = clean_inline(&el.text().collect::<String>());
        if text.chars().count() > MAX_STANDFIRST_CHARS || !text.contains(' ') {
            return false;
        }
        let Some(next) = el.next_siblings().find_map(ElementRef::wrap) else {
            return false;
        };
        let line = clean_inline(&next.text().collect::<String>());
        metadata::words_at_most(&line, MAX_BYLINE_ROW_WORDS)
            && (metadata::byline(&line).is_some()
                || metadata::dateline(&line, self.order).is_some()
                // `By Ana Ruiz Tuesday, May 6, 2031, 9:52 am | Updated: …`: the byline's
                // and the date's elements run together.
                || line.starts_with("By ")
                    && !line.ends_with(['.', '?', '!'])
                    && metadata::find_date(&line, self.order).is_some())
    }

    /// Adds an inline element's text to `run`, ending paragraphs at `<br><br>` inside
    /// it. `style` is whether the text so far is inside bold and italic elements.
    fn inline(
        &mut self,
        e: ElementRef,
        run: &mut Run,
        last_br: &mut bool,
        kind: ParagraphKind,
        style: (bool, bool),
    ) {
        if self.depth >= MAX_WALK_DEPTH {
            run.add(&e.text().collect::<String>(), style.0, style.1);
            return;
        }
        self.depth += 1;
        let name = e.value().name();
        let style = (
            style.0 || matches!(name, "b" | "strong"),
            style.1 || matches!(name, "i" | "em"),
        );
        for child in e.children() {
            let Some(el) = ElementRef::wrap(child) else {
                if let Node::Text(t) = child.value() {
                    run.add(&t.text, style.0, style.1);
                    if !t.text.trim().is_empty() {
                        *last_br = false;
                    }
                }
                continue;
            };
            if el.value().name() == "br" {
                if *last_br {
                    self.push_run(run, kind);
                }
                run.text.push('\n');
                *last_br = true;
            } else if self.headline == Some(el) {
                self.at_headline(run);
            } else {
                self.inline(el, run, last_br, kind, style);
            }
        }
        self.depth -= 1;
    }

    /// Drops what the walk kept above the headline when all of it is short labels: a
    /// category or rubric line a page sets over its `<h1>` without a class saying so
    /// (`LOCAL NEWS`, `Business · Analysis`). A story never opens above its headline,
    /// and a label there is the section, not the lede; once it is gone, the byline and
    /// date lines under the headline are read as the story's metadata again.
    fn drop_labels_over_headline(&mut self) {
        let labels = !self.parsed.paragraphs.is_empty()
            && self.parsed.blocks.iter().all(|b| b.heading.is_none())
            && self.parsed.paragraphs.iter().all(|(p, _)| {
                super::text::is_header_label(p)
                    || metadata::is_kicker_label(p)
                    || is_masthead_row(p)
            });
        if labels {
            self.parsed.paragraphs.clear();
            self.parsed.blocks.clear();
        }
    }

    /// The headline found by its type size: what came before it on a page without
    /// markup for its parts (logo, print links, the kicker) is no part of the story.
    fn at_headline(&mut self, run: &mut Run) {
        *run = Run::new();
        self.parsed.paragraphs.clear();
        self.parsed.blocks.clear();
        self.h1_seen = true;
    }

    /// Ends a run of text as a paragraph. Alone between `<br><br>` breaks, a short
    /// all-bold run is a crosshead; before the story's first paragraph, an all-italic
    /// run is the deck or a photo caption, and a run whose lines are a byline and date
    /// lines is the story's metadata.
    fn push_run(&mut self, run: &mut Run, kind: ParagraphKind) {
        let run = std::mem::replace(run, Run::new());
        if !run.any {
            return;
        }
        let text = clean_inline(&run.text);
        if run.bold
            && !self.parsed.paragraphs.is_empty()
            && metadata::words_at_most(&text, MAX_BOLD_HEADING_WORDS)
            && !text.ends_with(['.', '?', '!', ':', ','])
        {
            self.parsed.blocks.push(Block {
                heading: Some(text),
                start: self.parsed.paragraphs.len(),
                ruled: false,
            });
            return;
        }
        if self.parsed.paragraphs.is_empty() {
            if run.italic {
                if self.parsed.subtitle.is_none() {
                    self.parsed.subtitle = Some(text);
                }
                return;
            }
            let lines: Vec<String> = run
                .text
                .lines()
                .map(clean_inline)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.len() >= 2
                && lines.iter().all(|l| {
                    metadata::dateline(l, self.order).is_some() || metadata::byline(l).is_some()
                })
            {
                for l in &lines {
                    if let Some(date) = metadata::dateline(l, self.order) {
                        self.parsed.published = self.parsed.published.or(Some(date));
                    } else if let Some(author) = metadata::byline(l) {
                        self.parsed.author = self.parsed.author.take().or(Some(author));
                    }
                }
                return;
            }
        }
        self.push(&text, kind);
    }

    fn push(&mut self, raw: &str, kind: ParagraphKind) {
        let text = clean_inline(raw);
        if text.is_empty() {
            return;
        }
        // A leading dateline or byline paragraph is metadata, not story.
        if self.parsed.paragraphs.is_empty() && self.parsed.blocks.is_empty() {
            if let Some(date) = metadata::dateline(&text, self.order) {
                self.parsed.published = self.parsed.published.or(Some(date));
                return;
            }
            if let Some(author) = metadata::byline(&text) {
                self.parsed.author = self.parsed.author.take().or(Some(author));
                return;
            }
            if is_programme_label(&text) || is_player_controls(&text) {
                return;
            }
        }
        // An ad slot's label (`Advertisement`) left where the ad was.
        if metadata::is_wire_aside(&text) || metadata::is_ad_label(&text) {
            return;
        }
        self.parsed.paragraphs.push((text, kind));
    }
}

/// A radio story's programme label over its text (`Heard on Evening Tide`).
fn is_programme_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    (lower.starts_with("heard on ") || lower.starts_with("as heard on "))
        && metadata::words_at_most(text, 8)
        && !text.ends_with(['.', '?', '!', ':'])
}

/// An audio player's controls left as text (`Listen · 4:36 Download Embed Transcript`).
fn is_player_controls(text: &str) -> bool {
    const CONTROLS: &[&str] = &[
        "listen",
        "play",
        "pause",
        "download",
        "embed",
        "transcript",
        "share",
        "audio",
    ];
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(['·', '|', '•', '(', ')']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| CONTROLS.contains(&w.as_str()))
        && words.iter().all(|w| {
            CONTROLS.contains(&w.as_str())
                || w.bytes().all(|b| b.is_ascii_digit() || b == b':')
                || w == "min"
        })
}

/// True when all of an element's text sits inside one `<em>` or `<i>` child.
fn is_all_italic(e: &ElementRef) -> bool {
    let mut italic = None;
    for child in e.children() {
        match ElementRef::wrap(child) {
            Some(c) if italic.is_none() && matches!(c.value().name(), "em" | "i") => {
                italic = Some(c);
            }
            Some(_) => return false,
            None => {
                if let Node::Text(t) = child.value()
                    && !t.text.trim().is_empty()
                {
                    return false;
                }
            }
        }
    }
    italic.is_some_and(|c| c.text().any(|t| !t.trim().is_empty()))
}

fn has_block_children(e: &ElementRef) -> bool {
    e.children()
        .filter_map(ElementRef::wrap)
        .any(|c| matches!(c.value().name(), "p" | "div" | "ul" | "ol" | "blockquote"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser as loading calls it, with the text's own date order.
    fn parse(text: &str) -> Parsed {
        super::parse(text, crate::document::date_order(text))
    }

    #[test]
    fn a_label_and_a_stamp_above_the_first_heading_are_furniture() {
        let p = parse(
            r#"<html><head><title>Ferries go free | Relay</title></head><body><main><article><h1>Ferries go free</h1><div>Harbours</div><div>May 4, 2031, 6:00am EDT Updated May 4, 2031, 8:10am EDT</div><h3>The News</h3><p>The city will make its ferries free from June, the mayor said on Monday.</p><h3>Know More</h3><p>Fares have risen every year since 2020.</p></article></main></body></html>"#,
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "The city will make its ferries free from June, the mayor said on Monday.",
                "Fares have risen every year since 2020."
            ]
        );
        assert_eq!(p.blocks[0].start, 0);
        assert_eq!(p.blocks[0].heading.as_deref(), Some("The News"));
    }

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Fund: can it deliver? | The Review</title>
<meta property="article:published_time" content="2025-05-20T07:30:00Z">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
<main><article><h1>Fund: can it deliver?</h1>
<p class="byline">By <a href="/a">Chidi Okeke</a> · <time datetime="2025-05-21T07:30:00+00:00">21 May 2025</time></p>
<p>Ministers approved a fund &amp; a plan.</p>
<h2>The experts</h2>
<p>Dr. Amara Nwosu said:</p>
<blockquote><p>“We have seen this film before.”</p></blockquote>
<aside class="related"><h3>Related</h3><ul><li>Other story, 2019</li></ul></aside>
</article></main><footer><p>© 2025 The Review</p></footer></body></html>"#;

    #[test]
    fn an_unmarked_category_label_over_the_headline_is_furniture() {
        let p = parse(
            "<html><body><main><div class=\"cat\">CITY HALL</div><h1>Bus lanes approved for the ring road</h1>\
             <div class=\"stamps\">Published: May 3, 2031 at 7:10 a.m. EDT<br>Updated: May 4, 2031 at 9:00 a.m. EDT</div>\
             <p>The council approved new bus lanes on Tuesday after a long debate.</p></main></body></html>",
        );
        assert_eq!(
            p.texts(),
            ["The council approved new bus lanes on Tuesday after a long debate."]
        );
        assert_eq!(
            p.published.map(|d| d.to_string()).as_deref(),
            Some("2031-05-03")
        );
        let p = parse(
            "<html><body><article><div class=\"rubric\">Money · Opinion</div><h1>Why rents keep rising</h1>\
             <p>Rents rose again in March, the statistics office said.</p></article></body></html>",
        );
        assert_eq!(
            p.texts(),
            ["Rents rose again in March, the statistics office said."]
        );
    }

    #[test]
    fn a_section_slug_and_a_programme_label_are_furniture() {
        let p = parse(
            "<html><body><article><div class=\"slug\"><a href=\"/ports\">Ports</a></div>\
             <h1>Port strike ends</h1><div class=\"program\">Heard on <a href=\"/et\">Evening Tide</a></div>\
             <div class=\"player\"><button>Listen</button> · 3:12 <a href=\"#\">Download</a> <a href=\"#t\">Transcript</a></div><p>Dockers returned to work on Tuesday.</p></article></body></html>",
        );
        let texts = p.texts();
        assert_eq!(texts, ["Dockers returned to work on Tuesday."]);
    }

    #[test]
    fn a_paragraph_over_the_byline_row_is_the_standfirst() {
        let p = parse(
            "<html><body><article><h1>Port strike ends</h1>\
             <p class=\"sub\">Dockers accept a 6% rise after a week on the picket line</p>\
             <div class=\"info\"><span>By Kai Lund</span> <span>Tuesday, May 6, 2031</span></div>\
             <p>Dockers in Gdańsk ended their strike on Monday after a week.</p>\
             <p>The union said the deal would run for two years.</p></article></body></html>",
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("Dockers accept a 6% rise after a week on the picket line")
        );
        let texts = p.texts();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Dockers in Gdańsk"));
        // The story's own first paragraph, with a paragraph under it, stays.
        let p = parse(
            "<html><body><h1>Port strike ends</h1><p>Dockers in Gdańsk ended their strike on Monday.</p>\
             <p>By the evening the cranes were moving again, the union said.</p></body></html>",
        );
        assert_eq!(p.texts().len(), 2);
    }

    #[test]
    fn a_masthead_row_with_a_subscribe_link_over_the_headline_is_chrome() {
        let p = parse(
            "<html><body><div id=\"top\"><a href=\"/\">The Quay Times</a> <span>Island Edition</span> \
             <a href=\"/s\">Subscribe from \u{20ac}1</a></div>\
             <div class=\"crumbs\"><a href=\"/a\">Ports</a> / <a href=\"/b\">Shipping</a></div>\
             <h1>Port strike ends</h1><p>Dockers in Gdańsk ended their strike on Monday after a week.</p>\
             <p>The union said the deal would run for two years.</p></body></html>",
        );
        let texts = p.texts();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Dockers in Gdańsk"));
        assert!(is_masthead_row(
            "The Quay Times Island Edition Subscribe from \u{20ac}1"
        ));
        assert!(!is_masthead_row("Dockers ended their strike on Monday."));
        assert!(!is_masthead_row("Dockers, angry, walked out"));
    }

    #[test]
    fn the_story_container_leaves_kicker_standfirst_and_byline_out() {
        let p = parse(
            "<html><body><article><div class=\"top\"><a href=\"/t\">Shipping</a>\
             <h1>Port strike ends</h1><p class=\"standfirst\">Dockers accept a 6% rise</p></div>\
             <p class=\"writer\">Kai Lund in Gdańsk</p>\
             <div class=\"story-body\"><p>Dockers in Gdańsk ended their strike on Monday after a week.</p>\
             <p>The union said the deal would run for two years and cover every terminal.</p></div>\
             </article></body></html>",
        );
        assert_eq!(p.title.as_deref(), Some("Port strike ends"));
        // Without a page description, the standfirst the page shows is the subtitle.
        assert_eq!(p.subtitle.as_deref(), Some("Dockers accept a 6% rise"));
        let texts = p.texts();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Dockers in Gdańsk"));
    }

    #[test]
    fn an_italic_note_after_headed_blocks_is_a_block_of_its_own() {
        let p = parse(
            "<html><body><article><h1>Reactions</h1><p>The deal was signed.</p>\
             <h3>Lena Brandt, senior fellow</h3><p>I doubt it will last.</p>\
             <p><em>Our fellows will discuss the deal in a webinar next week.</em></p>\
             </article></body></html>",
        );
        let starts: Vec<(usize, bool)> = p
            .blocks
            .iter()
            .map(|b| (b.start, b.heading.is_some()))
            .collect();
        assert_eq!(starts, vec![(1, true), (2, false)]);
        // Without headings an italic paragraph is just a paragraph.
        let p = parse("<html><body><article><p>One.</p><p><i>Two.</i></p></article></body></html>");
        assert!(p.blocks.is_empty());
    }

    #[test]
    fn extracts_article_without_furniture() {
        let p = parse(PAGE);
        assert_eq!(p.title.as_deref(), Some("Fund: can it deliver?"));
        assert_eq!(p.published, Some("2025-05-21".parse().unwrap()));
        assert_eq!(p.source.as_deref(), Some("The Review"));
        let texts = p.texts();
        assert_eq!(
            texts,
            vec![
                "Ministers approved a fund & a plan.",
                "Dr. Amara Nwosu said:",
                "“We have seen this film before.”"
            ]
        );
        assert_eq!(p.paragraphs[2].1, ParagraphKind::BlockQuote);
        assert_eq!(
            p.blocks,
            vec![Block {
                heading: Some("The experts".into()),
                start: 1,
                ruled: false,
            }]
        );
    }

    #[test]
    fn div_text_with_inline_markup_and_double_breaks() {
        let p = parse(
            "<html><body><div>First <b>bold</b> and <a href=x>linked</a> text.<br><br>Second part<br>still second.<div>Block.</div></div></body></html>",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            vec![
                "First bold and linked text.",
                "Second part still second.",
                "Block."
            ]
        );
    }

    #[test]
    fn title_falls_back_to_title_element() {
        let p = parse(
            "<html><head><title>Only a title - Site.com</title></head><body><p>Text.</p></body></html>",
        );
        assert_eq!(p.title.as_deref(), Some("Only a title"));
        assert_eq!(p.paragraphs.len(), 1);
    }

    #[test]
    fn break_paragraphs_open_ruled_blocks_and_the_shown_date_wins() {
        let p = parse(
            "<html><body><article><h1>Saltmarsh</h1>\
             <p>Posted <time datetime=\"2026-05-03T19:00:00Z\">Mon 4 May 2026 at 5:00am</time></p>\
             <p>The marsh floods twice a day.</p>\
             <p class=\"section-break\" aria-hidden=\"true\">• • •</p>\
             <p>In the pub, nobody talks about it.</p><hr><p>Ten years on, the marsh is back.</p>\
             </article></body></html>",
        );
        assert_eq!(p.published, Some("2026-05-04".parse().unwrap()));
        let ruled: Vec<usize> = p
            .blocks
            .iter()
            .filter(|b| b.ruled)
            .map(|b| b.start)
            .collect();
        let texts = p.texts();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(ruled, vec![1, 2]);
    }

    #[test]
    fn a_printer_friendly_page_with_its_story_in_one_font_tag() {
        let p = parse(
            r##"<html><head><title>Harbour Weekly :: Print Article</title></head><body>
<table><tr><td><img src="logo.gif" alt="Harbour Weekly"></td><td><a href="#">Print this page</a> | <a href="#">Close window</a></td></tr>
<tr><td colspan="2"><font size="1">PORTS &amp; POLICY</font><br>
<font size="5"><b>Port strike ends as dockers accept a pay offer</b></font><br>
<font size="3"><i>The union warns of more action in the autumn</i></font><br><br>
<font size="1">By Ana Ruiz, Staff Writer<br>Posted: 03/09/2031 6:15 AM EST &nbsp;|&nbsp; Last Updated: 03/10/2031</font><br><br>
<table align="right"><tr><td><img src="quay.jpg"><br><font size="1"><i>Cranes at the quay, 03/02/2031. (Photo/Ivo Brann)</i></font></td></tr></table>
<font size="3">HELLA &#8212; Dockers returned to work on Tuesday after a strike of nine days.<br><br>
The union said the offer was &#8220;the best we could get&#8221;, its leader said.<br><br>
<b>What comes next</b><br><br>
Talks on the autumn contract open on 03/28/2031.</font></td></tr></table></body></html>"##,
        );
        assert_eq!(
            p.title.as_deref(),
            Some("Port strike ends as dockers accept a pay offer")
        );
        assert_eq!(
            p.subtitle.as_deref(),
            Some("The union warns of more action in the autumn")
        );
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        // `03/28/2031` says the page writes the month first.
        assert_eq!(p.published, Some(jiff::civil::date(2031, 3, 9)));
        let texts = p.texts();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("HELLA — Dockers returned"));
        let headings: Vec<(usize, Option<&str>)> = p
            .blocks
            .iter()
            .map(|b| (b.start, b.heading.as_deref()))
            .collect();
        assert_eq!(headings, vec![(2, Some("What comes next"))]);
    }

    #[test]
    fn generic_page_titles() {
        assert!(is_generic_title("Harbour Weekly :: Print Article"));
        assert!(is_generic_title(
            "Printer-friendly version | Harbour Weekly"
        ));
        assert!(!is_generic_title("Port strike ends | Harbour Weekly"));
    }

    #[test]
    fn back_matter_closing_a_page_without_markup() {
        let p = parse(
            "<html><head><meta name=\"author\" content=\"Ana Ruiz\"></head><body><div>Dockers returned to work on Tuesday.<br><br>The union accepted the offer.<br><br>\
             <i>Ana Ruiz covers ports. Reach her at ana@ledger.example.</i><br><br>\
             <b>Related Articles</b><br>&#8226; <a href=\"#\">Strike enters day nine</a> (03/06/2031)<br><br>\
             Copyright &copy; 1998-2031 The Harbour Ledger. All rights reserved.</div></body></html>",
        );
        let texts = p.texts();
        assert_eq!(
            texts,
            [
                "Dockers returned to work on Tuesday.",
                "The union accepted the offer."
            ]
        );
        assert!(opens_with_related_label("Related stories"));
        assert!(!opens_with_related_label(
            "Related parties said the deal was fair."
        ));
    }

    #[test]
    fn the_date_line_a_page_shows_when_its_markup_states_none() {
        let p = parse(
            r#"<html><body><article><div class="story-header"><h1>Ferry fares rise again</h1>
<div class="timeStamp">Posted: May 03, 2029 4:00 AM MT | Last Updated: 9:12 AM ET</div></div>
<aside class="related"><ul><li><span class="date">April 1, 2029</span> Older story</li></ul></aside>
<div class="story-body"><p>The ferry company will raise fares by a tenth from July, it said on Friday.</p>
<p>The council meets next week to discuss the rise.</p></div></article></body></html>"#,
        );
        assert_eq!(p.published, Some(jiff::civil::date(2029, 5, 3)));
        // Only another story's date: none for this one.
        let p = parse(
            r#"<html><body><article><h1>Ferry fares rise again</h1>
<aside class="related"><ul><li><span class="date">April 1, 2029</span> Older story</li></ul></aside>
<p>The ferry company will raise fares by a tenth from July, it said on Friday.</p></article></body></html>"#,
        );
        assert_eq!(p.published, None);
    }

    #[test]
    fn an_ad_slots_label_is_no_paragraph() {
        let p = parse(
            r#"<html><body><article><h1>Ferry fares rise again</h1>
<p>The ferry company will raise fares by a tenth from July, it said on Friday.</p>
<div class="slot"><span>Advertisement</span></div>
<p>The council meets next week to discuss the rise.</p></article></body></html>"#,
        );
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
    }

    #[test]
    fn a_citation_publication_date_with_slashes_dates_a_policy_paper() {
        let p = parse(
            r#"<html><head><meta name="citation_publication_date" content="2031/04/09"></head>
<body><article><h1>Ports and the dry season</h1>
<p>Harbour pilots reported the lowest channel depth in a decade on Monday, the survey found.</p>
</article></body></html>"#,
        );
        assert_eq!(p.published, Some(jiff::civil::date(2031, 4, 9)));
    }

    #[test]
    fn a_pull_quote_in_the_body_is_not_said_twice() {
        let p = parse(
            r#"<html><body><article><h1>Ferry fares rise again</h1><div class="story-body">
<p>“We had no choice,” the ferry company’s chief said on Friday of the tenth added to fares from July.</p>
<blockquote class="pull-quote"><p>“We had no choice”</p></blockquote>
<p>The council meets next week to discuss the rise.</p></div></article></body></html>"#,
        );
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
    }

    #[test]
    fn related_story_times_perex_and_audio_player_are_not_the_story() {
        let p = parse(
            "<html><head><script type=\"application/ld+json\">{\"datePublished\":\"2030-05-06T09:00:00+02:00\"}</script></head><body>\
             <article><div class=\"meta\"><span class=\"date\">06.05.2030 09:00</span></div>\
             <h1>Brno opens a new tram line to the university</h1>\
             <p class=\"perex\">The line links the campus with the main station in twelve minutes.</p>\
             <div class=\"site-audio\"><button>Listen</button> <span>3:05</span></div>\
             <p>Brno opened its newest tram line on Monday, after two years of building work along the valley.</p>\
             <ul class=\"links\"><li><a href=\"/a\">Trams return to the centre</a> <time datetime=\"2029-11-02\">02.11.2029</time></li></ul>\
             </article></body></html>",
        );
        assert_eq!(p.published, Some(jiff::civil::date(2030, 5, 6)));
        assert_eq!(
            p.paragraphs.first().map(|(t, _)| t.as_str()),
            Some(
                "Brno opened its newest tram line on Monday, after two years of building work along the valley."
            )
        );
    }

    #[test]
    fn a_time_without_datetime_and_a_meta_line_show_the_date() {
        let page = |head: &str| {
            format!(
                "<html><body><article><h1>Brno opens a new tram line</h1>{head}\
                 <p>Brno opened its newest tram line on Monday, after two years of building work.</p>\
                 <ul class=\"related\"><li><time>May 1, 2029</time></li></ul></article></body></html>"
            )
        };
        for head in [
            "<p class=\"byline\">By Ana Ruiz | <time>May 6, 2030</time></p>",
            "<div class=\"meta\">Mon 6 May 2030 // 09:10 GMT</div>",
        ] {
            assert_eq!(
                parse(&page(head)).published,
                Some(jiff::civil::date(2030, 5, 6)),
                "{head}"
            );
        }
        assert_eq!(parse(&page("")).published, None);
    }
}
