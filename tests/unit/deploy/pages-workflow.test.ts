import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The GitHub Pages workflow cannot run here: its YAML and its shape are checked instead. */
describe('.github/workflows/pages.yml', () => {
  const text = readFileSync(new URL('../../../.github/workflows/pages.yml', import.meta.url), 'utf8');
  const workflow = parse(text, { strict: true, uniqueKeys: true }) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { 'runs-on': string; needs?: string; steps: Array<{ uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }> }>;
  };
  const steps = workflow.jobs.build!.steps;
  const uses = (name: string) => steps.find((step) => step.uses?.startsWith(name));

  it('parses as YAML', () => expect(workflow.jobs).toBeTruthy());

  it('builds on a push to main and by hand, with the permissions Pages needs', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds the full archive from the corpus location under the sub-path Pages gives it', () => {
    expect(steps.find((step) => step.run?.includes('npm run import'))?.env?.KB_CORPUS_URL).toContain('vars.KB_CORPUS_URL');
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({ KB_CONTENT: '.corpus', SITE_URL: '${{ steps.pages.outputs.base_url }}/' });
    expect(uses('actions/configure-pages')).toBeTruthy();
    expect(uses('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
  });

  it('deploys after the build', () => {
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });
});
