//! Early errors swc's parser does not report: a regular expression literal whose pattern or
//! flags do not compile is a SyntaxError of the whole file (node refuses to run it), with V8's
//! message (`kiln_regexp_syntax`).

use crate::diagnostics::{Diagnostic, Diagnostics};
use swc_ecma_ast::Regex;
use swc_ecma_visit::{Visit, VisitWith};

/// Reports the early errors of a module (`node`: its Script or Module).
pub fn check<N: for<'a> VisitWith<RegexChecker<'a>>>(node: &N, diagnostics: &mut Diagnostics) {
    node.visit_with(&mut RegexChecker { diagnostics });
}

/// Checks every regular expression literal.
pub struct RegexChecker<'a> {
    diagnostics: &'a mut Diagnostics,
}

impl Visit for RegexChecker<'_> {
    fn visit_regex(&mut self, regex: &Regex) {
        if let Some(message) = kiln_regexp_syntax::literal_error(&regex.exp, &regex.flags) {
            self.diagnostics.push(Diagnostic::syntax_error(regex.span.lo.0, message));
        }
    }
}
