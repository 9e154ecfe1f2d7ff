using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;
using Q = Altitude.Types.TypeQualifiers;

namespace Altitude.Front.Semantics;

/// <summary>What declaration specifiers say, once analysed.</summary>
internal sealed record DeclSpec(
    CType Type,
    StorageClass? Storage,
    bool ThreadLocal,
    bool Inline,
    bool Noreturn,
    int Align,
    bool IsAutoType,
    SourceLocation Location);

/// <summary>Where a declarator appears: decides whether VLAs and storage classes are allowed.</summary>
internal enum DeclaratorContext
{
    File,
    Block,
    Prototype,
    Member,
    TypeName,
}

/// <summary>The identifier a declarator declares and, for function declarators applied to it, its parameters.</summary>
internal sealed class DeclaratorInfo
{
    public string? Name;
    public SourceLocation Location;
    public List<Symbol>? Parameters;
    public IReadOnlyList<IdentifierNameSyntax>? KnrNames;
    public List<AttributeSyntax> Attributes = [];
    public List<BoundExpression> VlaSizes = [];
}

internal sealed partial class Binder
{
    private static Q ToQualifiers(Parsing.TypeQualifiers q) => (Q)(int)q;

    /// <summary>declaration-specifiers (C17 6.7): type specifiers (6.7.2p2 combinations), storage class, qualifiers, function and alignment specifiers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DeclSpec BindSpecifiers(DeclarationSpecifiersSyntax spec, bool bareTagDeclaration = false)
    {
        StorageClass? storage = null;
        bool threadLocal = false;
        foreach (var sc in spec.StorageClasses)
        {
            if (sc.Kind == StorageClass.ThreadLocal)
            {
                threadLocal = true;
                continue;
            }
            if (storage is not null) Report(SemanticErrors.MultipleStorageClasses, sc.Location);
            else storage = sc.Kind;
        }
        if (threadLocal && storage is not null and not StorageClass.Static and not StorageClass.Extern)
            Report(SemanticErrors.MultipleStorageClasses, spec.Location);

        bool isAuto = false;
        var type = BindTypeSpecifiers(spec, bareTagDeclaration, ref isAuto);
        type = Qualify(type, ToQualifiers(spec.Qualifiers), spec.Location);

        int align = 0;
        foreach (var a in spec.AlignmentSpecifiers) align = Math.Max(align, BindAlignas(a));
        foreach (var attr in spec.Attributes)
        {
            switch (attr.CanonicalName)
            {
                case "aligned":
                    align = Math.Max(align, AttributeAlignment(attr));
                    break;
                case "vector_size":
                    Report(SemanticErrors.VectorSize, attr.Location);
                    break;
                case "mode":
                    type = ApplyMode(type, attr);
                    break;
            }
        }
        bool noreturn = (spec.FunctionSpecifiers & FunctionSpecifiers.Noreturn) != 0 || spec.Attributes.Any(a => a.CanonicalName == "noreturn");
        return new DeclSpec(type, storage, threadLocal, (spec.FunctionSpecifiers & FunctionSpecifiers.Inline) != 0, noreturn, align, isAuto, spec.Location);
    }

    /// <summary>Qualifying an array type qualifies its element type (C17 6.7.3p9).</summary>
    private CType Qualify(CType type, Q q, SourceLocation location)
    {
        if (q == Q.None) return type;
        if ((q & Q.Restrict) != 0 && !(type.IsPointer || type.IsArray))
        {
            Report(SemanticErrors.InvalidRestrict, location);
            q &= ~Q.Restrict;
        }
        if (type is ArrayType a)
            return new ArrayType(Qualify(a.Element, q, location), a.Length, a.SizeExpression, a.IsStaticParameter).WithTypedefName(a.TypedefName);
        return type.AddQualifiers(q);
    }

