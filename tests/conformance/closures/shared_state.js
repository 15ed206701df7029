// Closures created in the same scope share the captured variable.
function makeAccount(balance) {
  return {
    deposit: (n) => (balance += n),
    withdraw: (n) => (balance -= n),
    balance: () => balance,
  };
}
const acct = makeAccount(100);
acct.deposit(50);
acct.withdraw(30);
console.log(acct.balance());
const other = makeAccount(1);
console.log(other.balance(), acct.balance());
