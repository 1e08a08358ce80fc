//! The document pass: underspecified values (`June`, `last week`, `the following year`)
//! become normalized ones, anchored on the publication date for deictic expressions and
//! on the date mentioned last for anaphoric ones; tense picks the year of a bare month.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{Anchor, Gran, Raw, Season, Shift, Tense, Timex, Unit, Vague, YearRef};

/// A normalized value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    /// A calendar value with its year (decades and centuries by their start year).
    Date {
        year: i32,
        gran: Gran,
    },
    /// The text gives no year and nothing supplies one (`XXXX-06`).
    Partial(Gran),
    Vague(Vague),
}

impl Value {
    /// The value in the notation of GOLD-FORMAT.md (`2021`, `2025-06`, `2025-Q3`, `199X`).
    pub fn normalized(&self) -> String {
        let year = |y: &i32| format!("{y:04}");
        match self {
            Value::Date { year: y, gran } => match gran {
                Gran::Decade => format!("{:03}X", y / 10),
                Gran::Century => format!("{:02}XX", y / 100),
                _ => format!("{}{}", year(y), suffix(*gran)),
            },
            Value::Partial(gran) => format!("XXXX{}", suffix(*gran)),
            Value::Vague(v) => v.as_str().to_string(),
        }
    }

    /// Chronological key, comparable the way the normalized strings are: a value known
    /// only to the year (a year, quarter, half or season) sorts with the year's start,
    /// then by where it starts within it. `None` for values with no place in time.
    pub fn sort_key(&self) -> Option<(i32, u8, u8, u8)> {
        let Value::Date { year, gran } = self else {
            return None;
        };
        Some(match *gran {
            Gran::Year | Gran::Decade | Gran::Century => (*year, 0, 0, 0),
            Gran::Half(h) => (*year, 0, 0, 1 + 6 * (h - 1)),
            Gran::Quarter(q) => (*year, 0, 0, 1 + 3 * (q - 1)),
            Gran::Season(s) => (*year, 0, 0, s.start_month()),
            Gran::Month(m) => (*year, m, 0, 0),
            Gran::Day(m, d) => (*year, m, d, 0),
        })
    }

    /// The year, when the value has one.
    pub fn year(&self) -> Option<i32> {
        match self {
            Value::Date { year, .. } => Some(*year),
            _ => None,
        }
    }
}

fn suffix(gran: Gran) -> String {
    match gran {
        Gran::Year | Gran::Decade | Gran::Century => String::new(),
        Gran::Half(h) => format!("-H{h}"),
        Gran::Quarter(q) => format!("-Q{q}"),
        Gran::Season(s) => format!("-{}", s.code()),
        Gran::Month(m) => format!("-{m:02}"),
        Gran::Day(m, d) => format!("-{m:02}-{d:02}"),
    }
}

/// What relative expressions are resolved against.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Publication date, when known (news mode).
    pub now: Option<Date>,
    /// The last date mentioned before the expression (narrative anchor).
    pub last: Option<Value>,
    /// The last season mentioned with its year (`the summer of 2030`), for `the
    /// following summer`.
    pub last_season: Option<(i32, Season)>,
}

impl Context {
    /// Records `v` as the date mentioned last (and as the last season, if it is one).
    pub fn mention(&mut self, v: Value) {
        if let Value::Date {
            year,
            gran: Gran::Season(s),
        } = v
        {
            self.last_season = Some((year, s));
        }
        self.last = Some(v);
    }
}

/// Which way an underspecified date lies from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// On or before the reference.
    Before,
    /// On or after.
    After,
    Nearest,
    /// Nearest, and ahead when both sides are as near (a present-tense schedule).
    NearestAhead,
}

fn direction(tx: &Timex) -> Direction {
    if tx.since {
        return Direction::Before;
    }
    match tx.tense {
        Tense::Past => Direction::Before,
        Tense::Future | Tense::FutureInPast | Tense::PresentPerfect => Direction::After,
        Tense::Present => Direction::NearestAhead,
        Tense::Unknown => Direction::Nearest,
    }
}

