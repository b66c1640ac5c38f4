using System.Reflection;

namespace Backtest.HelpGen.Metadata;

/// <summary>How a parameter takes part in one parameter set (one <c>[Parameter]</c> attribute).</summary>
/// <param name="SetName">The set, or <see cref="CmdletShape.AllParameterSets"/>.</param>
/// <param name="Mandatory">Whether the set requires it.</param>
/// <param name="Position">Its position, or null when it is named only.</param>
/// <param name="FromPipeline">Binds whole pipeline objects.</param>
/// <param name="FromPipelineByPropertyName">Binds the pipeline object's property of the same name (or alias).</param>
internal sealed record ParameterSetBinding(string SetName, bool Mandatory, int? Position, bool FromPipeline, bool FromPipelineByPropertyName);

/// <summary>A cmdlet parameter as its attributes declare it.</summary>
/// <param name="Property">The property behind the parameter.</param>
/// <param name="Sets">One entry per <c>[Parameter]</c> attribute.</param>
/// <param name="Aliases">Names from <c>[Alias]</c>.</param>
/// <param name="AllowedValues">Enum names or <c>[ValidateSet]</c> values; empty when free.</param>
internal sealed record ParameterShape(PropertyInfo Property, IReadOnlyList<ParameterSetBinding> Sets, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AllowedValues)
{
    /// <summary>The full name of <c>[Parameter]</c>.</summary>
    public const string ParameterAttribute = "System.Management.Automation.ParameterAttribute";

    /// <summary>The parameter's name.</summary>
    public string Name => Property.Name;

    /// <summary>The parameter's type.</summary>
    public Type Type => Property.PropertyType;

    /// <summary>True for switches.</summary>
    public bool IsSwitch => TypeNames.IsSwitch(Type);

    /// <summary>Mandatory in every set it belongs to.</summary>
    public bool AlwaysMandatory => Sets.All(s => s.Mandatory);

    /// <summary>Binds from the pipeline by value in some set.</summary>
    public bool FromPipeline => Sets.Any(s => s.FromPipeline);

    /// <summary>Binds from the pipeline by property name in some set.</summary>
    public bool FromPipelineByPropertyName => Sets.Any(s => s.FromPipelineByPropertyName);

    /// <summary>The first position it has in any set, or null.</summary>
    public int? Position => Sets.Select(s => s.Position).FirstOrDefault(p => p is not null);

    /// <summary>Help's pipeline-input text: <c>True (ByValue, ByPropertyName)</c>, <c>False</c>.</summary>
    public string PipelineInput => PipelineText(FromPipeline, FromPipelineByPropertyName);

    /// <summary>Help's pipeline-input text for the given ways of binding.</summary>
    public static string PipelineText(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
    {
        (true, true) => "True (ByValue, ByPropertyName)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    /// <summary>The binding in <paramref name="set"/> (a specific one, else the all-sets one), or null when absent.</summary>
    public ParameterSetBinding? In(string set) =>
        Sets.FirstOrDefault(s => s.SetName == set) ?? Sets.FirstOrDefault(s => s.SetName == CmdletShape.AllParameterSets);

    /// <summary>Reads a parameter property.</summary>
    public static ParameterShape Read(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var sets = AttributeValues.Of(property, ParameterAttribute).Select(a =>
        {
            int position = AttributeValues.Named(a, "Position", int.MinValue);
            return new ParameterSetBinding(
                AttributeValues.Named(a, "ParameterSetName", CmdletShape.AllParameterSets),
                AttributeValues.Named(a, "Mandatory", false),
                position == int.MinValue ? null : position,
                AttributeValues.Named(a, "ValueFromPipeline", false),
                AttributeValues.Named(a, "ValueFromPipelineByPropertyName", false));
        });
        var aliases = AttributeValues.Of(property, "System.Management.Automation.AliasAttribute").SelectMany(AttributeValues.Constructor).OfType<string>();
        var validateSet = AttributeValues.Of(property, "System.Management.Automation.ValidateSetAttribute").SelectMany(AttributeValues.Constructor).OfType<string>().ToList();
        return new ParameterShape(property, [.. sets], [.. aliases], validateSet.Count > 0 ? validateSet : TypeNames.EnumValues(property.PropertyType));
    }
}
