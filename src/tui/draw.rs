//! Pure rendering: the app's state in, cells out. Nothing here changes state; content
//! comes prepared (and cached) from the app.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::app::{App, MIN_HEIGHT, MIN_WIDTH};
use super::content::{Content, Target, truncate};
use super::panes::{Pane, View};
use super::theme::{Role, Symbols, Theme};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    draw_into(buf, area, app, theme);
}

/// Draws into a buffer (the frame's, or a test's).
pub fn draw_into(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let Some(layout) = app
        .layout()
        .filter(|_| area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT)
    else {
        too_small(buf, area, theme);
        return;
    };
    header(buf, layout.header, app, theme);
    for &(view, rect, focused) in &layout.views {
        let content = app.content(view, App::text_width(rect));
        draw_view(buf, rect, app, theme, view, &content, focused);
    }
    if let Some(sep) = layout.separator {
        for y in sep.top()..sep.bottom() {
            buf.set_string(sep.x, y, theme.symbols.vertical, theme.border);
        }
    }
    status(buf, layout.status, app, theme);
    if let Some(scroll) = app.help {
        help(buf, area, app, theme, scroll);
    }
}

fn too_small(buf: &mut Buffer, area: Rect, theme: &Theme) {
    let text = format!(
        "Terminal too small: {}{}{} needed, {}{}{} here.",
        MIN_WIDTH,
        if theme.symbols == Symbols::ASCII {
            "x"
        } else {
            "×"
        },
        MIN_HEIGHT,
        area.width,
        if theme.symbols == Symbols::ASCII {
            "x"
        } else {
            "×"
        },
        area.height
    );
    Paragraph::new(text)
        .style(theme.style(Role::Title))
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render_into(area, buf);
}

/// `Widget::render` by value, without pulling the trait into every call site.
trait RenderInto {
    fn render_into(self, area: Rect, buf: &mut Buffer);
}

impl<W: ratatui::widgets::Widget> RenderInto for W {
    fn render_into(self, area: Rect, buf: &mut Buffer) {
        self.render(area, buf);
    }
}