    private int BindAlignas(AlignasSyntax a)
    {
        if (a.Type is not null) return TypeLayout.AlignOf(BindTypeName(a.Type));
        if (a.Expression is null) return 0;
        var e = BindExpression(a.Expression);
        var v = RequireIntegerConstant(e, a.Expression.Location, "alignment");
        if (v is null) return 0;
        if (v < 0 || (v != 0 && (v & (v - 1)) != 0))
        {
            Report(SemanticErrors.InvalidAlignment, a.Location, "requested alignment is not a positive power of 2");
            return 0;
        }
        return (int)Int128.Min(v.Value, 1 << 28);
    }

    private int AttributeAlignment(AttributeSyntax attr)
    {
        if (attr.Arguments is null || attr.Arguments.Count == 0) return 16; // the target's biggest alignment
        var e = BindExpression(attr.Arguments[0]);
        var v = RequireIntegerConstant(e, attr.Location, "requested alignment");
        if (v is null) return 0;
        if (v <= 0 || (v & (v - 1)) != 0)
        {
            Report(SemanticErrors.InvalidAlignment, attr.Location, "requested alignment is not a positive power of 2");
            return 0;
        }
        return (int)Int128.Min(v.Value, 1 << 28);
    }

    /// <summary>GNU <c>__attribute__((mode(QI|HI|SI|DI|TI|word|pointer)))</c> on integer types.</summary>
    private CType ApplyMode(CType type, AttributeSyntax attr)
    {
        if (attr.Arguments is not { Count: 1 } || attr.Arguments[0] is not IdentifierExpressionSyntax id || !type.IsInteger) return type;
        string m = id.Name.Trim('_');
        bool signed = TypeRules.IsSigned(type);
        CType? t = m switch
        {
            "QI" => signed ? BasicType.SChar : BasicType.UChar,
            "HI" => signed ? BasicType.Short : BasicType.UShort,
            "SI" => signed ? BasicType.Int : BasicType.UInt,
            "DI" or "word" or "pointer" => signed ? BasicType.Long : BasicType.ULong,
            "TI" => signed ? BasicType.Int128 : BasicType.UInt128,
            _ => null,
        };
        if (t is null)
        {
            Report(SemanticErrors.Unsupported, attr.Location, $"mode '{id.Name}'");
            return type;
        }
        return t.WithQualifiers(type.Qualifiers);
    }

