/**
 * User and page text that would change a Markdown document's structure if
 * pasted raw, and the escaped text that renders it literally.
 */
export const escapeCases: Record<string, { text: string; escaped: string }> = {
  'plain prose is left readable': {
    text: 'Quantara will invest EUR 7.3 billion, 2,000 jobs.',
    escaped: 'Quantara will invest EUR 7.3 billion, 2,000 jobs.',
  },
  'emphasis and code markers': {
    text: 'the *final* _decision_ `now`',
    escaped: 'the \\*final\\* \\_decision\\_ \\`now\\`',
  },
  'a link or image': {
    text: '![logo](https://evil.example/x.png) and [here](https://evil.example)',
    escaped: '!\\[logo\\](https://evil.example/x.png) and \\[here\\](https://evil.example)',
  },
  'raw HTML': {
    text: '<script>alert(1)</script> & <b>bold</b>',
    escaped: '\\<script\\>alert(1)\\</script\\> \\& \\<b\\>bold\\</b\\>',
  },
  'a heading, with closing hashes': { text: '# Not a heading #', escaped: '\\# Not a heading \\#' },
  'a quote marker': { text: '> not a quote', escaped: '\\> not a quote' },
  'list markers': {
    text: '- one\n+ two\n* three\n1. four\n2) five',
    escaped: '\\- one\n\\+ two\n\\* three\n1\\. four\n2\\) five',
  },
  'a setext underline and a thematic break': {
    text: 'Title\n===\n---',
    escaped: 'Title\n\\===\n\\---',
  },
  'indentation that would make a code block': { text: '    code()', escaped: 'code()' },
  'table pipes, strikethrough and math': {
    text: 'a | b ~~gone~~ $x$',
    escaped: 'a \\| b \\~\\~gone\\~\\~ \\$x\\$',
  },
  'a backslash stays a backslash': { text: 'C:\\new', escaped: 'C:\\\\new' },
  'a hyphen inside a line is left alone': {
    text: 'long-term, 2026-2030',
    escaped: 'long-term, 2026-2030',
  },
  'line breaks of every kind become \\n': { text: 'a\r\nb\rc', escaped: 'a\nb\nc' },
};
