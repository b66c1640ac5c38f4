namespace Backtest.Engine.Simulation;

/// <summary>Fills at the fill model's price (the default).</summary>
public sealed class NoSlippage : ISlippageModel
{
    /// <summary>The shared instance.</summary>
    public static NoSlippage Instance { get; } = new();

    /// <inheritdoc />
    public double Price(in SlippageContext context) => context.Price;

    /// <inheritdoc />
    public override string ToString() => "none";
}
