//! The reader's state and its one entry point for change, [`App::update`]. Keys become
//! [`Action`]s through the keymap; drawing (see `draw.rs`) reads the state and never
//! changes it. Pane content is prepared lazily per width and cached.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use super::action::Action;
use super::briefing::Briefing;
use super::content::{Content, Target};
use super::keymap::{KeyChord, Keymap};
use super::panes::{self, Pane, View};
use super::search::{self, Search};
use super::shelf::Shelf;
use super::theme::Symbols;

/// The smallest terminal the reader draws in; below it, a notice.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// Rows above the body (title, tabs) and below it (status line).
const HEADER_ROWS: u16 = 2;
const STATUS_ROWS: u16 = 1;
/// Columns before a view's text: the selection mark and a space.
pub const GUTTER: u16 = 2;

/// Which column of a two-column pane has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// The selected item and the first visible row of a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ViewState {
    pub cursor: usize,
    pub scroll: usize,
}

/// Per-briefing reading state, kept when switching briefings.
#[derive(Debug, Clone)]
struct DocState {
    views: HashMap<View, ViewState>,
    experts_focus: Focus,
    text_focus: Focus,
    /// The paragraph an `open` jumped to, highlighted in the Text pane.
    highlight: Option<usize>,
}

impl Default for DocState {
    fn default() -> Self {
        DocState {
            views: HashMap::new(),
            experts_focus: Focus::List,
            text_focus: Focus::Detail,
            highlight: None,
        }
    }
}

/// Where `back` returns to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Location {
    doc: usize,
    pane: Pane,
    experts_focus: Focus,
    text_focus: Focus,
}

/// Where each part of the screen goes at the current size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub header: Rect,
    pub status: Rect,
    /// The visible views: view, area, whether it has the keys.
    pub views: Vec<(View, Rect, bool)>,
    /// The column between two views.
    pub separator: Option<Rect>,
}

/// Everything the reader shows and remembers.
pub struct App {
    pub briefings: Shelf,
    pub current: usize,
    pub pane: Pane,
    docs: Vec<DocState>,
    pub keymap: Keymap,
    pub symbols: Symbols,
    /// Help overlay: `Some(scroll)` when shown.
    pub help: Option<usize>,
    pub search: Option<Search>,
    back: Vec<Location>,
    pub width: u16,
    pub height: u16,
    cache: RefCell<HashMap<(usize, View, usize), Rc<Content>>>,
    /// Set when something changed since the last draw.
    pub needs_render: bool,
    pub quit: bool,
    /// A one-off note for the status line (cleared by the next key).
    pub message: Option<String>,
}

impl App {
    pub fn new(briefings: impl Into<Shelf>, keymap: Keymap, symbols: Symbols, start: Pane) -> App {
        let briefings = briefings.into();
        let docs = vec![DocState::default(); briefings.len()];
        App {
            briefings,
            current: 0,
            pane: start,
            docs,
            keymap,
            symbols,
            help: None,
            search: None,
            back: Vec::new(),
            width: 80,
            height: 24,
            cache: RefCell::new(HashMap::new()),
            needs_render: true,
            quit: false,
            message: None,
        }
    }

    pub fn briefing(&self) -> &Briefing {
        self.briefings.get(self.current)
    }

    /// True when the terminal is big enough to draw the panes.
    pub fn fits(&self) -> bool {
        self.width >= MIN_WIDTH && self.height >= MIN_HEIGHT
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        if (width, height) != (self.width, self.height) {
            self.width = width;
            self.height = height;
            if let Some(view) = self.search.as_ref().map(|s| s.view) {
                self.refresh_search(view, true);
            }
        }
        self.needs_render = true;
    }

    /// The prepared content of `view` at `width` columns, built on first use.
    pub fn content(&self, view: View, width: usize) -> Rc<Content> {
        let key = (self.current, view, width);
        if let Some(c) = self.cache.borrow().get(&key) {
            return Rc::clone(c);
        }
        let c = Rc::new(panes::build(self.briefing(), view, width, &self.symbols));
        self.cache.borrow_mut().insert(key, Rc::clone(&c));
        c
    }

    /// Prepares every pane's content at the current size, so that the first visit to a
    /// pane (or search) costs no wrapping.
    pub fn prepare_all(&mut self) {
        while self.prepare_step() {}
    }

