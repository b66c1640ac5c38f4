namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Base of test classes that give every test its own <see cref="FakeBinanceServer"/> (fresh weight windows, log and switches).</summary>
public abstract class FakeBinanceServerTest : IAsyncLifetime
{
    /// <summary>This test's server.</summary>
    protected FakeBinanceServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await FakeBinanceServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
