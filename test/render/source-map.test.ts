import { describe, expect, it } from 'vitest';
import { findTagSource, markMjmlTags } from '../../src/render/source-map.js';

describe('markMjmlTags and findTagSource', () => {
  const source = [
    '{{!-- <mj-text> in a comment is not a tag --}}',
    '<mj-section>',
    '  <mj-column>{{#if x}}<mj-text>{{x}}</mj-text>{{/if}}',
    '    <mj-button href="{{href url}}">Go</mj-button>',
    '  </mj-column>',
    '</mj-section>',
  ].join('\n');

  it('marks every MJML opening tag with its file and line, and nothing else', () => {
    const marked = markMjmlTags(source, 'partials/a.hbs');
    expect(marked.split('\n')).toHaveLength(source.split('\n').length);
    expect(marked).toContain('<mj-section data-digest-src="partials/a.hbs:2">');
    expect(marked).toContain('<mj-column data-digest-src="partials/a.hbs:3">{{#if x}}<mj-text data-digest-src="partials/a.hbs:3">');
    expect(marked).toContain('<mj-button data-digest-src="partials/a.hbs:4" href="{{href url}}">');
    expect(marked).toContain('{{!-- <mj-text> in a comment is not a tag --}}');
    expect(marked).toContain('</mj-text>');
  });

  it('finds the tag of a given name on a line of the marked output', () => {
    const marked = markMjmlTags(source, 'partials/a.hbs');
    expect(findTagSource(marked, 3, 'mj-text')).toEqual({ file: 'partials/a.hbs', line: 3 });
    expect(findTagSource(marked, 3, 'mj-column')).toEqual({ file: 'partials/a.hbs', line: 3 });
    expect(findTagSource(marked, 3, 'mj-button')).toBeUndefined();
    expect(findTagSource(marked, 99, 'mj-text')).toBeUndefined();
  });
});
