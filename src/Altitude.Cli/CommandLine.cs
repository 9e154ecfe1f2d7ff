using System.CommandLine;
using System.Text.RegularExpressions;

namespace Altitude.Cli;

/// <summary>
/// The `altitude` command. Exit status: 0 success, 1 the program had errors, 2 bad usage,
/// 70 an internal error (never a .NET stack trace).
/// </summary>
public static partial class CommandLine
{
    public const int ExitUsage = 2;
    public const int ExitInternal = 70;

    /// <param name="stdin">For in-process callers: the program's standard input (null: empty, or the console's own).</param>
    /// <param name="workingDirectory">For in-process callers: where the program's relative paths resolve.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, string? workingDirectory = null)
    {
        try
        {
            var root = new RootCommand("Altitude: a virtual machine for C that knows what every byte of memory is.") { HelpName = "altitude" };
            root.Subcommands.Add(BuildCc(stdout, stderr));
            root.Subcommands.Add(RunCommand.Build(args, stdout, stderr, stdin, workingDirectory));
            var result = root.Parse(FilterIgnoredCompilerFlags(args));
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors) stderr.WriteLine($"altitude: {error.Message}");
                stderr.WriteLine("altitude: try 'altitude --help'");
                return ExitUsage;
            }
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        catch (Exception e)
        {
            stderr.WriteLine($"altitude: internal error: {e.GetType().Name}: {e.Message}");
            return ExitInternal;
        }
    }

    // Build systems pass optimisation, debug and warning flags that mean nothing to Altitude.
    [GeneratedRegex(@"^-(O[0-3sgz]?|g[0-9a-z]*|W[^l].*|W|w|pedantic|pipe|m64|fPIC|fpic|fPIE|fpie|fno-[a-z0-9-]+|fstack-protector[a-z-]*|fvisibility=.*|fdiagnostics-color(=.*)?|MMD|MD|MP)$")]
    private static partial Regex IgnoredFlag();

    private static string[] FilterIgnoredCompilerFlags(string[] args)
    {
        if (args.Length == 0 || args[0] != "cc") return args;
        return args.Where((a, i) => i == 0 || !IgnoredFlag().IsMatch(a)).ToArray();
    }

    private static Command BuildCc(TextWriter stdout, TextWriter stderr)
    {
        var preprocess = new Option<bool>("-E") { Description = "Preprocess only; print the result" };
        var syntaxOnly = new Option<bool>("-fsyntax-only") { Description = "Check syntax and constraints; write nothing" };
        var assemble = new Option<bool>("-S") { Description = "Write sexpcode text" };
        var compileOnly = new Option<bool>("-c") { Description = "Write sexpcode text to FILE.sexp (or -o)" };
        var output = new Option<string>("-o") { HelpName = "file", Description = "Output file ('-' for standard output)" };
        var frontEnd = new FrontEndArguments();
        var noLineMarkers = new Option<bool>("-P") { Description = "With -E: no line markers" };
        var dumpMacros = new Option<bool>("-dM") { Description = "With -E: print the macros defined at the end instead of the text" };
        var timeReport = new Option<bool>("-ftime-report") { Description = "Print the time each front-end stage took" };
        var repeat = new Option<int>("--repeat") { HelpName = "n", Description = "Compile each file N times (warm timings with -ftime-report)", DefaultValueFactory = _ => 1 };
        var files = new Argument<string[]>("files") { Description = "C source files", Arity = ArgumentArity.OneOrMore };

        var cc = new Command("cc", "Compile C to sexpcode, or stop earlier (-E, -fsyntax-only)");
        frontEnd.AddTo(cc);
        foreach (var o in new Option[] { preprocess, syntaxOnly, assemble, compileOnly, output, noLineMarkers, dumpMacros, timeReport, repeat })
        {
            cc.Options.Add(o);
        }
        cc.Arguments.Add(files);
        cc.SetAction(parse =>
        {
            var inputs = parse.GetValue(files) ?? [];
            var unknown = inputs.FirstOrDefault(f => f.StartsWith('-') && f != "-");
            if (unknown is not null)
            {
                stderr.WriteLine($"altitude: unknown option '{unknown}' for 'altitude cc'");
                return ExitUsage;
            }
            var modes = new[] { (parse.GetValue(preprocess), CcMode.Preprocess), (parse.GetValue(syntaxOnly), CcMode.SyntaxOnly),
                                (parse.GetValue(assemble), CcMode.Assemble), (parse.GetValue(compileOnly), CcMode.CompileOnly) }
                .Where(m => m.Item1).Select(m => m.Item2).ToList();
            if (modes.Count != 1)
            {
                stderr.WriteLine("altitude: 'altitude cc' needs exactly one of -E, -fsyntax-only, -S, -c");
                return ExitUsage;
            }
            if (frontEnd.Build(parse, stderr) is not { } options) return ExitUsage;
            var args = new CcArguments(
                modes[0], inputs, parse.GetValue(output), options,
                parse.GetValue(noLineMarkers), parse.GetValue(dumpMacros), parse.GetValue(timeReport), parse.GetValue(repeat));
            if (args.Repeat < 1)
            {
                stderr.WriteLine("altitude: --repeat needs a positive count");
                return ExitUsage;
            }
            return CcCommand.Execute(args, stdout, stderr);
        });
        return cc;
    }
}