    /// Does one piece of [`App::prepare_all`]: the next view's content or its search
    /// text. Returns false when everything is ready. The event loop calls it while no
    /// key is waiting, so a key never waits for more than one piece.
    pub fn prepare_step(&mut self) -> bool {
        let pane = self.pane;
        let mut views = Vec::new();
        for p in Pane::ALL {
            self.pane = p;
            if let Some(layout) = self.layout() {
                views.extend(
                    layout
                        .views
                        .into_iter()
                        .map(|(v, a, _)| (v, Self::text_width(a))),
                );
            }
        }
        self.pane = pane;
        for (view, width) in views {
            let cached = self
                .cache
                .borrow()
                .get(&(self.current, view, width))
                .cloned();
            match cached {
                None => {
                    self.content(view, width);
                    return true;
                }
                Some(c) if !c.has_search_index() => {
                    c.search_index();
                    return true;
                }
                Some(_) => {}
            }
        }
        false
    }

    /// The speaker (index into `analysis.speakers`) selected in the Experts list.
    pub fn selected_speaker(&self) -> Option<usize> {
        let cursor = self.raw_state(View::ExpertList).cursor;
        let order = &self.briefing().speaker_order;
        order
            .get(cursor.min(order.len().saturating_sub(1)))
            .copied()
    }

    fn doc(&self) -> &DocState {
        &self.docs[self.current]
    }

    fn doc_mut(&mut self) -> &mut DocState {
        &mut self.docs[self.current]
    }

    /// True when `back` has somewhere to return to.
    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn highlight(&self) -> Option<usize> {
        self.doc().highlight
    }

    fn focus(&self, pane: Pane) -> Focus {
        match pane {
            Pane::Experts => self.doc().experts_focus,
            Pane::Text => self.doc().text_focus,
            _ => Focus::Detail,
        }
    }

    fn detail_view(&self) -> View {
        View::ExpertDetail(self.selected_speaker().unwrap_or(usize::MAX))
    }

    /// The view that receives movement keys.
    pub fn focused_view(&self) -> View {
        match (self.pane, self.focus(self.pane)) {
            (Pane::Summary, _) => View::Summary,
            (Pane::Timeline, _) => View::Timeline,
            (Pane::Experts, Focus::List) => View::ExpertList,
            (Pane::Experts, Focus::Detail) => self.detail_view(),
            (Pane::Text, Focus::List) => View::Outline,
            (Pane::Text, Focus::Detail) => View::Text,
        }
    }

    /// The screen's parts at the current size, or `None` when it is too small.
    pub fn layout(&self) -> Option<Layout> {
        if !self.fits() {
            return None;
        }
        let (w, h) = (self.width, self.height);
        let header = Rect::new(0, 0, w, HEADER_ROWS);
        let status = Rect::new(0, h - STATUS_ROWS, w, STATUS_ROWS);
        let body = Rect::new(0, HEADER_ROWS, w, h - HEADER_ROWS - STATUS_ROWS);
        let focus = self.focus(self.pane);
        let (left, right, left_width, both) = match self.pane {
            Pane::Summary => return Some(single(header, status, View::Summary, body)),
            Pane::Timeline => return Some(single(header, status, View::Timeline, body)),
            Pane::Experts => (
                View::ExpertList,
                self.detail_view(),
                (w / 3).clamp(24, 36),
                w >= 70,
            ),
            Pane::Text => (View::Outline, View::Text, (w / 4).clamp(20, 30), w >= 100),
        };
        if !both {
            let view = if focus == Focus::List { left } else { right };
            return Some(single(header, status, view, body));
        }
        let l = Rect::new(body.x, body.y, left_width, body.height);
        let sep = Rect::new(body.x + left_width, body.y, 1, body.height);
        let r = Rect::new(
            body.x + left_width + 1,
            body.y,
            w - left_width - 1,
            body.height,
        );
        Some(Layout {
            header,
            status,
            views: vec![
                (left, l, focus == Focus::List),
                (right, r, focus == Focus::Detail),
            ],
            separator: Some(sep),
        })
    }

    /// Content width of a view's area.
    pub fn text_width(area: Rect) -> usize {
        usize::from(area.width.saturating_sub(GUTTER)).max(1)
    }

    /// The area and content of `view` when it is on screen.
    fn visible(&self, view: View) -> Option<(Rect, Rc<Content>)> {
        let layout = self.layout()?;
        let (_, area, _) = layout.views.into_iter().find(|(v, _, _)| *v == view)?;
        Some((area, self.content(view, Self::text_width(area))))
    }

    /// Content of `view` at the width it has (or would have) on screen.
    fn content_for(&self, view: View) -> Option<(Rect, Rc<Content>)> {
        self.visible(view)
    }

