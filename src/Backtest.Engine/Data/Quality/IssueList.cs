namespace Backtest.Engine.Data.Quality;

/// <summary>Collects row issues for a report, keeping at most <see cref="DataQualityChecker.MaxIssuesPerKind"/> per kind.</summary>
internal sealed class IssueList(CandleSeries series)
{
    private readonly List<QualityIssue> _issues = [];
    private readonly Dictionary<QualityIssueKind, int> _perKind = [];

    /// <summary>Records an issue on row <paramref name="row"/> unless its kind is already at the cap.</summary>
    public void Add(QualityIssueKind kind, int row, string message)
    {
        int seen = _perKind.GetValueOrDefault(kind);
        if (seen >= DataQualityChecker.MaxIssuesPerKind) return;
        _perKind[kind] = seen + 1;
        _issues.Add(new QualityIssue(kind, row, CandleSeries.ToUtc(series.OpenTimeMs[row]), message));
    }

    /// <summary>The issues, ordered by kind and then row.</summary>
    public List<QualityIssue> ToList() => [.. _issues.OrderBy(i => i.Kind).ThenBy(i => i.RowIndex)];
}
