using Altitude.Diagnostics;

namespace Altitude.Front.Lexing;

/// <summary>Diagnostics of translation phases 1–3.</summary>
public static class LexerErrors
{
    public static readonly DiagnosticDescriptor UnterminatedComment =
        new("LEX001", "unterminated-comment", "unterminated /* comment", Clause: "6.4.9");

    public static readonly DiagnosticDescriptor StrayCharacter =
        new("LEX002", "stray-character", "stray '{0}' in program", Clause: "6.4p2");

    public static readonly DiagnosticDescriptor UnterminatedLiteral =
        new("LEX003", "unterminated-literal", "missing terminating {0} character", Clause: "6.4.4.4, 6.4.5");
}
