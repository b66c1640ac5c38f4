using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.Cli.Tests;

/// <summary>One documented command line: where it is written and the arguments after <c>backtest</c>.</summary>
/// <param name="Where">File and line, e.g. <c>README.md:42</c>.</param>
/// <param name="Line">The line as written.</param>
/// <param name="Arguments">What follows <c>backtest</c> (or <c>dotnet run --project src/Backtest.Cli --</c>).</param>
public sealed record CliTwinLine(string Where, string Line, IReadOnlyList<string> Arguments);

/// <summary>
/// Finds every CLI command line the documentation shows users: lines of fenced code blocks in README.md and
/// module/help/*.md, and lines of the comment blocks of examples/*.ps1 (their "CLI twin" sections), that start with
/// <c>backtest </c> or <c>dotnet run --project src/Backtest.Cli [-c Config] -- </c>.
/// </summary>
public static partial class CliTwinLines
{
    /// <summary>Every documented command line, in file order.</summary>
    public static IReadOnlyList<CliTwinLine> All()
    {
        string root = SharedData.RepositoryRoot;
        var lines = new List<CliTwinLine>();
        var markdown = Directory.EnumerateFiles(Path.Combine(root, "module", "help"), "*.md").Order(StringComparer.Ordinal).Prepend(Path.Combine(root, "README.md"));
        foreach (string file in markdown) lines.AddRange(Scan(root, file, FencedBlock()));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.ps1").Order(StringComparer.Ordinal)) lines.AddRange(Scan(root, file, CommentBlock()));
        return lines;
    }

    /// <summary>Splits a command line into arguments the way a POSIX shell does for plain words and quoted strings.</summary>
    /// <exception cref="FormatException">The line needs a shell (pipes, redirection, substitution) to mean what it says.</exception>
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ShellSyntax().IsMatch(line)) throw new FormatException($"'{line}' needs a shell (pipe, redirection, substitution); document it as plain arguments.");
        var args = new List<string>();
        var current = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in line)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0'; else current.Append(c);
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) args.Add(current.ToString());
                current.Clear();
                inWord = false;
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }
        if (quote != '\0') throw new FormatException($"'{line}' has an unclosed quote.");
        if (inWord) args.Add(current.ToString());
        return args;
    }

    private static IEnumerable<CliTwinLine> Scan(string root, string file, Regex block)
    {
        string text = File.ReadAllText(file).ReplaceLineEndings("\n");
        string name = Path.GetRelativePath(root, file).Replace('\\', '/');
        foreach (Match m in block.Matches(text))
        {
            int firstLine = text.AsSpan(0, m.Groups["body"].Index).Count('\n') + 1;
            string[] bodyLines = m.Groups["body"].Value.Split('\n');
            for (int i = 0; i < bodyLines.Length; i++)
            {
                var command = Command().Match(bodyLines[i]);
                if (command.Success) yield return new CliTwinLine($"{name}:{firstLine + i}", bodyLines[i].Trim(), Split(command.Groups["args"].Value));
            }
        }
    }

    [GeneratedRegex(@"^```[^\n]*\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"<#(?<body>.*?)#>", RegexOptions.Singleline)]
    private static partial Regex CommentBlock();

    [GeneratedRegex(@"^\s*(?:backtest|dotnet run --project src/Backtest\.Cli(?: -c \w+)? --)\s+(?<args>.+?)\s*$")]
    private static partial Regex Command();

    [GeneratedRegex(@"[|<>;&`]|\$\(")]
    private static partial Regex ShellSyntax();
}
