using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>execution</c>: <c>fill</c> (next-open | close), <c>end_of_data</c> (keep | close | open), <c>intrabar</c>
/// (pessimistic | optimistic) and <c>seed</c>.
/// </summary>
internal static class ExecutionSection
{
    public static BacktestOptions Apply(ConfigSection s, BacktestOptions options) => options with
    {
        Fill = s.Choice("fill", "next-open", "close", "this-close") is { } fill ? (fill == "next-open" ? FillTiming.NextOpen : FillTiming.ThisClose) : options.Fill,
        EndOfData = s.Choice("end_of_data", "keep", "close", "open") switch
        {
            null => options.EndOfData,
            "close" => EndOfDataPolicy.CloseAtLastClose,
            "open" => EndOfDataPolicy.CloseAtLastOpen,
            _ => EndOfDataPolicy.Keep,
        },
        Intrabar = s.Choice("intrabar", "pessimistic", "optimistic") switch
        {
            null => options.Intrabar,
            "optimistic" => IntrabarPolicy.Optimistic,
            _ => IntrabarPolicy.Pessimistic,
        },
        Seed = s.Get("seed") is { } seed ? (long)s.Source.Number(seed, s.KeyPath("seed"), v => v == Math.Floor(v) && Math.Abs(v) < 9e15, "an integer") : options.Seed,
    };
}