    fn raw_state(&self, view: View) -> ViewState {
        self.doc().views.get(&view).copied().unwrap_or_default()
    }

    /// The state of `view` made consistent with its content and height: the cursor on an
    /// item, the selected item (partly) visible, no scrolling past the end.
    pub fn view_state(&self, view: View, content: &Content, height: usize) -> ViewState {
        fit(content, self.raw_state(view), height)
    }

    fn set_state(&mut self, view: View, st: ViewState) {
        self.doc_mut().views.insert(view, st);
    }

    /// Handles one terminal key event. Only presses count (not repeats' releases).
    pub fn handle_key(&mut self, event: KeyEvent) {
        if event.kind != KeyEventKind::Press {
            return;
        }
        self.needs_render = true;
        self.message = None;
        if self.search.as_ref().is_some_and(|s| s.editing) {
            self.edit_search(event);
            return;
        }
        let chord = KeyChord::from_event(&event);
        if let Some(action) = self.keymap.action(&chord) {
            self.update(action);
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.needs_render = true;
        if let Some(scroll) = self.help {
            match action {
                Action::Help | Action::Back => self.help = None,
                Action::Quit => self.quit = true,
                Action::Down => self.help = Some((scroll + 1).min(Action::ALL.len())),
                Action::Up => self.help = Some(scroll.saturating_sub(1)),
                Action::PageDown => {
                    let step = usize::from(self.height / 2);
                    self.help = Some((scroll + step).min(Action::ALL.len()))
                }
                Action::PageUp => {
                    self.help = Some(scroll.saturating_sub(usize::from(self.height / 2)))
                }
                Action::Top => self.help = Some(0),
                Action::Bottom => self.help = Some(Action::ALL.len()),
                _ => {}
            }
            return;
        }
        match action {
            Action::Summary => self.set_pane(Pane::Summary),
            Action::Experts => self.set_pane(Pane::Experts),
            Action::Timeline => self.set_pane(Pane::Timeline),
            Action::Text => self.set_pane(Pane::Text),
            Action::NextPane => self.set_pane(Pane::ALL[(self.pane.index() + 1) % 4]),
            Action::PrevPane => self.set_pane(Pane::ALL[(self.pane.index() + 3) % 4]),
            Action::Down => self.motion(Motion::Down),
            Action::Up => self.motion(Motion::Up),
            Action::PageDown => self.motion(Motion::PageDown),
            Action::PageUp => self.motion(Motion::PageUp),
            Action::Top => self.motion(Motion::Top),
            Action::Bottom => self.motion(Motion::Bottom),
            Action::FocusLeft => self.set_focus(Focus::List),
            Action::FocusRight => self.set_focus(Focus::Detail),
            Action::Open => self.open(),
            Action::Back => self.go_back(),
            Action::Search => {
                let view = self.focused_view();
                self.search = Some(Search::start(view, self.raw_state(view)));
            }
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::NextBriefing => self.switch_briefing(1),
            Action::PrevBriefing => self.switch_briefing(self.briefings.len() - 1),
            Action::Help => self.help = Some(0),
            Action::Quit => self.quit = true,
        }
    }

    fn set_pane(&mut self, pane: Pane) {
        if pane != self.pane {
            self.search = None;
        }
        self.pane = pane;
    }

    fn set_focus(&mut self, focus: Focus) {
        let pane = self.pane;
        let doc = self.doc_mut();
        match pane {
            Pane::Experts => doc.experts_focus = focus,
            Pane::Text => doc.text_focus = focus,
            _ => {}
        }
    }

    fn switch_briefing(&mut self, step: usize) {
        if self.briefings.len() > 1 {
            self.current = (self.current + step) % self.briefings.len();
            self.search = None;
        } else {
            self.message = Some("only one briefing is open".into());
        }
    }

    fn motion(&mut self, m: Motion) {
        let view = self.focused_view();
        let Some((area, content)) = self.content_for(view) else {
            return;
        };
        let height = usize::from(area.height);
        let st = self.view_state(view, &content, height);
        self.set_state(view, apply(&content, st, height, m));
    }

    fn location(&self) -> Location {
        Location {
            doc: self.current,
            pane: self.pane,
            experts_focus: self.doc().experts_focus,
            text_focus: self.doc().text_focus,
        }
    }

    fn open(&mut self) {
        let view = self.focused_view();
        if view == View::ExpertList {
            self.set_focus(Focus::Detail);
            return;
        }
        let Some((area, content)) = self.content_for(view) else {
            return;
        };
        let st = self.view_state(view, &content, usize::from(area.height));
        let target = content
            .items
            .get(st.cursor)
            .map_or(Target::None, |i| i.target);
        match target {
            Target::Paragraph(p) => {
                let here = self.location();
                self.back.push(here);
                self.jump_to_paragraph(p, true);
            }
            Target::Speaker(i) => {
                let here = self.location();
                self.back.push(here);
                let cursor = self
                    .briefing()
                    .speaker_order
                    .iter()
                    .position(|&s| s == i)
                    .unwrap_or(0);
                self.set_state(View::ExpertList, ViewState { cursor, scroll: 0 });
                self.pane = Pane::Experts;
                self.doc_mut().experts_focus = Focus::Detail;
                self.search = None;
            }
            Target::Section(i) => {
                if let Some(start) = self.briefing().sections.get(i).map(|s| s.paragraphs.start) {
                    self.jump_to_paragraph(start, false);
                }
            }
            Target::None => {}
        }
    }

    /// Shows paragraph `p` in the Text pane, near the top, highlighted if `mark`.
    fn jump_to_paragraph(&mut self, p: usize, mark: bool) {
        self.pane = Pane::Text;
        self.search = None;
        self.doc_mut().text_focus = Focus::Detail;
        self.doc_mut().highlight = if mark { Some(p) } else { None };
        if let Some((area, content)) = self.content_for(View::Text)
            && let Some(item) = content.find(Target::Paragraph(p))
        {
            let start = content.items[item].rows.start;
            let st = ViewState {
                cursor: item,
                scroll: start.saturating_sub(2),
            };
            let st = fit(&content, st, usize::from(area.height));
            self.set_state(View::Text, st);
        }
    }

    fn go_back(&mut self) {
        if self.search.is_some() {
            self.search = None;
        } else if let Some(loc) = self.back.pop() {
            self.doc_mut().highlight = None;
            self.current = loc.doc.min(self.briefings.len() - 1);
            self.pane = loc.pane;
            let doc = self.doc_mut();
            doc.experts_focus = loc.experts_focus;
            doc.text_focus = loc.text_focus;
        } else if self.doc().highlight.is_some() {
            self.doc_mut().highlight = None;
        }
    }

    fn edit_search(&mut self, event: KeyEvent) {
        let Some(s) = self.search.as_mut() else {
            return;
        };
        let view = s.view;
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match event.code {
            KeyCode::Esc => {
                let origin = s.origin;
                self.search = None;
                self.set_state(view, origin);
            }
            KeyCode::Char('c') if ctrl => {
                let origin = s.origin;
                self.search = None;
                self.set_state(view, origin);
            }
            KeyCode::Enter => {
                s.editing = false;
                if s.query.is_empty() {
                    self.search = None;
                } else if s.hits.is_empty() {
                    self.message = Some(format!("no match for “{}”", s.query));
                    self.search = None;
                }
            }
            KeyCode::Backspace => {
                s.query.pop();
                self.refresh_search(view, false);
            }
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                s.query.push(c);
                self.refresh_search(view, false);
            }
            _ => {}
        }
    }

