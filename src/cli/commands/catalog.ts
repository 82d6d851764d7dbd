import { Command } from 'commander';
import { FAMILIES, catalogFor } from '../../core/catalog';
import { LATEST_VERSION, MIRAGE_VERSIONS } from '../../core/reference/types';
import { RELEASES_TEXT } from '../../core/reference/versions';
import { catalogText, catalogView } from '../catalogView';
import { CliError, type CommandFactory } from '../env';

interface CatalogOptions {
  mirageVersion: string;
  json?: boolean;
  family?: string;
}

/** `catalog [--mirage-version V] [--family F] [--json]`: the devices of a Mirage version. */
export const catalogCommand: CommandFactory = (env) =>
  new Command('catalog')
    .description('List the devices of a Mirage version with their signatures, ports and output types')
    .option('-m, --mirage-version <version>', `Mirage version (${RELEASES_TEXT})`, LATEST_VERSION)
    .option('--family <family>', `only one device family (${FAMILIES.join(', ')})`)
    .option('--json', 'print the devices as JSON')
    .action((opts: CatalogOptions) => {
      const version = MIRAGE_VERSIONS.find((v) => v === opts.mirageVersion);
      if (!version) {
        throw new CliError(`unknown Mirage version "${opts.mirageVersion}" (known: ${RELEASES_TEXT})`);
      }
      const family = opts.family === undefined ? undefined : FAMILIES.find((f) => f === opts.family);
      if (opts.family !== undefined && !family) {
        throw new CliError(`unknown family "${opts.family}" (known: ${FAMILIES.join(', ')})`);
      }
      const catalog = catalogFor(version);
      const views = catalogView(catalog, family);
      env.stdout(opts.json ? `${JSON.stringify({ version, devices: views }, null, 2)}\n` : catalogText(catalog, views));
    });
