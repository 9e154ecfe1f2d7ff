using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: zlib (Debian's source package, fetched by tests/setup.sh into .cache/zlib)
/// with a driver that runs compress2/uncompress at several levels, streaming deflate/inflate with
/// tiny buffers in zlib, gzip and raw formats and every strategy, and crc32/adler32
/// (tests/realcode/zlib_driver.c). Its output under `altitude run` must equal a gcc -O0 build's,
/// with no diagnostic.
/// </summary>
public class ZlibRunTests
{
    // The library proper, without the gz* file I/O layer the driver does not use.
    private static readonly string[] Sources =
        ["adler32.c", "compress.c", "crc32.c", "deflate.c", "infback.c", "inffast.c", "inflate.c", "inftrees.c",
         "trees.c", "uncompr.c", "zutil.c"];

    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        var zlib = TestPaths.InRoot(".cache", "zlib");
        if (!File.Exists(Path.Combine(zlib, "zlib.h")) || !File.Exists(Path.Combine(zlib, "deflate.c")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the zlib sources");
            return;
        }
        if (!Gcc.Available()) return;
        var driver = TestPaths.InRoot("tests", "realcode", "zlib_driver.c");
        var sources = Sources.Select(s => Path.Combine(zlib, s)).ToArray();
        var scratch = Gcc.ScratchDirectory("zlib");
        var exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", zlib, "-o", exe, driver, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("zlib 1.", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", zlib, driver, .. sources]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
