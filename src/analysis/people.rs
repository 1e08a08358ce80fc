//! Person names, honorifics and descriptors: the entity table quotes are attributed to.
