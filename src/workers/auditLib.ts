// What the audit worker exposes: the same domain function the CLI and the tests call.
import { auditReservedLand } from '../domain/reserved_land/auditReservedLand.ts';

export const auditLib = { auditReservedLand };
export type AuditLib = typeof auditLib;
