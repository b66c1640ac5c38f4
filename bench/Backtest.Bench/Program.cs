Console.WriteLine("usage: dotnet run -c Release --project bench/Backtest.Bench -- <workload>");
