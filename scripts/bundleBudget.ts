import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Reports the gzip size of the JavaScript the first page needs — the entry chunk and every
 * chunk it imports statically — and fails the build above the budget. Dynamically imported
 * chunks (the blame checker, the post-mortem renderer) load later and do not count.
 */
export function bundleBudget(limitKB: number): Plugin {
  return {
    name: 'debrief-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((output) => output.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      /** A chunk and everything it imports statically. */
      const closure = (fileName: string, into = new Set<string>()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, into);
        return into;
      };
      const gzipKB = (names: Iterable<string>) =>
        [...names].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code).length, 0) / 1024;
      const firstPage = new Set<string>();
      for (const chunk of chunks.values()) if (chunk.isEntry) closure(chunk.fileName, firstPage);
      const kb = gzipKB(firstPage);
      const lazy = [...chunks.keys()].filter((name) => !firstPage.has(name));
      // What each route the entry loads lazily (the retro room) adds when someone opens it,
      // reported so a join link's cost stays in view too.
      const routes = [...firstPage]
        .flatMap((name) => chunks.get(name)!.dynamicImports)
        .filter((name) => !firstPage.has(name) && chunks.get(name)?.isDynamicEntry)
        .map((name) => {
          const added = [...closure(name)].filter((n) => !firstPage.has(n));
          return `${chunks.get(name)!.name} +${gzipKB(added).toFixed(1)} KB`;
        });
      this.info(
        `first-page JavaScript: ${kb.toFixed(1)} KB gzip (budget ${limitKB} KB); ${lazy.length} lazy chunk(s); then ${routes.join(', ')}`,
      );
      if (kb > limitKB) this.error(`first-page JavaScript is ${kb.toFixed(1)} KB gzip, over the ${limitKB} KB budget`);
    },
  };
}
