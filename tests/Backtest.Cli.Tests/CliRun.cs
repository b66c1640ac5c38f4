namespace Backtest.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output; the same code path as the executable.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
