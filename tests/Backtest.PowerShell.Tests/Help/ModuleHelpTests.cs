using System.Text.RegularExpressions;
using System.Xml.Linq;
using Backtest.HelpGen.Maml;
using Backtest.HelpGen.Metadata;

namespace Backtest.PowerShell.Tests.Help;

/// <summary>
/// The generated MAML, command by command, against the built assembly's metadata: what Get-Help will show for every
/// cmdlet and parameter exists, and says what the code does.
/// </summary>
public sealed partial class ModuleHelpTests
{
    private static readonly XNamespace Maml = MamlWriter.MamlNs, Command = MamlWriter.CommandNs, Dev = MamlWriter.DevNs;

    private static readonly string[] CommonParameters =
        ["Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
         "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm"];

    private static XElement Help(string cmdlet) =>
        GeneratedHelp.Module.Maml.Root!.Elements(Command + "command").Single(c => c.Element(Command + "details")!.Element(Command + "name")!.Value == cmdlet);

    private static string Paras(XElement? description) =>
        string.Join(" ", description?.Elements(Maml + "para").Select(p => p.Value.Trim()) ?? []).Trim();

    [Fact]
    public void Maml_IsAHelpItemsDocumentWithOneCommandPerCmdlet()
    {
        var root = GeneratedHelp.Module.Maml.Root!;
        Assert.Equal(MamlWriter.MshNs + "helpItems", root.Name);
        Assert.Equal("maml", root.Attribute("schema")?.Value);
        Assert.Equal(BuiltModule.Cmdlets.Select(c => c.Name),
            root.Elements(Command + "command").Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value));
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Help_HasNameSynopsisDescriptionAndExamples(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        var help = Help(cmdlet);
        var details = help.Element(Command + "details")!;
        Assert.Equal(shape.Verb, details.Element(Command + "verb")?.Value);
        Assert.Equal(shape.Noun, details.Element(Command + "noun")?.Value);
        Assert.NotEmpty(Paras(details.Element(Maml + "description")));
        Assert.NotEmpty(Paras(help.Element(Maml + "description")));
        var examples = help.Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.True(examples.Count >= 2, $"{cmdlet}: {examples.Count} example(s) in help; at least two are required.");
        Assert.All(examples, e =>
        {
            Assert.NotEmpty(e.Element(Maml + "title")!.Value.Trim('-', ' '));
            Assert.NotEmpty(e.Element(Dev + "code")!.Value.Trim());
        });
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Help_DocumentsEveryParameterWithTypeRequiredPositionPipelineAndDefault(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        var documented = Help(cmdlet).Element(Command + "parameters")!.Elements(Command + "parameter").ToList();
        Assert.Equal(shape.Parameters.Select(p => p.Name), documented.Select(d => d.Element(Maml + "name")!.Value));
        foreach (var parameter in shape.Parameters)
        {
            var help = documented.Single(d => d.Element(Maml + "name")!.Value == parameter.Name);
            string where = $"{cmdlet} -{parameter.Name}";
            Assert.True(Paras(help.Element(Maml + "description")).Length > 0, $"{where}: no description.");
            Assert.Equal(parameter.AlwaysMandatory ? "true" : "false", help.Attribute("required")?.Value);
            Assert.Equal(parameter.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named", help.Attribute("position")?.Value);
            Assert.Equal(parameter.PipelineInput, help.Attribute("pipelineInput")?.Value);
            Assert.Equal(parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases), help.Attribute("aliases")?.Value);
            Assert.Equal(TypeNames.Full(parameter.Type), help.Element(Dev + "type")?.Element(Maml + "name")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(help.Element(Dev + "defaultValue")?.Value), $"{where}: no default value.");
            Assert.Equal(parameter.AllowedValues, help.Element(Command + "parameterValueGroup")?.Elements().Select(v => v.Value) ?? []);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Syntax_HasOneItemPerParameterSetWithItsParameters(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        var items = Help(cmdlet).Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(shape.ParameterSets.Count, items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string set = shape.ParameterSets[i];
            var parameters = items[i].Elements(Command + "parameter").ToList();
            Assert.Equal(shape.ParametersIn(set).Select(p => p.Name).Order(StringComparer.Ordinal),
                parameters.Select(p => p.Element(Maml + "name")!.Value).Order(StringComparer.Ordinal));
            foreach (var p in parameters)
            {
                var binding = shape.Parameters.Single(s => s.Name == p.Element(Maml + "name")!.Value).In(set)!;
                Assert.Equal(binding.Mandatory ? "true" : "false", p.Attribute("required")?.Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void ReturnValues_AreTheOutputTypesWithDescriptions(string cmdlet)
    {
        var returns = Help(cmdlet).Element(Command + "returnValues")!.Elements(Command + "returnValue").ToList();
        Assert.Equal(BuiltModule.Cmdlet(cmdlet).Outputs.Select(o => o.TypeName).Distinct(),
            returns.Select(r => r.Element(Dev + "type")!.Element(Maml + "name")!.Value));
        Assert.All(returns, r => Assert.NotEmpty(Paras(r.Element(Maml + "description"))));
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Examples_UseOnlyParametersTheCmdletsHave(string cmdlet)
    {
        foreach (var code in Help(cmdlet).Descendants(Dev + "code").Select(c => c.Value))
        {
            foreach (Match call in Invocation().Matches(code))
            {
                var shape = BuiltModule.Cmdlets.SingleOrDefault(c => c.Name.Equals(call.Groups["name"].Value, StringComparison.OrdinalIgnoreCase));
                if (shape is null) continue;
                var known = shape.Parameters.SelectMany(p => p.Aliases.Prepend(p.Name)).Concat(CommonParameters).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (Match parameter in ParameterToken().Matches(call.Groups["args"].Value))
                {
                    Assert.True(known.Contains(parameter.Groups[1].Value), $"{cmdlet} help example uses {shape.Name} -{parameter.Groups[1].Value}, which does not exist:\n{code}");
                }
            }
        }
    }

    [Fact]
    public void GetCandlesDefaults_AreTheOnesTheCodeSets()
    {
        var parameters = Help("Get-Candles").Element(Command + "parameters")!.Elements(Command + "parameter")
            .ToDictionary(p => p.Element(Maml + "name")!.Value, p => p.Element(Dev + "defaultValue")!.Value);
        Assert.Equal("1h; with -Path, the interval the file has", parameters["Interval"]); // [PSDefaultValue(Help = ...)]
        Assert.StartsWith("$env:BACKTEST_CACHE", parameters["CachePath"], StringComparison.Ordinal);
        Assert.Equal("Sample", parameters["Source"]);
        Assert.Equal("Warn", parameters["QualityPolicy"]);
        Assert.Equal("None", parameters["Symbol"]);
        Assert.Equal("None", parameters["Top"]);
        Assert.Equal("None", parameters["StartTime"]);
        Assert.Equal("False", parameters["AsSeries"]);
    }

    [Fact]
    public void AboutTopic_ExplainsTheModuleItsErrorIdsAndEveryCmdlet()
    {
        string about = GeneratedHelp.Module.AboutTopics["about_Backtest.help.txt"];
        Assert.StartsWith($"TOPIC{Environment.NewLine}    about_Backtest{Environment.NewLine}", about, StringComparison.Ordinal);
        string[] lines = about.Split(Environment.NewLine);
        int synopsis = Array.IndexOf(lines, "SHORT DESCRIPTION");
        Assert.True(synopsis > 0 && lines[synopsis + 1].StartsWith("    ", StringComparison.Ordinal) && lines[synopsis + 1].Trim().Length > 0,
            "Get-Help lists the line after SHORT DESCRIPTION as the topic's synopsis.");
        Assert.All(ErrorIds.All, id => Assert.Contains(id, about, StringComparison.Ordinal));
        Assert.All(BuiltModule.Cmdlets, c => Assert.Contains(c.Name, about, StringComparison.Ordinal));
        foreach (string heading in (string[])["UTC TIME", "SOURCES", "CACHE", "QUALITY POLICIES", "ERROR IDS", "CLI TWIN"])
        {
            Assert.Contains(heading, lines);
        }
        Assert.All(lines.Where(l => !l.StartsWith("        ", StringComparison.Ordinal)), l => Assert.True(l.Length <= 80, $"prose wider than 80 columns: '{l}'"));
    }

    [GeneratedRegex(@"(?<name>\b[A-Z][a-z]+-[A-Za-z]+)(?<args>(?:[^|;{}()\r\n]|`\r?\n)*)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<=\s)-([A-Za-z]\w*)")]
    private static partial Regex ParameterToken();
}
