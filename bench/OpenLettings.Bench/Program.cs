using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(OpenLettings.Bench.DevonBenchmarks).Assembly).Run(args);
