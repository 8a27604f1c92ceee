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
      const firstPage = new Set<string>();
      const visit = (fileName: string) => {
        if (firstPage.has(fileName)) return;
        firstPage.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...firstPage].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code).length, 0);
      const kb = bytes / 1024;
      const lazy = [...chunks.keys()].filter((name) => !firstPage.has(name));
      this.info(`first-page JavaScript: ${kb.toFixed(1)} KB gzip (budget ${limitKB} KB); ${lazy.length} lazy chunk(s)`);
      if (kb > limitKB) this.error(`first-page JavaScript is ${kb.toFixed(1)} KB gzip, over the ${limitKB} KB budget`);
    },
  };
}
