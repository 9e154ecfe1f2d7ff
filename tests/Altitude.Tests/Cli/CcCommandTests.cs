namespace Altitude.Tests.Cli;

public class CcCommandTests
{
    [Fact]
    public void PreprocessPrintsExpandedText()
    {
        var file = CliRunner.WriteTemp("#define SQUARE(x) ((x) * (x))\nint y = SQUARE(3);\n");
        var outcome = CliRunner.Run("cc", "-E", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("int y = ((3) * (3));", outcome.Stdout);
    }

    [Fact]
    public void DefinesAndUndefinesApplyInCommandLineOrder()
    {
        var file = CliRunner.WriteTemp("#ifdef A\nint a = A;\n#endif\n#ifdef B\nint b;\n#endif\n");
        var outcome = CliRunner.Run("cc", "-E", "-DA=7", "-D", "B", "-UB", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("int a = 7;", outcome.Stdout);
        Assert.DoesNotContain("int b;", outcome.Stdout);
    }

    [Fact]
    public void IncludePathIsSearched()
    {
        var header = CliRunner.WriteTemp("#define FROM_HEADER 42\n", "config.h");
        var file = CliRunner.WriteTemp("#include <config.h>\nint v = FROM_HEADER;\n");
        var outcome = CliRunner.Run("cc", "-E", "-I" + Path.GetDirectoryName(header), file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("int v = 42;", outcome.Stdout);
    }

    [Fact]
    public void SyntaxErrorIsLocatedWithExcerptAndExitStatusOne()
    {
        var file = CliRunner.WriteTemp("int main(void) {\n  return 0\n}\n");
        var outcome = CliRunner.Run("cc", "-fsyntax-only", file);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{file}:2:11: error:", outcome.Stderr);
        Assert.Contains("  return 0", outcome.Stderr);
        Assert.Contains("^", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr); // never a .NET stack trace
    }

    [Fact]
    public void MissingFileIsAnErrorNotACrash()
    {
        var outcome = CliRunner.Run("cc", "-fsyntax-only", "/nonexistent/dir/x.c");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no such file", outcome.Stderr);
    }

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        Assert.Equal(2, CliRunner.Run("cc", "-E", "-fsyntax-only", "x.c").ExitCode);
        Assert.Equal(2, CliRunner.Run("cc", "-Qbogus", "-E", "x.c").ExitCode);
        Assert.Equal(2, CliRunner.Run("cc", "-E", "-std=c89", "x.c").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void BuildSystemFlagsAreAcceptedAndIgnored()
    {
        var file = CliRunner.WriteTemp("int x;\n");
        var outcome = CliRunner.Run("cc", "-O2", "-g", "-Wall", "-Wextra", "-fno-strict-aliasing", "-fsyntax-only", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void StandardSelectsStdcVersion()
    {
        var file = CliRunner.WriteTemp("long v = __STDC_VERSION__;\n");
        Assert.Contains("long v = 199901L;", CliRunner.Run("cc", "-E", "-std=c99", file).Stdout);
        Assert.Contains("long v = 201710L;", CliRunner.Run("cc", "-E", file).Stdout);
    }
}

public class PreprocessorOutputTests
{
    [Fact]
    public void LineMarkersNameTheFilesUnlessDashP()
    {
        var header = CliRunner.WriteTemp("int from_header;\n", "h.h");
        var file = Path.Combine(Path.GetDirectoryName(header)!, "main.c");
        File.WriteAllText(file, "#include \"h.h\"\nint in_main;\n");
        var marked = CliRunner.Run("cc", "-E", file);
        Assert.Equal(0, marked.ExitCode);
        Assert.Contains($"# 1 \"{file}\"", marked.Stdout);
        Assert.Contains("h.h\" 1", marked.Stdout); // entering the header: flag 1
        var plain = CliRunner.Run("cc", "-E", "-P", file);
        Assert.DoesNotContain("# 1", plain.Stdout);
        Assert.Contains("int from_header;", plain.Stdout);
    }

    [Fact]
    public void DumpMacrosListsPredefinedAndUserMacros()
    {
        var file = CliRunner.WriteTemp("#define MINE 3\n");
        var outcome = CliRunner.Run("cc", "-E", "-dM", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("#define MINE 3", outcome.Stdout);
        Assert.Contains("#define __ALTITUDE__ 1", outcome.Stdout);
        Assert.Contains("#define __x86_64__ 1", outcome.Stdout);
    }

    [Fact]
    public void NoStdincHidesAltitudesHeaders()
    {
        var file = CliRunner.WriteTemp("#include <stdio.h>\n");
        Assert.Equal(0, CliRunner.Run("cc", "-E", file).ExitCode);
        var outcome = CliRunner.Run("cc", "-E", "-nostdinc", file);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("stdio.h", outcome.Stderr);
    }
}

public class FrontEndOptionsOnRunTests
{
    [Fact]
    public void RunAppliesDefinesAndUndefinesInOrderLikeCc()
    {
        var file = CliRunner.WriteTemp("#include <stdio.h>\nint main(void) {\n#ifdef A\n  printf(\"A=%d\\n\", A);\n#endif\n#ifdef B\n  puts(\"B\");\n#endif\n  return 0;\n}\n");
        var outcome = CliRunner.Run("run", "-DB", "-DA=4", "-UB", file);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("A=4\n", outcome.Stdout);
        // After the program's --, -D is the guest's own argument, not a macro.
        var guest = CliRunner.Run("run", file, "--", "-DB");
        Assert.Equal("", guest.Stdout);
    }

    [Fact]
    public void RunRejectsAnUnknownStandard()
    {
        var file = CliRunner.WriteTemp("int main(void) { return 0; }\n");
        var outcome = CliRunner.Run("run", "-std=c89", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unsupported -std value 'c89'", outcome.Stderr);
        Assert.Equal(0, CliRunner.Run("run", "-std=c11", file).ExitCode);
    }
}
