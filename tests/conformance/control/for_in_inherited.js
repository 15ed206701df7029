// for-in also visits enumerable inherited properties, own ones first.
function Base() {
  this.own = 1;
}
Base.prototype.shared = 2;
const b = new Base();
b.extra = 3;
for (const k in b) console.log(k, b.hasOwnProperty(k));
const arr = [10, , 30];
arr.prop = "p";
for (const k in arr) console.log(typeof k, k, arr[k]);
