namespace Altitude.Front.Lexing;

/// <summary>
/// Kinds of tokens. The lexer produces preprocessing tokens (identifiers, pp-numbers, character
/// and string literals, punctuators, stray characters); after preprocessing the parser classifies
/// identifiers as keywords (see <see cref="Keywords"/>) and pp-numbers as constants.
/// </summary>
public enum TokenKind
{
    EndOfFile,
    Identifier,
    PpNumber,
    CharLiteral,
    StringLiteral,
    /// <summary>A character that is no token of C (`@`, `$` outside identifiers, a stray `\`); an error if it survives preprocessing.</summary>
    Other,
    /// <summary><c>&lt;stdio.h&gt;</c> after <c>#include</c>, lexed by the preprocessor on request.</summary>
    HeaderName,

    // Punctuators (C17 6.4.6). Digraphs lex to the kind of the token they stand for.
    LeftBracket, RightBracket, LeftParen, RightParen, LeftBrace, RightBrace,
    Dot, Arrow, PlusPlus, MinusMinus, Amp, Star, Plus, Minus, Tilde, Bang,
    Slash, Percent, LessLess, GreaterGreater, Less, Greater, LessEqual, GreaterEqual,
    EqualEqual, BangEqual, Caret, Pipe, AmpAmp, PipePipe, Question, Colon, Semicolon, Ellipsis,
    Equal, StarEqual, SlashEqual, PercentEqual, PlusEqual, MinusEqual, LessLessEqual, GreaterGreaterEqual,
    AmpEqual, CaretEqual, PipeEqual, Comma, Hash, HashHash,

    // Keywords (C17 6.4.1 plus the GNU spellings real code uses). Only the parser produces these.
    KwAuto, KwBreak, KwCase, KwChar, KwConst, KwContinue, KwDefault, KwDo, KwDouble, KwElse, KwEnum,
    KwExtern, KwFloat, KwFor, KwGoto, KwIf, KwInline, KwInt, KwLong, KwRegister, KwRestrict, KwReturn,
    KwShort, KwSigned, KwSizeof, KwStatic, KwStruct, KwSwitch, KwTypedef, KwUnion, KwUnsigned, KwVoid,
    KwVolatile, KwWhile, KwAlignas, KwAlignof, KwAtomic, KwBool, KwComplex, KwGeneric, KwImaginary,
    KwNoreturn, KwStaticAssert, KwThreadLocal,
    KwAsm, KwAttribute, KwExtension, KwTypeof, KwBuiltinVaArg, KwBuiltinOffsetof, KwBuiltinTypesCompatibleP,
    KwInt128, KwAutoType, KwLabel, KwReal, KwImag, KwFloat128,
}
