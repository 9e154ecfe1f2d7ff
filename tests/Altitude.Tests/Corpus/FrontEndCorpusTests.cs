using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Sexpcode;
using Altitude.Text;

namespace Altitude.Tests.Corpus;

/// <summary>
/// Runs every program of tests/c through the whole front end. Valid and layout programs must
/// compile with no error; each invalid program must be rejected with its first error on the line
/// marked <c>// expect-error</c> (and with the stated id, if one is given).
/// </summary>
public class FrontEndCorpusTests
{
    public static TheoryData<string> ValidFiles() => Files("valid", "layout");

    public static TheoryData<string> InvalidFiles() => Files("invalid");

    private static TheoryData<string> Files(params string[] folders)
    {
        var data = new TheoryData<string>();
        foreach (var folder in folders)
        {
            var dir = Path.Combine(TestPaths.CorpusRoot, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.c", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.CorpusRoot, file));
            }
        }
        return data;
    }

    // The invalid programs are those gcc -std=c17 -pedantic-errors rejects; the valid ones use GNU C.
    private static readonly FrontEndOptions StrictOptions = new() { Standard = CStandard.C17, PedanticErrors = true };

    internal static FrontEndResult Compile(string relativePath, bool strict = false)
    {
        var path = Path.Combine(TestPaths.CorpusRoot, relativePath);
        return FrontEnd.Compile(path, strict ? StrictOptions : FrontEndOptions.Default, FrontEndStage.Lower);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidProgramCompilesWithoutErrors(string file)
    {
        var result = Compile(file);
        var errors = result.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // Its sexpcode round-trips through the text form and passes the validator.
        Assert.NotNull(result.Sexpcode);
        var printed = SexpPrinter.Print(result.Sexpcode);
        var diagnostics = new DiagnosticBag();
        var read = SexpReader.Read(new SourceFile(file + ".sexp", printed), diagnostics);
        Assert.True(read is not null, string.Join("\n", diagnostics.Items));
        Assert.Equal(printed, SexpPrinter.Print(read));
        Assert.True(SexpValidator.Validate(read, diagnostics), string.Join("\n", diagnostics.Items));
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void InvalidProgramIsRejectedAtTheMarkedLine(string file)
    {
        var expectations = CorpusExpectations.Read(Path.Combine(TestPaths.CorpusRoot, file));
        Assert.True(expectations.Errors.Count > 0, $"{file} has no '// expect-error' marker");
        var result = Compile(file, strict: true);
        Assert.False(result.InternalError, string.Join("\n", result.Diagnostics.Items));
        var first = result.Diagnostics.Items.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(first is not null, $"{file}: no error reported");
        var marked = expectations.Errors.Select(e => e.Line).ToList();
        Assert.True(marked.Contains(first.Location.Line) && Path.GetFileName(first.Location.File) == Path.GetFileName(file),
            $"{file}: first error at {first.Location} ({first.Message}), expected on line {string.Join(" or ", marked)}");
        var id = expectations.Errors.First(e => e.Line == first.Location.Line).Id;
        if (id is not null) Assert.True(first.Id == id || first.Descriptor.Name == id, $"{file}: expected {id}, got {first.Id} {first.Descriptor.Name}");
    }
}
