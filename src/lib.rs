//! brief: load news briefings, analyse them offline (experts and their quotes, a dated
//! timeline, a summary) and read them in the terminal.
//!
//! The flow is `bytes → Document → Analysis → output`: [`document`] loads and cleans,
//! [`analysis`] is pure computation over a `Document`, and [`report`] and [`tui`] present
//! the result.

pub mod analysis;
pub mod config;
pub mod document;
pub mod report;
pub mod seeds;
pub mod tui;

pub use analysis::{Analysis, AnalysisOptions, analyse};
pub use document::{Document, Format, LoadError, LoadOptions, load_bytes, load_path};
