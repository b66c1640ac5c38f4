using System.Globalization;
using System.Xml.Linq;
using Backtest.HelpGen.Markdown;
using Backtest.HelpGen.Metadata;

namespace Backtest.HelpGen.Maml;

/// <summary>
/// Writes MAML command help in the layout PowerShell's Get-Help reads (and PlatyPS writes): a <c>helpItems</c> root
/// with <c>schema="maml"</c> holding one <c>command:command</c> per cmdlet with details, description, syntax (one item
/// per parameter set), parameters (type, required, position, pipeline input, aliases, default), inputs, outputs,
/// notes, examples and related links.
/// </summary>
internal static class MamlWriter
{
    /// <summary>The MAML namespaces.</summary>
    public static readonly XNamespace MshNs = "http://msh", MamlNs = "http://schemas.microsoft.com/maml/2004/10",
        CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10", DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";

    /// <summary>The help file holding <paramref name="commands"/>.</summary>
    public static XDocument Document(IEnumerable<XElement> commands) =>
        new(new XDeclaration("1.0", "utf-8", null), new XElement(MshNs + "helpItems", new XAttribute("schema", "maml"), commands));

    /// <summary>The file text of a help document: indented UTF-8 (no byte-order mark), as written to en-US.</summary>
    public static string Serialize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var utf8 = new System.Text.UTF8Encoding(false);
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Indent = true, Encoding = utf8 }))
        {
            document.Save(writer);
        }
        return utf8.GetString(stream.ToArray());
    }

    /// <summary>The <c>command:command</c> element of one cmdlet.</summary>
    public static XElement Command(CmdletShape shape, CmdletHelpDoc doc, IReadOnlyDictionary<string, string> defaults)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(defaults);
        return new XElement(CommandNs + "command",
            new XAttribute(XNamespace.Xmlns + "maml", MamlNs), new XAttribute(XNamespace.Xmlns + "command", CommandNs),
            new XAttribute(XNamespace.Xmlns + "dev", DevNs),
            new XElement(CommandNs + "details",
                new XElement(CommandNs + "name", shape.Name),
                new XElement(CommandNs + "verb", shape.Verb),
                new XElement(CommandNs + "noun", shape.Noun),
                Description([new MarkdownBlock.Paragraph(doc.Synopsis)])),
            Description(doc.Description),
            new XElement(CommandNs + "syntax", shape.ParameterSets.Select(set => new XElement(CommandNs + "syntaxItem",
                new XElement(MamlNs + "name", shape.Name),
                SyntaxOrder(shape, set).Select(p => Parameter(p, p.In(set)!, doc, defaults, forSyntax: true))))),
            new XElement(CommandNs + "parameters", shape.Parameters.Select(p => Parameter(p, null, doc, defaults, forSyntax: false))),
            new XElement(CommandNs + "inputTypes", (doc.Inputs.Count > 0 ? doc.Inputs : [new HelpTypeNote("None", [])]).Select(i =>
                new XElement(CommandNs + "inputType", TypeElement(i.TypeName), Description(i.Description)))),
            new XElement(CommandNs + "returnValues", shape.Outputs.Select(o => o.TypeName).Distinct(StringComparer.Ordinal).Select(name =>
                new XElement(CommandNs + "returnValue", TypeElement(name),
                    Description(doc.Outputs.FirstOrDefault(o => o.TypeName == name)?.Description ?? [])))),
            new XElement(MamlNs + "alertSet", new XElement(MamlNs + "alert", Paras(doc.Notes))),
            new XElement(CommandNs + "examples", doc.Examples.Select(e => new XElement(CommandNs + "example",
                new XElement(MamlNs + "title", $"-------------------------- {e.Title} --------------------------"),
                new XElement(DevNs + "code", e.Code),
                new XElement(DevNs + "remarks", Paras(e.Remarks))))),
            new XElement(CommandNs + "relatedLinks", doc.RelatedLinks.Select(link => new XElement(MamlNs + "navigationLink",
                new XElement(MamlNs + "linkText", link), new XElement(MamlNs + "uri")))));
    }

    // Positional parameters first (by position), then mandatory named ones, then the rest, as PowerShell prints syntax.
    private static IEnumerable<ParameterShape> SyntaxOrder(CmdletShape shape, string set) =>
        shape.ParametersIn(set).Select((p, index) => (p, index, b: p.In(set)!))
            .OrderBy(x => x.b.Position is null ? 1 : 0).ThenBy(x => x.b.Position ?? 0)
            .ThenBy(x => x.b.Mandatory ? 0 : 1).ThenBy(x => x.index)
            .Select(x => x.p);

    private static XElement Parameter(ParameterShape p, ParameterSetBinding? binding, CmdletHelpDoc doc,
        IReadOnlyDictionary<string, string> defaults, bool forSyntax)
    {
        bool required = binding?.Mandatory ?? p.AlwaysMandatory;
        int? position = binding is null ? p.Position : binding.Position;
        string pipeline = binding is null ? p.PipelineInput : ParameterShape.PipelineText(binding.FromPipeline, binding.FromPipelineByPropertyName);
        var element = new XElement(CommandNs + "parameter",
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", TypeNames.Unwrap(p.Type).IsArray ? "true" : "false"),
            new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", position?.ToString(CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", p.Aliases.Count > 0 ? string.Join(", ", p.Aliases) : "none"),
            new XElement(MamlNs + "name", p.Name),
            Description(doc.Parameters.TryGetValue(p.Name, out var text) ? text : []));
        if (!(forSyntax && p.IsSwitch))
        {
            element.Add(new XElement(CommandNs + "parameterValue", new XAttribute("required", p.IsSwitch ? "false" : "true"),
                new XAttribute("variableLength", "false"), TypeNames.Short(p.Type)));
        }
        if (p.AllowedValues.Count > 0)
        {
            element.Add(new XElement(CommandNs + "parameterValueGroup", p.AllowedValues.Select(v => new XElement(CommandNs + "parameterValue",
                new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
        }
        if (!forSyntax)
        {
            element.Add(TypeElement(TypeNames.Full(p.Type)), new XElement(DevNs + "defaultValue", defaults.GetValueOrDefault(p.Name, "None")));
        }
        return element;
    }

    private static XElement TypeElement(string name) => new(DevNs + "type", new XElement(MamlNs + "name", name), new XElement(MamlNs + "uri"));

    private static XElement Description(IReadOnlyList<MarkdownBlock> blocks) => new(MamlNs + "description", Paras(blocks));

    private static IEnumerable<XElement> Paras(IReadOnlyList<MarkdownBlock> blocks) => blocks.Select(b => new XElement(MamlNs + "para", b switch
    {
        MarkdownBlock.ListItem item => "- " + item.Text,
        MarkdownBlock.Paragraph paragraph => paragraph.Text,
        MarkdownBlock.Code code => code.Text,
        _ => "",
    }));
}