/// Resolves one expression. `raw` is the expression's value or its range end;
/// `sentence_year` is a year stated earlier in the same sentence.
pub fn resolve(raw: Raw, tx: &Timex, ctx: &Context, sentence_year: Option<i32>) -> Option<Value> {
    let value = match raw {
        Raw::Cal { year, gran } => match year {
            YearRef::Explicit(y) => Value::Date { year: y, gran },
            // `If the ship is free in the summer of 2030, yes. … booked through 2029. …
            // Then you are looking at the following summer`: the season after the same
            // season named last, unless a later year has been named since (`In summer
            // 2019 it closed; in 2023 it was sold and reopened the following summer`).
            YearRef::Relative(1, Anchor::Previous) if following_season(gran, ctx).is_some() => {
                Value::Date {
                    year: following_season(gran, ctx).unwrap_or_default(),
                    gran,
                }
            }
            YearRef::Relative(n, anchor) => match reference_year(anchor, ctx) {
                Some(y) => Value::Date { year: y + n, gran },
                None => vague_by_sign(n),
            },
            YearRef::Missing => missing_year(gran, tx, ctx, sentence_year),
        },
        Raw::DecadeName(d) => {
            let r = ctx
                .now
                .map(|n| i32::from(n.year()))
                .or_else(|| ctx.last.and_then(|v| v.year()))
                .unwrap_or(1999);
            let mut start = r - r.rem_euclid(100) + i32::from(d) * 10;
            if start > r {
                start -= 100;
            }
            Value::Date {
                year: start,
                gran: Gran::Decade,
            }
        }
        Raw::Weekday { day, shift } => {
            let base = ctx.now.or_else(|| match ctx.last {
                Some(Value::Date {
                    year,
                    gran: Gran::Day(m, d),
                }) => date(year, m, d),
                _ => None,
            })?;
            let today = base.weekday().to_monday_zero_offset();
            let back = i64::from((today - day as i8).rem_euclid(7));
            let ahead = i64::from((day as i8 - today).rem_euclid(7));
            let offset = match shift {
                Some(Shift::Last | Shift::Past | Shift::Previous) => {
                    -(if back == 0 { 7 } else { back })
                }
                Some(Shift::Next | Shift::Following | Shift::Coming) => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                _ => match direction(tx) {
                    Direction::After => ahead,
                    // `plans to stay open over the weekend`: a present-tense plan means
                    // the nearer of the two, ahead on a tie.
                    Direction::NearestAhead if ahead <= back => ahead,
                    Direction::Before | Direction::Nearest | Direction::NearestAhead => -back,
                },
            };
            day_value(base.checked_add(offset.days()).ok()?)
        }
        Raw::MonthShift { month, shift } => {
            let (y, m) = reference_month(ctx)?;
            let year = match shift {
                Shift::Last | Shift::Past | Shift::Previous => {
                    if month < m {
                        y
                    } else {
                        y - 1
                    }
                }
                Shift::Next | Shift::Coming | Shift::Following => {
                    if month > m {
                        y
                    } else {
                        y + 1
                    }
                }
                Shift::This => y,
            };
            Value::Date {
                year,
                gran: Gran::Month(month),
            }
        }
        Raw::SeasonShift { season, shift } => {
            let Some((y, m)) = reference_month(ctx) else {
                return Some(match (shift, ctx.last.and_then(|v| v.year())) {
                    (None, Some(y)) => Value::Date {
                        year: y,
                        gran: Gran::Season(season),
                    },
                    (Some(Shift::Last | Shift::Past | Shift::Previous), None) => {
                        Value::Vague(Vague::Past)
                    }
                    (Some(Shift::Next | Shift::Coming | Shift::Following), None) => {
                        Value::Vague(Vague::Future)
                    }
                    _ => Value::Partial(Gran::Season(season)),
                });
            };
            let (s0, add) = Season::of_month(m);
            let y0 = y + add;
            let k0 = s0.index();
            let k = season.index();
            let dir = match shift {
                Some(Shift::Last | Shift::Past | Shift::Previous) => {
                    return Some(Value::Date {
                        year: if k < k0 { y0 } else { y0 - 1 },
                        gran: Gran::Season(season),
                    });
                }
                Some(Shift::Next | Shift::Coming | Shift::Following) => {
                    return Some(Value::Date {
                        year: if k > k0 { y0 } else { y0 + 1 },
                        gran: Gran::Season(season),
                    });
                }
                // `this summer` is the summer of the publication's year whatever the
                // verb's tense (`said … a drought this summer`, said in March). Winter
                // straddles two years: `this winter` is the one nearest the publication
                // (said in March, the winter just ending, even in `have lost visits this
                // winter`; said in November, the one ahead); the tense only settles a tie.
                Some(Shift::This) if season != Season::Winter => {
                    return Some(Value::Date {
                        year: y,
                        gran: Gran::Season(season),
                    });
                }
                Some(Shift::This) => {
                    if tx.tense == Tense::Past {
                        Direction::Nearest
                    } else {
                        Direction::NearestAhead
                    }
                }
                _ => direction(tx),
            };
            Value::Date {
                year: pick_year(4, k, y0, k0, dir),
                gran: Gran::Season(season),
            }
        }
        // `three winters ago`: last winter, and `n - 1` more years back.
        Raw::SeasonsAgo { season, n } => {
            let last = Raw::SeasonShift {
                season,
                shift: Some(Shift::Last),
            };
            match resolve(last, tx, ctx, sentence_year)? {
                Value::Date { year, gran } => Value::Date {
                    year: year - (n - 1),
                    gran,
                },
                v => v,
            }
        }
        Raw::Offset { unit, n, anchor } => offset(unit, n, anchor, ctx)?,
        Raw::DayOfMonth(d) => day_of_month(d, tx, ctx)?,
        Raw::Then => ctx.last?,
        Raw::Vague(v) => Value::Vague(v),
    };
    match value {
        Value::Date { year, .. } if !(0..=9999).contains(&year) => None,
        v => Some(v),
    }
}

