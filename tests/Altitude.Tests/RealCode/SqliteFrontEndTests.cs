using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Sexpcode;
using Altitude.Text;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code: the SQLite amalgamation (fetched by tests/setup.sh into .cache/sqlite, never committed)
/// goes through the whole front end with no error, and its sexpcode reads back to the same text.
/// </summary>
public class SqliteFrontEndTests
{
    private static readonly FrontEndOptions Options = new()
    {
        MacroActions = [MacroAction.Define("SQLITE_THREADSAFE", "0"), MacroAction.Define("SQLITE_OMIT_LOAD_EXTENSION")],
    };

    [Fact]
    public void AmalgamationCompilesToSexpcodeThatReadsBack()
    {
        var path = TestPaths.InRoot(".cache", "sqlite", "sqlite3.c");
        if (!File.Exists(path))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the SQLite amalgamation");
            return;
        }
        var result = FrontEnd.Compile(path, Options, FrontEndStage.Lower);
        var errors = result.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(result.Sexpcode);

        var printed = SexpPrinter.Print(result.Sexpcode);
        var diagnostics = new DiagnosticBag();
        var read = SexpReader.Read(new SourceFile("sqlite3.sexp", printed), diagnostics);
        Assert.True(read is not null, string.Join("\n", diagnostics.Items));
        Assert.True(printed == SexpPrinter.Print(read), "sexpcode of SQLite does not round-trip");
        // Sexpcode the VM did not make must pass the validator before it is trusted.
        var validation = new DiagnosticBag();
        SexpValidator.Validate(read, validation);
        Assert.False(validation.HasErrors, string.Join("\n", validation.Items.Take(10)));
        // The unit really holds the program: a few of SQLite's well-known functions are defined in it.
        foreach (var name in new[] { "sqlite3_open_v2", "sqlite3_prepare_v2", "sqlite3_step", "sqlite3VdbeExec" })
        {
            Assert.Contains($"\"{name}\"", printed);
        }
    }
}