    /// Recomputes hits after the query changed: the first hit at or after where the
    /// search started (or the cursor, after a resize) becomes current.
    fn refresh_search(&mut self, view: View, from_cursor: bool) {
        let Some((area, content)) = self.content_for(view) else {
            return;
        };
        let height = usize::from(area.height);
        let here = self.raw_state(view);
        let Some(s) = self.search.as_mut() else {
            return;
        };
        let base = if from_cursor { here } else { s.origin };
        s.hits = search::find_in(&content, &s.query);
        let from_row = content.items.get(base.cursor).map_or(0, |i| i.rows.start);
        s.current = s
            .hits
            .iter()
            .position(|h| h.first_row() >= from_row)
            .or(if s.hits.is_empty() { None } else { Some(0) });
        let next = match s.current {
            Some(i) => reveal(&content, base, height, s.hits[i].first_row()),
            None => base,
        };
        self.set_state(view, next);
    }

    fn step_match(&mut self, forward: bool) {
        let Some(s) = self.search.as_ref() else {
            self.message = Some("no search: press / to search this pane".into());
            return;
        };
        let view = s.view;
        let n = s.hits.len();
        if n == 0 {
            return;
        }
        let i = match (s.current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, _) => 0,
        };
        let row = s.hits[i].first_row();
        let Some((area, content)) = self.content_for(view) else {
            return;
        };
        let next = reveal(
            &content,
            self.raw_state(view),
            usize::from(area.height),
            row,
        );
        if let Some(s) = self.search.as_mut() {
            s.current = Some(i);
        }
        self.set_state(view, next);
    }
}

