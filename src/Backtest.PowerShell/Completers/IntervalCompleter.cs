using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Backtest.PowerShell.Completers;

/// <summary>Completes -Interval from the interval catalog.</summary>
public sealed class IntervalCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Engine.Data.Interval.Names
            .Where(n => n.StartsWith(wordToComplete ?? "", StringComparison.Ordinal))
            .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
}
