using System.Collections;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.PowerShell.Commands;

namespace Backtest.PowerShell.Tests.Commands;

/// <summary>Invoke-Backtest -ConfigPath with the YAML schema: the file is the base, parameters override it, a bad file stops it.</summary>
public sealed class InvokeBacktestConfigTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"invoke-backtest-config-{Guid.NewGuid():N}");

    public InvokeBacktestConfigTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void YamlConfig_IsTheBase_AndParametersOverrideIt()
    {
        string config = Path.Combine(_dir, "bt.yaml");
        File.WriteAllText(config, "strategy: sma-cross\nparameters: { fast: 5, slow: 20 }\nrisk_management: { stop_loss: 2% }\nportfolio: { fee: 0.002, sizing: all-in-whole }\nexecution: { end_of_data: open }\n");
        using var command = new InvokeBacktestCommand { ConfigPath = config, Parameter = new Hashtable { ["slow"] = 30 }, InitialCash = 1000 };

        var options = command.ToOptions();

        Assert.Equal(("5", "30"), (options.Parameters["fast"], options.Parameters["slow"]));
        Assert.Equal((0.002, 1000.0, EndOfDataPolicy.CloseAtLastOpen), (options.Fee, options.InitialCash, options.EndOfData));
        Assert.True(options.Sizing.WholeUnits);
        Assert.Equal(StopLevel.Percent(0.02), options.Stops!.StopLoss);
    }

    [Fact]
    public void InvalidYaml_StopsBeforeAnythingRuns_NamingLineAndKey()
    {
        string config = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(config, "portfolio:\n  intial_cash: 5\n");
        using var command = new InvokeBacktestCommand { ConfigPath = config };

        var error = Assert.Throws<BacktestException>(command.ToOptions);

        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.Contains(config + ":2: portfolio.intial_cash: unknown key. Did you mean 'initial_cash'?", error.Message, StringComparison.Ordinal);
    }
}
