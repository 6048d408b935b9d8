// Turns methods.json nodes into zod source text. Params are strict (pydantic `extra="forbid", strict=True`), results
// loose. Named models become shared consts, registered once per (name, code); the caller decides their files.
import type { Constraints, FieldNode, ObjectShape } from './methodsJson.js';
import { literal, modelIdentifier, propertyKey } from './naming.js';
import { findDiscriminator, lengthChecks, numberChecks, splitType, stringParam } from './typeText.js';

/** Which side of a call a schema validates. */
export type Mode = 'params' | 'result';

/** Hand-written helpers generated code may import. */
export type Helper = 'compileWhenHot' | 'DateTimeSchema' | 'openEnum' | 'otherVariant' | 'zfsProperty';

/** How to emit one node. */
export type EmitContext = {
  mode: Mode;
  /** Pydantic params reject strings over 1024 characters (`str_max_length`); legacy 25.04 schemas do not. */
  pydantic: boolean;
  /** Suffix for models whose name is taken by a different shape (`2504`), empty for the latest version. */
  tag: string;
};

/** A shared model schema. */
export type ModelDefinition = {
  /** Const name, `...Schema`. */
  name: string;
  /** Type name (the const name without `Schema`). */
  typeName: string;
  code: string;
  deps: Set<string>;
  helpers: Set<Helper>;
  mode: Mode;
  /** The model name in methods.json, if any. */
  model: string | undefined;
  /** Where the model was first met, e.g. `pool.query (25.04)`. */
  origin: string;
};

type Frame = { deps: Set<string>; helpers: Set<Helper> };

const ZFS_PROPERTY_KEYS = new Set(['parsed', 'rawvalue', 'value', 'source', 'source_info']);
const LEGACY_ANY = ['string', 'integer', 'boolean', 'object', 'array<any>'];

function isZfsProperty(fields: FieldNode[]): boolean {
  const names = fields.map((f) => f.name);
  return names.includes('rawvalue') && names.includes('value') && names.every((n) => ZFS_PROPERTY_KEYS.has(n));
}

function hintField(hint: ObjectShape | undefined, name: string): FieldNode | undefined {
  return hint?.fields?.find((f) => f.name === name);
}

/** Collects model definitions while emitting expressions. */
export class SchemaRegistry {
  /** Definitions in completion order: every model comes after the models it uses. */
  readonly models: ModelDefinition[] = [];
  private readonly byName = new Map<string, ModelDefinition>();
  private readonly byCode = new Map<string, string>();
  private readonly frames: Frame[] = [];
  /** Where the next definitions come from, for their doc comments. */
  origin = '';

  /** @param reserved names (types and consts) that models must not take */
  constructor(private readonly reserved: Set<string>) {}

  /** Emits `node` and returns its code with the deps and helpers it needs. */
  emit(node: FieldNode, ctx: EmitContext, hint?: FieldNode, entryName?: string): Frame & { code: string } {
    const frame: Frame = { deps: new Set(), helpers: new Set() };
    this.frames.push(frame);
    try {
      return { ...frame, code: this.node(node, ctx, hint, entryName) };
    } finally {
      this.frames.pop();
    }
  }

