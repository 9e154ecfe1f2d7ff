using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: the SQLite amalgamation (fetched by tests/setup.sh) with a driver that runs
/// joins, window functions, transactions, triggers, JSON and prepared statements
/// (tests/realcode/sqlite_driver.c). Its output under `altitude run` must equal a gcc -O0 build's.
/// </summary>
public class SqliteRunTests
{
    private static readonly string[] Defines = ["-DSQLITE_THREADSAFE=0", "-DSQLITE_OMIT_LOAD_EXTENSION"];

    [Fact]
    public void DriverPrintsWhatTheGccBuildPrints()
    {
        var sqlite = TestPaths.InRoot(".cache", "sqlite");
        if (!File.Exists(Path.Combine(sqlite, "sqlite3.c")) || !File.Exists(Path.Combine(sqlite, "sqlite3.h")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the SQLite amalgamation");
            return;
        }
        if (!Gcc.Available()) return;
        var driver = TestPaths.InRoot("tests", "realcode", "sqlite_driver.c");
        var scratch = Gcc.ScratchDirectory("sqlite");
        var exe = Path.Combine(scratch, "driver");
        var build = Gcc.Compile(scratch, [.. Defines, "-O0", "-w", "-I", sqlite, "-o", exe, driver, Path.Combine(sqlite, "sqlite3.c"), "-lm"]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, []);
        Assert.Equal(0, native.ExitCode);
        Assert.Contains("version 3.", native.Stdout);

        var vm = CliRunner.Run(["run", .. Defines, "-I", sqlite, driver, Path.Combine(sqlite, "sqlite3.c")]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
