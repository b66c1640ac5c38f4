using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The catalog checks of a bound config: the strategy exists, every parameter is one of its own with an allowed
/// value, the combination is consistent, the models are usable, and every optimization range lies inside the
/// parameter's catalog range. Each failure names the file, line and key path the value came from.
/// </summary>
internal static class ConfigValidator
{
    public static BacktestConfigFile Check(ConfigDraft draft, string file)
    {
        var options = draft.Options;
        if (!StrategyCatalog.TryFind(options.Strategy, out var entry))
        {
            var names = StrategyCatalog.All.Select(e => e.Name);
            throw ConfigError.Invalid(file, draft.StrategyAt.Line, draft.StrategyAt.Path,
                $"got '{options.Strategy}'; expected a catalogued strategy.{NameSuggestion.Hint(options.Strategy, names, StrategyCatalog.NormalizeName)} Known strategies: {string.Join(", ", names)}.");
        }
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var given in draft.Parameters)
        {
            var parameter = Find(entry, given.Name, file, given.Line, given.Path);
            parameters[parameter.Name] = Checked(entry, parameter, given.Text, file, given.Line, given.Path);
        }
        options = options with { Strategy = entry.Name, Parameters = parameters };
        try
        {
            entry.Resolve(parameters);
        }
        catch (BacktestException ex)
        {
            throw ConfigError.Invalid(file, draft.ParametersAt.Line, draft.ParametersAt.Path, ex.Message, ex);
        }
        try
        {
            options.ToSimulationOptions();
        }
        catch (BacktestException ex)
        {
            throw ConfigError.Invalid(file, 0, ex.Target ?? "", ex.Message, ex);
        }
        return new BacktestConfigFile
        {
            Options = options,
            Data = draft.Data,
            Optimization = [.. draft.Optimization.Select(r => Range(entry, r, file))],
            Path = file,
            Shape = draft.Shape,
        };
    }

    private static StrategyParameter Find(StrategyEntry entry, string name, string file, int line, string path) =>
        entry.Parameters.FirstOrDefault(p => StrategyCatalog.NormalizeName(p.Name) == StrategyCatalog.NormalizeName(name))
        ?? throw ConfigError.Invalid(file, line, path,
            $"{entry.Name} has no parameter '{name}'.{NameSuggestion.Hint(name, entry.Parameters.Select(p => p.Name), StrategyCatalog.NormalizeName)} Its parameters: {entry.Signature}.");

    private static string Checked(StrategyEntry entry, StrategyParameter parameter, string text, string file, int line, string path)
    {
        try
        {
            return parameter.Check(entry.Name, text);
        }
        catch (BacktestException ex)
        {
            throw ConfigError.Invalid(file, line, path, $"got '{text}'; expected {parameter.RangeText}.{Hint(ex.Message)}", ex);
        }
    }

    // The catalog's message ends with its own did-you-mean for choices; keep that part.
    private static string Hint(string message)
    {
        int at = message.IndexOf(" Did you mean", StringComparison.Ordinal);
        return at < 0 ? "" : message[at..].TrimEnd('.', '?') + "?";
    }

    private static ParameterRange Range(StrategyEntry entry, DraftRange draft, string file)
    {
        var range = draft.Range;
        var parameter = Find(entry, range.Name, file, draft.Line, draft.Path);
        if (range.IsList)
        {
            return ParameterRange.List(parameter.Name, [.. range.Values.Select((v, i) => Checked(entry, parameter, v, file, draft.Line, $"{draft.Path}[{i}]"))]);
        }
        if (parameter.Kind == StrategyParameterKind.Choice)
        {
            throw ConfigError.Invalid(file, draft.Line, draft.Path, $"{parameter.Name} is a choice; expected a list of values from {string.Join(", ", parameter.Choices)}");
        }
        double step = double.IsNaN(range.Step) ? parameter.Step : range.Step;
        bool whole = parameter.Kind == StrategyParameterKind.WholeNumber;
        string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (!(range.Min >= parameter.Min && range.Max <= parameter.Max) || (whole && (range.Min != Math.Floor(range.Min) || range.Max != Math.Floor(range.Max))))
        {
            throw ConfigError.Invalid(file, draft.Line, draft.Path, $"got min {Text(range.Min)}, max {Text(range.Max)}; expected both within {parameter.Name}'s range, {parameter.RangeText}");
        }
        if (whole && step != Math.Floor(step)) throw ConfigError.Invalid(file, draft.Line, $"{draft.Path}.step", $"got {Text(step)}; expected a whole step for {parameter.RangeText}");
        var result = ParameterRange.Grid(parameter.Name, range.Min, range.Max, step);
        if ((range.Max - range.Min) / step + 1 > ParameterRange.MaxPoints)
        {
            throw ConfigError.Invalid(file, draft.Line, $"{draft.Path}.step", $"got {Text(step)}, which makes more than {ParameterRange.MaxPoints:N0} values; expected a coarser step");
        }
        return result;
    }
}
