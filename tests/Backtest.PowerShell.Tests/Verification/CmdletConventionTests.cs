using System.Reflection;
using System.Text.RegularExpressions;
using Backtest.HelpGen.Metadata;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>The cmdlet craft every cmdlet in the built assembly must show, checked on its metadata.</summary>
public sealed partial class CmdletConventionTests
{
    /// <summary>Common parameters and their aliases, which PowerShell adds itself; a cmdlet declaring one fails to load.</summary>
    private static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa",
        "ProgressAction", "proga", "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv",
        "OutVariable", "ov", "OutBuffer", "ob", "PipelineVariable", "pv",
        // Risk mitigation: added by SupportsShouldProcess; declaring them by hand fakes -WhatIf or collides with it.
        "WhatIf", "wi", "Confirm", "cf", "UseTransaction", "usetx",
    };

    /// <summary>Parameter names that mean "write to this file"; a cmdlet with one must support -WhatIf.</summary>
    private static readonly string[] FileOutputParameters = ["OutFile", "OutputPath", "Destination", "ReportPath", "ExportPath"];

    [Fact]
    public void Assembly_HasCmdlets()
    {
        Assert.Contains(BuiltModule.Cmdlets, c => c.Name == "Get-Candles");
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Verb_IsApproved(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        Assert.True(ApprovedVerbs.All.Contains(shape.Verb), $"{cmdlet}: '{shape.Verb}' is not an approved verb (Get-Verb).");
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void OutputType_NamesPublicModuleRecords(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        Assert.NotEmpty(shape.Outputs);
        foreach (var output in shape.Outputs)
        {
            Assert.True(output.Type is not null, $"{cmdlet}: [OutputType('{output.TypeName}')] names a string, not a type.");
            Assert.True(output.Type!.IsPublic || output.Type.IsNestedPublic, $"{cmdlet}: output type {output.TypeName} is not public.");
            Assert.True(BuiltModule.FindType(output.TypeName) is not null, $"{cmdlet}: output type {output.TypeName} is not one of the module's own types.");
            Assert.All(output.ParameterSets, set => Assert.Contains(set, shape.ParameterSets));
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Parameters_DoNotShadowCommonParameters(string cmdlet)
    {
        foreach (var parameter in BuiltModule.Cmdlet(cmdlet).Parameters)
        {
            foreach (string name in parameter.Aliases.Prepend(parameter.Name))
            {
                Assert.False(CommonParameters.Contains(name), $"{cmdlet}: parameter -{parameter.Name} uses the common parameter name '{name}'.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void ParameterSetNames_AreConstantsOfTheCmdlet(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        var constants = shape.Type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType.FullName == "System.String")
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var used = shape.Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(n => n != CmdletShape.AllParameterSets)
            .Concat(shape.Outputs.SelectMany(o => o.ParameterSets))
            .Concat(shape.DefaultParameterSet is { } d ? [d] : []);
        foreach (string set in used)
        {
            Assert.True(constants.Contains(set), $"{cmdlet}: parameter set '{set}' is a literal, not a public const on {shape.Type.Name}.");
        }
        if (shape.ParameterSets.Count > 1 || shape.ParameterSets[0] != CmdletShape.AllParameterSets)
        {
            Assert.True(shape.DefaultParameterSet is not null && shape.ParameterSets.Contains(shape.DefaultParameterSet),
                $"{cmdlet}: DefaultParameterSetName '{shape.DefaultParameterSet}' is not one of its sets [{string.Join(", ", shape.ParameterSets)}].");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Positions_AreUniqueWithinEachSet(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        foreach (string set in shape.ParameterSets)
        {
            var positions = shape.ParametersIn(set).Select(p => p.In(set)!.Position).OfType<int>().ToList();
            Assert.True(positions.Count == positions.Distinct().Count(), $"{cmdlet}: two parameters share a position in set {set}.");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Writers_SupportShouldProcess(string cmdlet)
    {
        var shape = BuiltModule.Cmdlet(cmdlet);
        bool writes = ApprovedVerbs.StateChanging.Contains(shape.Verb)
            || shape.Parameters.Any(p => FileOutputParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase));
        if (writes) Assert.True(shape.SupportsShouldProcess, $"{cmdlet} writes (verb or an output-file parameter) but has no SupportsShouldProcess.");
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void SymbolAndIntervalParameters_HaveArgumentCompleters(string cmdlet)
    {
        foreach (var parameter in BuiltModule.Cmdlet(cmdlet).Parameters.Where(p => p.Name is "Symbol" or "Interval" or "Strategy"))
        {
            var completer = AttributeValues.Of(parameter.Property, "System.Management.Automation.ArgumentCompleterAttribute").SingleOrDefault();
            Assert.True(completer is not null || parameter.AllowedValues.Count > 0, $"{cmdlet}: -{parameter.Name} has no argument completer.");
            if (completer is not null)
            {
                var type = Assert.IsAssignableFrom<Type>(AttributeValues.Constructor(completer).Single());
                Assert.Contains(type.GetInterfaces(), i => i.FullName == "System.Management.Automation.IArgumentCompleter");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void CmdletClass_IsASealedThinAdapterInItsOwnFile(string cmdlet)
    {
        const int MaxCodeLines = 60;
        var type = BuiltModule.Cmdlet(cmdlet).Type;
        Assert.True(type.IsSealed, $"{type.Name} should be sealed.");
        string file = Path.Combine(SharedData.RepositoryRoot, "src", "Backtest.PowerShell", "Commands", type.Name + ".cs");
        Assert.True(File.Exists(file), $"{cmdlet}: expected its class in {file}.");
        // Code lines: not blank, not comments (docs are welcome), not using directives, and not the declarative
        // parameter surface (attribute lines and auto-properties): a cmdlet with many parameters is still thin
        // when what it does besides declaring them stays small.
        int code = File.ReadLines(file).Count(l => !NotCode().IsMatch(l) && !l.TrimStart().StartsWith('[') && !l.Contains("{ get; set; }", StringComparison.Ordinal));
        Assert.True(code <= MaxCodeLines, $"{cmdlet}: {code} code lines besides parameter declarations; a cmdlet binds, calls one engine entry point and writes (≤ {MaxCodeLines}).");
    }

    [Fact]
    public void CmdletSources_NeverWriteToTheHostDirectly()
    {
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "src", "Backtest.PowerShell"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            Assert.False(HostWrite().IsMatch(text), $"{file} writes to the console or host; use WriteObject/WriteWarning/WriteProgress through the pipeline.");
        }
    }

    [GeneratedRegex(@"^\s*($|//|using\s+[\w.]+;)")]
    private static partial Regex NotCode();

    [GeneratedRegex(@"\bConsole\.|\bHost\.UI\b|Write-Host|\bWriteHost\b")]
    private static partial Regex HostWrite();
}
