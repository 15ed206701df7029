// Views of resizable buffers: length-tracking typed arrays and DataViews follow the buffer;
// fixed-length views that no longer fit are out of bounds (length 0, methods throw V8's
// "detached" TypeError, element reads give undefined, writes are ignored).
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const buffer = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = new Uint16Array(buffer);
const fixed = new Uint16Array(buffer, 2, 2);
const tail = new Uint8Array(buffer, 4);
const view = new DataView(buffer, 2);
const fixedView = new DataView(buffer, 2, 4);
const state = () => [tracking.length, fixed.length, tail.length, tracking.byteLength, fixed.byteOffset, tail.byteOffset];
show('initial', state);
console.log(tracking, fixed, tail, view, fixedView);
for (let i = 0; i < tracking.length; i++) tracking[i] = i + 1;
buffer.resize(12);
show('grown', state);
show('grown views', () => [tracking, fixed, tail, view.byteLength, fixedView.byteLength]);
tracking[5] = 60;
show('write into new space', () => [tail, tracking[5]]);
buffer.resize(5);
show('shrunk', state);
show('out of bounds view', () => [fixed, fixed[0], fixed.at, Object.keys(fixed), 0 in fixed]);
fixed[0] = 1;
show('ignored write', () => new Uint8Array(buffer));
show('fixed fill', () => fixed.fill(1));
show('fixed at', () => fixed.at(0));
show('fixed spread', () => [...fixed]);
show('fixed slice', () => fixed.slice());
show('fixed subarray', () => fixed.subarray(0));
show('fixed set', () => fixed.set([1]));
show('copy from out of bounds', () => new Uint8Array(fixed));
show('tracking view', () => [view.byteLength, view.byteOffset, view.getInt8(2)]);
show('fixed DataView length', () => fixedView.byteLength);
show('fixed DataView offset', () => fixedView.byteOffset);
show('fixed DataView read', () => fixedView.getInt8(0));
show('inspect out of bounds DataView', () => [fixedView]);
buffer.resize(3);
show('offset past end', () => [tail.length, tail.byteOffset, tail.byteLength, tail]);
show('tail fill', () => tail.fill(1));
show('new view past end', () => new Uint8Array(buffer, 4));
show('new fixed view too long', () => new Uint8Array(buffer, 1, 3));
show('new DataView past end', () => new DataView(buffer, 4));
buffer.resize(16);
show('back in bounds', state);
show('values kept', () => [tracking, fixed, tail.subarray(0, 4)]);
const sub = tracking.subarray(2);
const subFixed = tracking.subarray(2, 4);
buffer.resize(10);
show('subarray tracks', () => [sub.length, subFixed.length]);
show('length-tracking subarray of resizable', () => {
  const grow = new ArrayBuffer(2, { maxByteLength: 4 });
  const bytes = new Uint8Array(grow);
  grow.resize(4);
  return [bytes.length, bytes];
});
show('callback shrinks', () => {
  const shrinking = new ArrayBuffer(4, { maxByteLength: 4 });
  const values = new Uint8Array(shrinking);
  values.set([1, 2, 3, 4]);
  const seen = [];
  values.forEach((value, index) => {
    if (index === 0) shrinking.resize(2);
    seen.push(value);
  });
  return seen;
});
show('map after shrink', () => {
  const shrinking = new ArrayBuffer(4, { maxByteLength: 4 });
  const values = new Float64Array(shrinking.byteLength / 8 || 0);
  return values.length;
});
show('fill coerces then checks', () => {
  const shrinking = new ArrayBuffer(4, { maxByteLength: 4 });
  const values = new Uint8Array(shrinking, 0, 4);
  return values.fill({ valueOf() { shrinking.resize(2); return 7; } });
});
