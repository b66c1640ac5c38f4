using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Backtest.Engine.Strategies;

namespace Backtest.PowerShell.Completers;

/// <summary>Completes -Strategy from the strategy catalog, with each strategy's signature as the tooltip.</summary>
public sealed class StrategyCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        StrategyCatalog.All
            .Where(e => e.Name.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(e => new CompletionResult(e.Name, e.Name, CompletionResultType.ParameterValue, e.Signature));
}
