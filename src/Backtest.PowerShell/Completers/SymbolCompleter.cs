using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Backtest.Engine.Data.Sample;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

namespace Backtest.PowerShell.Completers;

/// <summary>
/// Completes -Symbol from the symbols in the local candle cache (the one -CachePath names on the same command line,
/// else the default), then the sample market's symbols.
/// </summary>
public sealed class SymbolCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Candidates(wordToComplete, fakeBoundParameters?["CachePath"]?.ToString())
            .Select(s => new CompletionResult(s, s, CompletionResultType.ParameterValue, s));

    /// <summary>The cached and sample symbols starting with <paramref name="prefix"/> (any case; quotes ignored), each once, sorted.</summary>
    internal static IEnumerable<string> Candidates(string? prefix, string? cachePath)
    {
        string start = prefix?.Trim('\'', '"') ?? "";
        return CachedSymbols(cachePath).Concat(SampleMarket.Symbols.Select(s => s.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(s => s.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> CachedSymbols(string? cachePath)
    {
        try
        {
            // Completion must never create a cache file, so an absent one is simply empty.
            if (!File.Exists(CandleStorePath.Resolve(cachePath))) return [];
            using var store = new CandleStore(cachePath);
            return [.. store.Keys().Select(k => k.Symbol)];
        }
        catch (Exception ex) when (ex is BacktestException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return []; // a completer must never throw at the user's prompt
        }
    }
}
