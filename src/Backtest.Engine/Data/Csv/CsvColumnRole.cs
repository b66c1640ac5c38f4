namespace Backtest.Engine.Data.Csv;

/// <summary>What a CSV column holds, as far as candles are concerned.</summary>
internal enum CsvColumnRole : byte
{
    /// <summary>A column the reader skips (close_time, adj close, open interest, …).</summary>
    Ignored = 0,

    /// <summary>The open time.</summary>
    Time,

    /// <summary>Open price.</summary>
    Open,

    /// <summary>High price.</summary>
    High,

    /// <summary>Low price.</summary>
    Low,

    /// <summary>Close price.</summary>
    Close,

    /// <summary>Base volume.</summary>
    Volume,

    /// <summary>Quote volume; may be empty.</summary>
    QuoteVolume,

    /// <summary>Trade count; may be empty.</summary>
    Trades,
}
