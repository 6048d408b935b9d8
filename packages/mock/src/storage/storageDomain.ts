import type { EventPayload, EventType } from '../events/eventTypes.js';
import type { VersionProfile } from '../profile.js';
import type { AttachmentProvider } from './attachmentProvider.js';
import { buildState } from './seed/buildState.js';
import type { StorageSeed } from './seed/storageSeed.js';
import type { StorageState } from './storageState.js';

/** What the storage domain needs from the server. @internal */
export type StorageDomainOptions = {
  profile: VersionProfile;
  hostname: string;
  seed: StorageSeed;
  /** Milliseconds per progress step of emulated long operations (scrub, resilver, export...). */
  stepMs: number;
  emit(collection: string, type: EventType, payload?: EventPayload): void;
};

/**
 * The per-server storage emulation: the current {@link StorageState} (rebuilt from the seed by `reset()`), event
 * emission, attachment providers and the timers of running operations (scrubs, resilvers).
 * @internal
 */
export class StorageDomain {
  readonly profile: VersionProfile;
  readonly hostname: string;
  readonly stepMs: number;
  /** Attachment providers (`pool.dataset.attachments`); they survive `reset()`. */
  readonly providers: AttachmentProvider[] = [];
  state: StorageState;
  readonly #seed: StorageSeed;
  readonly #emit: StorageDomainOptions['emit'];
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Bumped by `reset()`: operations started before it stop touching the new state. */
  generation = 0;

  constructor(options: StorageDomainOptions) {
    this.profile = options.profile;
    this.hostname = options.hostname;
    this.stepMs = options.stepMs;
    this.#seed = options.seed;
    this.#emit = options.emit;
    this.state = buildState(options.seed);
  }

  /** The snapshot event collection of the profile. */
  get snapshotCollection(): string {
    return this.profile === '25.10' ? 'pool.snapshot.query' : 'zfs.snapshot.query';
  }

  /** Restores the seed (and stops running operations). */
  reset(): void {
    this.cancelTimers();
    this.generation += 1;
    this.state = buildState(this.#seed);
  }

  emit(collection: string, type: EventType, payload?: EventPayload): void {
    this.#emit(collection, type, payload);
  }

  /** Runs `fn` after `ms` unless reset/stopped first. */
  later(ms: number, fn: () => void): void {
    const generation = this.generation;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (generation === this.generation) fn();
    }, ms);
    timer.unref?.();
    this.#timers.add(timer);
  }

  /** Stops every pending operation timer. */
  cancelTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
