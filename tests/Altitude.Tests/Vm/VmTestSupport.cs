using Altitude.Tests.Cli;

namespace Altitude.Tests.Vm;

internal static class Vm
{
    /// <summary>Writes the program to a temporary file and runs it with `altitude run`.</summary>
    public static CliRunner.Outcome Run(string source, params string[] extra)
    {
        var path = CliRunner.WriteTemp(source, "prog.c");
        return CliRunner.Run(["run", .. extra.TakeWhile(a => a != "--"), path, .. extra.SkipWhile(a => a != "--")]);
    }
}
