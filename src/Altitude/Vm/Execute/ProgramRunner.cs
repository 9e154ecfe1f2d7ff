using Altitude.Diagnostics;
using Altitude.Memory;
using Altitude.Sexpcode;
using Altitude.Text;
using Altitude.Vm.Compile;
using Altitude.Vm.Libc;
using Altitude.Vm.Libc.Streams;

namespace Altitude.Vm.Execute;

public sealed class RunOptions
{
    public long MaxSteps { get; init; } = long.MaxValue;
    public int MaxDepth { get; init; } = 100_000;
    public bool StdoutIsTerminal { get; init; }
    /// <summary>The guest's environment ("NAME=value" strings, in order); null = the host process's.</summary>
    public IReadOnlyList<string>? Environment { get; init; }
    /// <summary>What the guest's stdin, stdout, stderr and relative paths connect to (null: the writers passed to Run, empty stdin).</summary>
    public StdioHost? Stdio { get; init; }
}

/// <summary>
/// Loads sexpcode units and runs main(argc, argv) on a thread with a large stack. Guest errors
/// become diagnostics (exit 1, or 134 for assert/abort); the return value of main or exit()'s
/// status is the exit status.
/// </summary>
public static class ProgramRunner
{
    public const int ExitInternal = 70;

    public static int Run(IReadOnlyList<Sexp> units, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr,
        DiagnosticFormatter formatter, RunOptions? options = null)
    {
        options ??= new RunOptions();
        var exit = ExitInternal;
        Exception? internalError = null;
        var thread = new Thread(() =>
        {
            try
            {
                exit = RunOnThisThread(units, argv, stdout, stderr, formatter, options);
            }
            catch (Exception e)
            {
                internalError = e;
            }
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (internalError is not null)
        {
            stderr.WriteLine($"altitude: internal error: {internalError.GetType().Name}: {internalError.Message}");
            if (Environment.GetEnvironmentVariable("ALTITUDE_DEBUG") is not null) stderr.WriteLine(internalError.StackTrace);
            return ExitInternal;
        }
        return exit;
    }

    private static int RunOnThisThread(IReadOnlyList<Sexp> units, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr,
        DiagnosticFormatter formatter, RunOptions options)
    {
        var m = new Machine(stdout, stderr, options.StdoutIsTerminal) { MaxSteps = options.MaxSteps, MaxDepth = options.MaxDepth };
        m.ProgramName = argv.Count > 0 ? argv[0] : "a.out";
        var library = new SystemLibrary(options.Stdio ?? new StdioHost { StdoutIsTerminal = options.StdoutIsTerminal });
        try
        {
            return RunMain(m, library, units, argv, stderr, formatter, options);
        }
        finally
        {
            library.ReleaseStreams();
        }
    }

    private static int RunMain(Machine m, SystemLibrary library, IReadOnlyList<Sexp> units, IReadOnlyList<string> argv, TextWriter stderr, DiagnosticFormatter formatter,
        RunOptions options)
    {
        var loader = new ProgramLoader(m, library);
        if (!loader.Load(units))
        {
            foreach (var d in loader.Diagnostics.Items) stderr.WriteLine(formatter.Format(d));
            return 1;
        }
        var main = loader.Main!;
        try
        {
            try
            {
                var args = BuildStrings(m, "argv", argv);
                m.EnvironmentPointer = BuildStrings(m, "envp", options.Environment ?? HostEnvironment());
                m.EnsureStack(2);
                var b = m.Sp;
                var paramCount = main.Params.Length;
                if (paramCount >= 1) m.Stack[m.Sp++] = new Value { I = argv.Count };
                if (paramCount >= 2) m.Stack[m.Sp++] = new Value { P = args };
                if (paramCount >= 3) m.Stack[m.Sp++] = new Value { P = m.EnvironmentPointer };
                m.At = main.Location;
                main.Invoke(m, b, m.Sp - b);
                if (m.Ret.Invalid is { } bad) throw Validity.Use(m, m.At, "the exit status returned by main", bad);
                var status = (int)m.Ret.I;
                SystemLibrary.RunAtExit(m);
                library.FlushStreams(m);
                m.Stdout.Flush();
                return status;
            }
            catch (MemoryFault fault)
            {
                throw new GuestError(fault.ToDiagnostic(m.At), m.Backtrace());
            }
            catch (UnsupportedException e)
            {
                throw m.Error(RuntimeErrors.Unsupported, e.Message);
            }
            catch (InsufficientExecutionStackException)
            {
                throw m.Error(RuntimeErrors.StackOverflow, m.MaxDepth);
            }
        }
        catch (GuestExit e)
        {
            if (e.DiscardsOutput) m.Stdout.Discard();
            else
            {
                // exit() and the err() family: every FILE stream's pending output is written.
                library.FlushStreams(m);
                m.Stdout.Flush();
            }
            return e.Code;
        }
        catch (GuestError e)
        {
            if (e.DiscardsOutput) m.Stdout.Discard();
            else
            {
                library.FlushStdoutBeforeDiagnostic(m, e);
                m.Stdout.Flush();
            }
            if (!e.Silent)
            {
                stderr.WriteLine(formatter.Format(e.Diagnostic));
                foreach (var line in e.Backtrace) stderr.WriteLine(line);
            }
            return e.ExitCode;
        }
    }

    /// <summary>The host's environment as "NAME=value" strings, sorted so runs are reproducible.</summary>
    private static List<string> HostEnvironment()
    {
        var list = new List<string>();
        foreach (System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())
            list.Add($"{e.Key}={e.Value}");
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>argv or envp: the strings and the null-terminated array of pointers to them, as blobs of the auxv allocator.</summary>
    private static Pointer BuildStrings(Machine m, string name, IReadOnlyList<string> strings)
    {
        var array = m.Memory.AllocateAuxv(name, new byte[(strings.Count + 1) * 8], m.Tags[(int)ScalarKind.DataPointer], SourceLocation.None);
        var arrayPtr = MemorySpace.PointerTo(array);
        for (var i = 0; i < strings.Count; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(strings[i] + "\0");
            var s = m.Memory.AllocateAuxv($"{name}[{i}]", bytes, m.CharTag, SourceLocation.None);
            m.Memory.WritePointer(m.Memory.Add(arrayPtr, i * 8), m.Tags[(int)ScalarKind.DataPointer], MemorySpace.PointerTo(s));
        }
        m.Memory.WritePointer(m.Memory.Add(arrayPtr, strings.Count * 8), m.Tags[(int)ScalarKind.DataPointer], Pointer.Null);
        return arrayPtr;
    }
}