    /// <summary>type-specifier combinations (C17 6.7.2p2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CType BindTypeSpecifiers(DeclarationSpecifiersSyntax spec, bool bareTagDeclaration, ref bool isAuto)
    {
        if (spec.IsImplicitInt) return BasicType.Int;
        int nVoid = 0, nChar = 0, nShort = 0, nInt = 0, nLong = 0, nFloat = 0, nDouble = 0, nSigned = 0, nUnsigned = 0, nBool = 0, nComplex = 0, nInt128 = 0, nFloat128 = 0, nAuto = 0;
        CType? other = null;
        int others = 0;
        SourceLocation loc = spec.Location;
        foreach (var ts in spec.TypeSpecifiers)
        {
            switch (ts)
            {
                case BasicTypeSpecifierSyntax b:
                    switch (b.Keyword)
                    {
                        case BasicTypeKeyword.Void: nVoid++; break;
                        case BasicTypeKeyword.Char: nChar++; break;
                        case BasicTypeKeyword.Short: nShort++; break;
                        case BasicTypeKeyword.Int: nInt++; break;
                        case BasicTypeKeyword.Long: nLong++; break;
                        case BasicTypeKeyword.Float: nFloat++; break;
                        case BasicTypeKeyword.Double: nDouble++; break;
                        case BasicTypeKeyword.Signed: nSigned++; break;
                        case BasicTypeKeyword.Unsigned: nUnsigned++; break;
                        case BasicTypeKeyword.Bool: nBool++; break;
                        case BasicTypeKeyword.Complex or BasicTypeKeyword.Imaginary: nComplex++; break;
                        case BasicTypeKeyword.Int128: nInt128++; break;
                        case BasicTypeKeyword.Float128: nFloat128++; break;
                        case BasicTypeKeyword.AutoType: nAuto++; break;
                    }
                    break;
                case StructOrUnionSpecifierSyntax s:
                    others++;
                    other = BindRecordSpecifier(s, bareTagDeclaration && spec.TypeSpecifiers.Count == 1);
                    break;
                case EnumSpecifierSyntax e:
                    others++;
                    other = BindEnumSpecifier(e, bareTagDeclaration && spec.TypeSpecifiers.Count == 1);
                    break;
                case TypedefNameSpecifierSyntax t:
                    others++;
                    other = LookupTypedef(t.Name, t.Location);
                    break;
                case TypeofSpecifierSyntax t:
                    others++;
                    other = BindTypeof(t);
                    break;
                case AtomicTypeSpecifierSyntax a:
                {
                    others++;
                    var inner = BindTypeName(a.Type);
                    string? badKind = inner.IsArray ? "an array" : inner.IsFunction ? "a function" : (inner.Qualifiers & Q.Atomic) != 0 ? "an atomic" : inner.Qualifiers != Q.None ? "a qualified" : null;
                    if (badKind is not null) Report(SemanticErrors.InvalidAtomicType, a.Location, badKind);
                    other = inner.IsArray || inner.IsFunction ? inner : inner.AddQualifiers(Q.Atomic);
                    break;
                }
            }
        }
        int basics = nVoid + nChar + nShort + nInt + nLong + nFloat + nDouble + nSigned + nUnsigned + nBool + nComplex + nInt128 + nFloat128 + nAuto;
        if (others > 0)
        {
            if (others > 1 || basics > 0) Report(SemanticErrors.InvalidTypeSpecifiers, loc, "two or more data types in declaration specifiers");
            return other ?? BasicType.Int;
        }
        if (nAuto > 0)
        {
            isAuto = true;
            if (basics > 1) Report(SemanticErrors.InvalidTypeSpecifiers, loc, "two or more data types in declaration specifiers");
            return BasicType.Int;
        }
        if (nComplex > 0) Report(SemanticErrors.Unsupported, loc, "_Complex");
        if (nSigned > 0 && nUnsigned > 0)
        {
            Report(SemanticErrors.InvalidTypeSpecifiers, loc, "both 'signed' and 'unsigned' in declaration specifiers");
            nSigned = 0;
        }
        bool sign = nSigned + nUnsigned > 0;
        int typeWords = nVoid + nChar + nFloat + nDouble + nBool + nInt128 + nFloat128;
        bool bad = nSigned > 1 || nUnsigned > 1 || nShort > 1 || nInt > 1 || nLong > 2 || typeWords > 1;
        CType result = BasicType.Int;
        if (!bad)
        {
            if (nVoid == 1) { bad = sign || nShort + nLong + nInt > 0; result = BasicType.Void; }
            else if (nBool == 1) { bad = sign || nShort + nLong + nInt > 0; result = BasicType.Bool; }
            else if (nFloat == 1 || nFloat128 == 1) { bad = sign || nShort + nLong + nInt > 0; result = nFloat == 1 ? BasicType.Float : BasicType.LongDouble; }
            else if (nDouble == 1) { bad = sign || nShort + nInt > 0 || nLong > 1; result = nLong == 1 ? BasicType.LongDouble : BasicType.Double; }
            else if (nChar == 1) { bad = nShort + nLong + nInt > 0; result = nSigned > 0 ? BasicType.SChar : nUnsigned > 0 ? BasicType.UChar : BasicType.Char; }
            else if (nInt128 == 1) { bad = nShort + nLong + nInt > 0; result = nUnsigned > 0 ? BasicType.UInt128 : BasicType.Int128; }
            else if (nShort == 1) { bad = nLong > 0; result = nUnsigned > 0 ? BasicType.UShort : BasicType.Short; }
            else if (nLong == 2) result = nUnsigned > 0 ? BasicType.ULongLong : BasicType.LongLong;
            else if (nLong == 1) result = nUnsigned > 0 ? BasicType.ULong : BasicType.Long;
            else result = nUnsigned > 0 ? BasicType.UInt : BasicType.Int;
        }
        if (bad) Report(SemanticErrors.InvalidTypeSpecifiers, loc, "two or more data types in declaration specifiers");
        return result;
    }

