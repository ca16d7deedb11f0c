using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>Reports problems of one GIFT file at positions taken from its characters.</summary>
internal sealed class GiftDiagnostics(string filePath, DiagnosticBag diagnostics)
{
    public void Error(string code, GiftPosition at, string message) =>
        diagnostics.Error(code, filePath, at.Line, at.Column, message);

    public void Warning(string code, GiftPosition at, string message) =>
        diagnostics.Warning(code, filePath, at.Line, at.Column, message);
}