/// `on the 14th`: that day of the publication's month, or of the month before (a past
/// event after today's date) or after (a future one before it); with no publication
/// date, of the month mentioned last.
fn day_of_month(d: u8, tx: &Timex, ctx: &Context) -> Option<Value> {
    let (y, m, shift) = match ctx.now {
        Some(now) => {
            let today = now.day() as u8;
            let shift = match direction(tx) {
                Direction::Before if d > today => -1,
                Direction::After if d < today => 1,
                _ => 0,
            };
            (i32::from(now.year()), now.month() as u8, shift)
        }
        None => match ctx.last? {
            Value::Date {
                year,
                gran: Gran::Month(m) | Gran::Day(m, _),
            } => (year, m, 0),
            _ => return None,
        },
    };
    let first = date(y, m, 1)?.checked_add(shift.months()).ok()?;
    let day = date(i32::from(first.year()), first.month() as u8, d)?;
    Some(day_value(day))
}

/// The year of `the following <season>` when that season was named last with its year
/// and no later year has been named since.
fn following_season(gran: Gran, ctx: &Context) -> Option<i32> {
    let Gran::Season(s) = gran else {
        return None;
    };
    let (ys, s0) = ctx.last_season?;
    (s0 == s && ctx.last.and_then(|v| v.year()).is_none_or(|y| ys >= y)).then_some(ys + 1)
}

fn vague_by_sign(n: i32) -> Value {
    Value::Vague(match n.signum() {
        -1 => Vague::Past,
        1 => Vague::Future,
        _ => Vague::Present,
    })
}

fn reference_year(anchor: Anchor, ctx: &Context) -> Option<i32> {
    match anchor {
        Anchor::Now => ctx.now.map(|d| i32::from(d.year())),
        Anchor::Previous => ctx.last.and_then(|v| v.year()),
    }
}

/// The (year, month) to resolve a bare month or season against: the publication date,
/// else the last mentioned date that has a month.
fn reference_month(ctx: &Context) -> Option<(i32, u8)> {
    if let Some(d) = ctx.now {
        return Some((i32::from(d.year()), d.month() as u8));
    }
    match ctx.last? {
        Value::Date {
            year,
            gran: Gran::Month(m) | Gran::Day(m, _),
        } => Some((year, m)),
        _ => None,
    }
}

/// The year of period `k` (of `per_year` periods) nearest to period `k0` of year `y0` in
/// the given direction.
fn pick_year(per_year: i32, k: u8, y0: i32, k0: u8, dir: Direction) -> i32 {
    let (k, k0) = (i32::from(k), i32::from(k0));
    let before = if k <= k0 { y0 } else { y0 - 1 };
    let after = if k >= k0 { y0 } else { y0 + 1 };
    match dir {
        Direction::Before => before,
        Direction::After => after,
        Direction::Nearest | Direction::NearestAhead => {
            let back = (k0 - k).rem_euclid(per_year);
            let ahead = (k - k0).rem_euclid(per_year);
            if back < ahead || (back == ahead && dir == Direction::Nearest) {
                before
            } else {
                after
            }
        }
    }
}

