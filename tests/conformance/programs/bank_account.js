// A bank simulation with constructor functions, prototypes and errors.
function InsufficientFunds(account, amount) {
  this.name = "InsufficientFunds";
  this.message = account.owner + " cannot withdraw " + amount.toFixed(2) + " (balance " + account.balance.toFixed(2) + ")";
}
InsufficientFunds.prototype = Object.create(Error.prototype);
InsufficientFunds.prototype.constructor = InsufficientFunds;

function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
}
Account.prototype.deposit = function (amount) {
  if (amount <= 0) throw new RangeError("deposit must be positive");
  this.balance += amount;
  this.history.push("+" + amount);
  return this;
};
Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) throw new InsufficientFunds(this, amount);
  this.balance -= amount;
  this.history.push("-" + amount);
  return this;
};
Account.prototype.monthEnd = function () {};
Account.prototype.toString = function () {
  return this.owner + ": " + this.balance.toFixed(2);
};

function Savings(owner, balance, rate) {
  Account.call(this, owner, balance);
  this.rate = rate;
}
Savings.prototype = Object.create(Account.prototype);
Savings.prototype.constructor = Savings;
Savings.prototype.monthEnd = function () {
  const interest = Math.round(this.balance * this.rate * 100) / 100;
  this.balance += interest;
  this.history.push("i" + interest);
};

function Bank() {
  this.accounts = {};
  this.log = [];
}
Bank.prototype.open = function (account) {
  this.accounts[account.owner] = account;
  return account;
};
Bank.prototype.transfer = function (from, to, amount) {
  const a = this.accounts[from];
  const b = this.accounts[to];
  try {
    a.withdraw(amount);
    b.deposit(amount);
    this.log.push("ok " + from + "->" + to + " " + amount);
  } catch (e) {
    this.log.push("failed " + e.name + ": " + e.message);
  }
};
Bank.prototype.total = function () {
  let sum = 0;
  for (const name in this.accounts) sum += this.accounts[name].balance;
  return sum;
};

const bank = new Bank();
bank.open(new Account("alice", 100));
bank.open(new Savings("bob", 1000, 0.01));
bank.open(new Account("carol"));
bank.transfer("alice", "carol", 30);
bank.transfer("carol", "bob", 50);
bank.transfer("bob", "alice", 250.5);
bank.transfer("alice", "carol", -5);
for (let month = 1; month <= 3; month++) {
  for (const name in bank.accounts) bank.accounts[name].monthEnd();
}
for (const line of bank.log) console.log(line);
for (const name in bank.accounts) {
  const acct = bank.accounts[name];
  console.log(String(acct), acct instanceof Savings, acct.history.join(" "));
}
console.log("total", bank.total().toFixed(2));
try {
  bank.accounts.carol.deposit(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
