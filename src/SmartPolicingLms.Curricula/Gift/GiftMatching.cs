using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Matching questions as Moodle reads them: <c>{=item -> answer =item -> answer}</c>. Items may carry a
/// <c>[format]</c>; answers are plain text. <c>= -> answer</c> adds an answer that matches no item.
/// As in Moodle, pairs have no weights or feedback: a <c>%</c> or <c>#</c> is part of the text.
/// </summary>
internal sealed class GiftMatching(GiftTextRenderer renderer, GiftDiagnostics report)
{
    public GiftOptionSet? Read(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        var starts = new List<int>();
        for (var i = 0; i < block.Length; i++)
            if (block[i].Is('=')) starts.Add(i);
        if (starts[0] > 0 && !block.Slice(0, starts[0]).Trim().IsEmpty)
        {
            report.Error(DiagnosticCodes.GiftMatching, block.Position, "this pair has no '=' in front; start every pair with '=', as in =item -> answer");
            return null;
        }
        var pairs = new List<QuestionOption>();
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : block.Length;
            var pair = Pair(block.Slice(starts[n] + 1, end - starts[n] - 1), block.PositionAt(starts[n]), format);
            if (pair is null) return null;
            pairs.Add(pair);
        }
        var items = pairs.Where(p => p.Text.Length > 0).ToList();
        if (items.Count < 2)
        {
            report.Error(DiagnosticCodes.GiftMatching, at, "a matching question needs at least two items, each written as =item -> answer");
            return null;
        }
        foreach (var twin in items.GroupBy(p => p.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(p => p.Match).Distinct().Count() > 1))
            report.Warning(DiagnosticCodes.GiftKeyChanged, at,
                $"the item '{twin.Key}' appears twice with different answers, so a recruit cannot tell which is which; make the items differ");
        return new GiftOptionSet(QuestionKind.Matching, pairs);
    }

    QuestionOption? Pair(GiftSpan pair, GiftPosition at, GiftTextFormat format)
    {
        var arrow = pair.IndexOf("->");
        if (arrow < 0)
            return Refuse(at, "this pair has no '->'; write it as =item -> answer (or = -> answer for an answer that matches no item)");
        var answer = pair.Slice(arrow + 2).Text.Trim();
        if (answer.Length == 0)
            return Refuse(at, "this pair has no answer after '->'");
        var (itemFormat, item) = GiftTextFormats.Split(pair.Slice(0, arrow), format);
        if (item.IsEmpty) return new QuestionOption("", "", 0, null) { Match = answer };
        var rendered = renderer.Inline(item, itemFormat);
        if (rendered.Text.Trim().Length == 0)
            return Refuse(at, "this item has no text once its HTML is reduced (images are dropped)");
        return new QuestionOption(rendered.Html, rendered.Text, 1, null) { Match = answer };
    }

    QuestionOption? Refuse(GiftPosition at, string message)
    {
        report.Error(DiagnosticCodes.GiftMatching, at, message);
        return null;
    }
}
