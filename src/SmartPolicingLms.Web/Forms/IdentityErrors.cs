using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Forms;

internal static class IdentityErrors
{
    public static IEnumerable<ValidationFailure> ToFailures(IdentityResult result, string property) =>
        result.Errors.Select(e => new ValidationFailure(property, e.Description));
}
