import { filterList, type QueryOptions } from '@tn/api';
import { getInstanceParams, queryParams } from '../../params/queryParams.js';
import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { diskRow } from '../disks/diskRow.js';
import { paramSchema } from '../paramsFor.js';
import { getInstance } from '../queryRows.js';
import type { StorageDomain } from '../storageDomain.js';
import { args } from './poolHandlers.js';

function rows(domain: StorageDomain): Record<string, unknown>[] {
  return [...domain.state.disks.values()].map((d) => diskRow(domain.state, d, domain.profile));
}

/** `disk.query` and `disk.get_instance` (keyed by `identifier`). @internal */
export function diskHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  return {
    query: {
      params: queryParams(v),
      handler: (ctx) => {
        const [filters, options] = args<[unknown[], QueryOptions]>(ctx);
        return filterList(rows(domain), filters, options);
      },
    },
    get_instance: {
      params: getInstanceParams(v, paramSchema('disk.get_instance', v, 0)),
      handler: (ctx) => {
        const [id, options] = args<[string, QueryOptions]>(ctx);
        return getInstance(rows(domain), 'identifier', id, options, 'Disk');
      },
    },
  };
}
