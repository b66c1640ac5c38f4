using Backtest.Engine.Data;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// Shows download progress on standard error when it is a terminal (one bar per symbol); silent when
/// redirected, so scheduled runs keep clean logs.
/// </summary>
internal static class ConsoleProgress
{
    public static async Task<T> RunAsync<T>(TextWriter stderr, Func<IProgress<DownloadProgress>?, Task<T>> work)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error)) return await work(null).ConfigureAwait(false);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress().AutoClear(true).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Progress<DownloadProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Symbol, out var task))
                    {
                        task = context.AddTask(Markup.Escape(p.Symbol), maxValue: 100);
                        tasks[p.Symbol] = task;
                    }
                    if (p.Percent is { } percent) task.Value = percent; else task.IsIndeterminate = true;
                    task.Description = Markup.Escape($"{p.Symbol} {p.Candles:N0} candles{(p.Through is { } t ? $" to {t:yyyy-MM-dd HH:mm}" : "")}");
                });
                result = await work(progress).ConfigureAwait(false);
                foreach (var task in tasks.Values) task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }
}
