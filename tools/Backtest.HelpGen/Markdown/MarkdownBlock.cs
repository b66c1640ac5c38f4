namespace Backtest.HelpGen.Markdown;

/// <summary>One block of help prose: a paragraph, a list item or a fenced code block.</summary>
internal abstract record MarkdownBlock
{
    private MarkdownBlock() { }

    /// <summary>Consecutive text lines, joined with single spaces; inline markup removed.</summary>
    public sealed record Paragraph(string Text) : MarkdownBlock;

    /// <summary>A <c>- item</c> line with its continuation lines.</summary>
    public sealed record ListItem(string Text) : MarkdownBlock;

    /// <summary>A fenced code block, verbatim.</summary>
    public sealed record Code(string Language, string Text) : MarkdownBlock;
}

/// <summary>A heading with the blocks under it and its sub-headings (one level deeper).</summary>
internal sealed record MarkdownSection(string Heading, int Level, int Line, IReadOnlyList<MarkdownBlock> Blocks, IReadOnlyList<MarkdownSection> Children)
{
    /// <summary>The child section with this heading (case-insensitive), or null.</summary>
    public MarkdownSection? Child(string heading) =>
        Children.FirstOrDefault(c => string.Equals(c.Heading, heading, StringComparison.OrdinalIgnoreCase));
}
