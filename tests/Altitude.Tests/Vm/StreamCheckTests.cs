using Altitude.Tests.Cli;

namespace Altitude.Tests.Vm;

/// <summary>
/// The FILE layer's checks (ALT310): a null FILE pointer, a stream used after fclose, a pointer
/// that is not a stream, and freeing a stream with free(). Each has a correct twin. Programs run
/// in a fresh directory, where they create their files.
/// </summary>
public class StreamCheckTests
{
    private static CliRunner.Outcome Run(string source, byte[]? stdin = null)
    {
        var path = CliRunner.WriteTemp(source, "prog.c");
        var directory = Path.GetDirectoryName(path)!;
        return CliRunner.RunIn(directory, stdin, "run", path);
    }

    private static void Fires(string source, string id, params string[] texts)
    {
        var r = Run(source);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Contains($"[{id}]", r.Stderr);
        Assert.Matches(@"prog\.c:\d+:\d+: error: ", r.Stderr);
        Assert.Contains("    at main (", r.Stderr);
        foreach (var text in texts) Assert.Contains(text, r.Stderr);
    }

    private static void Silent(string source, string stdout)
    {
        var r = Run(source);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Equal("", r.Stderr);
        Assert.Equal(stdout, r.Stdout);
    }

    private const string AfterClose = "#include <stdio.h>\nint main(void) { FILE *f = fopen(\"s.txt\", \"w+\"); fputs(\"ab\", f); rewind(f); int c = fgetc(f); CLOSE printf(\"%c%c\\n\", c, fgetc(f)); fclose(f); remove(\"s.txt\"); return 0; }";

    [Fact] public void StreamUsedAfterFcloseFires() => Fires(AfterClose.Replace("CLOSE", "fclose(f);"), "ALT310", "fgetc: use of the stream 's.txt'", "after fclose at");
    [Fact] public void StreamUsedAfterFcloseTwinIsSilent() => Silent(AfterClose.Replace("CLOSE", ""), "ab\n");

    private const string Twice = "#include <stdio.h>\nint main(void) { FILE *f = fopen(\"t.txt\", \"w\"); fclose(f); SECOND remove(\"t.txt\"); puts(\"closed\"); return 0; }";

    [Fact] public void DoubleFcloseFires() => Fires(Twice.Replace("SECOND", "fclose(f);"), "ALT310", "fclose: use of the stream 't.txt'");
    [Fact] public void DoubleFcloseTwinIsSilent() => Silent(Twice.Replace("SECOND", ""), "closed\n");

    private const string NullStream = "#include <stdio.h>\nint main(void) { FILE *f = fopen(\"missing.txt\", \"r\"); if (CHECK) fputs(\"x\", f); puts(f ? \"opened\" : \"no file\"); return 0; }";

    [Fact] public void NullStreamFires() => Fires(NullStream.Replace("CHECK", "1"), "ALT310", "fputs: the FILE pointer is null");
    [Fact] public void NullStreamTwinIsSilent() => Silent(NullStream.Replace("CHECK", "f"), "no file\n");

    private const string NotAStream = "#include <stdio.h>\nint main(void) { int x = 0; FILE *f = WHICH; printf(\"%d\\n\", feof(f) + x); return 0; }";

    [Fact] public void NonStreamPointerFires() => Fires(NotAStream.Replace("WHICH", "(FILE *)&x"), "ALT310", "feof: the FILE pointer does not point to a stream", "'x'");
    [Fact] public void NonStreamPointerTwinIsSilent() => Silent(NotAStream.Replace("WHICH", "stdin"), "0\n");

    private const string StdoutClosed = "#include <stdio.h>\nint main(void) { printf(\"a\\n\"); CLOSE printf(\"b\\n\"); return 0; }";

    [Fact] public void PrintfAfterClosingStdoutFires() => Fires(StdoutClosed.Replace("CLOSE", "fclose(stdout);"), "ALT310", "printf: use of the stream 'stdout' after fclose");
    [Fact] public void PrintfAfterClosingStdoutTwinIsSilent() => Silent(StdoutClosed.Replace("CLOSE", "fflush(stdout);"), "a\nb\n");

    private const string FreeStream = "#include <stdio.h>\n#include <stdlib.h>\nint main(void) { FILE *f = tmpfile(); RELEASE; puts(\"ok\"); return 0; }";

    [Fact] public void FreeOfAStreamFires() => Fires(FreeStream.Replace("RELEASE", "free(f)"), "ALT107", "216-byte stdio blob", "which malloc did not allocate");
    [Fact] public void FreeOfAStreamTwinIsSilent() => Silent(FreeStream.Replace("RELEASE", "fclose(f)"), "ok\n");

    [Fact]
    public void StdinComesFromTheGivenInput()
    {
        var r = Run("#include <stdio.h>\nint main(void) { int a, b; if (scanf(\"%d %d\", &a, &b) != 2) return 1; printf(\"%d\\n\", a + b); int c = getchar(); printf(\"%d %d\\n\", c, getchar()); return 0; }",
            "40 2\n"u8.ToArray());
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("42\n10 -1\n", r.Stdout);
    }

    [Fact]
    public void RelativePathsResolveInTheWorkingDirectory()
    {
        var r = Run("#include <stdio.h>\nint main(void) { FILE *f = fopen(\"made-here.txt\", \"w\"); fputs(\"content\", f); return fclose(f); }");
        Assert.Equal(0, r.ExitCode);
        var directories = Directory.GetDirectories(Path.Combine(Path.GetTempPath(), "altitude-tests"));
        Assert.Contains(directories, d => File.Exists(Path.Combine(d, "made-here.txt")) && File.ReadAllText(Path.Combine(d, "made-here.txt")) == "content");
    }
}
