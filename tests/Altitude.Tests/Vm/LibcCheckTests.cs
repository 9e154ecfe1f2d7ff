using Altitude.Tests.Cli;

namespace Altitude.Tests.Vm;

/// <summary>
/// The C library's own diagnostics (unsupported functions, indeterminate arguments) and the ways a
/// program can end without flushing stdout, each with a correct twin.
/// </summary>
public class LibcCheckTests
{
    private static CliRunner.Outcome Fires(string source, string id, string text)
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Contains($"[{id}]", r.Stderr);
        Assert.Matches(@"prog\.c:\d+:\d+: error: ", r.Stderr);
        Assert.Contains(text, r.Stderr);
        return r;
    }

    private static void Runs(string source, int exit, string stdout, string stderr = "")
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == exit, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Equal(stdout, r.Stdout);
        Assert.Equal(stderr, r.Stderr);
    }

    private const string System = "#include <stdio.h>\n#include <stdlib.h>\nint main(void) { printf(\"%d\\n\", system(ARG)); return 0; }";

    [Fact] public void SystemWithACommandIsUnsupported() => Fires(System.Replace("ARG", "\"ls\""), "ALT905", "'system'");
    [Fact] public void SystemNullReportsNoShell() => Runs(System.Replace("ARG", "NULL"), 0, "0\n");

    private const string Mktime = "#include <stdio.h>\n#include <time.h>\nint main(void) { struct tm t; t.tm_year = 100; t.tm_mon = 0; t.tm_mday = 1; t.tm_hour = 0; t.tm_min = 0; SEC t.tm_isdst = 0; printf(\"%ld\\n\", (long)timegm(&t)); return 0; }";

    [Fact] public void TimegmOfAnUninitialisedMemberFires() => Fires(Mktime.Replace("SEC", ""), "ALT205", "offset 0 of a 56-byte stackframe blob 't' of type struct tm");
    [Fact] public void TimegmOfAFullTmIsSilent() => Runs(Mktime.Replace("SEC", "t.tm_sec = 0;"), 0, "946684800\n");

    private const string Rounding = "#include <fenv.h>\n#include <stdio.h>\nint main(void) { printf(\"%d\\n\", fesetround(MODE)); return 0; }";

    [Fact] public void DirectedRoundingIsUnsupported() => Fires(Rounding.Replace("MODE", "FE_UPWARD"), "ALT906", "FE_TONEAREST");
    [Fact] public void RoundToNearestIsAccepted() => Runs(Rounding.Replace("MODE", "FE_TONEAREST"), 0, "0\n");

    private const string Ending = "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\nint main(void) { printf(\"buffered\\n\"); END; }";

    // glibc's abort, _exit and a fatal signal do not flush stdio: a pipe receives nothing.
    [Fact] public void AbortDiscardsBufferedOutputSilently() => Runs(Ending.Replace("END", "abort()"), 134, "");
    [Fact] public void UnderscoreExitDiscardsBufferedOutput() => Runs(Ending.Replace("END", "_exit(4)"), 4, "");
    [Fact] public void ExitFlushesBufferedOutput() => Runs(Ending.Replace("END", "exit(4)"), 4, "buffered\n");
}
