using System.CommandLine;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Sexpcode;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Streams;

namespace Altitude.Cli;

/// <summary>`altitude run [-I -D -U -std …] file.c [more.c] [-- args]`: compile, link and run main.</summary>
public static class RunCommand
{
    /// <param name="stdin">The guest's standard input when not running on the process's own console (tests).</param>
    /// <param name="workingDirectory">Where relative guest paths resolve (null: the current directory).</param>
    public static Command Build(string[] rawArgs, TextWriter stdout, TextWriter stderr, Stream? stdin = null, string? workingDirectory = null)
    {
        var frontEnd = new FrontEndArguments();
        var maxSteps = new Option<long>("--max-steps") { Description = "Stop the program after N statements (ALT904)", DefaultValueFactory = _ => long.MaxValue };
        var maxDepth = new Option<int>("--max-depth") { Description = "Call depth limit (ALT903), default 100000", DefaultValueFactory = _ => 100_000 };
        var files = new Argument<string[]>("files") { Description = "C source files, then -- and the program's arguments", Arity = ArgumentArity.OneOrMore };
        var run = new Command("run", "Compile C files and run their main function in the VM");
        frontEnd.AddTo(run);
        foreach (var o in new Option[] { maxSteps, maxDepth }) run.Options.Add(o);
        run.Arguments.Add(files);
        run.SetAction(parse =>
        {
            var dashDash = Array.IndexOf(rawArgs, "--");
            var programArgs = dashDash < 0 ? [] : rawArgs[(dashDash + 1)..];
            var all = parse.GetValue(files) ?? [];
            var inputs = all.Take(Math.Max(0, all.Length - programArgs.Length)).ToList();
            if (inputs.Count == 0 || inputs.Any(f => f.StartsWith('-')))
            {
                stderr.WriteLine("altitude: 'altitude run' needs C source files (options before --)");
                return CommandLine.ExitUsage;
            }
            if (frontEnd.Build(parse, stderr) is not { } options) return CommandLine.ExitUsage;
            var formatter = DiagnosticFormatter.ForFileSystem();
            var units = new List<Sexp>();
            var failed = false;
            foreach (var file in inputs)
            {
                if (file.EndsWith(".sexp", StringComparison.OrdinalIgnoreCase))
                {
                    // A unit compiled earlier with `altitude cc -c`: read back, validated, linked with the rest.
                    if (ReadUnit(file, stderr, formatter) is { } unit) units.Add(unit);
                    else failed = true;
                    continue;
                }
                var result = FrontEnd.Compile(file, options, FrontEndStage.Lower);
                foreach (var diagnostic in result.Diagnostics.Items) stderr.WriteLine(formatter.Format(diagnostic));
                if (result.InternalError) return CommandLine.ExitInternal;
                if (!result.Succeeded || result.Sexpcode is null) failed = true;
                else units.Add(result.Sexpcode);
            }
            if (failed) return 1;
            var argv = new List<string> { Path.GetFileNameWithoutExtension(inputs[0]) };
            argv.AddRange(programArgs);
            return ProgramRunner.Run(units, argv, stdout, stderr, formatter, new RunOptions
            {
                MaxSteps = parse.GetValue(maxSteps),
                MaxDepth = parse.GetValue(maxDepth),
                StdoutIsTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected,
                Stdio = StdioHostFor(stdout, stderr, stdin, workingDirectory),
            });
        });
        return run;
    }

    private static Sexp? ReadUnit(string file, TextWriter stderr, DiagnosticFormatter formatter)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"altitude: error: cannot read '{file}': {e.Message}");
            return null;
        }
        var diagnostics = new DiagnosticBag();
        var source = new Altitude.Text.SourceFile(file, text);
        var positions = new SexpPositions(source);
        var unit = SexpReader.Read(source, diagnostics, positions: positions);
        if (unit is not null && !SexpValidator.Validate(unit, diagnostics, positions)) unit = null;
        if (unit is not null && unit.Tag != SexpTag.Unit)
        {
            stderr.WriteLine($"{file}: error: not a sexpcode unit (expected '(unit ...)' from 'altitude cc -c')");
            return null;
        }
        foreach (var d in diagnostics.Items) stderr.WriteLine(formatter.Format(d));
        return diagnostics.HasErrors ? null : unit;
    }

    /// <summary>
    /// On the process's own console the guest's descriptors 0, 1 and 2 are the process's own, so
    /// bytes pass through unchanged and a redirected file can be seeked and fstat'ed as natively;
    /// otherwise (in-process callers) the given writers and input.
    /// </summary>
    private static StdioHost StdioHostFor(TextWriter stdout, TextWriter stderr, Stream? stdin, string? workingDirectory)
    {
        if (!ReferenceEquals(stdout, Console.Out)) return new StdioHost { Stdin = stdin, WorkingDirectory = workingDirectory };
        var ownStderr = ReferenceEquals(stderr, Console.Error);
        return new StdioHost
        {
            Stdin = stdin ?? Console.OpenStandardInput(),
            Stdout = Console.OpenStandardOutput(),
            Stderr = ownStderr ? Console.OpenStandardError() : null,
            StdinIsTerminal = stdin is null && !Console.IsInputRedirected,
            StdoutIsTerminal = !Console.IsOutputRedirected,
            StderrIsTerminal = ownStderr && !Console.IsErrorRedirected,
            UseHostDescriptors = stdin is null && ownStderr,
            WorkingDirectory = workingDirectory,
        };
    }
}
