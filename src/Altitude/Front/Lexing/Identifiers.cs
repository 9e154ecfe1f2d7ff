using System.Text;

namespace Altitude.Front.Lexing;

/// <summary>Identifier spellings: a universal character name and the character it names are the same identifier (C17 6.4.3).</summary>
public static class Identifiers
{
    /// <summary>The identifier a spelling denotes: <c>caf\u00e9</c> and <c>café</c> give the same name.</summary>
    public static string Normalize(string spelling)
    {
        if (!spelling.Contains('\\')) return spelling;
        var sb = new StringBuilder(spelling.Length);
        for (var i = 0; i < spelling.Length; i++)
        {
            var c = spelling[i];
            if (c == '\\' && i + 1 < spelling.Length && (spelling[i + 1] == 'u' || spelling[i + 1] == 'U'))
            {
                var digits = spelling[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits <= spelling.Length
                    && int.TryParse(spelling.AsSpan(i + 2, digits), System.Globalization.NumberStyles.HexNumber, null, out var code)
                    && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                {
                    sb.Append(char.ConvertFromUtf32(code));
                    i += 1 + digits;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
