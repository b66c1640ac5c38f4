using System.Globalization;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The values an optimizer should try for one strategy parameter, from a config's <c>optimization</c> section:
/// either a grid <see cref="Min"/>..<see cref="Max"/> by <see cref="Step"/> (both ends inclusive) or an explicit list
/// of <see cref="Values"/>. Checked against the strategy's catalog ranges when the config is read.
/// </summary>
/// <param name="Name">The catalog parameter name.</param>
/// <param name="Min">Lowest value of the grid (NaN for a list).</param>
/// <param name="Max">Highest value of the grid (NaN for a list).</param>
/// <param name="Step">Grid step (NaN for a list).</param>
/// <param name="Values">The explicit values as canonical text (empty for a grid).</param>
public sealed record ParameterRange(string Name, double Min, double Max, double Step, IReadOnlyList<string> Values)
{
    /// <summary>Most points one parameter may expand to (a guard against a step typed in the wrong unit).</summary>
    public const int MaxPoints = 100_000;

    /// <summary>A grid from <paramref name="min"/> to <paramref name="max"/> by <paramref name="step"/>.</summary>
    public static ParameterRange Grid(string name, double min, double max, double step) => new(name, min, max, step, []);

    /// <summary>An explicit list.</summary>
    public static ParameterRange List(string name, IReadOnlyList<string> values) => new(name, double.NaN, double.NaN, double.NaN, values);

    /// <summary>True for an explicit list of values.</summary>
    public bool IsList => Values.Count > 0;

    /// <summary>Number of values (grid ends inclusive; a last step that would overshoot is left out).</summary>
    public int Count => IsList ? Values.Count : (int)Math.Floor((Max - Min) / Step + 1e-9) + 1;

    /// <summary>Every value as text, in order, as a strategy parameter takes it.</summary>
    public IReadOnlyList<string> Expand()
    {
        if (IsList) return Values;
        var values = new string[Count];
        // From the index rather than by accumulating the step, so 0.1-steps do not drift.
        for (int i = 0; i < values.Length; i++) values[i] = Math.Round(Min + i * Step, 12).ToString("R", CultureInfo.InvariantCulture);
        return values;
    }

    /// <inheritdoc />
    public override string ToString() => IsList ? $"{Name} in [{string.Join(", ", Values)}]"
        : string.Create(CultureInfo.InvariantCulture, $"{Name} {Min}..{Max} step {Step}");
}
