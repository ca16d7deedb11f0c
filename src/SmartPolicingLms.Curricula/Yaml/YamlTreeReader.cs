using SmartPolicingLms.Curricula.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SmartPolicingLms.Curricula.Yaml;

/// <summary>
/// Reads front matter into a small tree of mappings, sequences and scalars, keeping lines.
/// Anchors, aliases, tags and merge keys are refused: front matter needs none of them, and
/// aliases are how a few lines of YAML expand into gigabytes.
/// </summary>
internal sealed class YamlTreeReader(string file, int firstLine, DiagnosticBag diagnostics)
{
    const int MaxDepth = 16;

    public YamlNode? Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                Report(DiagnosticCodes.YamlSyntax, parser.Current?.Start, "front matter holds more than one YAML document");
                return null;
            }
            return root;
        }
        catch (NestingTooDeep)
        {
            return null;
        }
        catch (YamlException e)
        {
            Report(DiagnosticCodes.YamlSyntax, e.Start, $"front matter is not valid YAML: {Explain(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed flow
            // collections ("title: [unclosed"); it is still a syntax error in the author's text.
            Report(DiagnosticCodes.YamlSyntax, parser.Current?.End, "front matter is not valid YAML: a '[' or '{' is never closed");
            return null;
        }
    }

    YamlNode? ReadNode(IParser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            Report(DiagnosticCodes.YamlFeatureForbidden, parser.Current?.Start, $"front matter is nested more than {MaxDepth} levels deep");
            throw new NestingTooDeep();
        }
        var current = parser.Current;
        if (current is AnchorAlias alias)
        {
            Report(DiagnosticCodes.YamlFeatureForbidden, alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in front matter; write the value out");
            parser.MoveNext();
            return null;
        }
        if (current is NodeEvent node && !Allowed(node)) return SkipNode(parser);
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, !scalar.IsPlainImplicit || scalar.Style != ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
            case SequenceStart start:
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    if (ReadNode(parser, depth + 1) is { } item) items.Add(item);
                return new YamlSequence(items, Line(start.Start), Column(start.Start));
            case MappingStart mapStart:
                parser.MoveNext();
                return ReadMapping(parser, mapStart, depth);
            default:
                throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "unexpected YAML structure");
        }
    }

    YamlMapping ReadMapping(IParser parser, MappingStart start, int depth)
    {
        var entries = new List<(YamlScalar, YamlNode)>();
        var seen = new HashSet<string>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            var key = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (key is not YamlScalar scalarKey)
            {
                if (key is not null) Report(DiagnosticCodes.WrongType, keyEvent?.Start, "a key must be a plain word, not a list or mapping");
                continue;
            }
            if (scalarKey.Value == "<<")
            {
                Report(DiagnosticCodes.YamlFeatureForbidden, keyEvent?.Start, "YAML merge keys (<<) are not allowed in front matter");
                continue;
            }
            if (!seen.Add(scalarKey.Value))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, file, scalarKey.Line, scalarKey.Column, $"'{scalarKey.Value}' is given twice; keep one");
                continue;
            }
            if (value is not null) entries.Add((scalarKey, value));
        }
        return new YamlMapping(entries, Line(start.Start), Column(start.Start));
    }

    bool Allowed(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            Report(DiagnosticCodes.YamlFeatureForbidden, node.Start, $"YAML anchors (&{node.Anchor.Value}) are not allowed in front matter");
            return false;
        }
        if (!node.Tag.IsEmpty && !(node is Scalar { IsQuotedImplicit: true } || node.Tag.Value == "!"))
        {
            Report(DiagnosticCodes.YamlFeatureForbidden, node.Start, $"YAML tags ({node.Tag.Value}) are not allowed in front matter");
            return false;
        }
        return true;
    }

    static YamlNode? SkipNode(IParser parser)
    {
        parser.SkipThisAndNestedEvents();
        return null;
    }

    void Report(string code, Mark? mark, string message) =>
        diagnostics.Error(code, file, mark is { } m && !m.Equals(Mark.Empty) ? Line(m) : firstLine, mark is { } c ? Column(c) : 1, message);

    int Line(Mark mark) => (int)Math.Max(mark.Line, 1) + firstLine - 1;
    static int Column(Mark mark) => (int)Math.Max(mark.Column, 1);

    static string Explain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        var explained = (paren >= 0 ? message[(paren + 3)..] : message).TrimEnd('.').ToLowerInvariant();
        // The commonest cause by far is a title with a colon in it, which YAML reads as a second key.
        return explained.Contains("mapping", StringComparison.Ordinal)
            ? explained + "; a value with ': ' in it must be in quotes, such as title: \"Module 3: Referral\""
            : explained;
    }

    /// <summary>Stops reading a document nested past <see cref="MaxDepth"/>; already reported.</summary>
    internal sealed class NestingTooDeep() : YamlException("nesting too deep");
}
