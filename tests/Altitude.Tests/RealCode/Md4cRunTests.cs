using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: md4c, a Markdown parser and HTML renderer (Debian's source package, fetched
/// by tests/setup.sh into .cache/md4c), with a driver that renders a document using most of
/// CommonMark and the GitHub extensions (tables, task lists, strikethrough, autolinks, entities,
/// raw HTML, LaTeX spans, wiki links) and walks it with the callback parser
/// (tests/realcode/md4c_driver.c). Its output under `altitude run` must equal a gcc -O0 build's,
/// with no diagnostic.
/// </summary>
public class Md4cRunTests
{
    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        var src = TestPaths.InRoot(".cache", "md4c", "src");
        if (!File.Exists(Path.Combine(src, "md4c.c")) || !File.Exists(Path.Combine(src, "md4c-html.c")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the md4c sources");
            return;
        }
        if (!Gcc.Available()) return;
        var driver = TestPaths.InRoot("tests", "realcode", "md4c_driver.c");
        string[] sources = [driver, Path.Combine(src, "md4c.c"), Path.Combine(src, "md4c-html.c"), Path.Combine(src, "entity.c")];
        var scratch = Gcc.ScratchDirectory("md4c");
        var exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", src, "-o", exe, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("<table>", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", src, .. sources]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
