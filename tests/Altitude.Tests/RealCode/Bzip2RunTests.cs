using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: libbzip2 (Debian's source package, fetched by tests/setup.sh into
/// .cache/bzip2) with a driver that compresses and decompresses in memory at several block sizes,
/// streams with small buffers (including the fallback block sort, workFactor 1), and checks the
/// too-small-output and corrupt-input errors (tests/realcode/bzip2_driver.c). Its output under
/// `altitude run` must equal a gcc -O0 build's, with no diagnostic. (The driver's "small" mode, the
/// small-memory decompressor, is not run here: it packs 4-bit entries into never-initialised bytes,
/// and Altitude, which tracks validity per value rather than per bit, still reports the completed
/// bytes as indeterminate; tests/c/valid/idioms/nibble_array_malloc.c is that idiom.)
/// </summary>
public class Bzip2RunTests
{
    private static readonly string[] Sources =
        ["blocksort.c", "huffman.c", "crctable.c", "randtable.c", "compress.c", "decompress.c", "bzlib.c"];

    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        var bzip2 = TestPaths.InRoot(".cache", "bzip2");
        if (!File.Exists(Path.Combine(bzip2, "bzlib.h")) || !File.Exists(Path.Combine(bzip2, "blocksort.c")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the bzip2 sources");
            return;
        }
        if (!Gcc.Available()) return;
        var driver = TestPaths.InRoot("tests", "realcode", "bzip2_driver.c");
        var sources = Sources.Select(s => Path.Combine(bzip2, s)).ToArray();
        var scratch = Gcc.ScratchDirectory("bzip2");
        var exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", bzip2, "-o", exe, driver, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("bzip2 1.", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", bzip2, driver, .. sources]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
