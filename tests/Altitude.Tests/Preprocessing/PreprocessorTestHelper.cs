using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Lexing;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

/// <summary>Runs the preprocessor over in-memory sources and renders results compactly.</summary>
internal sealed class PpRun
{
    public required List<Token> Tokens { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    public required Preprocessor Preprocessor { get; init; }
    public FatalDiagnosticException? Fatal { get; init; }

    /// <summary>The output tokens' spellings separated by single spaces.</summary>
    public string Text => string.Join(" ", Tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text));

    public IEnumerable<Diagnostic> Errors => Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning);

    public static PpRun Of(string source, InMemoryFileSystem? files = null, FrontEndOptions? options = null, string path = "main.c")
    {
        options ??= new FrontEndOptions();
        options = options with { FileSystem = files ?? new InMemoryFileSystem(), NoStandardIncludes = options.NoStandardIncludes };
        var diagnostics = new DiagnosticBag();
        var preprocessor = new Preprocessor(options, diagnostics);
        try
        {
            var tokens = preprocessor.Preprocess(new SourceFile(path, source));
            return new PpRun { Tokens = tokens, Diagnostics = diagnostics, Preprocessor = preprocessor };
        }
        catch (FatalDiagnosticException e)
        {
            return new PpRun { Tokens = [], Diagnostics = diagnostics, Preprocessor = preprocessor, Fatal = e };
        }
    }

    /// <summary>Output text of a source that must preprocess without errors.</summary>
    public static string Clean(string source, InMemoryFileSystem? files = null, FrontEndOptions? options = null)
    {
        var run = Of(source, files, options);
        Assert.Null(run.Fatal);
        Assert.Empty(run.Errors);
        return run.Text;
    }

    /// <summary>The spellings of a piece of C, single-spaced, for comparing with expected output.</summary>
    public static string Norm(string text)
    {
        var tokens = Lexer.Tokenize(new SourceFile("expected", text), new DiagnosticBag());
        return string.Join(" ", tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text));
    }
}