    private CType LookupTypedef(string name, SourceLocation location)
    {
        var s = _scope.Lookup(name);
        if (s is null || s.Kind != SymbolKind.Typedef)
        {
            Report(SemanticErrors.UnknownTypeName, location, name);
            return BasicType.Int;
        }
        return s.Type.WithTypedefName(name);
    }

    /// <summary>GNU typeof (expression or type name); the expression is not evaluated unless variably modified.</summary>
    private CType BindTypeof(TypeofSpecifierSyntax t)
    {
        if (t.Type is not null) return BindTypeName(t.Type);
        if (t.Expression is null) return BasicType.Int;
        var e = BindExpression(t.Expression);
        if (e is BoundMemberAccess { Member.IsBitField: true }) Report(SemanticErrors.SizeofBitField, t.Location, "typeof");
        return e.Type.WithTypedefName(null);
    }

    /// <summary>type-name (C17 6.7.7).</summary>
    private CType BindTypeName(TypeNameSyntax tn)
    {
        var spec = BindSpecifiers(tn.Specifiers);
        var info = new DeclaratorInfo();
        return ApplyDeclarator(spec.Type, tn.Declarator, DeclaratorContext.TypeName, info);
    }

    /// <summary>
    /// declarator (C17 6.7.6): walks the chain outermost derivation first, building pointer, array
    /// and function types on the specifiers' type. Iterative, so deep chains cannot overflow the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CType ApplyDeclarator(CType type, DeclaratorSyntax declarator, DeclaratorContext context, DeclaratorInfo info)
    {
        var node = declarator;
        string display = declarator.DeclaredName is { } n ? $"'{n}' " : "";
        while (true)
        {
            switch (node)
            {
                case IdentifierDeclaratorSyntax id:
                    info.Name = id.Name;
                    info.Location = id.Location;
                    info.Attributes.AddRange(id.Attributes);
                    return type;
                case PointerDeclaratorSyntax p:
                {
                    var q = ToQualifiers(p.Qualifiers);
                    type = new PointerType(type).WithQualifiers(q);
                    info.Attributes.AddRange(p.Attributes);
                    node = p.Inner;
                    break;
                }
                case ArrayDeclaratorSyntax a:
                    type = BindArrayDeclarator(type, a, context, info, display);
                    node = a.Inner;
                    break;
                case FunctionDeclaratorSyntax f:
                {
                    if (type.IsArray) { Report(SemanticErrors.FunctionReturnsArray, f.Location, display); type = new PointerType(((ArrayType)type).Element); }
                    else if (type.IsFunction) { Report(SemanticErrors.FunctionReturnsFunction, f.Location, display); type = new PointerType(type); }
                    bool direct = f.Inner is IdentifierDeclaratorSyntax;
                    type = BindFunctionDeclarator(type, f, direct ? info : null);
                    node = f.Inner;
                    break;
                }
                default:
                    return type;
            }
        }
    }

