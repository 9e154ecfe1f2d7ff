using System.Globalization;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

/// <summary>
/// Evaluates the controlling expression of #if/#elif (C17 6.10.1p4): an integer constant expression
/// in intmax_t/uintmax_t (64 bits) after macro expansion, where remaining identifiers are 0.
/// Operands not evaluated (the dead side of &amp;&amp;, ||, ?:) report no division by zero.
/// </summary>
internal sealed class ExpressionEvaluator(List<Token> tokens, DiagnosticBag diagnostics, SourceLocation end)
{
    private const int MaxNesting = 1000;

    /// <summary>A value and whether it has type uintmax_t (else intmax_t).</summary>
    private readonly record struct Value(ulong Bits, bool Unsigned)
    {
        public long Signed => unchecked((long)Bits);
        public bool IsTrue => Bits != 0;
        public static Value Int(long v) => new(unchecked((ulong)v), false);
        public static Value Bool(bool b) => new(b ? 1UL : 0UL, false);
    }

    private sealed class EvaluationError : Exception;

    private int _pos;
    private int _nesting;
    // Depth of operands that are not evaluated; errors such as division by zero are not reported inside them.
    private int _unevaluated;

    public bool Evaluate()
    {
        try
        {
            var value = Comma();
            if (_pos < tokens.Count)
            {
                var t = tokens[_pos];
                var operand = t.Kind is TokenKind.Identifier or TokenKind.PpNumber or TokenKind.CharLiteral or TokenKind.StringLiteral
                    or TokenKind.LeftParen or TokenKind.RightParen;
                Report(operand ? PreprocessorErrors.IfMissingOperator : PreprocessorErrors.IfInvalidToken, t, t.Text);
            }
            return value.IsTrue;
        }
        catch (EvaluationError)
        {
            return false;
        }
    }

    private Token? Peek => _pos < tokens.Count ? tokens[_pos] : null;

    private SourceLocation Where(Token? t) => t is null ? end : t.ExpandedFrom ?? t.Location;

    private EvaluationError Report(DiagnosticDescriptor descriptor, Token? at, params object?[] args)
    {
        diagnostics.Report(descriptor, Where(at), args);
        return new EvaluationError();
    }

    private bool Accept(TokenKind kind)
    {
        if (_pos < tokens.Count && tokens[_pos].Kind == kind)
        {
            _pos++;
            return true;
        }
        return false;
    }

    // expression: conditional-expression { , conditional-expression }
    private Value Comma()
    {
        var value = Conditional();
        while (Accept(TokenKind.Comma)) value = Conditional();
        return value;
    }

    // conditional-expression: logical-OR-expression [ ? expression : conditional-expression ]
    private Value Conditional()
    {
        if (++_nesting > MaxNesting)
        {
            throw Report(PreprocessorErrors.NestingTooDeep, Peek, "#if expression", MaxNesting);
        }
        var condition = Binary(0);
        if (Accept(TokenKind.Question))
        {
            var taken = condition.IsTrue;
            if (!taken) _unevaluated++;
            var whenTrue = Comma();
            if (!taken) _unevaluated--;
            if (!Accept(TokenKind.Colon)) throw Report(PreprocessorErrors.IfMissingColon, Peek);
            if (taken) _unevaluated++;
            var whenFalse = Conditional();
            if (taken) _unevaluated--;
            var unsigned = whenTrue.Unsigned || whenFalse.Unsigned;
            var chosen = taken ? whenTrue : whenFalse;
            condition = chosen with { Unsigned = unsigned };
        }
        _nesting--;
        return condition;
    }

    private static int Precedence(TokenKind kind) => kind switch
    {
        TokenKind.PipePipe => 1,
        TokenKind.AmpAmp => 2,
        TokenKind.Pipe => 3,
        TokenKind.Caret => 4,
        TokenKind.Amp => 5,
        TokenKind.EqualEqual or TokenKind.BangEqual => 6,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessEqual or TokenKind.GreaterEqual => 7,
        TokenKind.LessLess or TokenKind.GreaterGreater => 8,
        TokenKind.Plus or TokenKind.Minus => 9,
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 10,
        _ => -1,
    };

