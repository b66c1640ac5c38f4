using System.Reflection;
using System.Xml.Linq;
using Backtest.HelpGen.Maml;
using Backtest.HelpGen.Markdown;
using Backtest.HelpGen.Metadata;

namespace Backtest.HelpGen;

/// <summary>The generated help of a module: the MAML document and the about topics by file name.</summary>
internal sealed record ModuleHelp(XDocument Maml, IReadOnlyDictionary<string, string> AboutTopics);

/// <summary>The help sources are incomplete or malformed; <see cref="Problems"/> lists each with file and line.</summary>
internal sealed class HelpSourceException(IReadOnlyList<string> problems)
    : Exception($"The help sources have {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    /// <summary>Each problem, as <c>file(line): message</c>.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Joins the cmdlets of an assembly with their markdown help: every cmdlet must have <c>&lt;Verb-Noun&gt;.md</c>
/// with a synopsis, a description, at least two examples, every parameter (and no other) documented, and OUTPUTS
/// naming exactly its <c>[OutputType]</c>s; every other markdown file must be an <c>about_*.md</c> topic.
/// </summary>
internal static class HelpGenerator
{
    /// <summary>Fewest examples a cmdlet's help may have.</summary>
    public const int MinimumExamples = 2;

    /// <summary>Generates the help of the cmdlets in <paramref name="assembly"/> from the markdown in <paramref name="helpFolder"/>.</summary>
    /// <exception cref="HelpSourceException">Something is missing or malformed.</exception>
    public static ModuleHelp Generate(Assembly assembly, string helpFolder)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var problems = new List<string>();
        var docs = new Dictionary<string, (MarkdownSection Root, string File)>(StringComparer.OrdinalIgnoreCase);
        var about = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(helpFolder, "*.md").Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileName(path), name = Path.GetFileNameWithoutExtension(path);
            MarkdownSection root;
            try
            {
                root = HelpMarkdown.Parse(File.ReadAllText(path), file);
            }
            catch (FormatException ex)
            {
                problems.Add(ex.Message);
                continue;
            }
            if (!string.Equals(root.Heading, name, StringComparison.Ordinal)) problems.Add($"{file}(1): the title must be '# {name}'.");
            if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase)) about[name + ".help.txt"] = AboutTopicWriter.Write(root, file, problems);
            else docs[name] = (root, file);
        }

        var commands = new List<XElement>();
        foreach (var shape in assembly.GetExportedTypes().Where(CmdletShape.IsCmdlet).Select(CmdletShape.Read).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!docs.Remove(shape.Name, out var source))
            {
                problems.Add($"{shape.Name}.md(1): cmdlet {shape.Name} ({shape.Type.FullName}) has no help file.");
                continue;
            }
            var doc = CmdletHelpDoc.From(source.Root, source.File, problems);
            Check(shape, doc, source.File, problems);
            commands.Add(MamlWriter.Command(shape, doc, ParameterDefaults.Of(shape)));
        }
        problems.AddRange(docs.Values.Select(d => $"{d.File}(1): no cmdlet named '{d.Root.Heading}' in {assembly.GetName().Name}."));
        if (problems.Count > 0) throw new HelpSourceException(problems);
        return new ModuleHelp(MamlWriter.Document(commands), about);
    }

    private static void Check(CmdletShape shape, CmdletHelpDoc doc, string file, List<string> problems)
    {
        if (doc.Examples.Count < MinimumExamples) problems.Add($"{file}(1): {doc.Examples.Count} example(s); at least {MinimumExamples} are required.");
        foreach (var parameter in shape.Parameters)
        {
            if (!doc.Parameters.TryGetValue(parameter.Name, out var text) || text.Count == 0)
            {
                problems.Add($"{file}(1): parameter -{parameter.Name} is not documented (add '### -{parameter.Name}' under PARAMETERS).");
            }
        }
        foreach (string extra in doc.Parameters.Keys.Where(k => shape.Parameters.All(p => !string.Equals(p.Name, k, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"{file}(1): -{extra} is documented but {shape.Name} has no such parameter.");
        }
        var declared = shape.Outputs.Select(o => o.TypeName).ToHashSet(StringComparer.Ordinal);
        var documented = doc.Outputs.Select(o => o.TypeName).ToHashSet(StringComparer.Ordinal);
        if (!declared.SetEquals(documented))
        {
            problems.Add($"{file}(1): OUTPUTS lists [{string.Join(", ", documented)}] but [OutputType] declares [{string.Join(", ", declared)}].");
        }
    }
}
