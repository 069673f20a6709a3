// One client process of bench/flood.sh: opens COUNT TCP connections to HOST:PORT from the loopback address
// FROM, sends nothing (or, with SLOW=1, a request line one byte at a time, slowloris-style), holds them for
// HOLD seconds, closes them all and prints one JSON line of counts. It ends by itself in any case.
//   node flood-client.mjs <host> <port> <count> <hold seconds> <from address> [slow 0|1]
import net from 'node:net';

const [host, port, count, hold, from, slow] = process.argv.slice(2);
const total = Number(count);
const holdMs = Number(hold) * 1000;
const stats = { opened: 0, refused: 0, closedByServer: 0, heldToTheEnd: 0, errors: {} };
const sockets = new Set();
const started = Date.now();
const slowLine = 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ';
let ending = false;

function open() {
  const socket = net.connect({ host, port: Number(port), localAddress: from });
  let connected = false;
  let sent = 0;
  sockets.add(socket);
  socket.setTimeout(0);
  socket.on('connect', () => {
    connected = true;
    stats.opened++;
  });
  socket.on('data', () => {}); // a refusal's answer, if any, is read and dropped
  socket.on('error', (error) => {
    stats.errors[error.code] = (stats.errors[error.code] ?? 0) + 1;
  });
  socket.on('close', () => {
    sockets.delete(socket);
    if (ending) return;
    if (connected) stats.closedByServer++;
    else stats.refused++;
  });
  if (slow === '1') {
    const drip = setInterval(() => {
      if (socket.destroyed) return clearInterval(drip);
      if (connected) socket.write(slowLine[sent++ % slowLine.length] ?? 'x');
    }, 1000);
    drip.unref();
  }
}

// Open in batches, so the connections arrive as a flood but the client's own event loop keeps up.
let made = 0;
const batch = setInterval(() => {
  for (let i = 0; i < 500 && made < total; i++, made++) open();
  if (made >= total) clearInterval(batch);
}, 10);

setTimeout(() => {
  ending = true;
  clearInterval(batch);
  for (const socket of sockets) {
    if (!socket.destroyed && socket.readyState === 'open') stats.heldToTheEnd++;
    socket.destroy();
  }
  stats.seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(JSON.stringify(stats));
  process.exit(0);
}, holdMs);
