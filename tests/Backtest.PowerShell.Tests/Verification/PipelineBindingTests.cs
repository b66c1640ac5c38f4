using Backtest.HelpGen.Metadata;

namespace Backtest.PowerShell.Tests.Verification;

/// <summary>
/// Parameters that bind from the pipeline by property name must have something that feeds them: a property of the
/// same name on one of the module's output types, or a documented outside input (file objects from Get-ChildItem).
/// The intended feeds between the module's own records are declared here and checked property by property.
/// </summary>
public sealed class PipelineBindingTests
{
    /// <summary>Inputs from outside the module that bind by property name: file objects (FullName, PSPath).</summary>
    private static readonly string[] DocumentedInputs = ["Path", "FullName", "LiteralPath", "PSPath"];

    /// <summary>
    /// Records of the module meant to be piped into a cmdlet, and the parameters they must bind. Add one per feed as
    /// cmdlets land (BandSignal → Invoke-Backtest binds Symbol, Interval, StartTime, EndTime). A Candle is not a
    /// feed: piping candles into Get-Candles would reload the symbol once per candle.
    /// </summary>
    public static TheoryData<string, string, string[]> IntendedFeeds() => new()
    {
        { "Backtest.Engine.Data.CandleSeries", "Get-Candles", ["Symbol", "Interval"] },
        { "Backtest.Engine.Signals.Bands.BandSignal", "Invoke-Backtest", ["Symbol", "Interval", "StartTime", "EndTime"] },
        { "Backtest.Engine.Simulation.BacktestResult", "Invoke-Backtest", ["Symbol", "Interval", "StartTime", "EndTime"] },
    };

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void ByPropertyNameParameters_AreFedByAModuleOutputOrADocumentedInput(string cmdlet)
    {
        var outputs = BuiltModule.Cmdlets.SelectMany(c => c.Outputs).Select(o => o.Type).OfType<Type>().ToList();
        foreach (var parameter in BuiltModule.Cmdlet(cmdlet).Parameters.Where(p => p.FromPipelineByPropertyName))
        {
            var names = parameter.Aliases.Prepend(parameter.Name).ToList();
            bool documented = names.Any(n => DocumentedInputs.Contains(n, StringComparer.OrdinalIgnoreCase));
            bool fed = outputs.Any(t => names.Any(n => Binds(t, n, parameter)));
            Assert.True(documented || fed,
                $"{cmdlet}: -{parameter.Name} binds by property name, but no output type of the module has a compatible '{parameter.Name}' property.");
        }
    }

    [Theory]
    [MemberData(nameof(IntendedFeeds))]
    public void IntendedFeed_BindsEveryParameterItIsMeantTo(string sourceType, string cmdlet, string[] parameters)
    {
        var type = BuiltModule.FindType(sourceType);
        Assert.True(type is not null, $"{sourceType} is not a type of the module.");
        var target = BuiltModule.Cmdlet(cmdlet);
        foreach (string name in parameters)
        {
            var parameter = target.Parameters.SingleOrDefault(p => p.Name == name);
            Assert.True(parameter is { FromPipelineByPropertyName: true }, $"{cmdlet}: -{name} does not bind by property name.");
            Assert.True(Binds(type!, name, parameter!), $"{sourceType} has no property '{name}' that {cmdlet} -{name} can take.");
        }
    }

    // PowerShell converts anything to a string parameter (via ToString), a value to an array of its type, and a
    // Nullable<T> property to T; any other type pair would fail at bind time.
    private static bool Binds(Type source, string propertyName, ParameterShape parameter)
    {
        var property = source.GetProperty(propertyName);
        if (property is null) return false;
        var from = TypeNames.Unwrap(property.PropertyType);
        var to = TypeNames.Unwrap(parameter.Type);
        if (to.IsArray) to = TypeNames.Unwrap(to.GetElementType()!);
        return to.FullName == "System.String" || to.FullName == from.FullName || (from.IsArray && from.GetElementType()!.FullName == to.FullName);
    }
}
