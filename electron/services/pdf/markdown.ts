// Markdown to layout blocks, with mdast-util-from-markdown (CommonMark). Headings, paragraphs,
// bullet and numbered lists, block quotes, code, thematic breaks; strong is bold, emphasis plain,
// inline code mono. Anything else is printed as plain text: minutes must never lose a word.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parent, RootContent } from 'mdast';
import type { Block, Span, TextBlock } from './blocks.js';
import type { FontStyle } from './fonts.js';

export interface MarkdownOptions {
  /** Body font size in points (default 10); headings scale from it. */
  size?: number;
}

const HEADING_SCALE = [1.5, 1.3, 1.15, 1.05, 1, 1] as const;
const LIST_INDENT = 18;
const QUOTE_INDENT = 14;

interface Context {
  size: number;
  indent: number;
  quote: boolean;
  listDepth: number;
}

/** Inline content to spans; soft line breaks are spaces, hard breaks stay line breaks. */
function spans(nodes: readonly Nodes[], style: FontStyle = 'regular'): Span[] {
  return nodes.flatMap((node): Span[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value.replace(/\n/g, ' '), style }];
      case 'strong':
        return spans(node.children, style === 'mono' ? 'mono' : 'bold');
      case 'emphasis':
      case 'delete':
        return spans(node.children, style);
      case 'inlineCode':
        return [{ text: node.value, style: 'mono' }];
      case 'break':
        return [{ text: '\n', style }];
      case 'link': {
        const inner = spans(node.children, style);
        const label = inner.map((s) => s.text).join('');
        // The address is part of what was written: keep it when the label does not show it.
        return label.trim() === node.url || node.url === '' ? inner : [...inner, { text: ` (${node.url})`, style }];
      }
      case 'image':
        return [{ text: node.alt || node.url, style }];
      case 'imageReference':
        return [{ text: node.alt ?? node.label ?? '', style }];
      case 'footnoteReference':
        return [{ text: `[^${node.label ?? node.identifier}]`, style }];
      case 'html':
        return [{ text: node.value.replace(/\n/g, ' '), style }];
      default:
        if ('children' in node) return spans(node.children as Nodes[], style);
        if ('value' in node && typeof node.value === 'string') return [{ text: node.value, style }];
        return [];
    }
  });
}

function paragraph(content: Span[], ctx: Context, extra: Partial<TextBlock> = {}): TextBlock {
  return {
    kind: 'text',
    spans: content,
    size: ctx.size,
    indent: ctx.indent,
    gapAfter: ctx.size * 0.5,
    ...(ctx.quote ? { bar: true, grey: 0.25 } : {}),
    ...extra,
  };
}

function blocks(nodes: readonly RootContent[], ctx: Context): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading': {
        const scale = HEADING_SCALE[node.depth - 1] ?? 1;
        return [
          paragraph(spans(node.children, 'bold'), ctx, {
            size: Math.round(ctx.size * scale * 10) / 10,
            gapBefore: ctx.size * (node.depth <= 2 ? 1.2 : 0.8),
            gapAfter: ctx.size * 0.4,
            keepWithNext: true,
          }),
        ];
      }
      case 'paragraph':
        return [paragraph(spans(node.children), ctx)];
      case 'thematicBreak':
        return [{ kind: 'rule', gapBefore: ctx.size * 0.4, gapAfter: ctx.size * 0.8 }];
      case 'blockquote':
        return blocks(node.children, { ...ctx, indent: ctx.indent + QUOTE_INDENT, quote: true });
      case 'code':
        return [paragraph([{ text: node.value, style: 'mono' }], ctx, { size: ctx.size * 0.9 })];
      case 'list': {
        const start = node.start ?? 1;
        const inner: Context = { ...ctx, indent: ctx.indent + LIST_INDENT, listDepth: ctx.listDepth + 1 };
        return node.children.flatMap((item, i) => {
          const marker: Span = { text: node.ordered ? `${start + i}.` : ctx.listDepth % 2 === 0 ? '•' : '–' };
          const itemBlocks = blocks(item.children, inner);
          const tight = !(node.spread || item.spread);
          if (tight) for (const b of itemBlocks) if (b.kind === 'text') b.gapAfter = ctx.size * 0.2;
          const first = itemBlocks[0];
          if (first?.kind === 'text' && first.indent === inner.indent) first.marker = marker;
          // An empty item or one starting with a nested list still shows its bullet.
          else itemBlocks.unshift(paragraph([{ text: '' }], inner, { marker }));
          if (tight && i === node.children.length - 1) {
            const last = itemBlocks.at(-1);
            if (last?.kind === 'text') last.gapAfter = ctx.size * 0.5;
          }
          return itemBlocks;
        });
      }
      case 'listItem':
        return blocks(node.children, ctx);
      case 'html':
        return [paragraph([{ text: node.value }], ctx)];
      case 'definition':
        return [paragraph([{ text: `[${node.label ?? node.identifier}]: ${node.url}` }], ctx)];
      default:
        // Tables, footnotes, anything unexpected: its words, as a paragraph.
        if ('children' in node) {
          const children = (node as Parent).children;
          const hasBlocks = children.some((c) => ['paragraph', 'heading', 'list', 'blockquote', 'code'].includes(c.type));
          return hasBlocks ? blocks(children, ctx) : [paragraph(spans(children as Nodes[]), ctx)];
        }
        return 'value' in node && typeof node.value === 'string' ? [paragraph([{ text: node.value }], ctx)] : [];
    }
  });
}

export function markdownBlocks(markdown: string, options: MarkdownOptions = {}): Block[] {
  const tree = fromMarkdown(markdown.replace(/\r\n?/g, '\n'));
  return blocks(tree.children, { size: options.size ?? 10, indent: 0, quote: false, listDepth: 0 });
}
