namespace Backtest.Engine.Errors;

/// <summary>
/// The stable kind of an engine failure. Fronts map it to an error id (PowerShell) or an exit code (CLI);
/// the numeric values never change once released.
/// </summary>
public enum ErrorKind
{
    /// <summary>An argument or option is out of its allowed range or inconsistent with another.</summary>
    InvalidArgument = 1,

    /// <summary>A file or payload could not be read as the expected format (names file and row).</summary>
    InvalidData = 2,

    /// <summary>A file, symbol or cached range does not exist.</summary>
    NotFound = 3,

    /// <summary>The exchange does not list the symbol.</summary>
    UnknownSymbol = 4,

    /// <summary>A network request failed after every retry.</summary>
    Network = 5,

    /// <summary>The exchange answered 429 and the caller may not wait any longer.</summary>
    RateLimited = 6,

    /// <summary>The exchange answered 418: the IP is banned; nothing more is sent until the ban ends.</summary>
    IpBanned = 7,

    /// <summary>The data-quality policy is Fail and the report found problems.</summary>
    DataQuality = 8,

    /// <summary>The local candle store could not be read or written.</summary>
    Storage = 9,
}
