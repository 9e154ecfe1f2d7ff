using Altitude.Tests.Cli;

namespace Altitude.Tests.Vm;

/// <summary>`altitude run` links several units: .c files and .sexp units from `cc -c`, one definition per name.</summary>
public class LinkTests
{
    private const string Main = "#include <stdio.h>\nint scale(int);\nextern int factor;\nint main(void) { printf(\"%d\\n\", scale(4)); return 0; }\n";
    private const string Lib = "int factor = 3;\nint scale(int x) { return x * factor; }\n";

    [Fact]
    public void SexpUnitFromCcLinksWithCSource()
    {
        var lib = CliRunner.WriteTemp(Lib, "lib.c");
        var sexp = Path.ChangeExtension(lib, ".sexp");
        Assert.Equal(0, CliRunner.Run("cc", "-c", lib, "-o", sexp).ExitCode);
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main, "main.c"), sexp);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("12\n", r.Stdout);
    }

    [Fact]
    public void MalformedSexpUnitIsALocatedError()
    {
        var bad = CliRunner.WriteTemp("(unit \"x\" (files) (types) (globals (variable \"v\" external (ptr (struct \"nope\")))) (functions))", "bad.sexp");
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main, "main.c"), bad);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.sexp:1:", r.Stderr);
        Assert.Contains("[SXP", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void DuplicateDefinitionNamesBothPlaces()
    {
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main, "main.c"), CliRunner.WriteTemp(Lib, "lib.c"), CliRunner.WriteTemp("int factor = 5;\n", "other.c"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("other.c:1:5: error: multiple definition of 'factor'; first defined at ", r.Stderr);
        Assert.Contains("lib.c:1:5", r.Stderr);
        Assert.Contains("[ALT909]", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void DuplicateFunctionDefinitionIsAnError()
    {
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main, "main.c"), CliRunner.WriteTemp(Lib, "lib.c"), CliRunner.WriteTemp("int scale(int x) { return x; }\n", "other.c"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("multiple definition of 'scale'", r.Stderr);
    }

    [Fact]
    public void StaticNamesInTwoUnitsDoNotClash()
    {
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main.Replace("int main", "static int count = 1;\nint main"), "main.c"),
            CliRunner.WriteTemp("static int count = 2;\n" + Lib, "lib.c"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("12\n", r.Stdout);
    }

    [Fact]
    public void InlineDefinitionsInTwoUnitsDoNotClash()
    {
        const string header = "inline int square(int x) { return x * x; }\n";
        var r = CliRunner.Run("run",
            CliRunner.WriteTemp(header + "#include <stdio.h>\nint twice_square(int);\nint main(void) { printf(\"%d %d\\n\", square(3), twice_square(2)); return 0; }\n", "main.c"),
            CliRunner.WriteTemp(header + "extern int square(int);\nint twice_square(int x) { return 2 * square(x); }\n", "lib.c"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("9 8\n", r.Stdout);
    }

    [Fact]
    public void MissingDefinitionIsALinkErrorAtTheDeclaration()
    {
        var r = CliRunner.Run("run", CliRunner.WriteTemp(Main.Replace("scale(4)", "scale(factor)"), "main.c"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("main.c:2:5: error: undefined reference to 'scale'", r.Stderr);
        Assert.Contains("main.c:3:12: error: undefined reference to 'factor'", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void UnimplementedLibraryFunctionOnlyMattersWhenCalled()
    {
        const string source = "#include <stdio.h>\n#include <stdlib.h>\nint main(int argc, char **argv) { if (argc > 5) system(\"true\"); puts(\"ran\"); return 0; }\n";
        var r = CliRunner.Run("run", CliRunner.WriteTemp(source, "main.c"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("ran\n", r.Stdout);
    }

    [Fact]
    public void MainSeesTheEnvironmentAsAuxvStrings()
    {
        const string source = """
            #include <stdio.h>
            #include <string.h>
            int main(int argc, char **argv, char **envp) {
                int found = 0, n = 0;
                for (; envp[n]; n++) if (strncmp(envp[n], "PATH=", 5) == 0) found = 1;
                printf("%d %d\n", n > 0, found);
                return 0;
            }
            """;
        var r = CliRunner.Run("run", CliRunner.WriteTemp(source, "env.c"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(Environment.GetEnvironmentVariable("PATH") is null ? "1 0\n" : "1 1\n", r.Stdout);
    }
}
