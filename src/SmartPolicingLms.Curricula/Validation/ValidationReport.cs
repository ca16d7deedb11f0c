using FluentValidation.Results;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>Turns FluentValidation failures into diagnostics at the line of the key they concern.</summary>
internal static class ValidationReport
{
    public static void AddTo(DiagnosticBag diagnostics, ValidationResult result, string file, Func<string, (int Line, int Column)> where)
    {
        foreach (var failure in result.Errors)
        {
            var (at, line, column) = failure.CustomState switch
            {
                (string f, int l, int c) => (f, l, c),
                (int l, int c) => (file, l, c),
                _ => (file, where(failure.PropertyName).Line, where(failure.PropertyName).Column),
            };
            var code = failure.ErrorCode.StartsWith("CUR", StringComparison.Ordinal) ? failure.ErrorCode : DiagnosticCodes.InvalidValue;
            var severity = failure.Severity == FluentValidation.Severity.Error ? Severity.Error : Severity.Warning;
            diagnostics.Add(code, severity, at, line, column, failure.ErrorMessage);
        }
    }
}
