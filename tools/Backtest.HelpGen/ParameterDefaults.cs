using System.Globalization;
using Backtest.HelpGen.Metadata;

namespace Backtest.HelpGen;

/// <summary>
/// Each parameter's default as help shows it: <c>[PSDefaultValue(Help = ...)]</c> where the code states a default it
/// computes at run time, else the value a fresh instance of the cmdlet holds (its property initialisers), so help says
/// what the code does. Mandatory parameters, nulls and empty arrays read "None"; switches "False".
/// </summary>
internal static class ParameterDefaults
{
    /// <summary>The defaults of every parameter of <paramref name="shape"/>, whose type must be loaded to run.</summary>
    public static IReadOnlyDictionary<string, string> Of(CmdletShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        object instance = Activator.CreateInstance(shape.Type)
            ?? throw new InvalidOperationException($"{shape.Type.FullName} could not be constructed.");
        try
        {
            return shape.Parameters.ToDictionary(p => p.Name, p => Declared(p) ?? Describe(p, p.Property.GetValue(instance)), StringComparer.OrdinalIgnoreCase);
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }

    private static string? Declared(ParameterShape parameter) =>
        AttributeValues.Of(parameter.Property, "System.Management.Automation.PSDefaultValueAttribute")
            .Select(a => AttributeValues.Named<string?>(a, "Help", null) ?? AttributeValues.Named<object?>(a, "Value", null)?.ToString())
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));

    private static string Describe(ParameterShape parameter, object? value) => value switch
    {
        _ when parameter.IsSwitch => "False",
        _ when parameter.AlwaysMandatory => "None",
        null => "None",
        string { Length: 0 } => "None",
        Array { Length: 0 } => "None",
        DateTime time => time.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "None",
    };
}
