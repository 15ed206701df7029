//! A thin wrapper over swc_ecma_parser: source text in, AST and diagnostics out. No semantics.
//! `typescript` parses TypeScript and erases it to the same JavaScript AST.

pub mod typescript;

use crate::diagnostics::{Diagnostic, Diagnostics};
use swc_common::BytePos;
use swc_ecma_ast::{Decl, Script, Stmt};
use swc_ecma_visit::{Visit, VisitWith};
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax};

/// Parses `text` (starting at swc position `start`) as a CommonJS module body, the way node
/// wraps a `.js` file. Returns `None` when the text does not parse; the errors are recorded.
pub fn parse_commonjs(text: &str, start: u32, diagnostics: &mut Diagnostics) -> Option<Script> {
    parse(text, start, diagnostics, Goal::CommonJs)
}

/// Parses `text` as a classic script (`kiln build --script`): like [`parse_commonjs`], but a
/// top-level `return` or `new.target` is a SyntaxError, as in a browser's `<script>`.
pub fn parse_script(text: &str, start: u32, diagnostics: &mut Diagnostics) -> Option<Script> {
    parse(text, start, diagnostics, Goal::Script)
}

/// What the top level of the text is.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Goal {
    CommonJs,
    Script,
}

fn parse(text: &str, start: u32, diagnostics: &mut Diagnostics, goal: Goal) -> Option<Script> {
    let end = start + text.len() as u32;
    let input = StringInput::new(text, BytePos(start), BytePos(end));
    let mut parser = Parser::new(Syntax::Es(EsSyntax::default()), input, None);
    let result = match goal {
        Goal::CommonJs => parser.parse_commonjs(),
        Goal::Script => parser.parse_script(),
    };
    let mut errors = parser.take_errors();
    if let Ok(script) = &result {
        keep_substatement_function_errors(script, &mut errors);
    }
    finish(result, errors, text, start, diagnostics)
}

/// Parses `text` as an ES module (`.mjs`, or `.js` under `"type": "module"`).
pub fn parse_es_module(text: &str, start: u32, diagnostics: &mut Diagnostics) -> Option<swc_ecma_ast::Module> {
    let end = start + text.len() as u32;
    let input = StringInput::new(text, BytePos(start), BytePos(end));
    let mut parser = Parser::new(Syntax::Es(EsSyntax::default()), input, None);
    let result = parser.parse_module();
    let mut errors = parser.take_errors();
    if let Ok(module) = &result {
        keep_substatement_function_errors(module, &mut errors);
    }
    finish(result, errors, text, start, diagnostics)
}

/// Drops swc's "Declaration is not allowed" for function declarations that are the body of an
/// `if`, a loop, `with` or a label: sloppy code allows a plain function as the body of an
/// `if` (ECMA-262 B.3.4), and `driver::early_errors` reports the other cases in V8's words
/// once it knows whether the code is strict.
fn keep_substatement_function_errors<N: VisitWith<SubstatementFunctions>>(node: &N, errors: &mut Vec<swc_ecma_parser::error::Error>) {
    if !errors.iter().any(|error| matches!(error.kind(), swc_ecma_parser::error::SyntaxError::DeclNotAllowed)) {
        return;
    }
    let mut finder = SubstatementFunctions(Vec::new());
    node.visit_with(&mut finder);
    errors.retain(|error| {
        !(matches!(error.kind(), swc_ecma_parser::error::SyntaxError::DeclNotAllowed)
            && finder.0.contains(&swc_common::Spanned::span(error).lo.0))
    });
}

/// The positions of function declarations that are the body of a statement.
pub struct SubstatementFunctions(Vec<u32>);

impl SubstatementFunctions {
    fn note(&mut self, stmt: &Stmt) {
        let mut inner = stmt;
        while let Stmt::Labeled(labeled) = inner {
            inner = &labeled.body;
        }
        if let Stmt::Decl(Decl::Fn(function)) = inner {
            self.0.push(function.function.span.lo.0);
        }
    }
}

impl Visit for SubstatementFunctions {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::If(node) => {
                self.note(&node.cons);
                if let Some(alt) = &node.alt {
                    self.note(alt);
                }
            }
            Stmt::While(node) => self.note(&node.body),
            Stmt::DoWhile(node) => self.note(&node.body),
            Stmt::For(node) => self.note(&node.body),
            Stmt::ForIn(node) => self.note(&node.body),
            Stmt::ForOf(node) => self.note(&node.body),
            Stmt::With(node) => self.note(&node.body),
            Stmt::Labeled(node) => self.note(&node.body),
            _ => {}
        }
        stmt.visit_children_with(self);
    }
}

