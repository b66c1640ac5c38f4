using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>data</c>: the candles to run on — <c>symbols</c> (a list or comma-separated), <c>interval</c>,
/// <c>start</c>/<c>end</c> (UTC, end exclusive), <c>source</c> (sample | binance | binance-futures | csv; default csv
/// with <c>paths</c>, else sample), <c>paths</c> (candle files, relative to the config's folder), <c>top</c> and
/// <c>quality_policy</c> (warn | fail | repair).
/// </summary>
internal static class DataSection
{
    public static CandleQuery Read(ConfigSection s)
    {
        var source = s.Source;
        string symbolsKey = FuturesSection.OneOf(s, "symbols", "symbol"), pathsKey = FuturesSection.OneOf(s, "paths", "path");
        var symbols = s.Get(symbolsKey) is { } sy ? source.TextList(sy, s.KeyPath(symbolsKey)) : [];
        var pathsNode = s.Get(pathsKey);
        var paths = pathsNode is null ? [] : source.TextList(pathsNode, s.KeyPath(pathsKey));
        var kind = s.Choice("source", "sample", "binance", "binance-futures", "csv") switch
        {
            "binance" => CandleSourceKind.Binance,
            "binance-futures" => CandleSourceKind.BinanceFutures,
            "csv" => CandleSourceKind.Csv,
            "sample" => CandleSourceKind.Sample,
            _ => paths.Count > 0 ? CandleSourceKind.Csv : CandleSourceKind.Sample,
        };
        int? top = s.Integer("top", 1, 1000);
        if (kind == CandleSourceKind.Csv && paths.Count == 0) throw source.Invalid(s.Line, s.KeyPath("paths"), "missing; source csv needs paths (candle files)");
        if (kind != CandleSourceKind.Csv && paths.Count > 0) throw source.Invalid(s.Get(pathsKey)!, s.KeyPath(pathsKey), $"files are read by source csv; got source {s.Text("source")}");
        if (kind != CandleSourceKind.Csv && symbols.Count == 0 && top is null) throw source.Invalid(s.Line, s.KeyPath("symbols"), "missing; name the symbols to load (or top: N)");
        var query = new CandleQuery
        {
            Symbols = [.. symbols.Select(v => v.ToUpperInvariant())],
            Interval = s.Get("interval") is { } interval ? source.Parse(interval, s.KeyPath("interval"), Interval.Parse) : null,
            StartTime = s.Get("start") is { } start ? source.Time(start, s.KeyPath("start")) : null,
            EndTime = s.Get("end") is { } end ? source.Time(end, s.KeyPath("end")) : null,
            Source = kind,
            Paths = [.. paths.Select((path, i) => pathsNode is ConfigList list
                ? source.ExistingFile(list.Items[i], $"{s.KeyPath(pathsKey)}[{i}]")
                : source.ExistingFile(pathsNode!, s.KeyPath(pathsKey), path))],
            Top = top,
            QualityPolicy = s.Choice("quality_policy", "warn", "fail", "repair") switch
            {
                "fail" => QualityPolicy.Fail,
                "repair" => QualityPolicy.Repair,
                _ => QualityPolicy.Warn,
            },
        };
        if (query.StartTime is { } from && query.EndTime is { } to && to <= from)
        {
            throw source.Invalid(s.Get("end")!, s.KeyPath("end"), string.Create(CultureInfo.InvariantCulture, $"got {to:yyyy-MM-dd HH:mm}, not after start {from:yyyy-MM-dd HH:mm}; expected an end after the start"));
        }
        return query;
    }
}