    // 6.5.5-6.5.14 by precedence climbing: every binary operator is left-associative.
    private Value Binary(int minPrecedence)
    {
        var left = Unary();
        while (true)
        {
            var op = Peek;
            if (op is null) return left;
            var precedence = Precedence(op.Kind);
            if (precedence < 0 || precedence < minPrecedence) return left;
            _pos++;
            if (op.Kind is TokenKind.AmpAmp or TokenKind.PipePipe)
            {
                var shortCircuit = op.Kind == TokenKind.AmpAmp ? !left.IsTrue : left.IsTrue;
                if (shortCircuit) _unevaluated++;
                var r = Binary(precedence + 1);
                if (shortCircuit) _unevaluated--;
                left = Value.Bool(op.Kind == TokenKind.AmpAmp ? left.IsTrue && r.IsTrue : left.IsTrue || r.IsTrue);
                continue;
            }
            var right = Binary(precedence + 1);
            left = Apply(op, left, right);
        }
    }

    private Value Apply(Token op, Value l, Value r)
    {
        // Usual arithmetic conversions (6.3.1.8): if either is unsigned, both are.
        var unsigned = l.Unsigned || r.Unsigned;
        switch (op.Kind)
        {
            case TokenKind.Star:
                return new Value(unchecked(l.Bits * r.Bits), unsigned);
            case TokenKind.Plus:
                return new Value(unchecked(l.Bits + r.Bits), unsigned);
            case TokenKind.Minus:
                return new Value(unchecked(l.Bits - r.Bits), unsigned);
            case TokenKind.Slash:
            case TokenKind.Percent:
                if (r.Bits == 0)
                {
                    if (_unevaluated > 0) return new Value(0, unsigned);
                    throw Report(PreprocessorErrors.IfDivisionByZero, op);
                }
                if (unsigned) return new Value(op.Kind == TokenKind.Slash ? l.Bits / r.Bits : l.Bits % r.Bits, true);
                if (l.Signed == long.MinValue && r.Signed == -1)
                {
                    if (_unevaluated == 0) diagnostics.Report(PreprocessorErrors.IfOverflow, Where(op));
                    return Value.Int(op.Kind == TokenKind.Slash ? long.MinValue : 0);
                }
                return Value.Int(op.Kind == TokenKind.Slash ? l.Signed / r.Signed : l.Signed % r.Signed);
            case TokenKind.LessLess:
            case TokenKind.GreaterGreater:
                {
                    // The result has the type of the left operand (6.5.7p3).
                    var count = r.Unsigned && r.Bits > 64 ? 64 : r.Signed;
                    var left = op.Kind == TokenKind.LessLess;
                    if (count < 0)
                    {
                        left = !left;
                        count = count == long.MinValue ? 64 : -count;
                    }
                    if (left) return new Value(count >= 64 ? 0 : l.Bits << (int)count, l.Unsigned);
                    if (l.Unsigned) return new Value(count >= 64 ? 0 : l.Bits >> (int)count, true);
                    return Value.Int(count >= 64 ? (l.Signed < 0 ? -1 : 0) : l.Signed >> (int)count);
                }
            case TokenKind.Less:
                return Value.Bool(unsigned ? l.Bits < r.Bits : l.Signed < r.Signed);
            case TokenKind.Greater:
                return Value.Bool(unsigned ? l.Bits > r.Bits : l.Signed > r.Signed);
            case TokenKind.LessEqual:
                return Value.Bool(unsigned ? l.Bits <= r.Bits : l.Signed <= r.Signed);
            case TokenKind.GreaterEqual:
                return Value.Bool(unsigned ? l.Bits >= r.Bits : l.Signed >= r.Signed);
            case TokenKind.EqualEqual:
                return Value.Bool(l.Bits == r.Bits);
            case TokenKind.BangEqual:
                return Value.Bool(l.Bits != r.Bits);
            case TokenKind.Amp:
                return new Value(l.Bits & r.Bits, unsigned);
            case TokenKind.Caret:
                return new Value(l.Bits ^ r.Bits, unsigned);
            case TokenKind.Pipe:
                return new Value(l.Bits | r.Bits, unsigned);
            default:
                throw Report(PreprocessorErrors.IfInvalidToken, op, op.Text);
        }
    }