fn header(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    let b = app.briefing();
    let sym = &theme.symbols;
    let width = usize::from(area.width);
    let count = if app.briefings.len() > 1 {
        format!(" {}/{} ", app.current + 1, app.briefings.len())
    } else {
        String::new()
    };
    let room = width.saturating_sub(count.width() + 1);
    let title = truncate(b.title(), room, sym.ellipsis);
    let meta_room = room.saturating_sub(title.width() + 3);
    let meta = b.meta(sym.dot);
    let mut spans = vec![
        Span::raw(" "),
        Span::styled(title, theme.style(Role::Title)),
    ];
    if !meta.is_empty() && meta_room >= 8 {
        spans.push(Span::styled(
            format!("  {}", truncate(&meta, meta_room, sym.ellipsis)),
            theme.style(Role::Muted),
        ));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    if !count.is_empty() {
        let x = area.x + area.width.saturating_sub(count.width() as u16);
        buf.set_string(x, area.y, &count, theme.style(Role::Muted));
    }
    // Tabs, then a rule to the edge. When the titles do not fit, only the active tab
    // keeps its title.
    let tabs: Vec<(Pane, String)> = Pane::ALL
        .iter()
        .map(|&pane| {
            let action = match pane {
                Pane::Summary => Action::Summary,
                Pane::Experts => Action::Experts,
                Pane::Timeline => Action::Timeline,
                Pane::Text => Action::Text,
            };
            (pane, key_label(app, action).unwrap_or_default())
        })
        .collect();
    let full: usize = tabs
        .iter()
        .map(|(p, k)| k.width() + p.title().len() + 3)
        .sum::<usize>()
        + 1;
    let compact = full > width;
    let mut spans = vec![Span::raw(" ")];
    for (pane, key) in tabs {
        let active = pane == app.pane;
        let label = match (compact && !active, key.is_empty()) {
            (true, false) => format!(" {key} "),
            (_, false) => format!(" {key} {} ", pane.title()),
            (_, true) => format!(" {} ", pane.title()),
        };
        let style = if active {
            theme.style(Role::Accent).add_modifier(Modifier::REVERSED)
        } else {
            theme.style(Role::Muted)
        };
        spans.push(Span::styled(label, style));
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let rule_width = width.saturating_sub(used + 1);
    spans.push(Span::raw(" "));
    spans.push(Span::styled(
        sym.horizontal
            .repeat(rule_width / sym.horizontal.width().max(1)),
        theme.border,
    ));
    buf.set_line(area.x, area.y + 1, &Line::from(spans), area.width);
}

/// The first key bound to `action`, as the status line and tabs show it.
fn key_label(app: &App, action: Action) -> Option<String> {
    app.keymap.keys(action).first().map(|k| {
        if app.symbols == Symbols::ASCII {
            k.ascii_label()
        } else {
            k.to_string()
        }
    })
}

fn draw_view(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    theme: &Theme,
    view: View,
    content: &Content,
    focused: bool,
) {
    let height = usize::from(area.height);
    let st = app.view_state(view, content, height);
    let highlight = if view == View::Text {
        app.highlight()
    } else {
        None
    };
    let search = app
        .search
        .as_ref()
        .filter(|s| s.view == view && !s.query.is_empty());
    for i in 0..height {
        let r = st.scroll + i;
        let Some(row) = content.rows.get(r) else {
            break;
        };
        let y = area.y + i as u16;
        let row_rect = Rect::new(area.x, y, area.width, 1);
        let item = row
            .item
            .and_then(|i| content.items.get(i).map(|it| (i, it)));
        let selected = item.is_some_and(|(i, _)| i == st.cursor);
        let jumped = item
            .is_some_and(|(_, it)| highlight.is_some_and(|p| it.target == Target::Paragraph(p)));
        let row_style = if jumped {
            theme.jump
        } else if selected && focused {
            theme.selection
        } else {
            Style::new()
        };
        buf.set_style(row_rect, row_style);
        if selected {
            let mark_style = if focused {
                theme.style(Role::Accent)
            } else {
                theme.style(Role::Muted)
            };
            buf.set_string(
                area.x,
                y,
                theme.symbols.selected,
                mark_style.patch(row_style),
            );
        }
        // Styled pieces of the row, then search matches laid over them.
        let mut pieces: Vec<(String, Style)> = row
            .segs
            .iter()
            .map(|s| (s.text.clone(), theme.style(s.role).patch(row_style)))
            .collect();
        if let Some(s) = search {
            let ranges: Vec<_> = s
                .pieces_on(r)
                .into_iter()
                .map(|(m, current)| {
                    let style = if current {
                        theme.current_match
                    } else {
                        theme.matched
                    };
                    (m, style)
                })
                .collect();
            pieces = overlay(pieces, &ranges);
        }
        let line = Line::from(
            pieces
                .into_iter()
                .map(|(t, s)| Span::styled(t, s))
                .collect::<Vec<_>>(),
        );
        let x = area.x + super::app::GUTTER;
        buf.set_line(x, y, &line, area.width.saturating_sub(super::app::GUTTER));
    }
}

/// Splits styled pieces at the ranges' byte offsets (into their joined text) and patches
/// each range's style over the pieces it covers.
fn overlay(
    pieces: Vec<(String, Style)>,
    ranges: &[(std::ops::Range<usize>, Style)],
) -> Vec<(String, Style)> {
    if ranges.is_empty() {
        return pieces;
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for (text, style) in pieces {
        let start = offset;
        offset += text.len();
        let mut cuts = vec![0, text.len()];
        for (r, _) in ranges {
            for b in [r.start, r.end] {
                if b > start && b < offset && text.is_char_boundary(b - start) {
                    cuts.push(b - start);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a == b {
                continue;
            }
            let abs = start + a;
            let extra = ranges
                .iter()
                .find(|(r, _)| r.start <= abs && abs < r.end)
                .map(|(_, s)| *s);
            let s = extra.map_or(style, |e| style.patch(e));
            out.push((text[a..b].to_string(), s));
        }
    }
    out
}

fn status(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme) {
    buf.set_style(area, theme.status);
    let sym = &theme.symbols;
    let view = app.focused_view();
    let position = app.layout().and_then(|l| {
        let (_, rect, _) = l.views.into_iter().find(|(v, _, _)| *v == view)?;
        let content = app.content(view, App::text_width(rect));
        let st = app.view_state(view, &content, usize::from(rect.height));
        (!content.items.is_empty()).then(|| format!("{}/{}", st.cursor + 1, content.items.len()))
    });
    let mut left = format!(" {}", app.pane.title());
    if let Some(p) = position {
        left.push_str(&format!("  {p}"));
    }
    let middle;
    if let Some(s) = &app.search {
        let count = match s.current {
            _ if s.query.is_empty() => String::new(),
            Some(i) => format!("  {}/{}", i + 1, s.hits.len()),
            None => "  no match".to_string(),
        };
        if s.editing {
            middle = format!("/{}_{count}   Enter done {} Esc cancel", s.query, sym.dot);
        } else {
            let hint = hints(
                app,
                &[
                    (Action::NextMatch, "next"),
                    (Action::PrevMatch, "prev"),
                    (Action::Back, "clear"),
                ],
                sym,
            );
            middle = format!("/{}{count}   {hint}", s.query);
        }
    } else if let Some(m) = &app.message {
        middle = m.clone();
    } else {
        let mut list: Vec<(Action, &str)> = match app.pane {
            Pane::Summary => vec![(Action::Open, "open"), (Action::Search, "search")],
            Pane::Experts => vec![
                (Action::FocusLeft, "speakers"),
                (Action::FocusRight, "statements"),
                (Action::Open, "go to text"),
            ],
            Pane::Timeline => vec![(Action::Open, "go to text"), (Action::Search, "search")],
            Pane::Text => vec![
                (Action::FocusLeft, "outline"),
                (Action::Back, "back"),
                (Action::Search, "search"),
            ],
        };
        if !app.can_go_back() {
            list.retain(|(a, _)| *a != Action::Back);
        } else if app.pane != Pane::Text {
            list.insert(0, (Action::Back, "back"));
        }
        if app.briefings.len() > 1 {
            list.push((Action::NextBriefing, "next briefing"));
        }
        middle = hints(app, &list, sym);
    }
    let right = key_label(app, Action::Help)
        .map(|k| format!("{k} help "))
        .unwrap_or_default();
    let width = usize::from(area.width);
    let bold = theme.status.add_modifier(Modifier::BOLD);
    let left_w = left.width();
    let right_w = right.width();
    buf.set_stringn(area.x, area.y, &left, width, bold);
    let room = width.saturating_sub(left_w + right_w + 4);
    if room > 0 && !middle.is_empty() {
        let m = truncate(&middle, room, sym.ellipsis);
        buf.set_stringn(area.x + left_w as u16 + 3, area.y, &m, room, theme.status);
    }
    if width > left_w + right_w {
        let x = area.x + (width - right_w) as u16;
        buf.set_stringn(x, area.y, &right, right_w, theme.status);
    }
}

fn hints(app: &App, list: &[(Action, &str)], sym: &Symbols) -> String {
    list.iter()
        .filter_map(|(a, what)| key_label(app, *a).map(|k| format!("{k} {what}")))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", sym.dot))
}

/// The help overlay, built from the active keymap: every action with its keys and what
/// it does, so it always matches the bindings.
pub fn help_lines(app: &App) -> Vec<(String, &'static str)> {
    Action::ALL
        .iter()
        .map(|&a| {
            let keys: Vec<String> = app
                .keymap
                .keys(a)
                .iter()
                .map(|k| {
                    if app.symbols == Symbols::ASCII {
                        k.ascii_label()
                    } else {
                        k.to_string()
                    }
                })
                .collect();
            let keys = if keys.is_empty() {
                "(unbound)".to_string()
            } else {
                keys.join(", ")
            };
            (keys, a.description())
        })
        .collect()
}

fn help(buf: &mut Buffer, area: Rect, app: &App, theme: &Theme, scroll: usize) {
    let lines = help_lines(app);
    let key_col = lines
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(28);
    let want_w = (key_col + 3 + 34 + 4) as u16;
    let w = want_w.min(area.width.saturating_sub(2)).max(1);
    let h = (lines.len() as u16 + 2)
        .min(area.height.saturating_sub(2))
        .max(1);
    let rect = Rect::new(
        area.x + (area.width.saturating_sub(w)) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    Clear.render_into(rect, buf);
    let set = if theme.symbols == Symbols::ASCII {
        border::Set {
            top_left: "+",
            top_right: "+",
            bottom_left: "+",
            bottom_right: "+",
            vertical_left: "|",
            vertical_right: "|",
            horizontal_top: "-",
            horizontal_bottom: "-",
        }
    } else {
        border::ROUNDED
    };
    let close = key_label(app, Action::Help).unwrap_or_default();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(set)
        .border_style(theme.border)
        .title(Span::styled(" Keys ", theme.style(Role::Title)))
        .title_bottom(Span::styled(
            format!(" {close} close "),
            theme.style(Role::Muted),
        ));
    let inner = block.inner(rect);
    block.render_into(rect, buf);
    let visible = usize::from(inner.height);
    let scroll = scroll.min(lines.len().saturating_sub(visible));
    for (i, (keys, what)) in lines.iter().skip(scroll).take(visible).enumerate() {
        let keys = truncate(keys, key_col, theme.symbols.ellipsis);
        let pad = key_col.saturating_sub(keys.width());
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(keys, theme.style(Role::Accent)),
            Span::raw(" ".repeat(pad + 2)),
            Span::styled(*what, theme.style(Role::Text)),
        ]);
        buf.set_line(inner.x, inner.y + i as u16, &line, inner.width);
    }
}
