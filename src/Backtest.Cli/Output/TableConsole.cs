using System.Globalization;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// The Spectre console for table output: colours and the terminal's width on an interactive terminal; plain text
/// and a wide fixed width when redirected to a file or pipe, so logs and scheduled runs stay readable.
/// </summary>
internal static class TableConsole
{
    public static IAnsiConsole For(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = 200;
        return console;
    }

    /// <summary>A price or volume with as many decimals as its size deserves (table display only).</summary>
    public static string Number(double value)
    {
        double abs = Math.Abs(value);
        string format = abs >= 1000 ? "#,0.00" : abs >= 1 ? "0.0000" : abs == 0 ? "0" : "0.########";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
