namespace Altitude.Cli;

/// <summary>The `altitude` command: its subcommands are added as the pipeline grows.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("altitude: no command yet");
        return 2;
    }
}
