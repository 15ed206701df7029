// Strings are bare at top level and quoted inside containers.
console.log("top level");
console.log(["in array"], { key: "in object" });
console.log(["it's"], ['say "hi"'], ["both ' and \""], ["all ' \" `"]);
console.log(["new\nline", "tab\there", "back\\slash"]);
console.log({ s: "" }, [""]);
console.log("top 'quotes' stay");
