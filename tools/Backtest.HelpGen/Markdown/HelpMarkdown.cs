using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.HelpGen.Markdown;

/// <summary>
/// Reads the markdown subset the help sources use: optional <c>---</c> front matter, <c>#</c>/<c>##</c>/<c>###</c>
/// headings, paragraphs, <c>- </c> list items, fenced code, pipe tables (kept verbatim as code). Anything else
/// (deeper headings) is an error, so help never silently loses text.
/// </summary>
internal static partial class HelpMarkdown
{
    /// <summary>Parses <paramref name="text"/> into its single level-1 section.</summary>
    /// <exception cref="FormatException">The file is not in the supported subset; the message names file and line.</exception>
    public static MarkdownSection Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int i = SkipFrontMatter(lines);
        var root = new Builder("", 0, 0);
        var stack = new Stack<Builder>();
        stack.Push(root);
        var paragraph = new StringBuilder();
        bool inList = false;

        void Flush()
        {
            if (paragraph.Length == 0) return;
            string plain = InlineText.Plain(paragraph.ToString());
            stack.Peek().Blocks.Add(inList ? new MarkdownBlock.ListItem(plain) : new MarkdownBlock.Paragraph(plain));
            paragraph.Clear();
            inList = false;
        }

        for (; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                int start = i;
                var code = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal); i++) code.AppendLine(lines[i]);
                if (i == lines.Length) throw new FormatException($"{fileName}({start + 1}): code fence is never closed.");
                stack.Peek().Blocks.Add(new MarkdownBlock.Code(trimmed[3..].Trim(), code.ToString().TrimEnd()));
                continue;
            }
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush();
                int level = heading.Groups[1].Length;
                if (level > 3) throw new FormatException($"{fileName}({i + 1}): headings deeper than ### are not supported.");
                while (stack.Peek().Level >= level) stack.Pop();
                if (stack.Peek().Level != level - 1) throw new FormatException($"{fileName}({i + 1}): heading level {level} under level {stack.Peek().Level}.");
                var section = new Builder(InlineText.Plain(heading.Groups[2].Value.Trim()), level, i + 1);
                stack.Peek().Children.Add(section);
                stack.Push(section);
                continue;
            }
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                Flush();
                var table = new StringBuilder();
                for (; i < lines.Length && lines[i].Trim().StartsWith('|'); i++) table.AppendLine(lines[i].Trim());
                i--;
                stack.Peek().Blocks.Add(new MarkdownBlock.Code("table", table.ToString().TrimEnd()));
                continue;
            }
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush();
                inList = true;
                trimmed = trimmed[2..];
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(trimmed);
        }
        Flush();
        if (root.Children.Count != 1 || root.Blocks.Count > 0)
        {
            throw new FormatException($"{fileName}: expected exactly one '# Title' heading with everything under it.");
        }
        return root.Children[0].Build();
    }

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---") return 0;
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---") return i + 1;
        }
        return lines.Length;
    }

    [GeneratedRegex(@"^(#+)\s+(.+)$")]
    private static partial Regex Heading();

    private sealed class Builder(string heading, int level, int line)
    {
        public int Level { get; } = level;
        public List<MarkdownBlock> Blocks { get; } = [];
        public List<Builder> Children { get; } = [];

        public MarkdownSection Build() => new(heading, Level, line, Blocks, [.. Children.Select(c => c.Build())]);
    }
}
