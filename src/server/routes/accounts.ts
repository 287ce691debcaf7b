/** The account routes as one plugin, so the app registers them in one line: sign-in and tokens, then users. */
import type { FastifyInstance } from 'fastify';
import authRoutes from './auth.ts';
import userRoutes from './users.ts';

export default async function accountRoutes(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(userRoutes);
}
