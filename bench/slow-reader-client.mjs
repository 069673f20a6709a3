// One client process of bench/slow-readers.sh: opens COUNT connections to HOST:PORT from the loopback address
// FROM, each asking for PATH and then reading the answer RATE bytes a second (its status line first), for
// HOLD seconds (one still waiting for its answer at the end is counted apart); a refused one (the site closes it) asks again after RETRY ms when RETRY > 0. Prints one JSON
// line of counts at the end. It ends by itself in any case.
//   node slow-reader-client.mjs <host> <port> <path> <count> <hold seconds> <from address> <rate> <retry ms>
import net from 'node:net';

const [host, port, path, count, hold, from, rate, retry] = process.argv.slice(2);
const total = Number(count);
const bytesPerSecond = Number(rate);
const retryMs = Number(retry);
const stats = { requests: 0, statuses: {}, readingAtTheEnd: 0, waitingAtTheEnd: 0, cutWhileReading: 0, neverConnected: 0, bytesRead: 0, errors: {} };
const sockets = new Set();
let ending = false;

function open() {
  const socket = net.connect({ host, port: Number(port), localAddress: from });
  let connected = false;
  let status = null;
  sockets.add(socket);
  socket.pause();
  socket.on('connect', () => {
    connected = true;
    stats.requests++;
    socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow-reader\r\n\r\n`);
  });
  const drip = setInterval(() => {
    if (socket.destroyed || !connected) return;
    // The status line at once (a few dozen bytes), then RATE bytes a second.
    const chunk = socket.read(Math.min(socket.readableLength, status === null ? 64 : bytesPerSecond));
    if (!chunk) return;
    stats.bytesRead += chunk.length;
    if (status === null) {
      status = socket.status = chunk.toString('latin1').split(' ')[1] ?? '?';
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      if (status !== '200') socket.destroy();
    }
  }, 1000);
  socket.on('error', (error) => {
    stats.errors[error.code] = (stats.errors[error.code] ?? 0) + 1;
  });
  socket.on('close', () => {
    clearInterval(drip);
    sockets.delete(socket);
    if (ending) return;
    if (!connected) stats.neverConnected++;
    else if (status === '200') stats.cutWhileReading++;
    if (retryMs > 0 && status !== '200') setTimeout(() => ending || open(), retryMs);
  });
}

// Open in batches, so the connections arrive as a flood but the client's own event loop keeps up.
let made = 0;
const batch = setInterval(() => {
  for (let i = 0; i < 200 && made < total; i++, made++) open();
  if (made >= total) clearInterval(batch);
}, 10);

setTimeout(() => {
  ending = true;
  clearInterval(batch);
  for (const socket of sockets) {
    if (!socket.destroyed && socket.readyState === 'open') {
      if (socket.status === '200') stats.readingAtTheEnd++;
      else stats.waitingAtTheEnd++;
    }
    socket.destroy();
  }
  console.log(JSON.stringify(stats));
  process.exit(0);
}, Number(hold) * 1000);
