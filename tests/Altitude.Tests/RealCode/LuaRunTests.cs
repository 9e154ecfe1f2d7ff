using Altitude.Tests.Cli;
using Altitude.Tests.Headers;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code in the VM: the Lua 5.4 interpreter (Debian's sources, fetched by tests/setup.sh into
/// .cache/lua) runs tests/realcode/lua_script.lua, and its output must equal a gcc -O0 build's.
/// </summary>
public class LuaRunTests
{
    [Fact]
    public void InterpreterRunsTheScriptAsTheGccBuildDoes()
    {
        var src = TestPaths.InRoot(".cache", "lua", "src");
        if (!File.Exists(Path.Combine(src, "lvm.c")))
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch Lua's sources");
            return;
        }
        if (!Gcc.Available()) return;
        var sources = Directory.GetFiles(src, "*.c").Where(f => Path.GetFileName(f) != "luac.c").Order(StringComparer.Ordinal).ToArray();
        var script = File.ReadAllText(TestPaths.InRoot("tests", "realcode", "lua_script.lua"));
        var scratch = Gcc.ScratchDirectory("lua");
        var exe = Path.Combine(scratch, "lua");
        var build = Gcc.Compile(scratch, ["-O0", "-w", "-o", exe, .. sources, "-lm"]);
        Assert.True(build.ExitCode == 0, build.Describe());
        var native = Gcc.Run(exe, scratch, ["-e", script]);
        Assert.True(native.ExitCode == 0, native.Describe());

        var vm = CliRunner.Run(["run", .. sources, "--", "-e", script]);
        Assert.True(vm.ExitCode == 0, vm.Stderr);
        Assert.Equal("", vm.Stderr);
        Assert.Equal(native.Stdout, vm.Stdout);
    }
}
