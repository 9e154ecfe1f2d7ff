using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: xxHash (Debian's source package, fetched by tests/setup.sh into
/// .cache/xxhash) with a driver that computes XXH32, XXH64 and XXH3 64/128-bit hashes, seeded, at
/// every short length and unaligned, streaming XXH32/XXH64, canonical form
/// (tests/realcode/xxhash_driver.c). Its output under `altitude run` must equal a gcc -O0 build's,
/// with no diagnostic. XXH3's long-input loop computes `in + XXH_PREFETCH_DIST`, 384 bytes ahead,
/// for every stripe: out of bounds (C17 6.5.6p8) when the input ends within 384 bytes of the end of
/// its object, as it does in XXH3's own streaming state; the driver's "exact" mode hashes an exactly
/// sized buffer and Altitude must stop there, located.
/// </summary>
public class XxhashRunTests
{
    private static bool Prepare(out string dir, out string[] sources, out string exe)
    {
        dir = TestPaths.InRoot(".cache", "xxhash");
        sources = [TestPaths.InRoot("tests", "realcode", "xxhash_driver.c"), Path.Combine(dir, "xxhash.c")];
        exe = "";
        if (!File.Exists(sources[1]) || !File.Exists(Path.Combine(dir, "xxhash.h")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the xxHash sources");
            return false;
        }
        if (!Gcc.Available()) return false;
        var scratch = Gcc.ScratchDirectory("xxhash");
        exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-I", dir, "-o", exe, .. sources]);
        Assert.True(build.ExitCode == 0, build.Describe());
        return true;
    }

    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        if (!Prepare(out var dir, out var sources, out var exe)) return;
        var native = Gcc.Run(exe, Path.GetDirectoryName(exe)!, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("stream32=1 stream64=1", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", dir, .. sources]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }

    [Fact]
    public void Xxh3OnAnExactlySizedBufferStopsAtThePrefetchPointer()
    {
        if (!Prepare(out var dir, out var sources, out var exe)) return;
        var native = Gcc.Run(exe, Path.GetDirectoryName(exe)!, ["exact"]);
        Assert.Equal(0, native.ExitCode);
        Assert.StartsWith("exact=", native.Stdout);

        var vm = CliRunner.Run(["run", "-I", dir, .. sources, "--", "exact"]);
        Assert.NotEqual(0, vm.ExitCode);
        Assert.Contains("[ALT103]", vm.Stderr);
        Assert.Contains("XXH_PREFETCH(in + XXH_PREFETCH_DIST)", vm.Stderr);
        Assert.Contains("at XXH3_accumulate (", vm.Stderr);
        Assert.Equal("", vm.Stdout);
    }
}
