using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Preprocessing;

namespace Altitude.Tests.Driver;

/// <summary>The driver turns every failure into a diagnostic: unreadable inputs, and faults inside Altitude itself.</summary>
public class FrontEndDriverTests
{
    /// <summary>A file system with one good file and one whose reading fails the way the test asks.</summary>
    private sealed class FaultyFileSystem(Exception fault) : IFileSystem
    {
        public bool FileExists(string path) => path is "good.c" or "bad.c" or "bad.h";

        public string ReadAllText(string path) => path == "good.c" ? "int x;\n" : throw fault;
    }

    private static FrontEndResult Compile(string path, Exception fault) =>
        FrontEnd.Compile(path, new FrontEndOptions { FileSystem = new FaultyFileSystem(fault) }, FrontEndStage.Lower);

    [Fact]
    public void UnreadableMainFileIsReported()
    {
        var result = Compile("bad.c", new IOException("device not ready"));
        var error = Assert.Single(result.Diagnostics.Items);
        Assert.Equal(DriverErrors.FileUnreadable.Id, error.Id);
        Assert.Contains("device not ready", error.Message);
        Assert.False(result.InternalError);

        var twin = Compile("good.c", new IOException("unused"));
        Assert.True(twin.Succeeded);
        Assert.Empty(twin.Diagnostics.Items);
    }

    [Fact]
    public void FaultInsideAltitudeIsAnInternalErrorNotAnException()
    {
        var options = new FrontEndOptions { FileSystem = new FaultyFileSystem(new InvalidOperationException("broken invariant")) };
        var source = new Altitude.Text.SourceFile("main.c", "#include \"bad.h\"\nint y;\n");
        var result = FrontEnd.Compile(source, options, FrontEndStage.Lower);
        Assert.True(result.InternalError);
        var error = Assert.Single(result.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DriverErrors.InternalError.Id, error.Id);
        Assert.Contains("broken invariant", error.Message);

        var twin = FrontEnd.Compile(new Altitude.Text.SourceFile("main.c", "int y;\n"), options, FrontEndStage.Lower);
        Assert.False(twin.InternalError);
        Assert.True(twin.Succeeded);
    }
}
