namespace Backtest.Engine.Errors;

/// <summary>
/// The one exception type the engine throws for expected failures. <see cref="Kind"/> is stable API;
/// <see cref="Target"/> names the file, symbol or parameter at fault so fronts can show it.
/// </summary>
public sealed class BacktestException : Exception
{
    /// <summary>Creates an engine failure.</summary>
    public BacktestException(ErrorKind kind, string message, string? target = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Target = target;
    }

    /// <summary>Creates an <see cref="ErrorKind.InvalidArgument"/> failure.</summary>
    public BacktestException(string message) : this(ErrorKind.InvalidArgument, message) { }

    /// <summary>Creates an <see cref="ErrorKind.InvalidArgument"/> failure wrapping a cause.</summary>
    public BacktestException(string message, Exception innerException) : this(ErrorKind.InvalidArgument, message, null, innerException) { }

    /// <summary>Creates an <see cref="ErrorKind.InvalidArgument"/> failure with no message.</summary>
    public BacktestException() : this(ErrorKind.InvalidArgument, "Invalid argument.") { }

    /// <summary>What went wrong, as a stable category.</summary>
    public ErrorKind Kind { get; }

    /// <summary>The file, symbol or parameter the failure is about, when there is one.</summary>
    public string? Target { get; }
}
