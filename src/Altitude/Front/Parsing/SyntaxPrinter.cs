using System.Text;

namespace Altitude.Front.Parsing;

/// <summary>
/// Debug dump of syntax trees as compact s-expressions (used by tests and for --dump-ast style
/// debugging), plus an English description of declarators ("pointer to function(int) returning int").
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>One line per external declaration.</summary>
    public static string Print(TranslationUnitSyntax unit)
    {
        var sb = new StringBuilder();
        foreach (var d in unit.Declarations)
        {
            Write(sb, d);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// "name: derivations base" for a declarator over the given base text, e.g.
    /// <c>f: pointer to function(int) returning pointer to array[10] of int</c>.
    /// </summary>
    public static string Describe(DeclaratorSyntax declarator, string baseType)
    {
        var chain = new List<DeclaratorSyntax>();
        var d = declarator;
        while (d is not IdentifierDeclaratorSyntax)
        {
            chain.Add(d);
            d = d switch
            {
                PointerDeclaratorSyntax p => p.Inner,
                ArrayDeclaratorSyntax a => a.Inner,
                FunctionDeclaratorSyntax f => f.Inner,
                _ => throw new InvalidOperationException(),
            };
        }
        var sb = new StringBuilder();
        sb.Append(((IdentifierDeclaratorSyntax)d).Name ?? "_").Append(": ");
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            switch (chain[i])
            {
                case PointerDeclaratorSyntax p:
                    if (p.Qualifiers != TypeQualifiers.None) sb.Append(Qualifiers(p.Qualifiers)).Append(' ');
                    sb.Append("pointer to ");
                    break;
                case ArrayDeclaratorSyntax a:
                    sb.Append("array[");
                    if (a.IsStatic) sb.Append("static ");
                    if (a.Qualifiers != TypeQualifiers.None) sb.Append(Qualifiers(a.Qualifiers)).Append(' ');
                    if (a.IsUnspecifiedVla) sb.Append('*');
                    else if (a.Size is not null) Write(sb, a.Size);
                    sb.Append("] of ");
                    break;
                case FunctionDeclaratorSyntax f:
                    sb.Append("function(");
                    if (f.IdentifierList is { } ids) sb.AppendJoin(", ", ids.Select(x => x.Name));
                    else
                    {
                        for (var k = 0; k < f.Parameters.Count; k++)
                        {
                            if (k > 0) sb.Append(", ");
                            var p = f.Parameters[k];
                            var text = Describe(p.Declarator, SpecifiersText(p.Specifiers));
                            sb.Append(p.Declarator.DeclaredName is null ? text[3..] : text);
                        }
                        if (f.IsVariadic) sb.Append(f.Parameters.Count > 0 ? ", ..." : "...");
                    }
                    sb.Append(") returning ");
                    break;
            }
        }
        sb.Append(baseType);
        return sb.ToString();
    }

    /// <summary>The specifiers as source-like text: <c>static const unsigned long</c>.</summary>
    public static string SpecifiersText(DeclarationSpecifiersSyntax s)
    {
        var sb = new StringBuilder();
        WriteSpecifiers(sb, s);
        return sb.ToString();
    }

    private static string Qualifiers(TypeQualifiers q)
    {
        var parts = new List<string>();
        if ((q & TypeQualifiers.Const) != 0) parts.Add("const");
        if ((q & TypeQualifiers.Volatile) != 0) parts.Add("volatile");
        if ((q & TypeQualifiers.Restrict) != 0) parts.Add("restrict");
        if ((q & TypeQualifiers.Atomic) != 0) parts.Add("_Atomic");
        return string.Join(' ', parts);
    }

    private static void WriteSpecifiers(StringBuilder sb, DeclarationSpecifiersSyntax s)
    {
        var first = true;
        void Sep()
        {
            if (!first) sb.Append(' ');
            first = false;
        }
        foreach (var sc in s.StorageClasses)
        {
            Sep();
            sb.Append(sc.Kind switch
            {
                StorageClass.Typedef => "typedef",
                StorageClass.Extern => "extern",
                StorageClass.Static => "static",
                StorageClass.ThreadLocal => "_Thread_local",
                StorageClass.Auto => "auto",
                _ => "register",
            });
        }
        if ((s.FunctionSpecifiers & FunctionSpecifiers.Inline) != 0) { Sep(); sb.Append("inline"); }
        if ((s.FunctionSpecifiers & FunctionSpecifiers.Noreturn) != 0) { Sep(); sb.Append("_Noreturn"); }
        if (s.Qualifiers != TypeQualifiers.None) { Sep(); sb.Append(Qualifiers(s.Qualifiers)); }
        foreach (var a in s.AlignmentSpecifiers) { Sep(); Write(sb, a); }
        foreach (var t in s.TypeSpecifiers) { Sep(); Write(sb, t); }
        if (s.Attributes.Count > 0) { Sep(); WriteAttributes(sb, s.Attributes); }
        if (first) sb.Append("<implicit-int>");
    }

    private static void WriteAttributes(StringBuilder sb, IReadOnlyList<AttributeSyntax> attributes)
    {
        sb.Append("(attrs");
        foreach (var a in attributes)
        {
            sb.Append(' ');
            Write(sb, a);
        }
        sb.Append(')');
    }

    private static void WriteList<T>(StringBuilder sb, IEnumerable<T> items) where T : SyntaxNode
    {
        foreach (var item in items)
        {
            sb.Append(' ');
            Write(sb, item);
        }
    }

    private static void Write(StringBuilder sb, SyntaxNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("()");
                return;
            case TranslationUnitSyntax tu:
                sb.Append("(unit");
                WriteList(sb, tu.Declarations);
                sb.Append(')');
                return;
            case AttributeSyntax a:
                sb.Append(a.CanonicalName);
                if (a.Arguments is not null)
                {
                    sb.Append('(');
                    for (var i = 0; i < a.Arguments.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        Write(sb, a.Arguments[i]);
                    }
                    if (a.ArgumentsUnparsed) sb.Append("...");
                    sb.Append(')');
                }
                return;

            // declarations
            case DeclarationSyntax d:
                sb.Append("(decl ");
                WriteSpecifiers(sb, d.Specifiers);
                WriteList(sb, d.Declarators);
                sb.Append(')');
                return;
            case InitDeclaratorSyntax id:
                sb.Append('[');
                sb.Append(Describe(id.Declarator, "T"));
                if (id.AsmLabel is not null) { sb.Append(" asm "); Write(sb, id.AsmLabel); }
                if (id.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, id.Attributes); }
                if (id.Initializer is not null) { sb.Append(" = "); Write(sb, id.Initializer); }
                sb.Append(']');
                return;
            case FunctionDefinitionSyntax f:
                sb.Append("(fndef ");
                WriteSpecifiers(sb, f.Specifiers);
                sb.Append(" [").Append(Describe(f.Declarator, "T")).Append(']');
                if (f.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, f.Attributes); }
                if (f.KnrDeclarations.Count > 0) { sb.Append(" (knr"); WriteList(sb, f.KnrDeclarations); sb.Append(')'); }
                sb.Append(' ');
                Write(sb, f.Body);
                sb.Append(')');
                return;
            case StaticAssertSyntax sa:
                sb.Append("(static_assert ");
                Write(sb, sa.Condition);
                if (sa.Message is not null) { sb.Append(' '); Write(sb, sa.Message); }
                sb.Append(')');
                return;
            case EmptyDeclarationSyntax:
                sb.Append("(empty)");
                return;
            case AsmDeclarationSyntax ad:
                sb.Append("(asm ");
                Write(sb, ad.Template);
                sb.Append(')');
                return;
            case LabelDeclarationSyntax ld:
                sb.Append("(__label__ ").AppendJoin(' ', ld.Names.Select(n => n.Name)).Append(')');
                return;
            case TypeNameSyntax tn:
                sb.Append("(type ").Append(Describe(tn.Declarator, SpecifiersText(tn.Specifiers))).Append(')');
                return;
            case AlignasSyntax al:
                sb.Append("_Alignas(");
                Write(sb, (SyntaxNode?)al.Type ?? al.Expression);
                sb.Append(')');
                return;

            // type specifiers
            case BasicTypeSpecifierSyntax b:
                sb.Append(b.Keyword switch
                {
                    BasicTypeKeyword.Bool => "_Bool",
                    BasicTypeKeyword.Complex => "_Complex",
                    BasicTypeKeyword.Imaginary => "_Imaginary",
                    BasicTypeKeyword.Int128 => "__int128",
                    BasicTypeKeyword.Float128 => "_Float128",
                    BasicTypeKeyword.AutoType => "__auto_type",
                    var k => k.ToString().ToLowerInvariant(),
                });
                return;
            case TypedefNameSpecifierSyntax t:
                sb.Append(t.Name);
                return;
            case StructOrUnionSpecifierSyntax s:
                sb.Append('(').Append(s.IsUnion ? "union" : "struct");
                if (s.Tag is not null) sb.Append(' ').Append(s.Tag);
                if (s.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, s.Attributes); }
                if (s.Members is not null) { sb.Append(" {"); WriteList(sb, s.Members); sb.Append(" }"); }
                sb.Append(')');
                return;
            case FieldDeclarationSyntax fd:
                sb.Append("(field ");
                WriteSpecifiers(sb, fd.Specifiers);
                WriteList(sb, fd.Declarators);
                sb.Append(')');
                return;
            case MemberDeclaratorSyntax md:
                sb.Append('[');
                sb.Append(md.Declarator is null ? "_" : Describe(md.Declarator, "T"));
                if (md.BitWidth is not null) { sb.Append(" : "); Write(sb, md.BitWidth); }
                if (md.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, md.Attributes); }
                sb.Append(']');
                return;
            case MemberStaticAssertSyntax msa:
                Write(sb, msa.Assertion);
                return;
            case EnumSpecifierSyntax e:
                sb.Append("(enum");
                if (e.Tag is not null) sb.Append(' ').Append(e.Tag);
                if (e.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, e.Attributes); }
                if (e.Enumerators is not null) { sb.Append(" {"); WriteList(sb, e.Enumerators); sb.Append(" }"); }
                sb.Append(')');
                return;
            case EnumeratorSyntax en:
                sb.Append(en.Name);
                if (en.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, en.Attributes); }
                if (en.Value is not null) { sb.Append('='); Write(sb, en.Value); }
                return;
            case TypeofSpecifierSyntax to:
                sb.Append("(typeof ");
                Write(sb, (SyntaxNode?)to.Type ?? to.Expression);
                sb.Append(')');
                return;
            case AtomicTypeSpecifierSyntax at:
                sb.Append("(_Atomic ");
                Write(sb, at.Type);
                sb.Append(')');
                return;
            case DeclaratorSyntax dd:
                sb.Append('[').Append(Describe(dd, "T")).Append(']');
                return;
            case ParameterDeclarationSyntax pd:
                sb.Append('[').Append(Describe(pd.Declarator, SpecifiersText(pd.Specifiers))).Append(']');
                return;

            // initializers
            case ExpressionInitializerSyntax ei:
                Write(sb, ei.Expression);
                return;
            case InitializerListSyntax il:
                sb.Append('{');
                for (var i = 0; i < il.Elements.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append(' ');
                    Write(sb, il.Elements[i]);
                }
                sb.Append(" }");
                return;
            case InitializerElementSyntax ie:
                foreach (var des in ie.Designators) Write(sb, des);
                if (ie.Designators.Count > 0) sb.Append(" = ");
                Write(sb, ie.Value);
                return;
            case MemberDesignatorSyntax mdes:
                sb.Append('.').Append(mdes.Name);
                return;
            case IndexDesignatorSyntax ides:
                sb.Append('[');
                Write(sb, ides.Index);
                if (ides.RangeEnd is not null) { sb.Append(" ... "); Write(sb, ides.RangeEnd); }
                sb.Append(']');
                return;

            // expressions
            case ErrorExpressionSyntax:
                sb.Append("<error>");
                return;
            case IdentifierExpressionSyntax ie2:
                sb.Append(ie2.Name);
                return;
            case ConstantExpressionSyntax c:
                sb.Append(c.Spelling);
                return;
            case StringLiteralExpressionSyntax sl:
                sb.AppendJoin(' ', sl.Parts.Select(p => p.Text));
                return;
            case UnaryExpressionSyntax u:
                sb.Append('(').Append(u.Operator switch
                {
                    UnaryOperator.Plus => "+",
                    UnaryOperator.Minus => "-",
                    UnaryOperator.LogicalNot => "!",
                    UnaryOperator.BitwiseNot => "~",
                    UnaryOperator.Dereference => "*",
                    UnaryOperator.AddressOf => "&",
                    UnaryOperator.PreIncrement => "++pre",
                    UnaryOperator.PreDecrement => "--pre",
                    UnaryOperator.PostIncrement => "post++",
                    UnaryOperator.PostDecrement => "post--",
                    UnaryOperator.Real => "__real__",
                    _ => "__imag__",
                }).Append(' ');
                Write(sb, u.Operand);
                sb.Append(')');
                return;
            case BinaryExpressionSyntax bin:
                sb.Append('(').Append(BinaryText(bin.Operator)).Append(' ');
                Write(sb, bin.Left);
                sb.Append(' ');
                Write(sb, bin.Right);
                sb.Append(')');
                return;
            case AssignmentExpressionSyntax asg:
                sb.Append('(').Append(asg.Operator switch
                {
                    AssignmentOperator.Assign => "=",
                    AssignmentOperator.MultiplyAssign => "*=",
                    AssignmentOperator.DivideAssign => "/=",
                    AssignmentOperator.RemainderAssign => "%=",
                    AssignmentOperator.AddAssign => "+=",
                    AssignmentOperator.SubtractAssign => "-=",
                    AssignmentOperator.ShiftLeftAssign => "<<=",
                    AssignmentOperator.ShiftRightAssign => ">>=",
                    AssignmentOperator.BitwiseAndAssign => "&=",
                    AssignmentOperator.BitwiseXorAssign => "^=",
                    _ => "|=",
                }).Append(' ');
                Write(sb, asg.Left);
                sb.Append(' ');
                Write(sb, asg.Right);
                sb.Append(')');
                return;
            case ConditionalExpressionSyntax cond:
                sb.Append("(? ");
                Write(sb, cond.Condition);
                sb.Append(' ');
                if (cond.WhenTrue is null) sb.Append('_');
                else Write(sb, cond.WhenTrue);
                sb.Append(' ');
                Write(sb, cond.WhenFalse);
                sb.Append(')');
                return;
            case CastExpressionSyntax cast:
                sb.Append("(cast ");
                Write(sb, cast.Type);
                sb.Append(' ');
                Write(sb, cast.Operand);
                sb.Append(')');
                return;
            case SizeofExpressionSyntax so:
                sb.Append("(sizeof ");
                Write(sb, (SyntaxNode?)so.Type ?? so.Operand);
                sb.Append(')');
                return;
            case AlignofExpressionSyntax ao:
                sb.Append("(_Alignof ");
                Write(sb, (SyntaxNode?)ao.Type ?? ao.Operand);
                sb.Append(')');
                return;
            case CallExpressionSyntax call:
                sb.Append("(call ");
                Write(sb, call.Callee);
                WriteList(sb, call.Arguments);
                sb.Append(')');
                return;
            case MemberAccessExpressionSyntax ma:
                sb.Append('(').Append(ma.IsArrow ? "->" : ".").Append(' ');
                Write(sb, ma.Operand);
                sb.Append(' ').Append(ma.Member).Append(')');
                return;
            case IndexExpressionSyntax ix:
                sb.Append("(index ");
                Write(sb, ix.Operand);
                sb.Append(' ');
                Write(sb, ix.Index);
                sb.Append(')');
                return;
            case CompoundLiteralExpressionSyntax cl:
                sb.Append("(literal ");
                Write(sb, cl.Type);
                sb.Append(' ');
                Write(sb, cl.Initializer);
                sb.Append(')');
                return;
            case GenericSelectionExpressionSyntax g:
                sb.Append("(_Generic ");
                Write(sb, g.Controlling);
                WriteList(sb, g.Associations);
                sb.Append(')');
                return;
            case GenericAssociationSyntax ga:
                sb.Append('[');
                if (ga.Type is null) sb.Append("default");
                else Write(sb, ga.Type);
                sb.Append(": ");
                Write(sb, ga.Expression);
                sb.Append(']');
                return;
            case StatementExpressionSyntax se:
                sb.Append("(stmt-expr ");
                Write(sb, se.Body);
                sb.Append(')');
                return;
            case VaArgExpressionSyntax va:
                sb.Append("(va_arg ");
                Write(sb, va.List);
                sb.Append(' ');
                Write(sb, va.Type);
                sb.Append(')');
                return;
            case OffsetofExpressionSyntax off:
                sb.Append("(offsetof ");
                Write(sb, off.Type);
                sb.Append(' ');
                foreach (var p in off.Path) Write(sb, p);
                sb.Append(')');
                return;
            case TypesCompatibleExpressionSyntax tc:
                sb.Append("(types_compatible_p ");
                Write(sb, tc.First);
                sb.Append(' ');
                Write(sb, tc.Second);
                sb.Append(')');
                return;
            case LabelAddressExpressionSyntax la:
                sb.Append("&&").Append(la.Label);
                return;

            // statements
            case CompoundStatementSyntax cs:
                sb.Append("{");
                WriteList(sb, cs.Items);
                sb.Append(" }");
                return;
            case ExpressionStatementSyntax es:
                Write(sb, es.Expression);
                sb.Append(';');
                return;
            case NullStatementSyntax ns:
                if (ns.Attributes.Count > 0) { WriteAttributes(sb, ns.Attributes); }
                sb.Append(';');
                return;
            case IfStatementSyntax ifs:
                sb.Append("(if ");
                Write(sb, ifs.Condition);
                sb.Append(' ');
                Write(sb, ifs.Then);
                if (ifs.Else is not null) { sb.Append(" else "); Write(sb, ifs.Else); }
                sb.Append(')');
                return;
            case SwitchStatementSyntax sw:
                sb.Append("(switch ");
                Write(sb, sw.Expression);
                sb.Append(' ');
                Write(sb, sw.Body);
                sb.Append(')');
                return;
            case WhileStatementSyntax wh:
                sb.Append("(while ");
                Write(sb, wh.Condition);
                sb.Append(' ');
                Write(sb, wh.Body);
                sb.Append(')');
                return;
            case DoStatementSyntax dos:
                sb.Append("(do ");
                Write(sb, dos.Body);
                sb.Append(' ');
                Write(sb, dos.Condition);
                sb.Append(')');
                return;
            case ForStatementSyntax fs:
                sb.Append("(for ");
                if (fs.InitDeclaration is not null) Write(sb, fs.InitDeclaration);
                else if (fs.InitExpression is not null) Write(sb, fs.InitExpression);
                else sb.Append('_');
                sb.Append(' ');
                if (fs.Condition is not null) Write(sb, fs.Condition); else sb.Append('_');
                sb.Append(' ');
                if (fs.Step is not null) Write(sb, fs.Step); else sb.Append('_');
                sb.Append(' ');
                Write(sb, fs.Body);
                sb.Append(')');
                return;
            case GotoStatementSyntax gs:
                sb.Append("(goto ").Append(gs.Label).Append(')');
                return;
            case ComputedGotoStatementSyntax cg:
                sb.Append("(goto* ");
                Write(sb, cg.Target);
                sb.Append(')');
                return;
            case ContinueStatementSyntax:
                sb.Append("(continue)");
                return;
            case BreakStatementSyntax:
                sb.Append("(break)");
                return;
            case ReturnStatementSyntax rs:
                sb.Append("(return");
                if (rs.Expression is not null) { sb.Append(' '); Write(sb, rs.Expression); }
                sb.Append(')');
                return;
            case LabeledStatementSyntax ls:
                sb.Append("(label ").Append(ls.Label);
                if (ls.Attributes.Count > 0) { sb.Append(' '); WriteAttributes(sb, ls.Attributes); }
                sb.Append(' ');
                Write(sb, ls.Statement);
                sb.Append(')');
                return;
            case CaseStatementSyntax cs2:
                sb.Append("(case ");
                Write(sb, cs2.Value);
                if (cs2.RangeEnd is not null) { sb.Append(" ... "); Write(sb, cs2.RangeEnd); }
                sb.Append(' ');
                Write(sb, cs2.Statement);
                sb.Append(')');
                return;
            case DefaultStatementSyntax ds:
                sb.Append("(default ");
                Write(sb, ds.Statement);
                sb.Append(')');
                return;
            case AsmStatementSyntax ast:
                sb.Append("(asm ");
                Write(sb, ast.Template);
                sb.Append(')');
                return;
            case StorageClassSyntax sc:
                sb.Append(sc.Kind.ToString().ToLowerInvariant());
                return;
            case DeclarationSpecifiersSyntax spec:
                WriteSpecifiers(sb, spec);
                return;
            case IdentifierNameSyntax idn:
                sb.Append(idn.Name);
                return;
            default:
                sb.Append('<').Append(node.GetType().Name).Append('>');
                return;
        }
    }

    private static string BinaryText(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Remainder => "%",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessEqual => "<=",
        BinaryOperator.GreaterEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.BitwiseAnd => "&",
        BinaryOperator.BitwiseXor => "^",
        BinaryOperator.BitwiseOr => "|",
        BinaryOperator.LogicalAnd => "&&",
        BinaryOperator.LogicalOr => "||",
        _ => ",",
    };
}
