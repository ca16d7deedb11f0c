using FluentValidation;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Validation;

internal sealed class ModuleFrontMatterValidator : AbstractValidator<ModuleFrontMatter>
{
    public ModuleFrontMatterValidator()
    {
        RuleFor(m => m.Id).NotEmpty().OverridePropertyName("id").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("the module needs an 'id'");
        RuleFor(m => m.Id).Must(Ids.IsValid).When(m => !string.IsNullOrEmpty(m.Id)).OverridePropertyName("id")
            .WithErrorCode(DiagnosticCodes.InvalidId).WithMessage(m => $"the module id '{m.Id}' must be {Ids.Rule}");
        RuleFor(m => m.Title).NotEmpty().OverridePropertyName("title").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("the module needs a 'title'");
        RuleFor(m => m.Hours).NotNull().OverridePropertyName("hours").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("the module needs 'hours'");
        RuleFor(m => m.Hours).Must(h => h > 0 && h <= 40 && h * 4 == decimal.Truncate(h.Value * 4))
            .When(m => m.Hours is not null).OverridePropertyName("hours")
            .WithMessage(m => $"'hours' is {m.Hours}; a module has more than 0 and at most 40 hours, in steps of a quarter hour");
        RuleFor(m => m.Delivery).NotNull().OverridePropertyName("delivery").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("the module needs 'delivery': lecture, workshop, self-study or field-visit");
        RuleFor(m => m.Objectives).NotEmpty().When(m => !m.ObjectivesGiven).OverridePropertyName("objectives")
            .WithErrorCode(DiagnosticCodes.NoObjectives)
            .WithMessage("the module needs 'objectives': what a recruit will be able to do after it, each with an id and text");
        RuleFor(m => m.Objectives).NotEmpty().When(m => m.ObjectivesGiven).OverridePropertyName("objectives")
            .WithErrorCode(DiagnosticCodes.NoObjectives).WithMessage("'objectives' is empty; give at least one");
        RuleForEach(m => m.Objectives).SetValidator(new ObjectiveEntryValidator());
        RuleFor(m => m.Slots).Empty().When(m => m.Delivery == Delivery.SelfStudy).OverridePropertyName("slots")
            .WithErrorCode(DiagnosticCodes.SlotsOnSelfStudy)
            .WithMessage("a self-study module has no sessions, so it cannot carry co-trainer slots; remove 'slots' or change 'delivery'");
        RuleForEach(m => m.Slots).SetValidator(new SlotEntryValidator());
        RuleForEach(m => m.LegalClaims).Must(c => c.Problem() is null).WithState((_, c) => (c.Line, c.Column))
            .WithErrorCode(DiagnosticCodes.LegalClaimShape).WithMessage((_, c) => c.Problem());
    }
}

internal sealed class ObjectiveEntryValidator : AbstractValidator<ObjectiveEntry>
{
    public ObjectiveEntryValidator()
    {
        RuleFor(o => o.Id).Must(Ids.IsValid).WithState(o => (o.Line, o.Column))
            .WithErrorCode(DiagnosticCodes.InvalidId)
            .WithMessage(o => o.Id is null ? "each objective needs an 'id'" : $"the objective id '{o.Id}' must be {Ids.Rule}");
        RuleFor(o => o.Text).NotEmpty().WithState(o => (o.Line, o.Column)).WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage(o => $"the objective '{o.Id}' needs a 'text' saying what a recruit will be able to do");
    }
}

internal sealed class SlotEntryValidator : AbstractValidator<SlotEntry>
{
    public SlotEntryValidator()
    {
        RuleFor(s => s.Community).NotNull().WithState(s => (s.Line, s.Column)).WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("each slot needs a 'community': sex-workers, people-who-use-drugs or either");
        RuleFor(s => s.Role).NotNull().WithState(s => (s.Line, s.Column)).WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("each slot needs a 'role': co-trainer or lead-trainer");
        RuleFor(s => s.Count).InclusiveBetween(1, 10).WithState(s => (s.Line, s.Column))
            .WithMessage(s => $"'count' is {s.Count}; a session carries 1 to 10 slots of one kind");
    }
}
