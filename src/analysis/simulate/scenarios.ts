/**
 * Scenarios: named sets of parameters built on a calibration, and user-defined ones validated
 * with zod. Every scenario starts from the status quo (each deal channel at its rate over the
 * last 12 months, sizes drawn from its history; λ, δ, ρ drawn from the calibrated posterior) and
 * changes what it names. "Engagement" is the brokered channel that released the most people
 * (read from the data, not named in code); "pressure" has no estimate in the data and is an explicit,
 * editable assumption.
 */
import { z } from 'zod';
import { LeverageError } from '../../domain/errors.ts';
import type { CalibrationSummary } from './calibrate.ts';
import { mainBroker } from './deals.ts';

/** A deal channel in a scenario. `everyMonths` > 0 means a fixed schedule, else `perMonth` is a monthly probability. */
export interface ScenarioChannel {
  name: string;
  perMonth: number;
  everyMonths: number;
  sizes: number[];
  sizeMultiplier: number;
}

/** How runs set ρ: drawn jointly with λ and δ from the posterior, fixed, or uniform on a range. */
export type RhoSetting = { mode: 'posterior' } | { mode: 'fixed'; value: number } | { mode: 'uniform'; min: number; max: number };

/** A scenario's parameters, complete (nothing left to default). */
export interface ScenarioParams {
  /** Fixed λ (recognitions per month); absent: drawn from the posterior. */
  lambda?: number;
  /** Fixed δ (monthly completion rate); absent: drawn from the posterior. */
  delta?: number;
  lambdaMultiplier: number;
  deltaMultiplier: number;
  rho: RhoSetting;
  /** μ, deaths per prisoner per month. */
  deathRate: number;
  /** cv² of the monthly arrival shock. */
  dispersion: number;
  channels: ScenarioChannel[];
  /** Apply releases recorded after the start stock (as they happened). */
  knownReleases: boolean;
  startStock: number;
}

/** A named scenario with the assumptions it adds to the model. */
export interface Scenario {
  name: string;
  description: string;
  assumptions: string[];
  params: ScenarioParams;
}

/** Names of the built-in scenarios. */
export const SCENARIO_NAMES = [
  'status-quo',
  'engagement-continues',
  'engagement-stops',
  'pressure-rises',
  'engagement-continues+pressure-rises',
  'engagement-stops+pressure-rises',
] as const;

/** Arrival multiplier of "pressure rises" (an assumption, not an estimate). */
export const PRESSURE_LAMBDA_MULTIPLIER = 1.2;

function statusQuo(cal: CalibrationSummary): Scenario {
  return {
    name: 'status-quo',
    description: 'Every deal channel releases at its rate of the last 12 months, in sizes drawn from its history; arrivals and completions as calibrated.',
    assumptions: ['the calibration window is representative of the coming months', 'ρ is carried over its whole posterior'],
    params: {
      lambdaMultiplier: 1,
      deltaMultiplier: 1,
      rho: { mode: 'posterior' },
      deathRate: cal.deathRate.estimate,
      dispersion: cal.dispersion.cv2,
      channels: cal.channels.map((c) => ({ name: c.name, perMonth: c.recentRate.estimate, everyMonths: 0, sizes: [...c.sizes], sizeMultiplier: 1 })),
      knownReleases: true,
      startStock: cal.start.stock,
    },
  };
}

type Modifier = (s: Scenario, cal: CalibrationSummary) => Scenario;

const engagementContinues: Modifier = (s, cal) => {
  const broker = mainBroker(cal.channels);
  if (!broker) return { ...s, assumptions: [...s.assumptions, 'no brokered channel in the data: engagement changes nothing'] };
  const k = Math.max(1, Math.round(broker.meanGapMonths ?? 1 / Math.max(broker.rate.estimate, 1e-9)));
  return {
    ...s,
    description: `${s.description} ${broker.name} engagement continues: a deal every ${k} months, sized like its past deals.`,
    assumptions: [
      ...s.assumptions,
      `${broker.name} deals keep their past mean spacing (${k} months) and size distribution (median ${broker.size.median}, max ${broker.size.max})`,
    ],
    params: { ...s.params, channels: s.params.channels.map((c) => (c.name === broker.name ? { ...c, everyMonths: k } : c)) },
  };
};

const engagementStops: Modifier = (s, cal) => {
  const broker = mainBroker(cal.channels);
  if (!broker) return s;
  return {
    ...s,
    description: `${s.description} ${broker.name} engagement stops: no more ${broker.name}-brokered releases.`,
    assumptions: [...s.assumptions, `no ${broker.name}-brokered releases; other channels unchanged (their response to the stop is not in the data)`],
    params: { ...s.params, channels: s.params.channels.map((c) => (c.name === broker.name ? { ...c, perMonth: 0, everyMonths: 0 } : c)) },
  };
};

const pressureRises: Modifier = (s) => ({
  ...s,
  description: `${s.description} Pressure rises: arrivals ×${PRESSURE_LAMBDA_MULTIPLIER}.`,
  assumptions: [
    ...s.assumptions,
    `more pressure (new sanctions) is met with ${Math.round((PRESSURE_LAMBDA_MULTIPLIER - 1) * 100)}% more arrivals: an assumption, not an estimate; edit lambdaMultiplier to test others`,
  ],
  params: { ...s.params, lambdaMultiplier: s.params.lambdaMultiplier * PRESSURE_LAMBDA_MULTIPLIER },
});

const MODIFIERS: Record<string, Modifier> = {
  'engagement-continues': engagementContinues,
  'engagement-stops': engagementStops,
  'pressure-rises': pressureRises,
};

