using System.Text.Encodings.Web;
using System.Text.Json;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The JSON document of a band scan (the results file and <c>backtest bands --format json</c>): the time, the
/// engine version, every parameter, the counts, then one object per symbol with every <see cref="BandSignal"/>
/// field (camelCase; signals upper-case; times ISO 8601 UTC; unknown numbers null) plus <c>failed</c>,
/// <c>errorKind</c> and <c>synthetic</c>.
/// </summary>
public static class BandSignalJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> (UTF-8, indented).</summary>
    public static void Write(Stream stream, BandScanReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var o = report.Options;
        json.WriteStartObject();
        json.WriteString("createdAt", report.CreatedUtc);
        json.WriteString("engineVersion", BandScanReport.EngineVersion);
        json.WriteStartObject("parameters");
        WriteStrings(json, "symbols", o.Symbols);
        if (o.Top is { } top) json.WriteNumber("top", top); else json.WriteNull("top");
        WriteStrings(json, "paths", o.Paths);
        if (o.Interval?.Name is { } interval) json.WriteString("interval", interval); else json.WriteNull("interval");
        json.WriteNumber("degree", o.Degree);
        json.WriteNumber("kStd", o.KStd);
        json.WriteNumber("days", o.Days);
        json.WriteNumber("minBars", o.MinBars);
        json.WriteString("source", o.Source.ToString());
        if (o.EndTime is { } end) json.WriteString("endTime", end); else json.WriteNull("endTime");
        json.WriteNumber("throttleLimit", o.ThrottleLimit);
        json.WriteString("qualityPolicy", o.QualityPolicy.ToString());
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("symbols", report.Results.Count);
        json.WriteNumber("buy", report.Count(TradeSignal.Buy));
        json.WriteNumber("sell", report.Count(TradeSignal.Sell));
        json.WriteNumber("hold", report.Count(TradeSignal.Hold));
        json.WriteNumber("noSignal", report.NoSignalCount);
        json.WriteNumber("failed", report.FailedCount);
        json.WriteEndObject();
        json.WriteStartArray("signals");
        foreach (var result in report.Results) WriteSignal(json, result);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSignal(Utf8JsonWriter json, BandScanResult result)
    {
        var s = result.Signal;
        json.WriteStartObject();
        json.WriteString("symbol", s.Symbol);
        json.WriteString("interval", s.Interval);
        json.WriteString("signal", s.Signal.ToString().ToUpperInvariant());
        Number(json, "close", s.Close);
        Number(json, "lower", s.Lower);
        Number(json, "fit", s.Fit);
        Number(json, "upper", s.Upper);
        Number(json, "potentialReturnPct", s.PotentialReturnPct);
        Number(json, "sigma", s.Sigma);
        Number(json, "rSquared", s.RSquared);
        Number(json, "distanceSigma", s.DistanceSigma);
        json.WriteNumber("bars", s.Bars);
        Time(json, "asOf", s.AsOf);
        Time(json, "startTime", s.StartTime);
        Time(json, "endTime", s.EndTime);
        if (s.Error is null) json.WriteNull("error"); else json.WriteString("error", s.Error);
        json.WriteBoolean("failed", result.Failed);
        if (result.Failure is { } f) json.WriteString("errorKind", f.Kind.ToString()); else json.WriteNull("errorKind");
        json.WriteBoolean("synthetic", result.IsSynthetic);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value); else json.WriteNull(name);
    }

    private static void Time(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } t) json.WriteString(name, t); else json.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
