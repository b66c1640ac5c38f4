using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies;

/// <summary>
/// One parameter of a catalogued strategy: its range, default and search step (numbers) or its choices (words).
/// The CLI, the cmdlet's completers, help, and the optimizer read it; <see cref="StrategyEntry.Resolve"/> checks
/// every value through it. An optional parameter (<see cref="IsOptional"/>) has no default: left out, it is off.
/// </summary>
public sealed record StrategyParameter
{
    /// <summary>Name as users type it, snake_case (e.g. <c>stop_loss</c>).</summary>
    public required string Name { get; init; }

    /// <summary>One line for help and completers.</summary>
    public required string Description { get; init; }

    /// <summary>Whole number, real number or choice.</summary>
    public StrategyParameterKind Kind { get; init; }

    /// <summary>Default number (NaN for choices and optional parameters).</summary>
    public double Default { get; init; } = double.NaN;

    /// <summary>Smallest allowed number (inclusive).</summary>
    public double Min { get; init; }

    /// <summary>Largest allowed number (inclusive).</summary>
    public double Max { get; init; }

    /// <summary>Grid step an optimizer should use by default.</summary>
    public double Step { get; init; } = 1;

    /// <summary>Allowed words of a choice, the default first.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>True when the parameter may be left out (then it is off).</summary>
    public bool IsOptional { get; init; }

    /// <summary>The default as text (<c>none</c> for optional parameters).</summary>
    public string DefaultText => Kind == StrategyParameterKind.Choice ? Choices[0]
        : IsOptional ? "none" : Default.ToString(CultureInfo.InvariantCulture);

    /// <summary>What values are allowed, as people read it.</summary>
    public string RangeText => Kind switch
    {
        StrategyParameterKind.Choice => $"one of {string.Join(", ", Choices)}",
        StrategyParameterKind.WholeNumber => string.Create(CultureInfo.InvariantCulture, $"an integer from {Min} to {Max}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"a number from {Min} to {Max}"),
    };

    /// <summary>A whole-number parameter.</summary>
    public static StrategyParameter WholeNumber(string name, string description, int @default, int min, int max) =>
        new() { Name = name, Description = description, Kind = StrategyParameterKind.WholeNumber, Default = @default, Min = min, Max = max, Step = 1 };

    /// <summary>A real-number parameter with a default (multipliers, thresholds).</summary>
    public static StrategyParameter Real(string name, string description, double @default, double min, double max, double step) =>
        new() { Name = name, Description = description, Kind = StrategyParameterKind.RealNumber, Default = @default, Min = min, Max = max, Step = step };

    /// <summary>An optional real-number parameter (off unless given).</summary>
    public static StrategyParameter OptionalReal(string name, string description, double min, double max, double step) =>
        new() { Name = name, Description = description, Kind = StrategyParameterKind.RealNumber, Min = min, Max = max, Step = step, IsOptional = true };

    /// <summary>A choice among words, the first being the default.</summary>
    public static StrategyParameter Choice(string name, string description, params string[] choices) =>
        new() { Name = name, Description = description, Kind = StrategyParameterKind.Choice, Choices = choices };

    /// <summary>Parses and checks <paramref name="text"/>; returns the canonical text (the choice as listed, the number invariant).</summary>
    /// <exception cref="BacktestException">Not a valid value (InvalidArgument naming the parameter and what was expected).</exception>
    public string Check(string strategy, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Kind == StrategyParameterKind.Choice)
        {
            string key = StrategyCatalog.NormalizeName(text);
            foreach (var choice in Choices)
            {
                if (StrategyCatalog.NormalizeName(choice) == key) return choice;
            }
            throw Invalid(strategy, text, NameSuggestion.Hint(text, Choices, StrategyCatalog.NormalizeName));
        }
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !Allows(value))
        {
            throw Invalid(strategy, text, "");
        }
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Checks a number given in code (a parameters record's constructor argument) against the same range as
    /// <see cref="Check(string, string)"/>; returns it.
    /// </summary>
    /// <exception cref="BacktestException">Out of range, not whole where it must be, or a choice parameter (InvalidArgument naming the parameter).</exception>
    public double Check(string strategy, double value) =>
        Kind != StrategyParameterKind.Choice && Allows(value) ? value
            : throw Invalid(strategy, value.ToString("R", CultureInfo.InvariantCulture), "");

    private bool Allows(double value) =>
        value >= Min && value <= Max && (Kind != StrategyParameterKind.WholeNumber || Math.Floor(value) == value);

    private BacktestException Invalid(string strategy, string text, string hint) => new(
        ErrorKind.InvalidArgument, $"{strategy}: parameter '{Name}' must be {RangeText}; got '{text}'.{hint}", Name);
}
