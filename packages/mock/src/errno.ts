/**
 * Linux errno numbers the TrueNAS middleware reports, plus its custom ones (201–210).
 *
 * @example
 * ```ts
 * import { Errno, CallError } from '@tn/mock';
 *
 * throw new CallError('Pool is busy', Errno.EBUSY);
 * ```
 */
export const Errno = {
  /** Operation not permitted. */
  EPERM: 1,
  /** No such file or directory (also "does not exist"). */
  ENOENT: 2,
  /** No such process. */
  ESRCH: 3,
  /** Interrupted system call. */
  EINTR: 4,
  /** I/O error. */
  EIO: 5,
  /** No such device or address. */
  ENXIO: 6,
  /** Argument list too long. */
  E2BIG: 7,
  /** Bad file descriptor. */
  EBADF: 9,
  /** Try again. */
  EAGAIN: 11,
  /** Out of memory. */
  ENOMEM: 12,
  /** Permission denied ("Not authorized"). */
  EACCES: 13,
  /** Bad address (default errno of `CallError`). */
  EFAULT: 14,
  /** Device or resource busy (also "Rate Limit Exceeded"). */
  EBUSY: 16,
  /** File exists. */
  EEXIST: 17,
  /** Cross-device link. */
  EXDEV: 18,
  /** No such device. */
  ENODEV: 19,
  /** Not a directory. */
  ENOTDIR: 20,
  /** Is a directory. */
  EISDIR: 21,
  /** Invalid argument (every -32602 error). */
  EINVAL: 22,
  /** File table overflow. */
  ENFILE: 23,
  /** Too many open files. */
  EMFILE: 24,
  /** Not a typewriter. */
  ENOTTY: 25,
  /** Text file busy. */
  ETXTBSY: 26,
  /** File too large. */
  EFBIG: 27,
  /** No space left on device. */
  ENOSPC: 28,
  /** Illegal seek. */
  ESPIPE: 29,
  /** Read-only file system. */
  EROFS: 30,
  /** Too many links. */
  EMLINK: 31,
  /** Broken pipe. */
  EPIPE: 32,
  /** Math argument out of domain. */
  EDOM: 33,
  /** Math result not representable. */
  ERANGE: 34,
  /** Resource deadlock would occur. */
  EDEADLK: 35,
  /** File name too long. */
  ENAMETOOLONG: 36,
  /** No record locks available. */
  ENOLCK: 37,
  /** Function not implemented. */
  ENOSYS: 38,
  /** Directory not empty. */
  ENOTEMPTY: 39,
  /** Too many symbolic links. */
  ELOOP: 40,
  /** No message of desired type. */
  ENOMSG: 42,
  /** No data available. */
  ENODATA: 61,
  /** Timer expired. */
  ETIME: 62,
  /** Protocol error. */
  EPROTO: 71,
  /** Bad message (`pool.dataset.promote` on a dataset that is not a clone). */
  EBADMSG: 74,
  /** Value too large for defined data type. */
  EOVERFLOW: 75,
  /** Operation not supported. */
  EOPNOTSUPP: 95,
  /** Address already in use. */
  EADDRINUSE: 98,
  /** Cannot assign requested address. */
  EADDRNOTAVAIL: 99,
  /** Network is down. */
  ENETDOWN: 100,
  /** Network is unreachable. */
  ENETUNREACH: 101,
  /** Software caused connection abort. */
  ECONNABORTED: 103,
  /** Connection reset by peer. */
  ECONNRESET: 104,
  /** Transport endpoint is not connected. */
  ENOTCONN: 107,
  /** Connection timed out. */
  ETIMEDOUT: 110,
  /** Connection refused. */
  ECONNREFUSED: 111,
  /** Host is down. */
  EHOSTDOWN: 112,
  /** No route to host. */
  EHOSTUNREACH: 113,
  /** Operation already in progress. */
  EALREADY: 114,
  /** Operation now in progress. */
  EINPROGRESS: 115,
  /** Quota exceeded. */
  EDQUOT: 122,
  /** Operation canceled. */
  ECANCELED: 125,
  /** Required key not available. */
  ENOKEY: 126,
  /** Key has expired. */
  EKEYEXPIRED: 127,
  /** Key has been revoked. */
  EKEYREVOKED: 128,
  /** Middleware: method not found. */
  ENOMETHOD: 201,
  /** Middleware: service failed to start. */
  ESERVICESTARTFAILURE: 202,
  /** Middleware: alert checker unavailable. */
  EALERTCHECKERUNAVAILABLE: 203,
  /** Middleware: error on the remote HA node. */
  EREMOTENODEERROR: 204,
  /** Middleware: dataset is locked. */
  EDATASETISLOCKED: 205,
  /** Middleware: invalid RRD timestamp. */
  EINVALIDRRDTIMESTAMP: 206,
  /** Middleware: not authenticated (session missing or killed). */
  ENOTAUTHENTICATED: 207,
  /** Middleware: TLS certificate verification failed. */
  ESSLCERTVERIFICATIONERROR: 208,
  /** Middleware: reboot required. */
  EREBOOTREQUIRED: 209,
  /** Middleware: HA unavailable. */
  EHAUNAVAILABLE: 210,
} as const;

const names = new Map<number, string>(Object.entries(Errno).map(([name, value]) => [value, name]));

/**
 * Returns the middleware's name for an errno (`16` → `"EBUSY"`), or `"EUNKNOWN"` like the server does.
 *
 * @example
 * ```ts
 * import { errnoName } from '@tn/mock';
 *
 * errnoName(207); // 'ENOTAUTHENTICATED'
 * ```
 */
export function errnoName(errno: number): string {
  return names.get(errno) ?? 'EUNKNOWN';
}
