//! Pure text algorithms with no dependence on the heap or object model: JS number formatting and
//! parsing, and the layout rules of node's `util.inspect`.
