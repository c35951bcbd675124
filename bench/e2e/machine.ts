/** What the figures were measured on: they mean little without it on a shared machine. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  node: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  loadAverage: string;
}

export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export function machineInfo(): MachineInfo {
  return {
    node: process.version,
    cpuModel: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadAverage(),
  };
}

export function describeMachine(m: MachineInfo): string {
  return `Node ${m.node}, ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB`;
}
