using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>The built-in slippage models by name.</summary>
public enum SlippageKind
{
    /// <summary><see cref="NoSlippage"/> (<c>none</c>, the default).</summary>
    None = 0,

    /// <summary><see cref="FixedBpsSlippage"/> (<c>5bps</c>, or a bare number of basis points).</summary>
    FixedBps = 1,

    /// <summary><see cref="AtrFractionSlippage"/> (<c>atr:0.1</c>).</summary>
    AtrFraction = 2,

    /// <summary><see cref="VolumeShareSlippage"/> (<c>volume:0.1</c>).</summary>
    VolumeShare = 3,
}

/// <summary>
/// A built-in slippage model in data form. Text form: <c>none</c>, <c>5bps</c> (or just <c>5</c>), <c>atr:0.1</c>,
/// <c>volume:0.1</c>.
/// </summary>
/// <param name="Kind">Which model.</param>
/// <param name="Value">Basis points, ATR multiple or impact; 0 for none.</param>
public sealed record SlippageSpec(SlippageKind Kind, double Value = 0)
{
    /// <summary>No slippage (the default).</summary>
    public static SlippageSpec None { get; } = new(SlippageKind.None);

    /// <summary>Parses the text form.</summary>
    /// <exception cref="BacktestException">Unknown form or a bad number (InvalidArgument naming slippage).</exception>
    public static SlippageSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim().ToLowerInvariant();
        SlippageSpec spec;
        if (t is "none" or "0" or "") spec = None;
        else if (t.EndsWith("bps", StringComparison.Ordinal)) spec = new(SlippageKind.FixedBps, Number(t[..^3], text));
        else if (t.StartsWith("atr:", StringComparison.Ordinal)) spec = new(SlippageKind.AtrFraction, Number(t[4..], text));
        else if (t.StartsWith("volume:", StringComparison.Ordinal)) spec = new(SlippageKind.VolumeShare, Number(t[7..], text));
        else spec = new(SlippageKind.FixedBps, Number(t, text));
        _ = spec.ToModel();
        return spec;
    }

    /// <summary>The model this spec names.</summary>
    /// <exception cref="BacktestException">A value out of the model's range.</exception>
    public ISlippageModel ToModel() => Kind switch
    {
        SlippageKind.None => NoSlippage.Instance,
        SlippageKind.FixedBps => new FixedBpsSlippage(Value),
        SlippageKind.AtrFraction => new AtrFractionSlippage(Value),
        SlippageKind.VolumeShare => new VolumeShareSlippage(Value),
        _ => throw new BacktestException(ErrorKind.InvalidArgument, $"Unknown slippage kind {(int)Kind}.", "slippage"),
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SlippageKind.None => "none",
        SlippageKind.FixedBps => string.Create(CultureInfo.InvariantCulture, $"{Value:R}bps"),
        SlippageKind.AtrFraction => string.Create(CultureInfo.InvariantCulture, $"atr:{Value:R}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"volume:{Value:R}"),
    };

    private static double Number(string text, string original) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new BacktestException(ErrorKind.InvalidArgument,
                $"Slippage: '{original}' is not none, a number of basis points (5 or 5bps), atr:MULTIPLE or volume:IMPACT.", "slippage");
}
