//! Date.parse's string formats (§21.4.3.2) as V8 accepts them: the ECMAScript date-time
//! format (`2020-03-07T10:00:00.000Z`, date-only forms in UTC, date-time forms without an
//! offset in local time) and, for anything else, V8's legacy heuristics, which read the output
//! of `toString`/`toUTCString` and the common hand-written forms (`March 7, 2020`,
//! `2020/03/07 10:00`, `Sat, 07 Mar 2020 10:00:00 GMT`, `3/7/2020 10:00 PM EST`).
//!
//! The legacy reader is token based: numbers followed by `:` are times, other numbers are date
//! fields (month/day/year ordered by rules), words are matched on their first three letters
//! (month names, AM/PM, UT/UTC/GMT/Z and the US zone abbreviations), parentheses are
//! comments, and a signed number after a time or `GMT` is an offset.

use super::date_time::{make_date, make_day, make_time, time_clip, MAX_TIME, MS_PER_DAY};
use super::date_zone;

/// Parses a date string: a time value, or NaN when the string is not a date node accepts.
pub fn parse(units: &[u16]) -> f64 {
    let Some(fields) = parse_fields(units) else { return f64::NAN };
    let date = make_date(make_day(fields.year, fields.month, fields.day), make_time(fields.hour, fields.minute, fields.second, fields.millisecond));
    let date = match fields.utc_offset_seconds {
        Some(offset) => date - offset * 1000.0,
        None => {
            // V8 converts from local time only near the valid range.
            if !(date.abs() <= MAX_TIME + 10.0 * MS_PER_DAY) {
                return f64::NAN;
            }
            date_zone::utc(date)
        }
    };
    time_clip(date)
}

/// The fields a parse produces (month 0-based), and the offset when the string gave one.
#[derive(Debug, PartialEq)]
struct Fields {
    year: f64,
    month: f64,
    day: f64,
    hour: f64,
    minute: f64,
    second: f64,
    millisecond: f64,
    utc_offset_seconds: Option<f64>,
}

/// Marks a missing value in the composers.
const NONE: i64 = i64::MAX;

/// Numbers keep at most this many significant digits (the rest are read and ignored).
const MAX_SIGNIFICANT_DIGITS: usize = 9;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum KeywordKind {
    Invalid,
    MonthName,
    TimeZoneName,
    TimeSeparator,
    AmPm,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Token {
    Invalid,
    Unknown,
    WhiteSpace,
    Number { value: i64, length: usize },
    Symbol(u8),
    Keyword { kind: KeywordKind, value: i64, length: usize },
    End,
}

impl Token {
    fn is_number(self) -> bool {
        matches!(self, Token::Number { .. })
    }

    fn is_fixed_length_number(self, wanted: usize) -> bool {
        matches!(self, Token::Number { length, .. } if length == wanted)
    }

    fn number(self) -> i64 {
        match self {
            Token::Number { value, .. } => value,
            _ => 0,
        }
    }

    fn is_symbol(self, symbol: u8) -> bool {
        self == Token::Symbol(symbol)
    }

    fn is_sign(self) -> bool {
        self == Token::Symbol(b'+') || self == Token::Symbol(b'-')
    }

    fn sign(self) -> i64 {
        if self == Token::Symbol(b'-') {
            -1
        } else {
            1
        }
    }

    fn is_keyword_z(self) -> bool {
        matches!(self, Token::Keyword { kind: KeywordKind::TimeZoneName, value: 0, length: 1 })
    }
}

/// Words recognised by their first three letters: (prefix, kind, value).
const KEYWORDS: &[(&[u8; 3], KeywordKind, i64)] = &[
    (b"jan", KeywordKind::MonthName, 1),
    (b"feb", KeywordKind::MonthName, 2),
    (b"mar", KeywordKind::MonthName, 3),
    (b"apr", KeywordKind::MonthName, 4),
    (b"may", KeywordKind::MonthName, 5),
    (b"jun", KeywordKind::MonthName, 6),
    (b"jul", KeywordKind::MonthName, 7),
    (b"aug", KeywordKind::MonthName, 8),
    (b"sep", KeywordKind::MonthName, 9),
    (b"oct", KeywordKind::MonthName, 10),
    (b"nov", KeywordKind::MonthName, 11),
    (b"dec", KeywordKind::MonthName, 12),
    (b"am\0", KeywordKind::AmPm, 0),
    (b"pm\0", KeywordKind::AmPm, 12),
    (b"ut\0", KeywordKind::TimeZoneName, 0),
    (b"utc", KeywordKind::TimeZoneName, 0),
    (b"z\0\0", KeywordKind::TimeZoneName, 0),
    (b"gmt", KeywordKind::TimeZoneName, 0),
    (b"cdt", KeywordKind::TimeZoneName, -5),
    (b"cst", KeywordKind::TimeZoneName, -6),
    (b"edt", KeywordKind::TimeZoneName, -4),
    (b"est", KeywordKind::TimeZoneName, -5),
    (b"mdt", KeywordKind::TimeZoneName, -6),
    (b"mst", KeywordKind::TimeZoneName, -7),
    (b"pdt", KeywordKind::TimeZoneName, -7),
    (b"pst", KeywordKind::TimeZoneName, -8),
    (b"t\0\0", KeywordKind::TimeSeparator, 0),
];

/// Splits the input into tokens one at a time, with one token of lookahead.
struct Tokenizer<'a> {
    units: &'a [u16],
    position: usize,
    next: Token,
}

