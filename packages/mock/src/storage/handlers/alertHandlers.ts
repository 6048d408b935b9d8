import type { MethodDefinition } from '../../registry/handlerTypes.js';
import { ALERT_CATEGORIES, ALERT_CLASSES } from '../alerts/alertClasses.js';
import { alertRow } from '../alerts/alertOps.js';
import { paramsFor } from '../paramsFor.js';
import type { StorageDomain } from '../storageDomain.js';
import { emitAlerts } from '../storageEvents.js';
import type { AlertState } from '../storageTypes.js';

const LEVELS = ['INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'];

function titleOf(klass: string): string {
  return ALERT_CLASSES.find((c) => c.id === klass)?.title ?? klass;
}

/** `alert.list` order: most severe first, then class title, then time. @internal */
export function sortAlerts(alerts: readonly AlertState[]): AlertState[] {
  return [...alerts].sort(
    (a, b) =>
      LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level) ||
      titleOf(a.klass).localeCompare(titleOf(b.klass)) ||
      a.datetime.getTime() - b.datetime.getTime(),
  );
}

function categories(domain: StorageDomain): Record<string, unknown>[] {
  const classes = ALERT_CLASSES.map((c) => ({ ...c }));
  for (const alert of domain.state.alerts) {
    if (!classes.some((c) => c.id === alert.klass)) {
      classes.push({
        id: alert.klass,
        category: 'SYSTEM',
        title: alert.klass,
        level: alert.level,
        text: alert.text,
        proactiveSupport: false,
      });
    }
  }
  return ALERT_CATEGORIES.filter(([id]) => classes.some((c) => c.category === id)).map(([id, title]) => ({
    id,
    title,
    classes: classes
      .filter((c) => c.category === id)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((c) => ({ id: c.id, title: c.title, level: c.level, proactive_support: c.proactiveSupport })),
  }));
}

/** `alert.list`, `alert.dismiss`, `alert.restore`, `alert.list_categories`. @internal */
export function alertHandlers(domain: StorageDomain): Record<string, MethodDefinition> {
  const v = domain.profile;
  const find = (uuid: unknown) => domain.state.alerts.find((a) => a.uuid === uuid);
  return {
    list: { params: paramsFor('alert.list', v), handler: () => sortAlerts(domain.state.alerts).map(alertRow) },
    list_categories: { params: paramsFor('alert.list_categories', v), handler: () => categories(domain) },
    dismiss: {
      params: paramsFor('alert.dismiss', v),
      handler: (ctx) => {
        const alert = find(ctx.params[0]);
        if (!alert) return null;
        if (alert.oneShot) {
          domain.state.alerts = domain.state.alerts.filter((a) => a !== alert);
          emitAlerts(domain, [{ type: 'REMOVED', alert }]);
        } else {
          alert.dismissed = true;
          emitAlerts(domain, [{ type: 'CHANGED', alert }]);
        }
        return null;
      },
    },
    restore: {
      params: paramsFor('alert.restore', v),
      handler: (ctx) => {
        const alert = find(ctx.params[0]);
        if (!alert) return null;
        alert.dismissed = false;
        emitAlerts(domain, [{ type: 'CHANGED', alert }]);
        return null;
      },
    },
  };
}
