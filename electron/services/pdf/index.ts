// One PDF module for the app: layout engine, blocks, markdown, fonts.
export { A4, PdfWriter, cleanText, type Band, type LaidLine, type Margins, type PageContext, type PageFrame, type PdfMetadata } from './layout.js';
export { text, type Block, type RuleBlock, type Span, type TextBlock } from './blocks.js';
export { markdownBlocks, type MarkdownOptions } from './markdown.js';
export { fontFile, setFontDirectory, type FontStyle } from './fonts.js';
