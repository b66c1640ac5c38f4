using System.Text.RegularExpressions;

namespace Backtest.HelpGen.Markdown;

/// <summary>Inline markdown to the plain text console help shows: code spans and emphasis lose their marks, links keep their text.</summary>
internal static partial class InlineText
{
    /// <summary>The plain text of one line or paragraph of inline markdown.</summary>
    public static string Plain(string markdown)
    {
        string text = Link().Replace(markdown, m => Uri.TryCreate(m.Groups[2].Value, UriKind.Absolute, out _)
            ? $"{m.Groups[1].Value} ({m.Groups[2].Value})"
            : m.Groups[1].Value);
        text = Strong().Replace(text, "$1");
        return text.Replace("`", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Strong();
}
