using System.Diagnostics;
using System.Text;

namespace Altitude.Tests.Libc;

/// <summary>Compiles and runs C programs with the host gcc to compare Altitude's C library with glibc.</summary>
internal static class LibcGcc
{
    /// <summary>False (test returns early) when gcc is missing, except on CI where that fails the test.</summary>
    public static bool Available()
    {
        if (TestPaths.HasTool("gcc")) return true;
        Assert.False(TestPaths.InCi, "gcc is required on CI to compare the C library with glibc");
        return false;
    }

    /// <summary>Compiles <paramref name="source"/>, runs it and returns the bytes it wrote to the file named by argv[1].</summary>
    public static byte[] CompileAndRun(string name, string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "altitude-libc", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "t.c"), source, new UTF8Encoding(false));
            var (code, err) = Run("gcc", dir, "-w", "-O0", "-std=gnu17", "-o", "t", "t.c");
            Assert.True(code == 0, "gcc failed:\n" + err);
            var (code2, err2) = Run(Path.Combine(dir, "t"), dir, Path.Combine(dir, "out.bin"));
            Assert.True(code2 == 0, "test program failed:\n" + err2);
            return File.ReadAllBytes(Path.Combine(dir, "out.bin"));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static (int Code, string Stderr) Run(string program, string dir, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + program);
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(program);
        }
        return (p.ExitCode, err.Result);
    }

    /// <summary>A C string literal for arbitrary bytes (octal escapes for anything unusual).</summary>
    public static string CString(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (byte b in bytes)
        {
            if (b == '"' || b == '\\') sb.Append('\\').Append((char)b);
            else if (b >= 0x20 && b < 0x7f && b != '?') sb.Append((char)b);
            else sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Reader for the records the generated programs write: int32 values and length-prefixed byte strings.</summary>
    public sealed class RecordReader(byte[] data)
    {
        private int _pos;
        public bool AtEnd => _pos >= data.Length;
        public int Int32() { int v = BitConverter.ToInt32(data, _pos); _pos += 4; return v; }
        public long Int64() { long v = BitConverter.ToInt64(data, _pos); _pos += 8; return v; }
        public byte[] Bytes(int n) { var b = data.AsSpan(_pos, n).ToArray(); _pos += n; return b; }
    }

    /// <summary>Common C prologue: output file, helpers to write records and to build doubles from bits.</summary>
    public const string Prologue = """
        #define _GNU_SOURCE
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <errno.h>
        #include <wchar.h>
        #include <stdint.h>
        #include <stddef.h>
        #include <inttypes.h>
        static FILE *out;
        static void w32(int v) { fwrite(&v, 4, 1, out); }
        static void w64(long long v) { fwrite(&v, 8, 1, out); }
        static void wbytes(const void *p, int n) { w32(n); fwrite(p, 1, n, out); }
        static double d(unsigned long long b) { double x; memcpy(&x, &b, 8); return x; }
        static unsigned long long bitsd(double x) { unsigned long long b; memcpy(&b, &x, 8); return b; }
        static unsigned bitsf(float x) { unsigned b; memcpy(&b, &x, 4); return b; }

        """;
}
