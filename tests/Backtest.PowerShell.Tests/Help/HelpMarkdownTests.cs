using Backtest.HelpGen.Markdown;

namespace Backtest.PowerShell.Tests.Help;

/// <summary>The markdown subset the help sources are written in.</summary>
public sealed class HelpMarkdownTests
{
    private const string Sample = """
        ---
        external help file: x.xml
        ---

        # Get-Thing

        ## SYNOPSIS
        Gets `things`
        from **somewhere**.

        ## EXAMPLES

        ### Example 1: A title
        ```powershell
        Get-Thing -Name a |
            Select-Object -First 1
        ```

        What it shows, see [about_Thing](about_Thing.md) and [docs](https://example.invalid/x).

        ## NOTES
        - first item
          continued
        - second item

        | a | b |
        |---|---|
        | 1 | 2 |
        """;

    [Fact]
    public void Parse_BuildsTheHeadingTreeWithPlainText()
    {
        var root = HelpMarkdown.Parse(Sample, "Get-Thing.md");
        Assert.Equal("Get-Thing", root.Heading);
        Assert.Equal(["SYNOPSIS", "EXAMPLES", "NOTES"], root.Children.Select(c => c.Heading));
        Assert.Equal(new MarkdownBlock.Paragraph("Gets things from somewhere."), Assert.Single(root.Child("synopsis")!.Blocks));

        var example = Assert.Single(root.Child("EXAMPLES")!.Children);
        Assert.Equal("Example 1: A title", example.Heading);
        Assert.Equal(new MarkdownBlock.Code("powershell", "Get-Thing -Name a |\n    Select-Object -First 1"), example.Blocks[0]);
        Assert.Equal(new MarkdownBlock.Paragraph("What it shows, see about_Thing and docs (https://example.invalid/x)."), example.Blocks[1]);

        var notes = root.Child("NOTES")!.Blocks;
        Assert.Equal(new MarkdownBlock.ListItem("first item continued"), notes[0]);
        Assert.Equal(new MarkdownBlock.ListItem("second item"), notes[1]);
        Assert.Equal(new MarkdownBlock.Code("table", "| a | b |\n|---|---|\n| 1 | 2 |"), notes[2]);
    }

    [Theory]
    [InlineData("# A\n```\ncode\n", "A.md(2): code fence is never closed.")]
    [InlineData("# A\n#### deep\n", "A.md(2): headings deeper than ### are not supported.")]
    [InlineData("# A\n### skipped a level\n", "A.md(2): heading level 3 under level 1.")]
    [InlineData("# A\n# B\n", "A.md: expected exactly one '# Title' heading with everything under it.")]
    public void Parse_RejectsWhatItCannotRender(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => HelpMarkdown.Parse(text, "A.md"));
        Assert.Equal(message, error.Message);
    }
}
