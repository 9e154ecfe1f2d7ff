using Altitude.Diagnostics;
using Altitude.Front;

namespace Altitude.Tests.RealCode;

/// <summary>
/// Real code: every source file of Lua 5.4 (fetched by tests/setup.sh from Debian's source
/// packages into .cache/lua, never committed) goes through the whole front end with no error and
/// no warning, as it does with gcc.
/// </summary>
public class LuaFrontEndTests
{
    public static TheoryData<string> Sources()
    {
        var dir = TestPaths.InRoot(".cache", "lua", "src");
        var data = new TheoryData<string>();
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.c").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        }
        else
        {
            data.Add("");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void SourceFileCompilesCleanly(string file)
    {
        if (file.Length == 0)
        {
            Assert.False(TestPaths.InCi, "tests/setup.sh did not fetch the Lua sources");
            return;
        }
        var path = TestPaths.InRoot(".cache", "lua", "src", file);
        var options = new FrontEndOptions { MacroActions = [MacroAction.Define("LUA_USE_LINUX")] };
        var result = FrontEnd.Compile(path, options, FrontEndStage.Lower);
        var problems = result.Diagnostics.Items.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotNull(result.Sexpcode);
    }
}
