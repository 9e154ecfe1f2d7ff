using System.CommandLine;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Sexpcode;
using Altitude.Vm.Execute;

namespace Altitude.Cli;

/// <summary>`altitude run [-I -D -U -std] file.c [more.c] [-- args]`: compile, link and run main.</summary>
public static class RunCommand
{
    public static Command Build(string[] rawArgs, TextWriter stdout, TextWriter stderr)
    {
        var include = new Option<string[]>("-I") { Description = "Add a directory to the include search path" };
        var define = new Option<string[]>("-D") { Description = "Define a macro: NAME or NAME=VALUE" };
        var undefine = new Option<string[]>("-U") { Description = "Undefine a macro" };
        var standard = new Option<string>("-std") { Description = "c99, c11, c17, gnu99, gnu11 or gnu17 (default gnu17)" };
        var maxSteps = new Option<long>("--max-steps") { Description = "Stop the program after N statements (ALT904)", DefaultValueFactory = _ => long.MaxValue };
        var maxDepth = new Option<int>("--max-depth") { Description = "Call depth limit (ALT903), default 100000", DefaultValueFactory = _ => 100_000 };
        var files = new Argument<string[]>("files") { Description = "C source files, then -- and the program's arguments", Arity = ArgumentArity.OneOrMore };
        var run = new Command("run", "Compile C files and run their main function in the VM");
        foreach (var o in new Option[] { include, define, undefine, standard, maxSteps, maxDepth }) run.Options.Add(o);
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
            var std = parse.GetValue(standard) switch
            {
                null or "gnu17" or "gnu18" => CStandard.Gnu17,
                "c99" => CStandard.C99,
                "c11" => CStandard.C11,
                "c17" or "c18" => CStandard.C17,
                "gnu99" => CStandard.Gnu99,
                "gnu11" => CStandard.Gnu11,
                var other => (CStandard?)null,
            };
            if (std is null)
            {
                stderr.WriteLine("altitude: unsupported -std value");
                return CommandLine.ExitUsage;
            }
            var macros = new List<MacroAction>();
            foreach (var d in parse.GetValue(define) ?? []) macros.Add(MacroAction.ParseDefine(d));
            foreach (var u in parse.GetValue(undefine) ?? []) macros.Add(MacroAction.Undefine(u));
            var options = new FrontEndOptions { IncludePaths = [.. parse.GetValue(include) ?? []], MacroActions = [.. macros], Standard = std.Value };
            var formatter = DiagnosticFormatter.ForFileSystem();
            var units = new List<Sexp>();
            var failed = false;
            foreach (var file in inputs)
            {
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
            });
        });
        return run;
    }
}
