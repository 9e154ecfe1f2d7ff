using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: LZ4 (Debian's source package, fetched by tests/setup.sh into .cache/lz4)
/// with a driver (tests/realcode/lz4_driver.c). Its lz4.c part (LZ4_compress_default/fast,
/// decompress_safe/partial, streaming with history) must print under `altitude run` what a gcc -O0
/// build prints, with no diagnostic. Its lz4hc.c part has undefined behaviour on every call: a new
/// HC context subtracts two null pointers (lz4hc.c:102, `hc4->end - hc4->prefixStart`, C17 6.5.6p9
/// allows subtraction only within one array object), and further on it forms pointers far outside
/// the input buffer (`dictStart + prefixIdx - dictIdx`). Altitude must stop there, located.
/// </summary>
public class Lz4RunTests
{
    private static bool Prepare(out string lib, out string[] sources, out string exe)
    {
        lib = TestPaths.InRoot(".cache", "lz4", "lib");
        sources = [TestPaths.InRoot("tests", "realcode", "lz4_driver.c"), Path.Combine(lib, "lz4.c"), Path.Combine(lib, "lz4hc.c")];
        exe = "";
        if (!File.Exists(sources[1]) || !File.Exists(sources[2]))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the lz4 sources");
            return false;
        }
        if (!Gcc.Available()) return false;
        var scratch = Gcc.ScratchDirectory("lz4");
        exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", lib, "-o", exe, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        return true;
    }

    [Fact]
    public void FastApiPrintsWhatTheGccBuildPrints()
    {
        if (!Prepare(out var lib, out var sources, out var exe)) return;
        var native = Gcc.Run(exe, Path.GetDirectoryName(exe)!, ["fast"]);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("stream: total=", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", lib, .. sources, "--", "fast"]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }

    [Fact]
    public void HcApiStopsAtTheLibrarysNullPointerSubtraction()
    {
        if (!Prepare(out var lib, out var sources, out var exe)) return;
        var native = Gcc.Run(exe, Path.GetDirectoryName(exe)!, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("stream hc: total=", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", lib, .. sources]);
        Assert.NotEqual(0, vm.ExitCode);
        Assert.Contains("lz4hc.c:102:", vm.Stderr);
        Assert.Contains("[ALT114]", vm.Stderr);
        Assert.Contains("at LZ4HC_init_internal (", vm.Stderr);
        // Everything before the first HC call ran exactly as natively.
        Assert.StartsWith(vm.Stdout, native.Stdout);
        Assert.Contains("stream: total=", vm.Stdout);
        Assert.DoesNotContain("hc 1:", vm.Stdout);
    }
}
