using FluentValidation;

namespace SmartPolicingLms.Web.Features.Partners;

internal interface ICoTrainerFields
{
    string ChosenName { get; }
}

internal sealed class CoTrainerFieldsValidator : AbstractValidator<ICoTrainerFields>
{
    public CoTrainerFieldsValidator() =>
        RuleFor(c => c.ChosenName).NotEmpty().MaximumLength(100).SingleLineText().WithName("Name they choose to be known by");
}
