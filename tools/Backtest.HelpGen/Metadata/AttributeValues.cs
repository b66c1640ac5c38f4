using System.Collections.ObjectModel;
using System.Reflection;

namespace Backtest.HelpGen.Metadata;

/// <summary>
/// Reads attribute arguments from <see cref="CustomAttributeData"/>, which works the same for types loaded to run and
/// types read through a MetadataLoadContext. (PowerShellStandard's attribute classes are stubs: constructing them
/// through plain reflection yields empty values, so the raw argument blobs are the only truth.)
/// </summary>
internal static class AttributeValues
{
    /// <summary>The attributes of <paramref name="member"/> whose type has the full name <paramref name="fullName"/>.</summary>
    public static IEnumerable<CustomAttributeData> Of(MemberInfo member, string fullName) =>
        member.GetCustomAttributesData().Where(a => a.AttributeType.FullName == fullName);

    /// <summary>A named argument's value, or <paramref name="fallback"/> when the attribute does not set it.</summary>
    public static T Named<T>(CustomAttributeData attribute, string name, T fallback)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.MemberName == name && argument.TypedValue.Value is T value) return value;
        }
        return fallback;
    }

    /// <summary>The values of a named array argument (e.g. <c>ParameterSetName = ["A", "B"]</c>), empty when unset.</summary>
    public static IReadOnlyList<object?> NamedArray(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).SelectMany(a => Flatten(a.TypedValue)).ToList();

    /// <summary>Every constructor argument, with <c>params</c> arrays flattened.</summary>
    public static IReadOnlyList<object?> Constructor(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.SelectMany(Flatten).ToList();

    private static IEnumerable<object?> Flatten(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : [argument.Value];
}
