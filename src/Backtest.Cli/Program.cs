using Backtest.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
