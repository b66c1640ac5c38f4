using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Backtest.Engine.Data;

namespace Backtest.Engine.Simulation;

/// <summary>
/// The SHA-256 of the candles a run used: the raw little-endian bytes of the open-time column (int64), then the open,
/// high, low, close and volume columns (float64), each whole column in turn. Any changed price, time or row changes
/// it. Cached per series (a series never changes), so repeated runs on the same candles hash them once.
/// </summary>
public static class CandleFingerprint
{
    private static readonly ConditionalWeakTable<CandleSeries, string> Cache = [];

    /// <summary>The lower-case hex SHA-256 of <paramref name="candles"/>.</summary>
    public static string Sha256(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Cache.GetValue(candles, Compute);
    }

    private static string Compute(CandleSeries candles)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Candle fingerprints are defined on little-endian bytes.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(candles.OpenTimeMs));
        hash.AppendData(MemoryMarshal.AsBytes(candles.Open));
        hash.AppendData(MemoryMarshal.AsBytes(candles.High));
        hash.AppendData(MemoryMarshal.AsBytes(candles.Low));
        hash.AppendData(MemoryMarshal.AsBytes(candles.Close));
        hash.AppendData(MemoryMarshal.AsBytes(candles.Volume));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
