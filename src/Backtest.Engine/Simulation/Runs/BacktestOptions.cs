using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Simulation;

/// <summary>
/// A backtest as plain data: a catalogued strategy with its parameters, and the built-in market models by name and
/// number. This is what the CLI and the cmdlet bind into, what a run manifest records, and what a manifest re-runs;
/// <see cref="ToSimulationOptions"/> turns it into the models the simulator takes. The defaults reproduce the W1
/// benchmark: 10,000 cash, 0.1 % fee per fill, next-open fills, all-in with fractional units, positions kept at the end.
/// </summary>
public sealed record BacktestOptions
{
    /// <summary>Catalogued strategy name (see <see cref="Strategies.StrategyCatalog"/>).</summary>
    public string Strategy { get; init; } = "sma-cross";

    /// <summary>Strategy parameters as text, by name (e.g. <c>fast</c> = <c>10</c>); missing ones take their defaults.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Starting cash in the quote currency.</summary>
    public double InitialCash { get; init; } = 10_000;

    /// <summary>Taker fee as a fraction of the traded value per fill (0.001 = 0.1 %).</summary>
    public double Fee { get; init; } = 0.001;

    /// <summary>Maker fee (limit fills, take-profits); null means the same as <see cref="Fee"/>.</summary>
    public double? MakerFee { get; init; }

    /// <summary>Fixed fee per fill in the quote currency.</summary>
    public double FixedFee { get; init; }

    /// <summary>Slippage model.</summary>
    public SlippageSpec Slippage { get; init; } = SlippageSpec.None;

    /// <summary>Sizing model.</summary>
    public SizingSpec Sizing { get; init; } = SizingSpec.AllIn;

    /// <summary>Quantity step (Binance LOT_SIZE); 0 for none.</summary>
    public double QuantityStep { get; init; }

    /// <summary>Minimum entry value (Binance MIN_NOTIONAL); 0 for none.</summary>
    public double MinNotional { get; init; }

    /// <summary>Fill timing: next open (default) or this close.</summary>
    public FillTiming Fill { get; init; } = FillTiming.NextOpen;

    /// <summary>What happens to a position open after the last bar.</summary>
    public EndOfDataPolicy EndOfData { get; init; } = EndOfDataPolicy.Keep;

    /// <summary>Which of stop and take-profit a bar reaching both fills first.</summary>
    public IntrabarPolicy Intrabar { get; init; } = IntrabarPolicy.Pessimistic;

    /// <summary>Stops for every entry, under the strategy's own (null for none).</summary>
    public ProtectiveStops? Stops { get; init; }

    /// <summary>Wilder ATR length for ATR stops and ATR slippage.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Data-quality policy applied to candles given directly (candles loaded by a query follow the query's).</summary>
    public QualityPolicy QualityPolicy { get; init; } = QualityPolicy.Warn;

    /// <summary>USD-M perpetual futures (leverage, margin, funding); null for spot.</summary>
    public FuturesSpec? Futures { get; init; }

    /// <summary>Multi-symbol portfolio rules (max positions, exposure caps); null for no limits beyond the cash.</summary>
    public PortfolioRules? Portfolio { get; init; }

    /// <summary>Random seed, recorded in the manifest (the built-in strategies and models are deterministic).</summary>
    public long Seed { get; init; }

    /// <summary>Checks everything that can be checked without candles: the strategy, its parameters and the models.</summary>
    /// <exception cref="Errors.BacktestException">The first problem found (InvalidArgument naming it, with a did-you-mean for names).</exception>
    public void Validate()
    {
        var entry = Strategies.StrategyCatalog.Find(Strategy);
        entry.Resolve(Parameters);
        ToSimulationOptions();
    }

    /// <summary>The simulator's options these values name.</summary>
    /// <param name="lowerTimeframe">Finer candles for <see cref="IntrabarPolicy.LowerTimeframe"/>, or null.</param>
    /// <exception cref="Errors.BacktestException">A value out of range (InvalidArgument naming it: cash, fee, sizing, ...).</exception>
    public SimulationOptions ToSimulationOptions(CandleSeries? lowerTimeframe = null)
    {
        var options = new SimulationOptions
        {
            InitialCash = InitialCash,
            Fill = Fill == FillTiming.ThisClose ? ThisCloseFillModel.Instance : NextOpenFillModel.Instance,
            Fee = new MakerTakerFeeModel(MakerFee ?? Fee, Fee, FixedFee),
            Slippage = (Slippage ?? SlippageSpec.None).ToModel(),
            Sizing = (Sizing ?? SizingSpec.AllIn).ToModel(),
            Lots = new LotRules { QuantityStep = QuantityStep, MinNotional = MinNotional, Whole = Sizing?.WholeUnits ?? false },
            Stops = Stops ?? ProtectiveStops.None,
            Intrabar = Intrabar,
            LowerTimeframe = lowerTimeframe,
            EndOfData = EndOfData,
            AtrPeriod = AtrPeriod,
            Futures = Futures,
        };
        options.Validate();
        Portfolio?.Validate();
        return options;
    }
}
