// The answer key of a development story (`expected.json` beside its texts): the fields the
// scorers read. Other fields (evidence, notes, places mentioned but not visited) are the
// key's own and are passed over.
import { z } from 'zod';

const Stop = z.object({
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  arrive: z.string().nullable(),
  stated: z.boolean(),
  statedAs: z.string().optional(),
});

const Site = z.object({ name: z.string(), lat: z.number(), lon: z.number(), toleranceM: z.number().positive() });

const Flow = z.object({ from: z.string(), to: z.string(), usd: z.number().positive(), year: z.number().nullable() });

export const StoryKey = z.object({
  traveller: z.string().min(1),
  route: z.array(Stop),
  sites: z.array(Site),
  flows: z.array(Flow),
});
export type StoryKey = z.infer<typeof StoryKey>;