impl<'a> Tokenizer<'a> {
    fn new(units: &'a [u16]) -> Tokenizer<'a> {
        let mut tokenizer = Tokenizer { units, position: 0, next: Token::End };
        tokenizer.next = tokenizer.scan();
        tokenizer
    }

    /// The current character; a NUL ends the input, as in V8.
    fn current(&self) -> u32 {
        self.units.get(self.position).map_or(0, |&unit| unit as u32)
    }

    fn next(&mut self) -> Token {
        let token = self.next;
        self.next = self.scan();
        token
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn skip_symbol(&mut self, symbol: u8) -> bool {
        if self.next.is_symbol(symbol) {
            self.next = self.scan();
            return true;
        }
        false
    }

    fn scan(&mut self) -> Token {
        let start = self.position;
        let ch = self.current();
        if ch == 0 {
            return Token::End;
        }
        if (b'0' as u32..=b'9' as u32).contains(&ch) {
            let mut value = 0i64;
            let mut digits = 0;
            while (b'0' as u32..=b'9' as u32).contains(&self.current()) {
                if digits < MAX_SIGNIFICANT_DIGITS {
                    value = value * 10 + (self.current() - b'0' as u32) as i64;
                }
                digits += 1;
                self.position += 1;
            }
            return Token::Number { value, length: self.position - start };
        }
        if let Some(symbol) = [b':', b'-', b'+', b'.', b')'].into_iter().find(|&symbol| ch == symbol as u32) {
            self.position += 1;
            return Token::Symbol(symbol);
        }
        if ch >= b'A' as u32 {
            let mut prefix = [0u8; 3];
            let mut length = 0;
            while self.current() >= b'A' as u32 {
                if length < 3 {
                    // V8 lowers by setting bit 5, whatever the character.
                    prefix[length] = ((self.current() | 0x20) & 0xFF) as u8;
                    if self.current() > 0x7F {
                        prefix[length] = 0xFF;
                    }
                }
                length += 1;
                self.position += 1;
            }
            let (kind, value) = KEYWORDS
                .iter()
                .find(|(word, kind, _)| **word == prefix && (length <= 3 || *kind == KeywordKind::MonthName))
                .map_or((KeywordKind::Invalid, 0), |(_, kind, value)| (*kind, *value));
            return Token::Keyword { kind, value, length };
        }
        if matches!(ch, 0x09..=0x0D | 0x20) {
            self.position += 1;
            return Token::WhiteSpace;
        }
        if ch == b'(' as u32 {
            let mut balance = 0i32;
            loop {
                let current = self.current();
                if current == b')' as u32 {
                    balance -= 1;
                } else if current == b'(' as u32 {
                    balance += 1;
                }
                self.position += 1;
                if balance <= 0 || self.current() == 0 {
                    break;
                }
            }
            return Token::Unknown;
        }
        self.position += 1;
        Token::Unknown
    }
}

/// The date fields read so far: up to three numbers and a named month.
#[derive(Default)]
struct DayComposer {
    components: Vec<i64>,
    named_month: Option<i64>,
    iso_date: bool,
}

impl DayComposer {
    fn add(&mut self, value: i64) -> bool {
        if self.components.len() < 3 {
            self.components.push(value);
            return true;
        }
        false
    }

    fn is_month(value: i64) -> bool {
        (1..=12).contains(&value)
    }

    fn is_day(value: i64) -> bool {
        (1..=31).contains(&value)
    }

    /// (year, month 1-12, day), V8's rules for ordering the numbers.
    fn write(&self) -> Option<(i64, i64, i64)> {
        if self.components.is_empty() {
            return None;
        }
        // Missing fields default to 1; V8 then always sees three components (so a string
        // without a year gets year 1, i.e. 2001).
        let mut components = self.components.clone();
        components.resize(3, 1);
        let (year, month, day);
        match self.named_month {
            None => {
                if self.iso_date || !Self::is_day(components[0]) {
                    (year, month, day) = (components[0], components[1], components[2]);
                } else {
                    (month, day, year) = (components[0], components[1], components[2]);
                }
            }
            Some(named) => {
                month = named;
                if !Self::is_day(components[0]) {
                    (year, day) = (components[0], components[1]);
                } else {
                    (day, year) = (components[0], components[1]);
                }
            }
        }
        let mut year = year;
        if !self.iso_date {
            if (0..=49).contains(&year) {
                year += 2000;
            } else if (50..=99).contains(&year) {
                year += 1900;
            }
        }
        if !Self::is_month(month) || !Self::is_day(day) || year.abs() > (1 << 30) {
            return None;
        }
        Some((year, month, day))
    }
}

/// Hours, minutes, seconds, milliseconds read so far, and the AM/PM adjustment.
#[derive(Default)]
struct TimeComposer {
    components: Vec<i64>,
    hour_offset: Option<i64>,
}

impl TimeComposer {
    fn is_empty(&self) -> bool {
        self.components.is_empty()
    }

    fn is_expecting(&self, value: i64) -> bool {
        match self.components.len() {
            1 | 2 => (0..=59).contains(&value),
            3 => (0..=999).contains(&value),
            _ => false,
        }
    }

    fn add(&mut self, value: i64) -> bool {
        if self.components.len() < 4 {
            self.components.push(value);
            return true;
        }
        false
    }

    fn add_final(&mut self, value: i64) -> bool {
        if !self.add(value) {
            return false;
        }
        self.components.resize(4, 0);
        true
    }

    fn write(&self) -> Option<(i64, i64, i64, i64)> {
        let mut components = self.components.clone();
        components.resize(4, 0);
        let (mut hour, minute, second, millisecond) = (components[0], components[1], components[2], components[3]);
        if let Some(offset) = self.hour_offset {
            if !(0..=12).contains(&hour) {
                return None;
            }
            hour = hour % 12 + offset;
        }
        let valid = (0..=23).contains(&hour) && (0..=59).contains(&minute) && (0..=59).contains(&second) && (0..=999).contains(&millisecond);
        if !valid && !(hour == 24 && minute == 0 && second == 0 && millisecond == 0) {
            return None;
        }
        Some((hour, minute, second, millisecond))
    }
}

/// The UTC offset read so far.
struct ZoneComposer {
    sign: i64,
    hour: i64,
    minute: i64,
}

impl Default for ZoneComposer {
    fn default() -> ZoneComposer {
        ZoneComposer { sign: NONE, hour: NONE, minute: NONE }
    }
}

impl ZoneComposer {
    fn set(&mut self, offset_hours: i64) {
        self.sign = if offset_hours < 0 { -1 } else { 1 };
        self.hour = offset_hours * self.sign;
        self.minute = 0;
    }

    fn is_expecting(&self, value: i64) -> bool {
        self.hour != NONE && self.minute == NONE && (0..=59).contains(&value)
    }

    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }

    fn is_empty(&self) -> bool {
        self.hour == NONE
    }

    /// The offset in seconds, None when the string gave none.
    fn write(&self) -> Option<Option<f64>> {
        if self.sign == NONE {
            return Some(None);
        }
        let hour = if self.hour == NONE { 0 } else { self.hour };
        let minute = if self.minute == NONE { 0 } else { self.minute };
        let total = hour * 3600 + minute * 60;
        if total > (1 << 30) {
            return None;
        }
        Some(Some((self.sign * total) as f64))
    }
}

/// Reads the three-digit millisecond value of a fraction's digits.
fn read_milliseconds(token: Token) -> i64 {
    let Token::Number { value, length } = token else { return 0 };
    match length {
        1 => value * 100,
        2 => value * 10,
        3 => value,
        _ => {
            let significant = length.min(MAX_SIGNIFICANT_DIGITS);
            value / 10i64.pow((significant - 3) as u32)
        }
    }
}

/// The ECMAScript date-time format as far as the input follows it. Returns the first token
/// the legacy reader must handle, `End` when the whole string was read, `Invalid` when the
/// string started as the format and then broke it.
fn parse_iso(tokenizer: &mut Tokenizer, day: &mut DayComposer, time: &mut TimeComposer, zone: &mut ZoneComposer) -> Token {
    // Date: [+-]yyyyyy or yyyy, then -MM, then -DD.
    if tokenizer.peek().is_sign() {
        let sign_token = tokenizer.next();
        if !tokenizer.peek().is_fixed_length_number(6) {
            return sign_token;
        }
        let sign = sign_token.sign();
        let year = tokenizer.next().number();
        if sign < 0 && year == 0 {
            return sign_token;
        }
        day.add(sign * year);
    } else if tokenizer.peek().is_fixed_length_number(4) {
        let year = tokenizer.next().number();
        day.add(year);
    } else {
        return tokenizer.next();
    }
    if tokenizer.skip_symbol(b'-') {
        if !tokenizer.peek().is_fixed_length_number(2) || !DayComposer::is_month(tokenizer.peek().number()) {
            return tokenizer.next();
        }
        let month = tokenizer.next().number();
        day.add(month);
        if tokenizer.skip_symbol(b'-') {
            if !tokenizer.peek().is_fixed_length_number(2) || !DayComposer::is_day(tokenizer.peek().number()) {
                return tokenizer.next();
            }
            let date = tokenizer.next().number();
            day.add(date);
        }
    }
    // Time: THH:mm[:ss[.sss]] then Z or ±hh:mm (or ±hhmm).
    if !matches!(tokenizer.peek(), Token::Keyword { kind: KeywordKind::TimeSeparator, .. }) {
        if tokenizer.peek() != Token::End {
            return tokenizer.next();
        }
    } else {
        tokenizer.next();
        let hour_token = tokenizer.peek();
        if !hour_token.is_fixed_length_number(2) || !(0..=24).contains(&hour_token.number()) {
            return Token::Invalid;
        }
        let hour_is_24 = hour_token.number() == 24;
        time.add(tokenizer.next().number());
        if !tokenizer.skip_symbol(b':') {
            return Token::Invalid;
        }
        let minute = tokenizer.peek();
        if !minute.is_fixed_length_number(2) || !(0..=59).contains(&minute.number()) || (hour_is_24 && minute.number() > 0) {
            return Token::Invalid;
        }
        time.add(tokenizer.next().number());
        if tokenizer.skip_symbol(b':') {
            let second = tokenizer.peek();
            if !second.is_fixed_length_number(2) || !(0..=59).contains(&second.number()) || (hour_is_24 && second.number() > 0) {
                return Token::Invalid;
            }
            time.add(tokenizer.next().number());
            if tokenizer.skip_symbol(b'.') {
                let fraction = tokenizer.peek();
                if !fraction.is_number() || (hour_is_24 && fraction.number() > 0) {
                    return Token::Invalid;
                }
                time.add(read_milliseconds(tokenizer.next()));
            }
        }
        if tokenizer.peek().is_keyword_z() {
            tokenizer.next();
            zone.set(0);
        } else if tokenizer.peek().is_sign() {
            zone.sign = tokenizer.next().sign();
            if tokenizer.peek().is_fixed_length_number(4) {
                let hour_minute = tokenizer.next().number();
                let (hour, minute) = (hour_minute / 100, hour_minute % 100);
                if !(0..=23).contains(&hour) || !(0..=59).contains(&minute) {
                    return Token::Invalid;
                }
                zone.hour = hour;
                zone.minute = minute;
            } else {
                let hour = tokenizer.peek();
                if !hour.is_fixed_length_number(2) || !(0..=23).contains(&hour.number()) {
                    return Token::Invalid;
                }
                zone.hour = tokenizer.next().number();
                if !tokenizer.skip_symbol(b':') {
                    return Token::Invalid;
                }
                let minute = tokenizer.peek();
                if !minute.is_fixed_length_number(2) || !(0..=59).contains(&minute.number()) {
                    return Token::Invalid;
                }
                zone.minute = tokenizer.next().number();
            }
        }
        if tokenizer.peek() != Token::End {
            return Token::Invalid;
        }
    }
    // Date-only forms are UTC; date-time forms without an offset are local time.
    if zone.is_empty() && time.is_empty() {
        zone.set(0);
    }
    day.iso_date = true;
    Token::End
}

/// The fields of a date string, or None when it is not one.
fn parse_fields(units: &[u16]) -> Option<Fields> {
    let mut tokenizer = Tokenizer::new(units);
    let mut day = DayComposer::default();
    let mut time = TimeComposer::default();
    let mut zone = ZoneComposer::default();
    let mut token = parse_iso(&mut tokenizer, &mut day, &mut time, &mut zone);
    if token == Token::Invalid {
        return None;
    }
    let mut has_read_number = !day.components.is_empty();
    while token != Token::End {
        match token {
            Token::Number { value, .. } => {
                has_read_number = true;
                if tokenizer.skip_symbol(b':') {
                    if tokenizer.skip_symbol(b':') {
                        // `n::` is hours and a zero minute.
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(value);
                        time.add(0);
                    } else {
                        if !time.add(value) {
                            return None;
                        }
                        if tokenizer.peek().is_symbol(b'.') {
                            tokenizer.next();
                        }
                    }
                } else if tokenizer.skip_symbol(b'.') && time.is_expecting(value) {
                    // (A `.` is consumed even when no time is expected, as in V8.)
                    time.add(value);
                    if !tokenizer.peek().is_number() {
                        return None;
                    }
                    let milliseconds = read_milliseconds(tokenizer.next());
                    time.add_final(milliseconds);
                } else if zone.is_expecting(value) {
                    zone.minute = value;
                } else if time.is_expecting(value) {
                    time.add_final(value);
                    // A finished time must be followed by the end, a space, Z or a sign.
                    let next = tokenizer.peek();
                    if !(next == Token::End || next == Token::WhiteSpace || next.is_keyword_z() || next.is_sign()) {
                        return None;
                    }
                } else {
                    if !day.add(value) {
                        return None;
                    }
                    tokenizer.skip_symbol(b'-');
                }
            }
            Token::Keyword { kind, value, .. } => {
                if kind == KeywordKind::AmPm && !time.is_empty() {
                    time.hour_offset = Some(value);
                } else if kind == KeywordKind::MonthName {
                    day.named_month = Some(value);
                    tokenizer.skip_symbol(b'-');
                } else if kind == KeywordKind::TimeZoneName && has_read_number {
                    zone.set(value);
                } else {
                    // Words are allowed only before the first number, and must be separated
                    // from it.
                    if has_read_number || tokenizer.peek().is_number() {
                        return None;
                    }
                }
            }
            _ if token.is_sign() && (zone.is_utc() || !time.is_empty()) => {
                // An offset after a time or after UTC/GMT: +hh, +hhmm or +hh:mm.
                zone.sign = token.sign();
                let mut value = 0;
                let mut length = 0;
                if let Token::Number { value: number, length: digits } = tokenizer.peek() {
                    tokenizer.next();
                    value = number;
                    length = digits;
                }
                has_read_number = true;
                if tokenizer.peek().is_symbol(b':') {
                    zone.hour = value;
                    zone.minute = NONE;
                } else if length == 1 || length == 2 {
                    zone.hour = value;
                    zone.minute = 0;
                } else if length == 3 || length == 4 {
                    zone.hour = value / 100;
                    zone.minute = value % 100;
                } else {
                    return None;
                }
            }
            _ if (token.is_sign() || token.is_symbol(b')')) && has_read_number => return None,
            _ => {}
        }
        token = tokenizer.next();
    }
    let (year, month, date) = day.write()?;
    let (hour, minute, second, millisecond) = time.write()?;
    let offset = zone.write()?;
    Some(Fields {
        year: year as f64,
        month: (month - 1) as f64,
        day: date as f64,
        hour: hour as f64,
        minute: minute as f64,
        second: second as f64,
        millisecond: millisecond as f64,
        utc_offset_seconds: offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Option<(f64, f64, f64, f64, f64, f64, f64, Option<f64>)> {
        let units: Vec<u16> = text.encode_utf16().collect();
        parse_fields(&units).map(|f| (f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond, f.utc_offset_seconds))
    }

    #[test]
    fn iso_forms() {
        assert_eq!(fields("2020-03-07"), Some((2020.0, 2.0, 7.0, 0.0, 0.0, 0.0, 0.0, Some(0.0))));
        assert_eq!(fields("2020-03-07T10:20:30.456Z"), Some((2020.0, 2.0, 7.0, 10.0, 20.0, 30.0, 456.0, Some(0.0))));
        assert_eq!(fields("2020-03-07T10:20"), Some((2020.0, 2.0, 7.0, 10.0, 20.0, 0.0, 0.0, None)));
        assert_eq!(fields("2020-03-07T10:20+01:30"), Some((2020.0, 2.0, 7.0, 10.0, 20.0, 0.0, 0.0, Some(5400.0))));
        assert_eq!(fields("+002020-03"), Some((2020.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, Some(0.0))));
        assert_eq!(fields("2020-03-07T25:00"), None);
        // Year -0 is not an ISO year; V8's legacy reader then sees 0, 1, 1 (January 1, 2001).
        assert_eq!(fields("-000000-01-01"), Some((2001.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, None)));
    }

    #[test]
    fn legacy_forms() {
        assert_eq!(fields("March 7, 2020"), Some((2020.0, 2.0, 7.0, 0.0, 0.0, 0.0, 0.0, None)));
        assert_eq!(fields("2020/03/07 10:00"), Some((2020.0, 2.0, 7.0, 10.0, 0.0, 0.0, 0.0, None)));
        assert_eq!(fields("Sat, 07 Mar 2020 10:00:00 GMT"), Some((2020.0, 2.0, 7.0, 10.0, 0.0, 0.0, 0.0, Some(0.0))));
        assert_eq!(fields("3/7/2020 10:00 PM EST"), Some((2020.0, 2.0, 7.0, 22.0, 0.0, 0.0, 0.0, Some(-18000.0))));
        assert_eq!(
            fields("Sat Mar 07 2020 10:00:00 GMT+0100 (Central European Standard Time)"),
            Some((2020.0, 2.0, 7.0, 10.0, 0.0, 0.0, 0.0, Some(3600.0)))
        );
        assert_eq!(fields("3/7"), Some((2001.0, 2.0, 7.0, 0.0, 0.0, 0.0, 0.0, None)));
        assert_eq!(fields("hello"), None);
        assert_eq!(fields(""), None);
        assert_eq!(fields("2020-03-07 garbage"), None);
    }
}
