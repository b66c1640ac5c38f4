using Backtest.HelpGen.Markdown;

namespace Backtest.HelpGen;

/// <summary>An example: its title, the PowerShell code, and what it shows.</summary>
internal sealed record HelpExample(string Title, string Code, IReadOnlyList<MarkdownBlock> Remarks);

/// <summary>An INPUTS or OUTPUTS entry: a type name and what it means.</summary>
internal sealed record HelpTypeNote(string TypeName, IReadOnlyList<MarkdownBlock> Description);

/// <summary>
/// The prose of one cmdlet's help, read from <c>module/help/&lt;Verb-Noun&gt;.md</c> (PlatyPS layout:
/// SYNOPSIS, DESCRIPTION, EXAMPLES with <c>### Example N: title</c>, PARAMETERS with <c>### -Name</c>, INPUTS,
/// OUTPUTS, NOTES, RELATED LINKS). SYNTAX, if present, is ignored: syntax comes from the assembly.
/// </summary>
internal sealed record CmdletHelpDoc(
    string Name,
    string Synopsis,
    IReadOnlyList<MarkdownBlock> Description,
    IReadOnlyList<HelpExample> Examples,
    IReadOnlyDictionary<string, IReadOnlyList<MarkdownBlock>> Parameters,
    IReadOnlyList<HelpTypeNote> Inputs,
    IReadOnlyList<HelpTypeNote> Outputs,
    IReadOnlyList<MarkdownBlock> Notes,
    IReadOnlyList<string> RelatedLinks)
{
    /// <summary>Builds the help model of a parsed file; what is missing or malformed is added to <paramref name="problems"/>.</summary>
    public static CmdletHelpDoc From(MarkdownSection root, string fileName, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(problems);
        void Problem(MarkdownSection? at, string message) => problems.Add($"{fileName}({at?.Line ?? 1}): {message}");

        string synopsis = string.Join(" ", Text(root.Child("SYNOPSIS")));
        if (synopsis.Length == 0) Problem(root, "SYNOPSIS is missing or empty.");
        var description = root.Child("DESCRIPTION")?.Blocks ?? [];
        if (description.Count == 0) Problem(root, "DESCRIPTION is missing or empty.");

        var examples = new List<HelpExample>();
        foreach (var example in root.Child("EXAMPLES")?.Children ?? [])
        {
            var code = example.Blocks.OfType<MarkdownBlock.Code>().FirstOrDefault();
            if (code is null) Problem(example, $"example '{example.Heading}' has no code block.");
            else examples.Add(new HelpExample(example.Heading, code.Text, [.. example.Blocks.Where(b => b != code)]));
        }

        var parameters = new Dictionary<string, IReadOnlyList<MarkdownBlock>>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in root.Child("PARAMETERS")?.Children ?? [])
        {
            if (!parameter.Heading.StartsWith('-')) Problem(parameter, $"parameter heading '{parameter.Heading}' must read '-Name'.");
            else if (!parameters.TryAdd(parameter.Heading[1..], parameter.Blocks)) Problem(parameter, $"parameter {parameter.Heading} is documented twice.");
        }

        return new CmdletHelpDoc(root.Heading, synopsis, description, examples, parameters,
            TypeNotes(root.Child("INPUTS")), TypeNotes(root.Child("OUTPUTS")),
            root.Child("NOTES")?.Blocks ?? [], Text(root.Child("RELATED LINKS")));
    }

    private static List<string> Text(MarkdownSection? section) =>
        section is null ? [] : [.. section.Blocks.Select(b => b switch
        {
            MarkdownBlock.Paragraph p => p.Text,
            MarkdownBlock.ListItem l => l.Text,
            MarkdownBlock.Code c => c.Text,
            _ => "",
        })];

    private static List<HelpTypeNote> TypeNotes(MarkdownSection? section) =>
        section is null ? [] : [.. section.Children.Select(c => new HelpTypeNote(c.Heading, c.Blocks))];
}
