using System.Diagnostics;
using Altitude.Tests.Headers;

namespace Altitude.Tests.Cli;

/// <summary>
/// The `altitude` process with real pipes, compared byte for byte with the same program built by
/// gcc and run the same way: standard input passes through unchanged (binary data included),
/// and stdout and stderr sent into one pipe (2>&amp;1) interleave as glibc's buffering makes them.
/// </summary>
public class StdioProcessTests
{
    private static string AltitudeDll => Path.Combine(AppContext.BaseDirectory, "Altitude.Cli.dll");

    private const string Interleaving = """
        #include <stdio.h>
        #include <stdlib.h>
        #include <unistd.h>
        int main(void) {
            printf("out 1\n");
            fprintf(stderr, "err 1\n");
            for (int i = 0; i < 900; i++) printf("%04d ", i);   /* crosses the 4096-byte buffer */
            fputs("[err 2]\n", stderr);
            write(1, "[write]\n", 8);
            perror("perror");
            printf("\nout 2");
            fputc('!', stderr);
            setvbuf(stdout, NULL, _IOLBF, 0);
            printf("line\n");
            fputs("[err 3]\n", stderr);
            printf("tail without newline");
            exit(0);
        }
        """;

    private const string Echo = """
        #include <stdio.h>
        int main(void) {
            unsigned char buf[1000];
            size_t n, total = 0;
            unsigned sum = 0;
            while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
                for (size_t i = 0; i < n; i++) sum = sum * 31 + buf[i];
                fwrite(buf, 1, n, stdout);
                total += n;
            }
            fprintf(stderr, "%zu bytes, hash %u\n", total, sum);
            return 0;
        }
        """;

    /// <summary>Runs a shell command line in <paramref name="directory"/>; its stdout bytes and exit status.</summary>
    private static (int Exit, byte[] Output) Shell(string directory, string command)
    {
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = directory, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        Assert.True(process.WaitForExit(120_000), "timed out: " + command);
        return (process.ExitCode, output.ToArray());
    }

    private static (string Directory, bool HaveGcc) Prepare(string source)
    {
        var directory = Gcc.ScratchDirectory("stdio");
        File.WriteAllText(Path.Combine(directory, "prog.c"), source);
        if (!Gcc.Available()) return (directory, false);
        var compiled = Gcc.Compile(directory, ["-O0", "-o", "native", "prog.c"]);
        Assert.True(compiled.ExitCode == 0, compiled.Describe());
        return (directory, true);
    }

    private static string Altitude => $"dotnet '{AltitudeDll}' run prog.c";

    [Fact]
    public void StdoutAndStderrInOnePipeInterleaveAsNatively()
    {
        var (directory, haveGcc) = Prepare(Interleaving);
        var altitude = Shell(directory, $"{Altitude} 2>&1 | cat");
        Assert.Equal(0, altitude.Exit);
        var text = System.Text.Encoding.ASCII.GetString(altitude.Output);
        // Without gcc, facts of glibc's buffering that the comparison also checks: stderr first,
        // stdout's first 4096 bytes written when the buffer overflows (at "0817 "), write(1)
        // straight after them.
        Assert.StartsWith("err 1\nout 1\n", text);
        Assert.Contains("0817 [err 2]\n[write]\nperror: ", text);
        if (!haveGcc) return;
        var native = Shell(directory, "./native 2>&1 | cat");
        Assert.Equal(System.Text.Encoding.ASCII.GetString(native.Output), text);
    }

    [Fact]
    public void StdoutAndStderrInOneFileInterleaveAsNatively()
    {
        var (directory, haveGcc) = Prepare(Interleaving);
        Shell(directory, $"{Altitude} > altitude.txt 2>&1");
        if (!haveGcc) return;
        Shell(directory, "./native > native.txt 2>&1");
        Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "native.txt")), File.ReadAllBytes(Path.Combine(directory, "altitude.txt")));
    }

    [Fact]
    public void BinaryStdinPassesThroughUnchanged()
    {
        var (directory, haveGcc) = Prepare(Echo);
        var data = new byte[70_000];
        new Random(3).NextBytes(data);
        File.WriteAllBytes(Path.Combine(directory, "input.bin"), data);
        var alone = Shell(directory, $"{Altitude} < input.bin 2>/dev/null | cat");
        Assert.Equal(data, alone.Output);
        var altitude = Shell(directory, $"{Altitude} < input.bin 2>&1 | cat");
        // stdout's last partial buffer goes out at exit, after the message on stderr.
        var tail = data.Length % 4096;
        Assert.Equal(data.AsSpan(0, data.Length - tail).ToArray(), altitude.Output.AsSpan(0, data.Length - tail).ToArray());
        if (!haveGcc) return;
        var native = Shell(directory, "./native < input.bin 2>&1 | cat");
        Assert.Equal(native.Output, altitude.Output);
    }

    [Fact]
    public void StdinFromAPipeIsReadLikeNatively()
    {
        var (directory, haveGcc) = Prepare("""
            #include <stdio.h>
            int main(void) {
                char line[64];
                int n = 0;
                printf("prompt> ");
                while (fgets(line, sizeof line, stdin)) printf("%d:%s", ++n, line);
                fprintf(stderr, "lines=%d\n", n);
                return n;
            }
            """);
        var altitude = Shell(directory, $"printf 'a\\nbb\\nccc' | {Altitude} 2>&1 | cat");
        Assert.Equal("lines=3\nprompt> 1:a\n2:bb\n3:ccc", System.Text.Encoding.ASCII.GetString(altitude.Output));
        if (!haveGcc) return;
        var native = Shell(directory, "printf 'a\\nbb\\nccc' | ./native 2>&1 | cat");
        Assert.Equal(native.Output, altitude.Output);
    }

    [Fact]
    public void StdinRedirectedFromAFileIsTheFileItself()
    {
        var (directory, haveGcc) = Prepare("""
            #include <stdio.h>
            #include <sys/stat.h>
            #include <unistd.h>
            int main(void) {
                struct stat st;
                fstat(0, &st);
                printf("regular=%d size=%ld tty=%d\n", S_ISREG(st.st_mode), (long)st.st_size, isatty(0));
                fseek(stdin, -4, SEEK_END);
                printf("tail=%s", fgets((char[8]){0}, 8, stdin));
                printf("tell=%ld\n", ftell(stdin));
                rewind(stdin);
                printf("first=%c\n", getchar());
                return 0;
            }
            """);
        File.WriteAllText(Path.Combine(directory, "input.txt"), "hello\nworld\nend\n");
        var altitude = Shell(directory, $"{Altitude} < input.txt");
        Assert.Equal("regular=1 size=16 tty=0\ntail=end\ntell=16\nfirst=h\n", System.Text.Encoding.ASCII.GetString(altitude.Output));
        if (!haveGcc) return;
        Assert.Equal(Shell(directory, "./native < input.txt").Output, altitude.Output);
    }
}
