//! Word lists the analyses share: reporting verbs, honorifics, role nouns.
