using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Lowering;
using Altitude.Front.Parsing;
using Altitude.Front.Preprocessing;
using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Text;

namespace Altitude.Front;

/// <summary>How far <see cref="FrontEnd.Compile"/> takes a translation unit.</summary>
public enum FrontEndStage
{
    Preprocess,
    Parse,
    /// <summary>Semantic analysis: every C17 constraint checked, types and layouts computed.</summary>
    Analyze,
    /// <summary>Lowering to sexpcode.</summary>
    Lower,
}

/// <summary>What the front end made of one translation unit; later stages are null when it stopped earlier or failed.</summary>
public sealed class FrontEndResult
{
    public required string Path { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    public List<Token>? Tokens { get; set; }

    public IReadOnlyList<PragmaDirective> Pragmas { get; set; } = [];

    /// <summary>Where the token list enters and leaves files (for -E output).</summary>
    public IReadOnlyList<LineMarker> LineMarkers { get; set; } = [];

    /// <summary>The macros defined at the end of preprocessing, as #define lines (for -dM).</summary>
    public IReadOnlyList<string> MacroDefinitions { get; set; } = [];

    public TranslationUnitSyntax? Syntax { get; set; }

    public BoundTranslationUnit? Bound { get; set; }

    public Sexp? Sexpcode { get; set; }

    /// <summary>Wall-clock time of each stage that ran, in order (for -ftime-report and benchmarks).</summary>
    public List<(FrontEndStage Stage, TimeSpan Time)> Timings { get; } = [];

    /// <summary>An internal fault (not the user's error) stopped the front end.</summary>
    public bool InternalError { get; set; }

    public bool Succeeded => !Diagnostics.HasErrors;
}

/// <summary>
/// The front-end pipeline: preprocessor → parser → semantic analysis → lowering to sexpcode.
/// Runs on a thread with a large stack (recursive phases also enforce their own depth limits), and
/// turns every failure into a diagnostic: no exception escapes to the caller.
/// </summary>
public static class FrontEnd
{
    private const int StackSize = 256 * 1024 * 1024;

    public static FrontEndResult Compile(string path, FrontEndOptions options, FrontEndStage stopAfter)
    {
        var result = new FrontEndResult { Path = path, Diagnostics = NewBag(options) };
        SourceFile file;
        try
        {
            if (!options.FileSystem.FileExists(path))
            {
                result.Diagnostics.Report(DriverErrors.FileNotFound, SourceLocation.None, path);
                return result;
            }
            file = new SourceFile(path, options.FileSystem.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Diagnostics.Report(DriverErrors.FileUnreadable, SourceLocation.None, path, e.Message);
            return result;
        }
        return Compile(file, options, stopAfter, result);
    }

    public static FrontEndResult Compile(SourceFile file, FrontEndOptions options, FrontEndStage stopAfter) =>
        Compile(file, options, stopAfter, new FrontEndResult { Path = file.Path, Diagnostics = NewBag(options) });

    private static DiagnosticBag NewBag(FrontEndOptions options) => new() { PedanticErrors = options.PedanticErrors };

    private static FrontEndResult Compile(SourceFile file, FrontEndOptions options, FrontEndStage stopAfter, FrontEndResult result)
    {
        RunOnLargeStack(result, "front end", () => RunStages(file, options, stopAfter, result));
        return result;
    }

    private static void RunStages(SourceFile file, FrontEndOptions options, FrontEndStage stopAfter, FrontEndResult result)
    {
        var diagnostics = result.Diagnostics;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool Done(FrontEndStage stage)
        {
            result.Timings.Add((stage, clock.Elapsed));
            clock.Restart();
            return stopAfter == stage || diagnostics.HasErrors;
        }

        var preprocessor = new Preprocessor(options, diagnostics);
        result.Tokens = preprocessor.Preprocess(file);
        result.Pragmas = preprocessor.Pragmas;
        result.LineMarkers = preprocessor.LineMarkers;
        if (stopAfter == FrontEndStage.Preprocess) result.MacroDefinitions = preprocessor.MacroDefinitions();
        if (Done(FrontEndStage.Preprocess)) return;

        var parserOptions = new ParserOptions { GnuKeywords = options.IsGnuStandard, Pragmas = result.Pragmas };
        result.Syntax = Parser.Parse(result.Tokens, diagnostics, parserOptions);
        if (Done(FrontEndStage.Parse)) return;

        result.Bound = SemanticAnalyzer.Analyze(result.Syntax, diagnostics, new SemanticOptions { PedanticErrors = options.PedanticErrors });
        if (Done(FrontEndStage.Analyze)) return;

        result.Sexpcode = Lowerer.Lower(result.Bound, diagnostics);
        Done(FrontEndStage.Lower);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread with a 256 MiB stack, turning a phase's fatal
    /// diagnostic into a reported one and any other exception into an internal-error diagnostic.
    /// </summary>
    internal static void RunOnLargeStack(FrontEndResult result, string phase, Action work)
    {
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (FatalDiagnosticException fatal)
            {
                result.Diagnostics.Add(fatal.Diagnostic);
            }
            catch (Exception e)
            {
                result.InternalError = true;
                result.Diagnostics.Report(DriverErrors.InternalError, SourceLocation.None, phase, $"{e.GetType().Name}: {e.Message}");
            }
        }, StackSize) { IsBackground = true, Name = "altitude-" + phase };
        thread.Start();
        thread.Join();
    }
}
