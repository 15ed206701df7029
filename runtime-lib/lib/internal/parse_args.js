'use strict';
// util.parseArgs (node v20): the configuration checks, the tokenizer (short options, short
// groups such as -abc, -fVALUE, --long, --long=value, the -- terminator), strict-mode usage
// checks with node's ERR_PARSE_ARGS_* errors, `multiple`, `default`, `tokens` and
// `allowNegative` (--no-flag).

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  codedError,
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function objectGetOwn(object, property) {
  if (object != null && hasOwn(object, property)) {
    return object[property];
  }
}

function optionsGetOwn(options, longOption, property) {
  if (hasOwn(options, longOption)) {
    return objectGetOwn(options[longOption], property);
  }
}

function ERR_PARSE_ARGS_INVALID_OPTION_VALUE(message) {
  return codedError('TypeError', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
}

function ERR_PARSE_ARGS_UNKNOWN_OPTION(option, allowPositionals) {
  const suggestion = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return codedError('TypeError', 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${suggestion}`);
}

function ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(value) {
  return codedError(
    'TypeError',
    'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    `Unexpected argument '${value}'. This command does not take positional arguments`,
  );
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    validateString(value[i], `${name}[${i}]`);
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    validateBoolean(value[i], `${name}[${i}]`);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

// The arguments after the executable and the script (node's getMainArgs).
function mainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') || execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  for (const [longOption, config] of Object.entries(options)) {
    if (objectGetOwn(config, 'short') === shortOption) {
      return longOption;
    }
  }
  return shortOption;
}

// -abc where -a is not a string option.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') {
    return false;
  }
  return optionsGetOwn(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}

// -fVALUE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') {
    return false;
  }
  return optionsGetOwn(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }
    if (arg === '--') {
      // Everything after a bare -- is a positional.
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) {
        tokens.push({ kind: 'positional', index: ++index, value: rest });
      }
      break;
    }
    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) {
        ++index;
      }
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      // -abc becomes -a -b -c; a string option inside takes the rest: -abfFILE is -a -b -fFILE.
      const expanded = [];
      for (let position = 1; position < arg.length; position++) {
        const shortOption = arg[position];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || position === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(position)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) {
        ++index;
      }
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const longOption = arg.slice(2, equals);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    // Show the short form only when the user wrote the short option.
    const example = token.rawName.startsWith('--')
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${token.rawName}'?\n` +
        `To specify an option argument starting with a dash use ${example}.`,
    );
  }
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) || optionsGetOwn(config.options, name, 'type') !== 'boolean') {
        throw ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values, allowNegative) {
  if (longOption === '__proto__') {
    return;
  }
  if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
    longOption = longOption.slice(3);
    optionValue = false;
  }
  // The value as given (not as the option's type says): the author decides what to do.
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) {
      values[longOption].push(newValue);
    } else {
      values[longOption] = [newValue];
    }
  } else {
    values[longOption] = newValue;
  }
}

function parseArgs(config = {}) {
  const args = objectGetOwn(config, 'args') ?? mainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multiple = objectGetOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) {
      validateBoolean(multiple, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (optionType === 'string') {
        (multiple ? validateStringArray : validateString)(defaultValue, name);
      } else {
        (multiple ? validateBooleanArray : validateBoolean)(defaultValue, name);
      }
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) {
    result.tokens = tokens;
  }
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      }
      result.positionals.push(token.value);
    }
  }
  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