/** The built-in scenario `name` on a calibration. Throws `LeverageError('not_found')` naming the known ones. */
export function scenarioByName(cal: CalibrationSummary, name: string): Scenario {
  if (!(SCENARIO_NAMES as readonly string[]).includes(name)) {
    throw new LeverageError('not_found', `unknown scenario ${JSON.stringify(name)}`, { expected: `one of ${SCENARIO_NAMES.join(', ')}` });
  }
  let s = statusQuo(cal);
  if (name === 'status-quo') return s;
  for (const part of name.split('+')) s = MODIFIERS[part](s, cal);
  return { ...s, name };
}

/** Every built-in scenario on a calibration, in `SCENARIO_NAMES` order. */
export function builtinScenarios(cal: CalibrationSummary): Scenario[] {
  return SCENARIO_NAMES.map((n) => scenarioByName(cal, n));
}

const positive = z.number().finite().positive();
const channelInput = z
  .object({
    off: z.boolean().optional(),
    perMonth: z.number().min(0).max(1).optional(),
    everyMonths: z.number().int().min(1).max(120).optional(),
    sizes: z.array(z.number().int().min(0).max(1_000_000)).min(1).max(1000).optional(),
    sizeMultiplier: z.number().min(0).max(100).optional(),
  })
  .strict();

/** The user-defined scenario format (JSON): a base scenario and what to change. See docs/scenarios-api.md. */
export const userScenarioSchema = z
  .object({
    name: z.string().min(1).max(80).optional(),
    description: z.string().max(2000).optional(),
    base: z.enum(SCENARIO_NAMES).optional(),
    lambda: positive.max(1_000_000).optional(),
    lambdaMultiplier: z.number().min(0).max(100).optional(),
    delta: z.number().min(0).max(1).optional(),
    deltaMultiplier: z.number().min(0).max(100).optional(),
    rho: z.union([z.number().min(-10).max(100), z.object({ min: z.number().min(-10), max: z.number().max(100) }).strict(), z.literal('posterior')]).optional(),
    deathRate: z.number().min(0).max(0.5).optional(),
    dispersion: z.number().min(0).max(10).optional(),
    channels: z.record(z.string().min(1).max(40), channelInput).optional(),
    knownReleases: z.boolean().optional(),
    startStock: z.number().int().min(0).max(10_000_000).optional(),
  })
  .strict();

/** The input type of `userScenarioSchema`. */
export type UserScenario = z.infer<typeof userScenarioSchema>;

/**
 * A scenario from user input (parsed JSON). Throws `LeverageError('invalid_value')` with the
 * offending path in `location.column` when the input does not validate, or when a new channel
 * comes without sizes and a schedule.
 */
export function userScenario(cal: CalibrationSummary, input: unknown): Scenario {
  const parsed = userScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join('.') || '(root)';
    throw new LeverageError('invalid_value', issue.message, { location: { column: path }, expected: 'scenario parameters as in docs/scenarios-api.md' });
  }
  const u = parsed.data;
  const base = scenarioByName(cal, u.base ?? 'status-quo');
  const p: ScenarioParams = { ...base.params, channels: base.params.channels.map((c) => ({ ...c })) };
  if (u.lambda !== undefined) p.lambda = u.lambda;
  if (u.delta !== undefined) p.delta = u.delta;
  if (u.lambdaMultiplier !== undefined) p.lambdaMultiplier = base.params.lambdaMultiplier * u.lambdaMultiplier;
  if (u.deltaMultiplier !== undefined) p.deltaMultiplier = u.deltaMultiplier;
  if (u.rho === 'posterior') p.rho = { mode: 'posterior' };
  else if (typeof u.rho === 'number') p.rho = { mode: 'fixed', value: u.rho };
  else if (u.rho) {
    if (u.rho.min > u.rho.max) throw new LeverageError('invalid_value', 'min is above max', { location: { column: 'rho' } });
    p.rho = { mode: 'uniform', ...u.rho };
  }
  if (u.deathRate !== undefined) p.deathRate = u.deathRate;
  if (u.dispersion !== undefined) p.dispersion = u.dispersion;
  if (u.knownReleases !== undefined) p.knownReleases = u.knownReleases;
  if (u.startStock !== undefined) p.startStock = u.startStock;
  for (const [name, c] of Object.entries(u.channels ?? {})) {
    let ch = p.channels.find((x) => x.name === name);
    if (!ch) {
      if (!c.sizes || (c.perMonth === undefined && c.everyMonths === undefined)) {
        throw new LeverageError('invalid_value', 'a new channel needs sizes and perMonth or everyMonths', {
          location: { column: `channels.${name}` },
          expected: `sizes and a schedule, or one of ${p.channels.map((x) => x.name).join(', ') || '(no channels)'}`,
        });
      }
      ch = { name, perMonth: 0, everyMonths: 0, sizes: [], sizeMultiplier: 1 };
      p.channels.push(ch);
    }
    if (c.sizes) ch.sizes = [...c.sizes];
    if (c.perMonth !== undefined) {
      ch.perMonth = c.perMonth;
      ch.everyMonths = 0;
    }
    if (c.everyMonths !== undefined) ch.everyMonths = c.everyMonths;
    if (c.sizeMultiplier !== undefined) ch.sizeMultiplier = c.sizeMultiplier;
    if (c.off) {
      ch.perMonth = 0;
      ch.everyMonths = 0;
    }
  }
  return {
    name: u.name ?? 'custom',
    description: u.description ?? `User-defined, based on ${base.name}.`,
    assumptions: [...base.assumptions, 'user-defined parameters'],
    params: p,
  };
}
