using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: cJSON and cJSON_Utils (Debian's source package, fetched by tests/setup.sh
/// into .cache/cjson) with a driver that parses, prints (formatted, compact, preallocated), builds,
/// edits, compares, minifies and patches JSON, including escapes, surrogate pairs and doubles
/// (tests/realcode/cjson_driver.c). Its output under `altitude run` must equal a gcc -O0 build's,
/// with no diagnostic.
/// </summary>
public class CjsonRunTests
{
    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        var cjson = TestPaths.InRoot(".cache", "cjson");
        if (!File.Exists(Path.Combine(cjson, "cJSON.c")) || !File.Exists(Path.Combine(cjson, "cJSON_Utils.c")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the cJSON sources");
            return;
        }
        if (!Gcc.Available()) return;
        var driver = TestPaths.InRoot("tests", "realcode", "cjson_driver.c");
        string[] sources = [driver, Path.Combine(cjson, "cJSON.c"), Path.Combine(cjson, "cJSON_Utils.c")];
        var scratch = Gcc.ScratchDirectory("cjson");
        var exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", cjson, "-o", exe, .. sources, "-lm"]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("cJSON 1.", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", cjson, .. sources]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
