using Markdig.Extensions.CustomContainers;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>
/// Checks the <c>:::</c> blocks of one Markdown file. Every mistake here is an error, because each one would show
/// instructor-only text to recruits or hide recruits' text: a misspelt kind, a block never closed, or a block in a
/// file that has no instructors' rendering.
/// </summary>
internal static class InstructorBlockRules
{
    public static void Check(MarkdownSource source, bool isModule, DiagnosticBag diagnostics)
    {
        var path = source.File.Path;
        foreach (var block in InstructorBlocks.All(source.Document))
        {
            var (line, column) = (block.Line + 1, block.Column + 1);
            var kind = InstructorBlocks.KindOf(block);
            if (kind is null)
                diagnostics.Error(DiagnosticCodes.UnknownBlockKind, path, line, column,
                    $"a ':::' block {Named(block)}; the kinds are '::: {InstructorBlocks.Notes}' (notes for instructors) and '::: {InstructorBlocks.Plan}' (a session plan)");
            else if (!isModule)
                diagnostics.Error(DiagnosticCodes.InstructorBlockOutsideModule, path, line, column,
                    $"'::: {kind}' blocks belong in module files; this file is shown only as recruits see it");
            if (!InstructorBlocks.IsClosed(block))
                diagnostics.Error(DiagnosticCodes.BlockNotClosed, path, line, column,
                    $"the ':::' block opened here is never closed; end it with a line of {block.OpeningFencedCharCount} colons (':::')");
        }
    }

    static string Named(CustomContainer block) =>
        string.IsNullOrWhiteSpace(block.Info) ? "needs its kind after the colons" : $"of kind '{block.Info}' is not known";
}
