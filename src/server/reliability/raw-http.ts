import { connect } from 'node:net';

/**
 * Writes bytes to a server exactly as given (duplicate headers, conflicting framing) and returns
 * everything it answers until it closes or goes quiet. Node's client refuses to send such requests.
 */
export function rawExchange(port: number, bytes: string, quietMs = 400): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    socket.on('connect', () => {
      socket.write(bytes);
      arm();
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      arm();
    });
    socket.on('end', finish);
    socket.on('error', (err) => (chunks.length ? finish() : reject(err)));
  });
}

/** Status codes of every response in a raw HTTP/1.1 answer (pipelined responses included). */
export const statusesOf = (raw: string) => [...raw.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
