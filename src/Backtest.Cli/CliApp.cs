using System.CommandLine;
using Backtest.Cli.Commands;
using Backtest.Engine.Errors;

namespace Backtest.Cli;

/// <summary>Builds the command tree and maps outcomes to exit codes.</summary>
internal static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("backtest: crypto candles, indicators and backtests from the command line.\n" +
            "Every command prints a table for people, or --format csv|json for scripts.");
        root.Subcommands.Add(CandlesCommand.Create());
        root.Subcommands.Add(QualityCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(BandsCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync($"Run 'backtest {parse.CommandResult.Command.Name} --help' for usage.".Replace("backtest backtest", "backtest", StringComparison.Ordinal)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (BacktestException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ex.Kind == ErrorKind.DataQuality ? ExitCodes.DataQuality : ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("cancelled: nothing half-written was kept.").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (UnauthorizedAccessException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}
