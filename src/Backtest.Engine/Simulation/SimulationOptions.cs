using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Everything about a simulation except the strategy and the candles: starting cash and the pluggable market
/// models. The defaults reproduce the W1 benchmark's rules: 10,000 cash, next-open fills, 0.1 % fee per fill, no
/// slippage, all-in sizing with fractional units, positions left open at the end.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>The defaults.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>Starting cash in the quote currency.</summary>
    public double InitialCash { get; init; } = 10_000;

    /// <summary>When and where orders fill.</summary>
    public IFillModel Fill { get; init; } = NextOpenFillModel.Instance;

    /// <summary>Fees per fill.</summary>
    public IFeeModel Fee { get; init; } = new MakerTakerFeeModel(0.001, 0.001);

    /// <summary>Slippage on taker fills.</summary>
    public ISlippageModel Slippage { get; init; } = NoSlippage.Instance;

    /// <summary>Entry quantity when the strategy does not give one.</summary>
    public ISizingModel Sizing { get; init; } = AllInSizing.Instance;

    /// <summary>Quantity step, whole units and minimum notional.</summary>
    public LotRules Lots { get; init; } = LotRules.None;

    /// <summary>Stops every entry gets unless its own intent sets them (per stop: the intent's wins).</summary>
    public ProtectiveStops Stops { get; init; } = ProtectiveStops.None;

    /// <summary>USD-M perpetual futures: leverage, margin mode, liquidation, funding; null for spot.</summary>
    public FuturesSpec? Futures { get; init; }

    /// <summary>The margin model for <see cref="Futures"/>; null uses <see cref="UsdMMarginModel"/> of the spec.</summary>
    public IMarginModel? MarginModel { get; init; }

    /// <summary>Funding rates by symbol, for futures runs with funding on.</summary>
    public IReadOnlyDictionary<string, FundingRates>? FundingRates { get; init; }

    /// <summary>Which of stop and take-profit a bar reaching both fills first.</summary>
    public IntrabarPolicy Intrabar { get; init; } = IntrabarPolicy.Pessimistic;

    /// <summary>Finer candles of the same symbol, required by <see cref="IntrabarPolicy.LowerTimeframe"/>.</summary>
    public CandleSeries? LowerTimeframe { get; init; }

    /// <summary>What to do with a position open after the last bar.</summary>
    public EndOfDataPolicy EndOfData { get; init; } = EndOfDataPolicy.Keep;

    /// <summary>Wilder ATR length for ATR stops and ATR slippage.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>
    /// Let strategies that publish a signal column (<see cref="Strategies.ISignalStrategy"/>) skip the bars where
    /// nothing can happen. Results are identical either way (a test proves it); false forces one
    /// <see cref="Strategies.IStrategy.OnBar"/> call per bar.
    /// </summary>
    public bool UseSignalFastPath { get; init; } = true;

    /// <summary>
    /// Compute the optimistic and pessimistic bounds by re-running with each intrabar policy when a run has
    /// ambiguous bars (default true). Without, both bounds are NaN on runs with ambiguous bars.
    /// </summary>
    public bool ComputeBounds { get; init; } = true;

    /// <summary>Throws unless the options are usable.</summary>
    /// <exception cref="BacktestException">A bad value (InvalidArgument, naming it).</exception>
    public void Validate()
    {
        if (!(InitialCash > 0 && double.IsFinite(InitialCash)))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"The initial cash must be finite and positive; got {InitialCash}."), "cash");
        }
        ArgumentNullException.ThrowIfNull(Fill);
        ArgumentNullException.ThrowIfNull(Fee);
        ArgumentNullException.ThrowIfNull(Slippage);
        ArgumentNullException.ThrowIfNull(Sizing);
        ArgumentNullException.ThrowIfNull(Lots);
        ArgumentNullException.ThrowIfNull(Stops);
        Lots.Validate();
        Stops.Validate();
        if (!Enum.IsDefined(Intrabar)) throw new BacktestException(ErrorKind.InvalidArgument, $"Unknown intrabar policy {(int)Intrabar}.", "intrabar");
        if (!Enum.IsDefined(EndOfData)) throw new BacktestException(ErrorKind.InvalidArgument, $"Unknown end-of-data policy {(int)EndOfData}.", "end");
        if (Intrabar == IntrabarPolicy.LowerTimeframe && LowerTimeframe is null)
        {
            throw new BacktestException(ErrorKind.InvalidArgument, "The LowerTimeframe intrabar policy needs lower-timeframe candles (LowerTimeframe).", "LowerTimeframe");
        }
        _ = new Indicators.AtrParameters(AtrPeriod);
        Futures?.Validate();
    }
}
