import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON schema of an action's parameters, for the LLM planner's actions.json. Covers the
 * zod shapes actions use; anything else is refused so a new shape cannot slip through silently.
 */
export function toJsonSchema(schema: z.ZodTypeAny): JsonSchema {
  const described = (s: JsonSchema): JsonSchema => (schema.description ? { ...s, description: schema.description } : s);
  const def = schema._def as { typeName: z.ZodFirstPartyTypeKind };
  switch (def.typeName) {
    case z.ZodFirstPartyTypeKind.ZodObject: {
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
      const required = Object.entries(shape)
        .filter(([, s]) => !s.isOptional())
        .map(([k]) => k);
      const properties = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, toJsonSchema(s)]));
      return described({
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      });
    }
    case z.ZodFirstPartyTypeKind.ZodString:
      return described({ type: 'string', ...lengths((schema as z.ZodString)._def.checks, 'Length') });
    case z.ZodFirstPartyTypeKind.ZodNumber: {
      const checks = (schema as z.ZodNumber)._def.checks;
      const type = checks.some((c) => c.kind === 'int') ? 'integer' : 'number';
      const bounds: JsonSchema = {};
      for (const c of checks) {
        if (c.kind === 'min') bounds.minimum = c.value;
        if (c.kind === 'max') bounds.maximum = c.value;
      }
      return described({ type, ...bounds });
    }
    case z.ZodFirstPartyTypeKind.ZodBoolean:
      return described({ type: 'boolean' });
    case z.ZodFirstPartyTypeKind.ZodEnum:
      return described({ type: 'string', enum: [...(schema as z.ZodEnum<[string, ...string[]]>).options] });
    case z.ZodFirstPartyTypeKind.ZodArray: {
      const array = schema as z.ZodArray<z.ZodTypeAny>;
      const bounds: JsonSchema = {};
      if (array._def.minLength) bounds.minItems = array._def.minLength.value;
      if (array._def.maxLength) bounds.maxItems = array._def.maxLength.value;
      return described({ type: 'array', items: toJsonSchema(array.element), ...bounds });
    }
    case z.ZodFirstPartyTypeKind.ZodOptional:
    case z.ZodFirstPartyTypeKind.ZodDefault: {
      const inner = (schema._def as { innerType: z.ZodTypeAny }).innerType;
      return { ...toJsonSchema(inner), ...(schema.description ? { description: schema.description } : {}) };
    }
    // What the model sends is the input side: a pipeline's first schema, a refinement's or transform's inner one.
    case z.ZodFirstPartyTypeKind.ZodPipeline:
      return {
        ...toJsonSchema((schema._def as { in: z.ZodTypeAny }).in),
        ...(schema.description ? { description: schema.description } : {}),
      };
    case z.ZodFirstPartyTypeKind.ZodEffects:
      return {
        ...toJsonSchema((schema._def as { schema: z.ZodTypeAny }).schema),
        ...(schema.description ? { description: schema.description } : {}),
      };
    default:
      throw new Error(
        `toJsonSchema: zod type ${def.typeName} is not supported; describe the parameter with a simpler shape`,
      );
  }
}

function lengths(checks: Array<{ kind: string; value?: unknown }>, suffix: string): JsonSchema {
  const out: JsonSchema = {};
  for (const c of checks) {
    if (c.kind === 'min') out[`min${suffix}`] = c.value;
    if (c.kind === 'max') out[`max${suffix}`] = c.value;
  }
  return out;
}