    /// <summary>Array declarator (C17 6.7.6.2): constant size, [], VLA, [*], [static n].</summary>
    private CType BindArrayDeclarator(CType element, ArrayDeclaratorSyntax a, DeclaratorContext context, DeclaratorInfo info, string display)
    {
        if (element.IsFunction) { Report(SemanticErrors.ArrayOfFunctions, a.Location, display); element = new PointerType(element); }
        else if (!element.IsComplete && !(element is ArrayType { Length: null } && context == DeclaratorContext.Prototype))
        {
            Report(SemanticErrors.ArrayIncompleteElement, a.Location, element.ToString());
        }
        long? length = null;
        BoundExpression? vla = null;
        if (a.IsUnspecifiedVla)
        {
            if (context != DeclaratorContext.Prototype) Report(SemanticErrors.VlaAtFileScope, a.Location, display);
        }
        else if (a.Size is not null)
        {
            var size = RValue(BindExpression(a.Size));
            if (size is BoundErrorExpression) { }
            else if (!size.Type.IsInteger) Report(SemanticErrors.ArraySizeNotInteger, a.Size.Location, display);
            else if (size.IsIntegerConstant && size.Constant is { IsInteger: true } c)
            {
                if (c.Integer == 0) Pedantic(SemanticErrors.ZeroSizeArray, a.Size.Location, display.Trim());
                if (c.Integer < 0) Report(SemanticErrors.ArraySizeNegative, a.Size.Location, display);
                else if (c.Integer * Math.Max(1, TypeLayout.SizeOf(element)) > long.MaxValue / 2) Report(SemanticErrors.ArraySizeTooLarge, a.Size.Location, display);
                else length = (long)c.Integer;
            }
            else if (context is DeclaratorContext.Block or DeclaratorContext.Prototype or DeclaratorContext.TypeName && _function is not null || context == DeclaratorContext.Prototype)
            {
                vla = Convert(size, TypeRules.SizeT, false);
                info.VlaSizes.Add(vla);
            }
            else if (context == DeclaratorContext.Member) Report(SemanticErrors.VlaInStruct, a.Location);
            else Report(SemanticErrors.VlaAtFileScope, a.Location, display);
        }
        var result = new ArrayType(element, length, vla, a.IsStatic);
        var q = ToQualifiers(a.Qualifiers);
        return q == Q.None ? result : result.WithQualifiers(q);
    }

    /// <summary>Function declarator (C17 6.7.6.3): prototype parameters in their own scope, or an identifier list.</summary>
    private CType BindFunctionDeclarator(CType returnType, FunctionDeclaratorSyntax f, DeclaratorInfo? info)
    {
        if (!f.HasPrototype)
        {
            if (info is not null) info.KnrNames = f.IdentifierList;
            return new FunctionType(returnType, [], false, false);
        }
        if (!Enter(f.Location)) { Leave(); return new FunctionType(returnType, [], true, true); }
        PushScope(ScopeKind.Prototype);
        var parameters = ImmutableArray.CreateBuilder<ParameterType>();
        var symbols = new List<Symbol>();
        try
        {
            for (int i = 0; i < f.Parameters.Count; i++)
            {
                var p = f.Parameters[i];
                var spec = BindSpecifiers(p.Specifiers);
                foreach (var sc in p.Specifiers.StorageClasses)
                    if (sc.Kind != StorageClass.Register) Report(SemanticErrors.ParameterStorageClass, sc.Location, p.Declarator.DeclaredName is { } pn ? $"'{pn}'" : "");
                var pinfo = new DeclaratorInfo();
                if (p.Specifiers.AlignmentSpecifiers.Count > 0) Report(SemanticErrors.AlignasNotAllowed, p.Specifiers.AlignmentSpecifiers[0].Location, "a parameter");
                var t = ApplyDeclarator(spec.Type, p.Declarator, DeclaratorContext.Prototype, pinfo);
                if (t.IsVoid)
                {
                    if (f.Parameters.Count == 1 && pinfo.Name is null && !f.IsVariadic && t.Qualifiers == Q.None) break;
                    Report(SemanticErrors.VoidParameter, p.Location);
                    continue;
                }
                t = TypeRules.AdjustParameter(t);
                parameters.Add(new ParameterType(t, pinfo.Name));
                var sym = NewSymbol(pinfo.Name ?? "", SymbolKind.Parameter, t, pinfo.Name is null ? p.Location : pinfo.Location);
                sym.Storage = StorageDuration.Automatic;
                sym.IsRegister = p.Specifiers.Has(StorageClass.Register);
                symbols.Add(sym);
                if (pinfo.Name is not null)
                {
                    if (_scope.LookupLocal(pinfo.Name) is not null) Report(SemanticErrors.ParameterRedeclared, pinfo.Location, pinfo.Name);
                    else _scope.Declare(pinfo.Name, sym);
                }
            }
        }
        finally
        {
            PopScope();
            Leave();
        }
        if (info is not null) info.Parameters = symbols;
        return new FunctionType(returnType, parameters.ToImmutable(), f.IsVariadic, true);
    }