fn missing_year(gran: Gran, tx: &Timex, ctx: &Context, sentence_year: Option<i32>) -> Value {
    // A sentence set in an earlier year (`told investors in 2022 that it would be over
    // by Christmas`) dates its bare months itself; news about now or the future is
    // resolved against the publication date.
    if let Some(y) = sentence_year
        && tx.tense != Tense::Future
        && ctx.now.is_none_or(|now| y < i32::from(now.year()))
    {
        return Value::Date { year: y, gran };
    }
    if let Some(now) = ctx.now {
        let y0 = i32::from(now.year());
        let m0 = now.month() as u8;
        let dir = direction(tx);
        let year = match gran {
            Gran::Month(m) => pick_year(12, m, y0, m0, dir),
            Gran::Day(m, d) if within_weeks(now, m, d).is_some() => {
                within_weeks(now, m, d).unwrap_or(y0)
            }
            Gran::Day(m, d) => {
                // Compare day-of-year positions; the same day counts as both sides.
                let pos = u16::from(m) * 32 + u16::from(d);
                let pos0 = u16::from(m0) * 32 + now.day() as u16;
                let before = if pos <= pos0 { y0 } else { y0 - 1 };
                let after = if pos >= pos0 { y0 } else { y0 + 1 };
                match dir {
                    Direction::Before => before,
                    Direction::After => after,
                    Direction::Nearest | Direction::NearestAhead => {
                        if m == m0 {
                            y0
                        } else {
                            pick_year(12, m, y0, m0, dir)
                        }
                    }
                }
            }
            Gran::Quarter(q) => pick_year(4, q, y0, (m0 - 1) / 3 + 1, dir),
            Gran::Half(h) => pick_year(2, h, y0, (m0 - 1) / 6 + 1, dir),
            Gran::Season(s) => {
                let (s0, add) = Season::of_month(m0);
                pick_year(4, s.index(), y0 + add, s0.index(), dir)
            }
            Gran::Year | Gran::Decade | Gran::Century => y0,
        };
        return Value::Date { year, gran };
    }
    // A decade or century names no year for a bare month (`the 2030s … 3 December`).
    let last_year = ctx.last.and_then(|v| match v {
        Value::Date {
            gran: Gran::Decade | Gran::Century,
            ..
        } => None,
        v => v.year(),
    });
    match last_year {
        Some(y) => Value::Date { year: y, gran },
        None => Value::Partial(gran),
    }
}

/// The year that puts day `m`-`d` within six weeks of `now`, if one does: a date that
/// close is meant whatever the tense says (`days before the Sept. 30 deadline`).
pub fn within_weeks(now: Date, m: u8, d: u8) -> Option<i32> {
    let y0 = i32::from(now.year());
    (y0 - 1..=y0 + 1)
        .filter_map(|y| {
            let day = date(y, m, d)?;
            let gap = (day - now).get_days().abs();
            (gap <= 42).then_some((gap, y))
        })
        .min()
        .map(|(_, y)| y)
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn day_value(d: Date) -> Value {
    Value::Date {
        year: i32::from(d.year()),
        gran: Gran::Day(d.month() as u8, d.day() as u8),
    }
}

fn month_value(y: i32, m: i32) -> Value {
    let index = y * 12 + (m - 1);
    Value::Date {
        year: index.div_euclid(12),
        gran: Gran::Month((index.rem_euclid(12) + 1) as u8),
    }
}

/// `yesterday`, `next month`, `two years ago` (from now); `the following year`,
/// `four years later` (from the last date mentioned).
fn offset(unit: Unit, n: i32, anchor: Anchor, ctx: &Context) -> Option<Value> {
    // The base as (year, month, day), as far as it is known.
    let (y, m, d) = match anchor {
        Anchor::Now => match ctx.now {
            Some(now) => (
                i32::from(now.year()),
                Some(now.month() as u8),
                Some(now.day() as u8),
            ),
            None => return Some(vague_by_sign(n)),
        },
        Anchor::Previous => match ctx.last? {
            Value::Date { year, gran } => match gran {
                Gran::Day(m, d) => (year, Some(m), Some(d)),
                Gran::Month(m) => (year, Some(m), None),
                Gran::Decade | Gran::Century if unit != Unit::Decade => {
                    return Some(Value::Date { year, gran });
                }
                _ => (year, None, None),
            },
            _ => return None,
        },
    };
    let coarse = Value::Date {
        year: y,
        gran: Gran::Year,
    };
    Some(match unit {
        Unit::Year => Value::Date {
            year: y + n,
            gran: Gran::Year,
        },
        Unit::Decade => Value::Date {
            year: y - y.rem_euclid(10) + 10 * n,
            gran: Gran::Decade,
        },
        Unit::Month => match m {
            Some(m) => month_value(y, i32::from(m) + n),
            None => coarse,
        },
        Unit::Quarter => match m {
            Some(m) => {
                let index = y * 4 + i32::from((m - 1) / 3) + n;
                Value::Date {
                    year: index.div_euclid(4),
                    gran: Gran::Quarter((index.rem_euclid(4) + 1) as u8),
                }
            }
            None => coarse,
        },
        Unit::Day | Unit::Week => match (m, d) {
            (Some(m), Some(d)) => {
                let base = date(y, m, d)?;
                let days = if unit == Unit::Week { 7 * n } else { n };
                let shifted = base.checked_add(i64::from(days).days()).ok()?;
                if unit == Unit::Week {
                    // A week has no notation of its own: keep the month it falls in.
                    month_value(i32::from(shifted.year()), i32::from(shifted.month()))
                } else {
                    day_value(shifted)
                }
            }
            (Some(m), None) => month_value(y, i32::from(m)),
            _ => coarse,
        },
    })
}
