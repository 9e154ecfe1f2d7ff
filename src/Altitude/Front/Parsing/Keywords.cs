using Altitude.Front.Lexing;

namespace Altitude.Front.Parsing;

/// <summary>
/// Classifies identifier spellings as keywords (C17 6.4.1 plus the GNU spellings real code uses).
/// The preprocessor leaves every keyword as an identifier; the parser asks here.
/// </summary>
public static class Keywords
{
    private static readonly Dictionary<string, TokenKind> Always = new(StringComparer.Ordinal)
    {
        ["auto"] = TokenKind.KwAuto, ["break"] = TokenKind.KwBreak, ["case"] = TokenKind.KwCase,
        ["char"] = TokenKind.KwChar, ["const"] = TokenKind.KwConst, ["continue"] = TokenKind.KwContinue,
        ["default"] = TokenKind.KwDefault, ["do"] = TokenKind.KwDo, ["double"] = TokenKind.KwDouble,
        ["else"] = TokenKind.KwElse, ["enum"] = TokenKind.KwEnum, ["extern"] = TokenKind.KwExtern,
        ["float"] = TokenKind.KwFloat, ["for"] = TokenKind.KwFor, ["goto"] = TokenKind.KwGoto,
        ["if"] = TokenKind.KwIf, ["inline"] = TokenKind.KwInline, ["int"] = TokenKind.KwInt,
        ["long"] = TokenKind.KwLong, ["register"] = TokenKind.KwRegister, ["restrict"] = TokenKind.KwRestrict,
        ["return"] = TokenKind.KwReturn, ["short"] = TokenKind.KwShort, ["signed"] = TokenKind.KwSigned,
        ["sizeof"] = TokenKind.KwSizeof, ["static"] = TokenKind.KwStatic, ["struct"] = TokenKind.KwStruct,
        ["switch"] = TokenKind.KwSwitch, ["typedef"] = TokenKind.KwTypedef, ["union"] = TokenKind.KwUnion,
        ["unsigned"] = TokenKind.KwUnsigned, ["void"] = TokenKind.KwVoid, ["volatile"] = TokenKind.KwVolatile,
        ["while"] = TokenKind.KwWhile, ["_Alignas"] = TokenKind.KwAlignas, ["_Alignof"] = TokenKind.KwAlignof,
        ["_Atomic"] = TokenKind.KwAtomic, ["_Bool"] = TokenKind.KwBool, ["_Complex"] = TokenKind.KwComplex,
        ["_Generic"] = TokenKind.KwGeneric, ["_Imaginary"] = TokenKind.KwImaginary, ["_Noreturn"] = TokenKind.KwNoreturn,
        ["_Static_assert"] = TokenKind.KwStaticAssert, ["_Thread_local"] = TokenKind.KwThreadLocal,

        // GNU alternate spellings, available in every -std mode.
        ["__inline"] = TokenKind.KwInline, ["__inline__"] = TokenKind.KwInline,
        ["__restrict"] = TokenKind.KwRestrict, ["__restrict__"] = TokenKind.KwRestrict,
        ["__const"] = TokenKind.KwConst, ["__const__"] = TokenKind.KwConst,
        ["__volatile"] = TokenKind.KwVolatile, ["__volatile__"] = TokenKind.KwVolatile,
        ["__signed"] = TokenKind.KwSigned, ["__signed__"] = TokenKind.KwSigned,
        ["__alignof"] = TokenKind.KwAlignof, ["__alignof__"] = TokenKind.KwAlignof,
        ["__attribute"] = TokenKind.KwAttribute, ["__attribute__"] = TokenKind.KwAttribute,
        ["__extension__"] = TokenKind.KwExtension,
        ["__typeof"] = TokenKind.KwTypeof, ["__typeof__"] = TokenKind.KwTypeof,
        ["__asm"] = TokenKind.KwAsm, ["__asm__"] = TokenKind.KwAsm,
        ["__builtin_va_arg"] = TokenKind.KwBuiltinVaArg,
        ["__builtin_offsetof"] = TokenKind.KwBuiltinOffsetof,
        ["__builtin_types_compatible_p"] = TokenKind.KwBuiltinTypesCompatibleP,
        ["__int128"] = TokenKind.KwInt128,
        ["__label__"] = TokenKind.KwLabel,
        ["__real__"] = TokenKind.KwReal, ["__real"] = TokenKind.KwReal,
        ["__imag__"] = TokenKind.KwImag, ["__imag"] = TokenKind.KwImag,
        ["_Float128"] = TokenKind.KwFloat128, ["__float128"] = TokenKind.KwFloat128,
        ["__auto_type"] = TokenKind.KwAutoType,
        ["__complex__"] = TokenKind.KwComplex, ["__complex"] = TokenKind.KwComplex,
        ["__thread"] = TokenKind.KwThreadLocal,
    };

    /// <summary>Keywords only in the gnu* -std modes; identifiers in strict c* modes.</summary>
    private static readonly Dictionary<string, TokenKind> GnuOnly = new(StringComparer.Ordinal)
    {
        ["asm"] = TokenKind.KwAsm,
        ["typeof"] = TokenKind.KwTypeof,
    };

    /// <summary>The keyword kind for an identifier's spelling, or <see cref="TokenKind.Identifier"/> when it is none.</summary>
    public static TokenKind Classify(string spelling, bool gnuKeywords = true)
    {
        if (Always.TryGetValue(spelling, out var kind)) return kind;
        if (gnuKeywords && GnuOnly.TryGetValue(spelling, out kind)) return kind;
        return TokenKind.Identifier;
    }

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.KwAuto;
}