    /// <summary>struct-or-union-specifier (C17 6.7.2.1, tags 6.7.2.3).</summary>
    private CType BindRecordSpecifier(StructOrUnionSpecifierSyntax s, bool bareDeclaration)
    {
        string kind = s.IsUnion ? "union" : "struct";
        RecordDecl? decl = null;
        if (s.Tag is not null)
        {
            var local = _scope.LookupTagLocal(s.Tag);
            if (s.Members is not null || bareDeclaration)
            {
                if (local is not null)
                {
                    if (local.Record is null || local.Record.IsUnion != s.IsUnion) Report(SemanticErrors.WrongTagKind, s.TagLocation, s.Tag);
                    else decl = local.Record;
                }
            }
            else
            {
                var visible = _scope.LookupTag(s.Tag);
                if (visible is not null)
                {
                    if (visible.Record is null || visible.Record.IsUnion != s.IsUnion) Report(SemanticErrors.WrongTagKind, s.TagLocation, s.Tag);
                    else decl = visible.Record;
                }
            }
            if (decl is not null && s.Members is not null && decl.IsComplete)
            {
                Report(SemanticErrors.TagRedefinition, s.TagLocation, $"{kind} {s.Tag}");
                decl = null;
            }
            if (decl is null)
            {
                decl = new RecordDecl(s.Tag, s.IsUnion, s.TagLocation, _nextTypeId++);
                _records.Add(decl);
                // A tag first named in a prototype is scoped to it (gcc warns); everywhere else to the current scope.
                _scope.DeclareTag(s.Tag, new TagEntry(decl, null, s.TagLocation));
            }
        }
        else
        {
            decl = new RecordDecl(null, s.IsUnion, s.Location, _nextTypeId++);
            _records.Add(decl);
        }
        if (s.Members is not null) CompleteRecord(decl, s);
        return new RecordType(decl);
    }

