using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: zlib (Debian's source package, fetched by tests/setup.sh into .cache/zlib)
/// with a driver that runs compress2/uncompress at several levels, streaming deflate/inflate with
/// tiny buffers in zlib, gzip and raw formats and every strategy, crc32/adler32, and the gz* file
/// layer (gzprintf, gzgets, gzread, gzseek, ...) on a file (tests/realcode/zlib_driver.c). Its
/// output under `altitude run` must equal a gcc -O0 build's, with no diagnostic, and the .gz file it
/// writes must be the same bytes. Z_HAVE_UNISTD_H is what zlib's configure defines on this system
/// (the gz* layer declares read/write/close through it).
/// </summary>
public class ZlibRunTests
{
    private static readonly string[] Sources =
        ["adler32.c", "compress.c", "crc32.c", "deflate.c", "infback.c", "inffast.c", "inflate.c", "inftrees.c",
         "trees.c", "uncompr.c", "zutil.c", "gzclose.c", "gzlib.c", "gzread.c", "gzwrite.c"];

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
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-DZ_HAVE_UNISTD_H", "-I", zlib, "-o", exe, driver, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var nativeFile = Path.Combine(scratch, "native.gz");
        var vmFile = Path.Combine(scratch, "vm.gz");
        File.Delete(vmFile);
        var native = Gcc.Run(exe, scratch, [nativeFile]);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("zlib 1.", native.Stdout);
        Assert.Contains("gzclose read=0", native.Stdout);

        var vm = CliRunner.Run(["run", "-DZ_HAVE_UNISTD_H", "-I", zlib, driver, .. sources, "--", vmFile]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
        Assert.Equal(File.ReadAllBytes(nativeFile), File.ReadAllBytes(vmFile));
    }
}
