/** Transport-neutral view of one accepted WebSocket, produced by the binding. @internal */
export type Connection = {
  readonly remoteAddress: string;
  readonly tls: boolean;
  /** Request path, e.g. `/api/current`. */
  readonly path: string;
  send(text: string): void;
  close(code: number, reason: string): void;
  terminate(): void;
};

/** Callbacks the binding invokes for one connection. @internal */
export type ConnectionHandlers = {
  onMessage(data: Buffer, isBinary: boolean): void;
  onClose(): void;
};
