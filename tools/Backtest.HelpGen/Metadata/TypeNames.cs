namespace Backtest.HelpGen.Metadata;

/// <summary>
/// How help names parameter and output types. Compares types by name only, so it works on types from any load
/// context (a MetadataLoadContext type is never equal to <c>typeof(...)</c>).
/// </summary>
internal static class TypeNames
{
    /// <summary>The full name of PowerShell's switch type.</summary>
    public const string Switch = "System.Management.Automation.SwitchParameter";

    /// <summary><c>T</c> for <c>Nullable&lt;T&gt;</c>, else the type itself.</summary>
    public static Type Unwrap(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0] : type;
    }

    /// <summary>The short name help shows in syntax: <c>String[]</c>, <c>DateTime</c>, <c>SwitchParameter</c>.</summary>
    public static string Short(Type type)
    {
        var t = Unwrap(type);
        return t.IsArray ? Short(t.GetElementType()!) + "[]" : t.Name;
    }

    /// <summary>The full name help shows as the type: <c>System.String[]</c>, <c>System.DateTime</c>.</summary>
    public static string Full(Type type)
    {
        var t = Unwrap(type);
        return t.IsArray ? Full(t.GetElementType()!) + "[]" : t.FullName ?? t.Name;
    }

    /// <summary>True for <c>SwitchParameter</c>.</summary>
    public static bool IsSwitch(Type type) => Unwrap(type).FullName == Switch;

    /// <summary>The names of an enum type (or of an array of one); empty for other types.</summary>
    public static IReadOnlyList<string> EnumValues(Type type)
    {
        var t = Unwrap(type);
        if (t.IsArray) t = Unwrap(t.GetElementType()!);
        return t.IsEnum ? t.GetEnumNames() : [];
    }
}
