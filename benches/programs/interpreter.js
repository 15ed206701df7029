// A bytecode interpreter: a stack machine driven by a switch over opcodes, running a small
// program (sum of Collatz lengths), with try/catch around each run for error handling.
const PUSH = 0;
const LOAD = 1;
const STORE = 2;
const ADD = 3;
const SUB = 4;
const MUL = 5;
const MOD = 6;
const DIV2 = 7;
const JUMP = 8;
const JUMP_IF_ZERO = 9;
const EQ = 10;
const LT = 11;
const HALT = 12;
const CHECK = 13;

// Registers: 0 = n, 1 = steps, 2 = scratch.
const program = [
  // loop: if n == 1 goto end
  LOAD, 0, PUSH, 1, EQ, JUMP_IF_ZERO, 10, JUMP, 43,
  0,
  // (index 10) steps = steps + 1
  LOAD, 1, PUSH, 1, ADD, STORE, 1,
  // if n % 2 == 0 goto even
  LOAD, 0, PUSH, 2, MOD, JUMP_IF_ZERO, 36,
  // odd: n = 3 * n + 1
  LOAD, 0, PUSH, 3, MUL, PUSH, 1, ADD, STORE, 0, JUMP, 0,
  // (index 36) even: n = n / 2
  LOAD, 0, DIV2, STORE, 0, JUMP, 0,
  // (index 43) end
  LOAD, 1, CHECK, HALT,
];

function run(code, start) {
  const registers = [start, 0, 0];
  const stack = [];
  let pc = 0;
  for (;;) {
    const op = code[pc++];
    switch (op) {
      case PUSH:
        stack.push(code[pc++]);
        break;
      case LOAD:
        stack.push(registers[code[pc++]]);
        break;
      case STORE:
        registers[code[pc++]] = stack.pop();
        break;
      case ADD: {
        const b = stack.pop();
        stack.push(stack.pop() + b);
        break;
      }
      case SUB: {
        const b = stack.pop();
        stack.push(stack.pop() - b);
        break;
      }
      case MUL: {
        const b = stack.pop();
        stack.push(stack.pop() * b);
        break;
      }
      case MOD: {
        const b = stack.pop();
        stack.push(stack.pop() % b);
        break;
      }
      case DIV2:
        stack.push(stack.pop() / 2);
        break;
      case JUMP:
        pc = code[pc];
        break;
      case JUMP_IF_ZERO: {
        const target = code[pc++];
        if (stack.pop() === 0) {
          pc = target;
        }
        break;
      }
      case EQ: {
        const b = stack.pop();
        stack.push(stack.pop() === b ? 1 : 0);
        break;
      }
      case LT: {
        const b = stack.pop();
        stack.push(stack.pop() < b ? 1 : 0);
        break;
      }
      case CHECK:
        if (stack[stack.length - 1] > 250) {
          throw new RangeError("sequence too long: " + stack[stack.length - 1]);
        }
        break;
      case HALT:
        return stack.pop();
      default:
        throw new Error("bad opcode " + op + " at " + (pc - 1));
    }
  }
}

let totalSteps = 0;
let tooLong = 0;
let lastMessage = "";
for (let n = 1; n <= 25000; n++) {
  try {
    totalSteps += run(program, n);
  } catch (error) {
    tooLong++;
    lastMessage = error.message;
  }
}
console.log("steps:", totalSteps, "too long:", tooLong, "last:", lastMessage);