    // unary-expression: primary | (+ - ~ !) unary-expression
    private Value Unary()
    {
        var t = Peek ?? throw Report(PreprocessorErrors.IfExpectedValue, null, "end of line");
        switch (t.Kind)
        {
            case TokenKind.Plus:
            case TokenKind.Minus:
            case TokenKind.Tilde:
            case TokenKind.Bang:
                {
                    _pos++;
                    if (++_nesting > MaxNesting) throw Report(PreprocessorErrors.NestingTooDeep, t, "#if expression", MaxNesting);
                    var operand = Unary();
                    _nesting--;
                    return t.Kind switch
                    {
                        TokenKind.Plus => operand,
                        TokenKind.Minus => new Value(unchecked(0UL - operand.Bits), operand.Unsigned),
                        TokenKind.Tilde => new Value(~operand.Bits, operand.Unsigned),
                        _ => Value.Bool(!operand.IsTrue),
                    };
                }
            default:
                return Primary();
        }
    }

    private Value Primary()
    {
        var t = Peek ?? throw Report(PreprocessorErrors.IfExpectedValue, null, "end of line");
        _pos++;
        switch (t.Kind)
        {
            case TokenKind.LeftParen:
                {
                    var value = Comma();
                    if (!Accept(TokenKind.RightParen)) throw Report(PreprocessorErrors.IfMissingParen, Peek);
                    return value;
                }
            case TokenKind.PpNumber:
                return Number(t);
            case TokenKind.CharLiteral:
                return Character(t);
            case TokenKind.Identifier:
                // 6.10.1p4: identifiers left after expansion (keywords too, and true/false in C) are 0.
                if (Peek is { Kind: TokenKind.LeftParen } && _pos < tokens.Count)
                {
                    // A function-like use of an unknown identifier is a syntax error, as in gcc.
                    throw Report(PreprocessorErrors.IfMissingOperator, Peek, "(");
                }
                return Value.Int(0);
            case TokenKind.StringLiteral:
                throw Report(PreprocessorErrors.StrayInIf, t, t.Text);
            case TokenKind.RightParen:
            case TokenKind.EndOfFile:
                throw Report(PreprocessorErrors.IfExpectedValue, t, t.Text);
            default:
                if (Precedence(t.Kind) >= 0 || t.Kind is TokenKind.Question or TokenKind.Colon or TokenKind.Comma)
                {
                    throw Report(PreprocessorErrors.IfExpectedValue, t, t.Text);
                }
                throw Report(PreprocessorErrors.IfInvalidToken, t, t.Text);
        }
    }