  private top(): Frame {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) throw new Error('no frame');
    return frame;
  }

  private helper(name: Helper): void {
    this.top().helpers.add(name);
  }

  private node(node: FieldNode, ctx: EmitContext, hint?: FieldNode, entryName?: string): string {
    let comps = splitType(node.type);
    let nullable = comps.includes('null');
    comps = comps.filter((c) => c !== 'null');
    if (comps.includes('any') || LEGACY_ANY.every((t) => comps.includes(t))) return 'z.unknown()';
    let values = node.enum ?? [];
    if (values.includes(null)) nullable = true;
    values = values.filter((v) => v !== null);
    if (values.length > 0 && !comps.includes('enum') && comps.includes('string')) {
      comps = comps.map((c) => (c === 'string' ? 'enum' : c));
    }
    if (ctx.mode === 'result' && hint) {
      const hintComps = splitType(hint.type);
      if (hintComps.includes('null')) nullable = true;
      if (hintComps.some((c) => c.startsWith('datetime')) && comps.includes('string')) comps.unshift('datetime');
    }
    if (comps.includes('string')) values = values.filter((v) => typeof v !== 'string');
    if (comps.includes('number')) values = values.filter((v) => typeof v !== 'number');
    if (comps.includes('integer')) values = values.filter((v) => !Number.isInteger(v));
    if (comps.includes('boolean')) values = values.filter((v) => typeof v !== 'boolean');
    if (values.length === 0) comps = comps.filter((c) => c !== 'enum');
    if (comps.length === 0) return nullable ? 'z.null()' : 'z.unknown()';
    const rank = (c: string) => (c.startsWith('array<') ? 0 : c === 'object' ? 1 : 2);
    comps = [...comps].sort((a, b) => rank(a) - rank(b));
    const exprs = comps.map((c) => this.component(c, node, ctx, values, hint, entryName));
    const expr = exprs.length === 1 ? (exprs[0] as string) : `z.union([${exprs.join(', ')}])`;
    return nullable && expr !== 'z.unknown()' ? `${expr}.nullable()` : expr;
  }

  private component(
    comp: string,
    node: FieldNode,
    ctx: EmitContext,
    values: unknown[],
    hint: FieldNode | undefined,
    entryName: string | undefined,
  ): string {
    const params = ctx.mode === 'params';
    const c: Constraints = params ? (node.constraints ?? {}) : {};
    switch (comp) {
      case 'string':
        return params ? stringParam(c, ctx.pydantic) : 'z.string()';
      case 'integer':
        return params ? `z.int()${numberChecks(c)}` : 'z.number()';
      case 'number':
        return `z.number()${numberChecks(c)}`;
      case 'boolean':
        return 'z.boolean()';
      case 'datetime':
        this.helper('DateTimeSchema');
        return 'DateTimeSchema';
      case 'enum':
        return this.enumExpr(values, ctx.mode);
      case 'object':
        return this.objectComponent(node, ctx, hint, entryName);
    }
    const array = /^array<(.*)>$/.exec(comp);
    if (array) {
      const inner = array[1] as string;
      let item: string;
      if (inner === 'object' && node.items) item = this.object(node.items, ctx, hint?.items, entryName);
      else if (inner === 'object' && node.items_variants) item = this.variants(node.items_variants, ctx);
      else if (node.items_enum && (inner === 'enum' || inner === 'string'))
        item = this.enumExpr(node.items_enum, ctx.mode);
      else item = this.node({ name: '', type: inner }, ctx);
      return `z.array(${item})${lengthChecks(c)}`;
    }
    const map = /^map<string,(.*)>$/.exec(comp);
    if (map) {
      const inner = map[1] as string;
      const value =
        inner === 'object' && node.values ? this.object(node.values, ctx) : this.node({ name: '', type: inner }, ctx);
      return `z.record(z.string(), ${value})`;
    }
    throw new Error(`unknown type component ${comp} in ${node.name}`);
  }

  private objectComponent(node: FieldNode, ctx: EmitContext, hint?: FieldNode, entryName?: string): string {
    if (node.fields) return this.object(node, ctx, hint);
    // `array<object>|object|integer` (query results): the single object is an entry, as in the array.
    if (node.items) return this.object(node.items, ctx, hint?.items, entryName);
    if (node.variants) return this.variants(node.variants, ctx);
    return 'z.record(z.string(), z.unknown())';
  }

  private enumExpr(values: unknown[], mode: Mode): string {
    const list = (vs: unknown[]) => vs.map(literal).join(', ');
    if (mode === 'params') {
      if (values.length === 1) return `z.literal(${literal(values[0])})`;
      return values.every((v) => typeof v === 'string') ? `z.enum([${list(values)}])` : `z.literal([${list(values)}])`;
    }
    const parts: string[] = [];
    const strings = values.filter((v) => typeof v === 'string');
    if (strings.length > 0) {
      this.helper('openEnum');
      parts.push(`openEnum([${list(strings)}])`);
    }
    if (values.some((v) => typeof v === 'number')) parts.push('z.number()');
    if (values.some((v) => typeof v === 'boolean')) parts.push('z.boolean()');
    return parts.length === 1 ? (parts[0] as string) : `z.union([${parts.join(', ')}])`;
  }

  private variants(variants: ObjectShape[], ctx: EmitContext): string {
    if (variants.length === 1) return this.object(variants[0] as ObjectShape, ctx);
    const key = findDiscriminator(variants);
    const members = variants.map((v) => this.object(v, ctx, undefined, undefined, key));
    if (!key) return `z.union([${members.join(', ')}])`;
    const union = `z.discriminatedUnion(${literal(key)}, [${members.join(', ')}])`;
    if (ctx.mode === 'params') return union;
    const known = variants.flatMap((v) => v.fields?.find((f) => f.name === key)?.enum ?? []);
    this.helper('otherVariant');
    const other = `otherVariant(${literal(key)}, [${known.map(literal).join(', ')}])`;
    // A discriminator the server may leave out (serialization-excluded): members carry it as an optional literal, so
    // a plain union still rejects a known tag with a broken shape and accepts rows without the tag.
    const hidden = variants.some((v) => v.fields?.find((f) => f.name === key)?.may_be_absent);
    if (hidden) return `z.union([${members.join(', ')}, ${other}])`;
    return `z.union([${union}, ${other}])`;
  }

  private object(
    shape: ObjectShape,
    ctx: EmitContext,
    hint?: ObjectShape,
    entryName?: string,
    discriminator?: string,
  ): string {
    const frame: Frame = { deps: new Set(), helpers: new Set() };
    this.frames.push(frame);
    let code: string;
    try {
      code = this.objectCode(shape, ctx, hint, discriminator);
    } finally {
      this.frames.pop();
    }
    let base = shape.model ? modelIdentifier(shape.model) : entryName;
    // A model named like a method-level const (`PoolDatasetChecksumChoicesResult`) is inlined there instead.
    if (base && this.reserved.has(ctx.mode === 'params' ? `${base}Strict` : base)) base = undefined;
    const codeKey = `${ctx.mode}\u0000${code}`;
    const same = this.byCode.get(codeKey);
    if (!base && !same) {
      for (const d of frame.deps) this.top().deps.add(d);
      for (const h of frame.helpers) this.top().helpers.add(h);
      return code;
    }
    const name = base ? this.define(base, code, frame, ctx, shape.model) : (same as string);
    this.top().deps.add(name);
    return name;
  }

  private objectCode(shape: ObjectShape, ctx: EmitContext, hint?: ObjectShape, discriminator?: string): string {
    const fields = (shape.fields ?? []).filter((f) => f.type !== 'EXCLUDED');
    if (ctx.mode === 'result' && isZfsProperty(fields)) {
      this.helper('zfsProperty');
      const parsed = fields.find((f) => f.name === 'parsed');
      return `zfsProperty(${parsed ? this.node(parsed, ctx) : 'z.unknown()'})`;
    }
    const allOptional = shape.partial === true || shape.all_fields_optional === true;
    const entries = fields.map((f) => {
      let expr =
        f.name === discriminator && f.enum
          ? this.enumExpr(f.enum, 'params')
          : this.node(f, ctx, ctx.mode === 'result' ? hintField(hint, f.name) : undefined);
      if (!f.required || f.may_be_absent || allOptional) {
        expr = expr.endsWith('.nullable()')
          ? `${expr.slice(0, -'.nullable()'.length)}.nullish()`
          : `${expr}.optional()`;
      }
      return `${propertyKey(f.name)}: ${expr}`;
    });
    const strict = ctx.mode === 'params' && shape.extra_fields !== 'allow';
    return `${strict ? 'z.strictObject' : 'z.looseObject'}({ ${entries.join(', ')} })`;
  }

  private define(base: string, code: string, frame: Frame, ctx: EmitContext, model: string | undefined): string {
    const stem = ctx.mode === 'params' ? `${base}Strict` : base;
    const candidates = [
      stem,
      `${stem}${ctx.tag}`,
      ...Array.from({ length: 9 }, (_, i) => `${stem}${ctx.tag}V${i + 2}`),
    ];
    for (const typeName of candidates) {
      const name = `${typeName}Schema`;
      if (this.reserved.has(typeName) || this.reserved.has(name)) continue;
      const existing = this.byName.get(name);
      if (existing) {
        if (existing.code === code) return name;
        continue;
      }
      const definition: ModelDefinition = {
        name,
        typeName,
        code,
        ...frame,
        mode: ctx.mode,
        model,
        origin: this.origin,
      };
      this.byName.set(name, definition);
      // Only anonymous shapes are shared by code (e.g. a 25.04 legacy entry used by query and get_instance); a
      // named model is reused by its name only, so a legacy shape never borrows another namespace's model name.
      const codeKey = `${ctx.mode}\u0000${code}`;
      if (model === undefined && !this.byCode.has(codeKey)) this.byCode.set(codeKey, name);
      this.models.push(definition);
      return name;
    }
    throw new Error(`no free name for model ${base}`);
  }
}
