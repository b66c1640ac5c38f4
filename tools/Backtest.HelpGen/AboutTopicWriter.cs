using System.Text;
using Backtest.HelpGen.Markdown;

namespace Backtest.HelpGen;

/// <summary>
/// Writes an <c>about_*.help.txt</c> topic in the classic layout Get-Help shows: <c>TOPIC</c>, then each
/// <c>##</c> section as an upper-case heading with its text indented four spaces and wrapped at 80 columns,
/// <c>###</c> sub-headings indented, code and tables kept verbatim. Get-Help lists the line after
/// <c>SHORT DESCRIPTION</c> as the topic's synopsis, so that section is required.
/// </summary>
internal static class AboutTopicWriter
{
    private const int Width = 80;

    /// <summary>The topic text of a parsed <c>about_*.md</c>; problems (missing sections) go to <paramref name="problems"/>.</summary>
    public static string Write(MarkdownSection root, string fileName, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (string required in (string[])["SHORT DESCRIPTION", "LONG DESCRIPTION"])
        {
            if (root.Child(required) is not { Blocks.Count: > 0 }) problems.Add($"{fileName}(1): section '## {required}' is missing or empty.");
        }
        var text = new StringBuilder();
        text.AppendLine("TOPIC").Append("    ").AppendLine(root.Heading).AppendLine();
        foreach (var section in root.Children)
        {
            text.AppendLine(section.Heading.ToUpperInvariant());
            Blocks(text, section.Blocks, 4);
            foreach (var sub in section.Children)
            {
                text.Append("    ").AppendLine(sub.Heading);
                Blocks(text, sub.Blocks, 8);
            }
        }
        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static void Blocks(StringBuilder text, IReadOnlyList<MarkdownBlock> blocks, int indent)
    {
        string pad = new(' ', indent);
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block)
            {
                case MarkdownBlock.Paragraph p: Wrap(text, p.Text, pad, pad); break;
                case MarkdownBlock.ListItem item: Wrap(text, item.Text, pad + "- ", pad + "  "); break;
                case MarkdownBlock.Code { Language: "table" } table: Table(text, table.Text, pad); break;
                case MarkdownBlock.Code code:
                    foreach (string line in code.Text.Split('\n')) text.Append(pad).Append("    ").AppendLine(line.TrimEnd());
                    break;
            }
            bool listGoesOn = block is MarkdownBlock.ListItem && i + 1 < blocks.Count && blocks[i + 1] is MarkdownBlock.ListItem;
            if (!listGoesOn) text.AppendLine();
        }
    }

    // Pipe tables become aligned columns; the |---| rule under the header becomes dashes under each heading.
    private static void Table(StringBuilder text, string table, string pad)
    {
        var rows = table.Split('\n').Select(r => r.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        bool IsRule(string[] cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'));
        int columns = rows.Max(r => r.Length);
        int[] widths = [.. Enumerable.Range(0, columns).Select(i => rows.Where(r => !IsRule(r)).Max(r => i < r.Length ? r[i].Length : 0))];
        foreach (var row in rows)
        {
            var cells = Enumerable.Range(0, columns).Select(i => IsRule(row) ? new string('-', widths[i]) : (i < row.Length ? row[i] : "").PadRight(widths[i]));
            text.Append(pad).AppendLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static void Wrap(StringBuilder text, string paragraph, string first, string rest)
    {
        var line = new StringBuilder(first);
        bool empty = true;
        foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(rest);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        text.AppendLine(line.ToString());
    }
}
