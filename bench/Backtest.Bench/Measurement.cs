using System.Diagnostics;
using System.Globalization;

namespace Backtest.Bench;

/// <summary>Timings of one step over repeated runs, with the target it is held to.</summary>
internal sealed record Measurement(string Step, IReadOnlyList<double> Seconds, double? TargetSeconds, string Note)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToArray();
            int n = sorted.Length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /// <summary>Runs <paramref name="step"/> once to warm up, then <paramref name="runs"/> timed times.</summary>
    public static Measurement Time(string name, int runs, double? target, Func<string> step) => Time(name, runs, target, step, note => note);

    /// <summary>
    /// Like <see cref="Time(string, int, double?, Func{string})"/>, but only <paramref name="step"/> is timed; the
    /// note comes from <paramref name="describe"/> afterwards (checks and summaries stay out of the figure). With
    /// <paramref name="collect"/> a full garbage collection precedes every run (the heap starts clean, and memory the
    /// collector returned to the OS must be faulted in again); without, runs follow each other as calls in a loop do.
    /// </summary>
    public static Measurement Time<T>(string name, int runs, double? target, Func<T> step, Func<T, string> describe, bool collect = true)
    {
        T result = step();
        var seconds = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            if (collect)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var sw = Stopwatch.StartNew();
            result = step();
            seconds.Add(sw.Elapsed.TotalSeconds);
        }
        return new Measurement(name, seconds, target, describe(result));
    }

    public static void Print(TextWriter output, string workload, IReadOnlyList<Measurement> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"workload {workload} · {Environment.ProcessorCount} cores · .NET {Environment.Version} · runs {(results.Count > 0 ? results.Max(r => r.Seconds.Count) : 0)}");
        output.WriteLine($"{"step",-28} {"median s",10} {"min s",8} {"max s",8} {"target s",9} {"ratio",7}  note");
        foreach (var m in results)
        {
            string target = m.TargetSeconds is { } t ? t.ToString("0.000", c) : "-";
            string ratio = m.TargetSeconds is { } tt ? (m.Median / tt).ToString("0.00", c) : "-";
            output.WriteLine(string.Create(c, $"{m.Step,-28} {m.Median,10:0.000} {m.Seconds.Min(),8:0.000} {m.Seconds.Max(),8:0.000} {target,9} {ratio,7}  {m.Note}"));
        }
    }
}
