// A vending machine modelled as a table-driven state machine.
const transitions = {
  idle: {
    coin: function (m, amount) {
      m.credit += amount;
      return "collecting";
    },
    select: function (m) {
      m.messages.push("insert coins first");
      return "idle";
    },
  },
  collecting: {
    coin: function (m, amount) {
      m.credit += amount;
      return "collecting";
    },
    select: function (m, item) {
      const price = m.prices[item];
      if (price === undefined) {
        m.messages.push("unknown item " + item);
        return "collecting";
      }
      if (m.stock[item] === 0) {
        m.messages.push(item + " sold out");
        return "collecting";
      }
      if (m.credit < price) {
        m.messages.push("need " + (price - m.credit) + " more for " + item);
        return "collecting";
      }
      m.credit -= price;
      m.stock[item]--;
      m.messages.push("dispensed " + item);
      return m.credit > 0 ? "change" : "idle";
    },
    refund: function (m) {
      m.messages.push("refunded " + m.credit);
      m.credit = 0;
      return "idle";
    },
  },
  change: {
    take: function (m) {
      m.messages.push("change " + m.credit);
      m.credit = 0;
      return "idle";
    },
  },
};

function Machine(prices, stock) {
  this.state = "idle";
  this.credit = 0;
  this.prices = prices;
  this.stock = stock;
  this.messages = [];
}
Machine.prototype.send = function (event, arg) {
  const handler = transitions[this.state][event];
  if (typeof handler !== "function") {
    this.messages.push("ignored " + event + " in " + this.state);
    return this;
  }
  const before = this.state;
  this.state = handler(this, arg);
  if (before !== this.state) this.messages.push(before + " -> " + this.state);
  return this;
};

const m = new Machine({ cola: 150, chips: 100, gum: 50 }, { cola: 1, chips: 5, gum: 0 });
m.send("select", "cola")
  .send("coin", 100)
  .send("select", "cola")
  .send("coin", 100)
  .send("select", "cola")
  .send("take")
  .send("coin", 200)
  .send("select", "cola")
  .send("select", "gum")
  .send("select", "tea")
  .send("refund")
  .send("take")
  .send("coin", 100)
  .send("select", "chips");
for (let i = 0; i < m.messages.length; i++) {
  console.log(String(i + 1).padStart(2, "0"), m.messages[i]);
}
console.log(m.state, m.credit, m.stock);
