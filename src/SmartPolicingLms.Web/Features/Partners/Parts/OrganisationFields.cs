using FluentValidation;

namespace SmartPolicingLms.Web.Features.Partners;

internal interface IOrganisationFields
{
    string Name { get; }
    string? CountryCode { get; }
    PartnerCommunity Community { get; }
}

// The rules creating and editing an organisation share.
internal sealed class OrganisationFieldsValidator : AbstractValidator<IOrganisationFields>
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    public OrganisationFieldsValidator()
    {
        RuleFor(o => o.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName(_ => T["Name"]);
        RuleFor(o => o.CountryCode).Must(PartnerCountries.IsListed).WithName(_ => T["Country"])
            .WithMessage(_ => T["Choose the country the organisation works in."]);
        RuleFor(o => o.Community).IsInEnum().WithName(_ => T["Community"]);
    }
}
