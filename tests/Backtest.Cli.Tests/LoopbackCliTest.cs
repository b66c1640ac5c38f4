namespace Backtest.Cli.Tests;

/// <summary>Base of CLI tests that need the loopback Binance-compatible server and a temp folder, both per test.</summary>
public abstract class LoopbackCliTest : IAsyncLifetime
{
    /// <summary>This test's folder (cache files, outputs), deleted afterwards.</summary>
    protected string Dir { get; } = Directory.CreateTempSubdirectory("backtest-cli-").FullName;

    /// <summary>This test's server.</summary>
    protected FakeBinanceServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await FakeBinanceServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Dir, recursive: true);
    }
}