    /// <summary>struct-declaration-list (C17 6.7.2.1): members, bit-fields, anonymous members, flexible array member; then layout.</summary>
    private void CompleteRecord(RecordDecl decl, StructOrUnionSpecifierSyntax s)
    {
        var fields = ImmutableArray.CreateBuilder<Field>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool packed = false;
        int align = 0;
        foreach (var attr in s.Attributes)
        {
            if (attr.CanonicalName == "packed") packed = true;
            else if (attr.CanonicalName == "aligned") align = Math.Max(align, AttributeAlignment(attr));
            else if (attr.CanonicalName == "vector_size") Report(SemanticErrors.VectorSize, attr.Location);
        }
        // #pragma pack(1) is the packed attribute; pack(N) caps each member's alignment at N,
        // which a member says as packed plus aligned(min(natural, N)).
        if (s.PragmaPack == 1) packed = true;
        int? packCap = s.PragmaPack > 1 ? s.PragmaPack : null;
        if (!Enter(s.Location)) { Leave(); decl.Complete([], packed, align); return; }
        foreach (var m in s.Members!)
        {
            if (m is MemberStaticAssertSyntax msa) { BindStaticAssert(msa.Assertion); continue; }
            if (m is not FieldDeclarationSyntax fd) continue;
            var spec = BindSpecifiers(fd.Specifiers);
            bool specPacked = fd.Specifiers.Attributes.Any(a => a.CanonicalName == "packed");
            if (fd.Declarators.Count == 0)
            {
                if (spec.Type is RecordType rt && rt.Decl.Tag is null || spec.Type is RecordType { Decl.Tag: not null } && IsAnonymousRecordSpecifier(fd.Specifiers))
                {
                    var rec = (RecordType)spec.Type;
                    foreach (var inner in AllMemberNames(rec.Decl))
                        if (!names.Add(inner)) Report(SemanticErrors.DuplicateMember, fd.Location, inner);
                    fields.Add(packCap is { } cap
                        ? new Field(null, spec.Type, null, fd.Location) { AlignAttribute = Math.Max(spec.Align, Math.Min(TypeLayout.AlignOf(spec.Type), cap)), IsPacked = true }
                        : new Field(null, spec.Type, null, fd.Location) { AlignAttribute = spec.Align, IsPacked = specPacked });
                }
                else Report(SemanticErrors.UselessDeclaration, fd.Location);
                continue;
            }
            foreach (var md in fd.Declarators)
            {
                var info = new DeclaratorInfo();
                var t = md.Declarator is null ? spec.Type : ApplyDeclarator(spec.Type, md.Declarator, DeclaratorContext.Member, info);
                var loc = md.Declarator is null ? md.Location : info.Location;
                string display = info.Name ?? "<anonymous>";
                int fieldAlign = spec.Align;
                bool fieldPacked = specPacked;
                foreach (var attr in md.Attributes.Concat(info.Attributes))
                {
                    if (attr.CanonicalName == "packed") fieldPacked = true;
                    else if (attr.CanonicalName == "aligned") fieldAlign = Math.Max(fieldAlign, AttributeAlignment(attr));
                    else if (attr.CanonicalName == "vector_size") Report(SemanticErrors.VectorSize, attr.Location);
                }
                if (info.Name is not null && !names.Add(info.Name)) Report(SemanticErrors.DuplicateMember, loc, info.Name);
                int? width = null;
                if (md.BitWidth is not null)
                {
                    if (fd.Specifiers.AlignmentSpecifiers.Count > 0) Report(SemanticErrors.AlignasNotAllowed, fd.Specifiers.AlignmentSpecifiers[0].Location, "a bit-field");
                    var we = BindExpression(md.BitWidth);
                    var wv = RequireIntegerConstant(we, md.BitWidth.Location, $"bit-field '{display}' width");
                    if (!t.IsInteger) { Report(SemanticErrors.BitFieldType, loc, display); t = BasicType.Int; }
                    if (wv is { } w)
                    {
                        if (w < 0) { Report(SemanticErrors.BitFieldNegative, md.BitWidth.Location, display); w = 1; }
                        else if (w > TypeLayout.BitWidth(t)) { Report(SemanticErrors.BitFieldTooWide, md.BitWidth.Location, display); w = TypeLayout.BitWidth(t); }
                        else if (w == 0 && info.Name is not null) { Report(SemanticErrors.BitFieldZeroNamed, md.BitWidth.Location, display); w = 1; }
                        width = (int)w;
                    }
                    else width = 1;
                }
                if (t.IsFunction) { Report(SemanticErrors.FieldFunction, loc, display); t = new PointerType(t); }
                else if (t.IsVariablyModified) { Report(SemanticErrors.VlaInStruct, loc); t = BasicType.Int; }
                else if (!t.IsComplete)
                {
                    bool flexible = t is ArrayType { Length: null } fa && fa.Element.IsComplete;
                    bool last = ReferenceEquals(md, fd.Declarators[^1]) && ReferenceEquals(m, s.Members![^1]);
                    if (!flexible) { Report(SemanticErrors.FieldIncomplete, loc, display); t = BasicType.Int; }
                    else if (!last || decl.IsUnion) Report(SemanticErrors.FlexibleNotLast, loc);
                    else if (names.Count <= 1) Report(SemanticErrors.FlexibleAlone, loc);
                }
                if (packCap is { } packTo) { fieldAlign = Math.Max(fieldAlign, Math.Min(TypeLayout.AlignOf(t), packTo)); fieldPacked = true; }
                fields.Add(new Field(info.Name, t, width, loc) { AlignAttribute = fieldAlign, IsPacked = fieldPacked });
            }
        }
        Leave();
        decl.Complete(fields.ToImmutable(), packed, align);
    }

