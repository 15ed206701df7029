// A TypeError thrown by the runtime (reading a property of undefined): the caret sits under
// the property, after a tab and non-ASCII text on the same line.
const config = { server: undefined };
console.log('starting');
	const é = 'x'; const port = config.server.port;
