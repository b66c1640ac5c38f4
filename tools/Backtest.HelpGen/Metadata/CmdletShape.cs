using System.Reflection;

namespace Backtest.HelpGen.Metadata;

/// <summary>One <c>[OutputType]</c> of a cmdlet.</summary>
/// <param name="TypeName">The full name as written (a type or a string).</param>
/// <param name="Type">The type, when the attribute names a type rather than a string.</param>
/// <param name="ParameterSets">The sets it applies to; empty means all.</param>
internal sealed record OutputShape(string TypeName, Type? Type, IReadOnlyList<string> ParameterSets);

/// <summary>
/// What a cmdlet class declares, read from its attributes with <see cref="CustomAttributeData"/>: name, sets,
/// parameters and output types. Works on a loaded type and on one read through a MetadataLoadContext, so the help
/// generator and the host-free tests see the same shape.
/// </summary>
/// <param name="Type">The cmdlet class.</param>
/// <param name="Verb">The verb of <c>[Cmdlet]</c>.</param>
/// <param name="Noun">The noun of <c>[Cmdlet]</c>.</param>
/// <param name="DefaultParameterSet">The default set, or null.</param>
/// <param name="SupportsShouldProcess">Whether -WhatIf and -Confirm are offered.</param>
/// <param name="Parameters">The parameters, in declaration order.</param>
/// <param name="Outputs">The <c>[OutputType]</c> entries.</param>
internal sealed record CmdletShape(Type Type, string Verb, string Noun, string? DefaultParameterSet, bool SupportsShouldProcess,
    IReadOnlyList<ParameterShape> Parameters, IReadOnlyList<OutputShape> Outputs)
{
    /// <summary>The full name of <c>[Cmdlet]</c>.</summary>
    public const string CmdletAttribute = "System.Management.Automation.CmdletAttribute";

    /// <summary>The name PowerShell gives a parameter that belongs to every set.</summary>
    public const string AllParameterSets = "__AllParameterSets";

    /// <summary><c>Verb-Noun</c>.</summary>
    public string Name => $"{Verb}-{Noun}";

    /// <summary>The named parameter sets, default first; <see cref="AllParameterSets"/> alone when there are none.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(n => n != AllParameterSets).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count == 0) return [AllParameterSets];
            return [.. named.OrderBy(n => n == DefaultParameterSet ? 0 : 1)];
        }
    }

    /// <summary>The parameters that take part in <paramref name="set"/>.</summary>
    public IEnumerable<ParameterShape> ParametersIn(string set) => Parameters.Where(p => p.In(set) is not null);

    /// <summary>True when <paramref name="type"/> is a concrete class carrying <c>[Cmdlet]</c>.</summary>
    public static bool IsCmdlet(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is { IsClass: true, IsAbstract: false } && AttributeValues.Of(type, CmdletAttribute).Any();
    }

    /// <summary>Reads the shape of a cmdlet class.</summary>
    public static CmdletShape Read(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var cmdlet = AttributeValues.Of(type, CmdletAttribute).Single();
        var verbNoun = AttributeValues.Constructor(cmdlet);
        var outputs = AttributeValues.Of(type, "System.Management.Automation.OutputTypeAttribute").SelectMany(a =>
        {
            var sets = AttributeValues.NamedArray(a, "ParameterSetName").OfType<string>().ToList();
            return AttributeValues.Constructor(a).Select(v => v is Type t
                ? new OutputShape(t.FullName ?? t.Name, t, sets)
                : new OutputShape(v?.ToString() ?? "", null, sets));
        });
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => AttributeValues.Of(p, ParameterShape.ParameterAttribute).Any())
            .OrderBy(p => p.MetadataToken)
            .Select(ParameterShape.Read);
        return new CmdletShape(type, (string)verbNoun[0]!, (string)verbNoun[1]!,
            AttributeValues.Named<string?>(cmdlet, "DefaultParameterSetName", null),
            AttributeValues.Named(cmdlet, "SupportsShouldProcess", false),
            [.. parameters], [.. outputs]);
    }
}
