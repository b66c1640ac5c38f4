using System.Management.Automation;
using Backtest.Engine.Errors;

namespace Backtest.PowerShell;

/// <summary>
/// The stable error ids every cmdlet writes (the first part of FullyQualifiedErrorId), one per engine
/// <see cref="ErrorKind"/>, each with the ErrorCategory PowerShell users filter on. Ids never change once released.
/// </summary>
public static class ErrorIds
{
    /// <summary>A parameter value is out of range or inconsistent.</summary>
    public const string InvalidArgument = "Backtest.InvalidArgument";

    /// <summary>A file or payload is not in the expected format.</summary>
    public const string InvalidData = "Backtest.InvalidData";

    /// <summary>A file, symbol or cached range does not exist.</summary>
    public const string NotFound = "Backtest.NotFound";

    /// <summary>The exchange does not list the symbol.</summary>
    public const string UnknownSymbol = "Backtest.UnknownSymbol";

    /// <summary>A network request failed after every retry.</summary>
    public const string Network = "Backtest.Network";

    /// <summary>The exchange rate limit could not be waited out.</summary>
    public const string RateLimited = "Backtest.RateLimited";

    /// <summary>The exchange banned this IP (HTTP 418).</summary>
    public const string IpBanned = "Backtest.IpBanned";

    /// <summary>The data-quality policy is Fail and the report found problems.</summary>
    public const string DataQuality = "Backtest.DataQuality";

    /// <summary>The local store could not be read or written.</summary>
    public const string Storage = "Backtest.Storage";

    /// <summary>An unexpected failure (a bug: please report it).</summary>
    public const string Unexpected = "Backtest.Unexpected";

    /// <summary>Every id, for uniqueness checks and documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
        [InvalidArgument, InvalidData, NotFound, UnknownSymbol, Network, RateLimited, IpBanned, DataQuality, Storage, Unexpected];

    /// <summary>The id and category for an engine failure kind.</summary>
    public static (string Id, ErrorCategory Category) For(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidArgument => (InvalidArgument, ErrorCategory.InvalidArgument),
        ErrorKind.InvalidData => (InvalidData, ErrorCategory.InvalidData),
        ErrorKind.NotFound => (NotFound, ErrorCategory.ObjectNotFound),
        ErrorKind.UnknownSymbol => (UnknownSymbol, ErrorCategory.ObjectNotFound),
        ErrorKind.Network => (Network, ErrorCategory.ConnectionError),
        ErrorKind.RateLimited => (RateLimited, ErrorCategory.LimitsExceeded),
        ErrorKind.IpBanned => (IpBanned, ErrorCategory.PermissionDenied),
        ErrorKind.DataQuality => (DataQuality, ErrorCategory.InvalidData),
        ErrorKind.Storage => (Storage, ErrorCategory.WriteError),
        _ => (Unexpected, ErrorCategory.NotSpecified),
    };

    /// <summary>
    /// Builds the ErrorRecord for a failure: an engine failure gets its kind's id and category and targets the
    /// symbol, file or parameter it names; anything else is <see cref="Unexpected"/>.
    /// </summary>
    public static ErrorRecord ToRecord(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not BacktestException engine) return new ErrorRecord(exception, Unexpected, ErrorCategory.NotSpecified, null);
        var (id, category) = For(engine.Kind);
        return new ErrorRecord(engine, id, category, engine.Target);
    }
}