fn single(header: Rect, status: Rect, view: View, body: Rect) -> Layout {
    Layout {
        header,
        status,
        views: vec![(view, body, true)],
        separator: None,
    }
}

/// A movement key's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
}

fn max_scroll(c: &Content, height: usize) -> usize {
    c.rows.len().saturating_sub(height.max(1))
}

/// Makes a state consistent: cursor on an item, that item at least partly visible.
pub fn fit(c: &Content, st: ViewState, height: usize) -> ViewState {
    let height = height.max(1);
    let mut st = st;
    st.scroll = st.scroll.min(max_scroll(c, height));
    if c.items.is_empty() {
        st.cursor = 0;
        return st;
    }
    st.cursor = st.cursor.min(c.items.len() - 1);
    // A view that has not moved yet shows its top (a speaker's name, position and key
    // points above their first statement), even when its first item starts lower.
    if st.cursor == 0 && st.scroll == 0 {
        return st;
    }
    let rows = &c.items[st.cursor].rows;
    if rows.end <= st.scroll {
        st.scroll = rows.end.saturating_sub(height).max(rows.start);
    } else if rows.start >= st.scroll + height {
        st.scroll = if rows.len() > height {
            rows.start
        } else {
            rows.end - height
        };
    }
    st.scroll = st.scroll.min(max_scroll(c, height));
    st
}

/// Moves the cursor to the item holding `row` (or the next item) and scrolls `row` into
/// view a third of the way down.
fn reveal(c: &Content, st: ViewState, height: usize, row: usize) -> ViewState {
    let cursor = c
        .rows
        .get(row)
        .and_then(|r| r.item)
        .or_else(|| c.items.iter().position(|i| i.rows.start >= row))
        .unwrap_or(st.cursor);
    let mut scroll = st.scroll;
    if row < scroll || row >= scroll + height {
        scroll = row.saturating_sub(height / 3);
    }
    fit(c, ViewState { cursor, scroll }, height)
}

/// One movement over prepared content. Within an item taller than the screen, `Down`
/// and `Up` scroll through it before moving on, so long paragraphs read like a pager.
pub fn apply(c: &Content, st: ViewState, height: usize, m: Motion) -> ViewState {
    let h = height.max(1);
    let st = fit(c, st, h);
    let max = max_scroll(c, h);
    let n = c.items.len();
    let first_visible = |scroll: usize| {
        c.items
            .iter()
            .position(|i| i.rows.end > scroll)
            .unwrap_or(n.saturating_sub(1))
    };
    let mut next = st;
    match m {
        Motion::Down => {
            if n == 0 {
                next.scroll = (st.scroll + 1).min(max);
            } else if c.items[st.cursor].rows.end > st.scroll + h {
                next.scroll = st.scroll + 1;
            } else if st.cursor + 1 < n {
                next.cursor = st.cursor + 1;
                let rows = &c.items[next.cursor].rows;
                if rows.end > st.scroll + h {
                    next.scroll = if rows.len() > h {
                        rows.start
                    } else {
                        rows.end - h
                    };
                }
            } else {
                next.scroll = (st.scroll + 1).min(max);
            }
        }
        Motion::Up => {
            if n == 0 {
                next.scroll = st.scroll.saturating_sub(1);
            } else if c.items[st.cursor].rows.start < st.scroll {
                next.scroll = st.scroll - 1;
            } else if st.cursor > 0 {
                next.cursor = st.cursor - 1;
                let rows = &c.items[next.cursor].rows;
                if rows.start < st.scroll {
                    next.scroll = rows.end.saturating_sub(h).max(rows.start);
                }
            } else {
                next.scroll = st.scroll.saturating_sub(1);
            }
        }
        Motion::PageDown => {
            let step = h.saturating_sub(1).max(1);
            let scroll = (st.scroll + step).min(max);
            if scroll == st.scroll {
                next.cursor = n.saturating_sub(1);
            } else {
                next.scroll = scroll;
                next.cursor = first_visible(scroll);
            }
        }
        Motion::PageUp => {
            let step = h.saturating_sub(1).max(1);
            let scroll = st.scroll.saturating_sub(step);
            if scroll == st.scroll {
                next.cursor = 0;
            } else {
                next.scroll = scroll;
                next.cursor = first_visible(scroll);
            }
        }
        Motion::Top => next = ViewState::default(),
        Motion::Bottom => {
            next.cursor = n.saturating_sub(1);
            next.scroll = max;
        }
    }
    fit(c, next, h)
}
