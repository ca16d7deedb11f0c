using FluentValidation;

namespace SmartPolicingLms.Web.Features.Partners;

internal interface ICoTrainerFields
{
    string ChosenName { get; }
}

internal sealed class CoTrainerFieldsValidator : AbstractValidator<ICoTrainerFields>
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    public CoTrainerFieldsValidator() =>
        RuleFor(c => c.ChosenName).NotEmpty().MaximumLength(100).SingleLineText().WithName(_ => T["Name they choose to be known by"]);
}
