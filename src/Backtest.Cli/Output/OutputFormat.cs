using System.CommandLine;

namespace Backtest.Cli.Output;

/// <summary>How a command prints its results.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned tables for people.</summary>
    Table,

    /// <summary>CSV with a header row, for spreadsheets and scripts.</summary>
    Csv,

    /// <summary>JSON, for scripts.</summary>
    Json,
}

/// <summary>The shared <c>--format</c> and <c>--out</c> options.</summary>
internal sealed class OutputArguments
{
    public Option<string> Format { get; } = new("--format")
    {
        Description = "table (default), csv or json.",
        DefaultValueFactory = _ => "table",
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write to this file (atomically) instead of standard output.",
    };

    public OutputArguments() => Format.AcceptOnlyFromAmong("table", "csv", "json");

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
    }

    public OutputFormat GetFormat(ParseResult parse) => Enum.Parse<OutputFormat>(parse.GetValue(Format)!, ignoreCase: true);
}