    /// <summary>A tagged struct without declarators inside a record is a useless declaration, not an anonymous member (without -fms-extensions).</summary>
    private static bool IsAnonymousRecordSpecifier(DeclarationSpecifiersSyntax _) => false;

    private static IEnumerable<string> AllMemberNames(RecordDecl decl)
    {
        foreach (var f in decl.Fields)
        {
            if (f.Name is not null) yield return f.Name;
            else if (f.IsAnonymousRecord && f.Type is RecordType rt)
                foreach (var n in AllMemberNames(rt.Decl)) yield return n;
        }
    }

    /// <summary>enum-specifier (C17 6.7.2.2).</summary>
    private CType BindEnumSpecifier(EnumSpecifierSyntax e, bool bareDeclaration)
    {
        EnumDecl? decl = null;
        if (e.Tag is not null)
        {
            var entry = e.Enumerators is not null || bareDeclaration ? _scope.LookupTagLocal(e.Tag) : _scope.LookupTag(e.Tag);
            if (entry is not null)
            {
                if (entry.Enum is null) Report(SemanticErrors.WrongTagKind, e.TagLocation, e.Tag);
                else decl = entry.Enum;
            }
            if (decl is not null && e.Enumerators is not null && decl.IsComplete)
            {
                Report(SemanticErrors.TagRedefinition, e.TagLocation, $"enum {e.Tag}");
                decl = null;
            }
            if (decl is null)
            {
                decl = new EnumDecl(e.Tag, e.TagLocation, _nextTypeId++);
                _enums.Add(decl);
                _scope.DeclareTag(e.Tag, new TagEntry(null, decl, e.TagLocation));
            }
        }
        else
        {
            decl = new EnumDecl(null, e.Location, _nextTypeId++);
            _enums.Add(decl);
        }
        if (e.Enumerators is null) return new EnumType(decl);

        var list = ImmutableArray.CreateBuilder<Enumerator>();
        var symbols = new List<Symbol>();
        Int128 next = 0;
        bool overflowed = false;
        foreach (var en in e.Enumerators)
        {
            Int128 value = next;
            if (en.Value is not null)
            {
                var ve = BindExpression(en.Value);
                var v = RequireIntegerConstant(ve, en.Value.Location, $"enumerator value for '{en.Name}'");
                if (v is not null) value = v.Value;
            }
            if ((value > ulong.MaxValue || value < long.MinValue) && !overflowed)
            {
                Report(SemanticErrors.EnumeratorOverflow, en.Location);
                overflowed = true;
            }
            if (!overflowed && !TypeRules.FitsIn(value, BasicType.Int)) Pedantic(SemanticErrors.EnumeratorNotInt, en.Location);
            list.Add(new Enumerator(en.Name, value, en.Location));
            var sym = NewSymbol(en.Name, SymbolKind.EnumConstant, TypeRules.FitsIn(value, BasicType.Int) ? BasicType.Int : value > long.MaxValue ? BasicType.ULong : BasicType.Long, en.Location);
            sym.ConstantValue = value;
            var existing = _scope.LookupLocal(en.Name);
            if (existing is not null)
                Report(existing.Kind == SymbolKind.EnumConstant ? SemanticErrors.EnumeratorRedeclared : SemanticErrors.DifferentKind, en.Location, en.Name);
            else _scope.Declare(en.Name, sym);
            symbols.Add(sym);
            next = value + 1;
        }
        bool packed = e.Attributes.Any(a => a.CanonicalName == "packed");
        decl.Complete(list.ToImmutable(), packed);
        // After the closing brace the constants have type int when they fit, else the enum's type (as gcc).
        foreach (var s in symbols)
            s.Type = TypeRules.FitsIn(s.ConstantValue, BasicType.Int) ? BasicType.Int : decl.Underlying;
        return new EnumType(decl);
    }
}