    // 6.4.4.1: integer constants with their suffixes; a value too large for intmax_t is unsigned.
    private Value Number(Token t)
    {
        var text = t.Text;
        var i = text.Length;
        var unsignedSuffix = false;
        var longs = 0;
        while (i > 0)
        {
            var c = text[i - 1];
            if (c is 'u' or 'U' && !unsignedSuffix) unsignedSuffix = true;
            else if (c is 'l' or 'L' && longs < 2) longs++;
            else break;
            i--;
        }
        var digits = text[..i];
        int radix;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            radix = 16;
            digits = digits[2..];
        }
        else if (digits.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
        {
            radix = 2;
            digits = digits[2..];
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            radix = 8;
            digits = digits[1..];
        }
        else
        {
            radix = 10;
        }
        if (digits.Length == 0 && radix != 8) throw Report(PreprocessorErrors.IfInvalidNumber, t, text);
        ulong value = 0;
        var overflow = false;
        foreach (var c in digits)
        {
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else d = 99;
            if (d >= radix)
            {
                var floating = radix != 16 && (c is '.' or 'e' or 'E') || radix == 16 && (c is '.' or 'p' or 'P');
                throw Report(floating ? PreprocessorErrors.IfFloat : PreprocessorErrors.IfInvalidNumber, t, text);
            }
            var next = unchecked(value * (ulong)radix + (ulong)d);
            if (value > (ulong.MaxValue - (ulong)d) / (ulong)radix) overflow = true;
            value = next;
        }
        if (overflow) diagnostics.Report(PreprocessorErrors.IfOverflow, Where(t));
        var isUnsigned = unsignedSuffix;
        if (!isUnsigned && value > long.MaxValue)
        {
            if (radix == 10) diagnostics.Report(PreprocessorErrors.IntegerTooLarge, Where(t));
            isUnsigned = true;
        }
        return new Value(value, isUnsigned);
    }

    // 6.4.4.4: the value of a character constant; plain char is signed on the target.
    private Value Character(Token t)
    {
        var text = t.Text;
        var quote = text.IndexOf('\'');
        var prefix = text[..quote];
        var body = text[(quote + 1)..^1];
        var values = new List<long>();
        for (var i = 0; i < body.Length;)
        {
            var c = body[i++];
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c) && i < body.Length)
                {
                    values.Add(char.ConvertToUtf32(c, body[i++]));
                }
                else
                {
                    values.Add(c);
                }
                continue;
            }
            if (i >= body.Length) throw Report(PreprocessorErrors.CharConstant, t, text);
            var e = body[i++];
            switch (e)
            {
                case 'n': values.Add('\n'); break;
                case 't': values.Add('\t'); break;
                case 'r': values.Add('\r'); break;
                case 'a': values.Add(7); break;
                case 'b': values.Add(8); break;
                case 'f': values.Add(12); break;
                case 'v': values.Add(11); break;
                case 'e': case 'E': values.Add(27); break;
                case 'x':
                    {
                        long v = 0;
                        var start = i;
                        while (i < body.Length && Uri.IsHexDigit(body[i])) v = (v << 4) | (long)Convert.ToInt32(body[i++].ToString(), 16);
                        if (i == start) throw Report(PreprocessorErrors.CharConstant, t, text);
                        values.Add(v);
                        break;
                    }
                case 'u':
                case 'U':
                    {
                        var n = e == 'u' ? 4 : 8;
                        if (i + n > body.Length) throw Report(PreprocessorErrors.CharConstant, t, text);
                        values.Add(long.Parse(body.AsSpan(i, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += n;
                        break;
                    }
                default:
                    if (e >= '0' && e <= '7')
                    {
                        long v = e - '0';
                        for (var k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (body[i++] - '0');
                        values.Add(v);
                    }
                    else
                    {
                        values.Add(e);
                    }
                    break;
            }
        }
        if (values.Count == 0) throw Report(PreprocessorErrors.CharConstant, t, text);
        switch (prefix)
        {
            case "L":
                return Value.Int(unchecked((int)values[^1]));
            case "u":
                return new Value((ushort)values[^1], false);
            case "U":
                return new Value((uint)values[^1], false);
            case "u8":
                return new Value((byte)values[^1], false);
        }
        if (values.Count == 1)
        {
            // Code points above 0x7F in plain char constants are their UTF-8 bytes in gcc; one byte sign-extends.
            var v = values[0];
            return Value.Int(v <= 0xFF ? unchecked((sbyte)(byte)v) : unchecked((int)v));
        }
        // Multi-character constant: bytes accumulate into an int (implementation-defined, as gcc).
        var acc = 0;
        foreach (var v in values) acc = unchecked((acc << 8) | (byte)v);
        return Value.Int(acc);
    }
}
