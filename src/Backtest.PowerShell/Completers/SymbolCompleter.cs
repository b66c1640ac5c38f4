using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Backtest.Engine.Data.Sample;
using Backtest.Engine.Data.Store;

namespace Backtest.PowerShell.Completers;

/// <summary>Completes -Symbol from the symbols in the local candle cache, then the sample market's symbols.</summary>
public sealed class SymbolCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = wordToComplete ?? "";
        return CachedSymbols().Concat(SampleMarket.Symbols.Select(s => s.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(s => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(s => new CompletionResult(s, s, CompletionResultType.ParameterValue, s));
    }

    private static IEnumerable<string> CachedSymbols()
    {
        try
        {
            if (!File.Exists(CandleStorePath.Resolve())) return [];
            using var store = new CandleStore(null);
            return [.. store.Keys().Select(k => k.Symbol)];
        }
        catch (Engine.Errors.BacktestException)
        {
            return []; // a completer must never throw at the user's prompt
        }
    }
}
