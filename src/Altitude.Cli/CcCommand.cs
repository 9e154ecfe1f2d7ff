using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Preprocessing;
using Altitude.Sexpcode;

namespace Altitude.Cli;

/// <summary>`altitude cc`: runs the front end on each input as far as the mode asks and writes the result.</summary>
public static class CcCommand
{
    public static int Execute(CcArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Output is not null && args.Files.Count > 1 && args.Mode != CcMode.SyntaxOnly)
        {
            stderr.WriteLine("altitude: cannot use -o with several input files");
            return CommandLine.ExitUsage;
        }
        var options = args.Options;
        var formatter = DiagnosticFormatter.ForFileSystem();
        var exit = 0;
        foreach (var file in args.Files)
        {
            var stage = args.Mode switch
            {
                CcMode.Preprocess => FrontEndStage.Preprocess,
                CcMode.SyntaxOnly => FrontEndStage.Analyze,
                _ => FrontEndStage.Lower,
            };
            var result = FrontEnd.Compile(file, options, stage);
            for (var run = 1; run < args.Repeat; run++) result = FrontEnd.Compile(file, options, stage);
            if (args.TimeReport) WriteTimeReport(file, result, args.Repeat, stderr);
            foreach (var diagnostic in result.Diagnostics.Items) stderr.WriteLine(formatter.Format(diagnostic));
            if (result.InternalError) return CommandLine.ExitInternal;
            if (!result.Succeeded)
            {
                exit = 1;
                continue;
            }
            if (args.Mode == CcMode.Preprocess)
            {
                WriteOutput(args.Output, stdout, w =>
                {
                    if (args.DumpMacros)
                    {
                        foreach (var line in result.MacroDefinitions) w.WriteLine(line);
                    }
                    else
                    {
                        new PreprocessedTextWriter(w, lineMarkers: !args.NoLineMarkers).Write(result.Tokens!, result.Pragmas, result.LineMarkers);
                    }
                });
            }
            else if (args.Mode is CcMode.Assemble or CcMode.CompileOnly)
            {
                // gcc's default names: -S writes FILE.s and -c FILE.o; sexpcode has one form, FILE.sexp.
                var output = args.Output ?? Path.ChangeExtension(Path.GetFileName(file), ".sexp");
                WriteOutput(output, stdout, w =>
                {
                    SexpPrinter.Print(result.Sexpcode!, w);
                    w.WriteLine();
                });
            }
        }
        return exit;
    }

    private static void WriteTimeReport(string file, FrontEndResult result, int runs, TextWriter stderr)
    {
        var total = TimeSpan.Zero;
        stderr.WriteLine($"altitude: time report for {file}{(runs > 1 ? $" (last of {runs} runs)" : "")}:");
        foreach (var (stage, time) in result.Timings)
        {
            total += time;
            stderr.WriteLine($"  {stage.ToString().ToLowerInvariant(),-12}{time.TotalMilliseconds,10:F1} ms");
        }
        stderr.WriteLine($"  {"total",-12}{total.TotalMilliseconds,10:F1} ms");
    }

    private static void WriteOutput(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null || path == "-")
        {
            write(stdout);
            return;
        }
        using var writer = new StreamWriter(path);
        write(writer);
    }
}