/// The parse result, or `None` with the first syntax error recorded as node reports it.
fn finish<T>(
    result: Result<T, swc_ecma_parser::error::Error>,
    mut errors: Vec<swc_ecma_parser::error::Error>,
    text: &str,
    start: u32,
    diagnostics: &mut Diagnostics,
) -> Option<T> {
    let script = match result {
        Ok(script) => Some(script),
        Err(error) => {
            errors.insert(0, error);
            None
        }
    };
    if errors.is_empty() {
        return script;
    }
    // node stops at the first syntax error; so does kiln.
    errors.sort_by_key(|e| swc_common::Spanned::span(e).lo.0);
    for error in errors.into_iter().take(1) {
        let position = swc_common::Spanned::span(&error).lo.0;
        let offset = (position.saturating_sub(start) as usize).min(text.len());
        let message = syntax_message(error.kind(), &text[offset..]);
        diagnostics.push(Diagnostic::syntax_error(position, message));
    }
    None
}

/// How V8 describes the token at the start of `rest` in "Unexpected ..." messages.
fn unexpected_token(rest: &str) -> String {
    let rest = rest.trim_start();
    let Some(first) = rest.chars().next() else {
        return "Unexpected end of input".into();
    };
    if first.is_alphabetic() || first == '_' || first == '$' {
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
        if rest[word.len()..].starts_with("\\u") {
            // An identifier with escapes that spells a reserved word (`n\u0075ll`).
            return "Keyword must not contain escaped characters".into();
        }
        const RESERVED: &[&str] = &[
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
            "else", "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof",
            "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while",
            "with", "null", "true", "false",
        ];
        if RESERVED.contains(&word.as_str()) {
            return format!("Unexpected token '{word}'");
        }
        return format!("Unexpected identifier '{word}'");
    }
    if first.is_ascii_digit() {
        return "Unexpected number".into();
    }
    if first == '"' || first == '\'' {
        return "Unexpected string".into();
    }
    if first == '`' {
        return "Unexpected template string".into();
    }
    const PUNCTUATORS: &[&str] = &[
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=", "<=",
        ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
    ];
    for p in PUNCTUATORS {
        if rest.starts_with(p) {
            return format!("Unexpected token '{p}'");
        }
    }
    format!("Unexpected token '{first}'")
}

/// node's wording where it differs from swc's for common errors.
fn syntax_message(kind: &swc_ecma_parser::error::SyntaxError, rest: &str) -> String {
    let message = kind.msg().to_string();
    if message.contains("'break' statement can only be used within") {
        return "Illegal break statement".into();
    }
    if message == "Return statement is not allowed here" {
        return "Illegal return statement".into();
    }
    if message.starts_with("'new.target' is only allowed in the body of a function") {
        return "new.target expression is not allowed here".into();
    }
    if message.contains("'continue' statement can only be used within") {
        return "Illegal continue statement: no surrounding iteration statement".into();
    }
    if message.contains("can only jump to a label of an enclosing") {
        let after_keyword = rest.trim_start().trim_start_matches("break").trim_start_matches("continue");
        let label: String = after_keyword.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
        return format!("Undefined label '{label}'");
    }
    if message == "Expression expected" || message.starts_with("Unexpected token") || message.starts_with("Expected ") {
        return unexpected_token(rest);
    }
    if let Some(rest) = message.strip_prefix("Expected ") {
        if rest.contains(", got ") {
            if let Some((_, got)) = rest.split_once(", got ") {
                let token = got.trim_matches('\'');
                if token == "<eof>" {
                    return "Unexpected end of input".into();
                }
                return format!("Unexpected token '{token}'");
            }
        }
    }
    if message.starts_with("Classes may not have a non-static field named 'constructor'") {
        return "Classes may not have a field named 'constructor'".into();
    }
    if message == "Generator or async function cannot be labelled" {
        return if rest.trim_start().starts_with("async") {
            "Async functions can only be declared at the top level or inside a block.".into()
        } else {
            "Generators can only be declared at the top level or inside a block.".into()
        };
    }
    if let Some(word) = message.strip_prefix("Unexpected escape sequence in reserved word: ") {
        if word == "yield" {
            return "Unexpected identifier 'yield'".into();
        }
        return "Keyword must not contain escaped characters".into();
    }
    if message.starts_with("Unexpected eof") || message.contains("Unexpected end of file") {
        return "Unexpected end of input".into();
    }
    message
}
