using FluentValidation;

namespace SmartPolicingLms.Web.Features.Partners;

internal interface IOrganisationFields
{
    string Name { get; }
    PartnerCommunity Community { get; }
}

// The rules creating and editing an organisation share.
internal sealed class OrganisationFieldsValidator : AbstractValidator<IOrganisationFields>
{
    public OrganisationFieldsValidator()
    {
        RuleFor(o => o.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName("Name");
        RuleFor(o => o.Community).IsInEnum().WithName("Community");
    }
}
