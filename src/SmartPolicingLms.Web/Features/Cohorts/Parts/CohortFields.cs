using FluentValidation;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal interface ICohortFields
{
    string Name { get; }
    DateOnly StartDate { get; }
    DateOnly EndDate { get; }
    int Capacity { get; }
    string[] LeadInstructorIds { get; }
    // Ticked after the form warned that the cohort starts in the past.
    bool ConfirmPast { get; }
}

// The rules creating and editing a cohort share.
internal sealed class CohortFieldsValidator : AbstractValidator<ICohortFields>
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string LeadsOfInstitution => T["Lead instructors must be instructors of the cohort's institution."];

    // Validators may be singletons: messages are lambdas, looked up in the language of the request that fails.
    public CohortFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName(_ => T["Name"]);
        RuleFor(c => c.StartDate).NotEqual(default(DateOnly)).WithName(_ => T["Start date"]).WithMessage(_ => T["Enter the start date."]);
        RuleFor(c => c.EndDate).NotEqual(default(DateOnly)).WithName(_ => T["End date"]).WithMessage(_ => T["Enter the end date."]);
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate != default && c.EndDate != default)
            .WithName(_ => T["End date"]).WithMessage(_ => T["The end date cannot be before the start date."]);
        RuleFor(c => c.Capacity).InclusiveBetween(1, 500).WithName(_ => T["Capacity"])
            .WithMessage(_ => T["Capacity is the number of recruits, from 1 to 500."]);
        RuleFor(c => c.LeadInstructorIds).NotEmpty().WithName(_ => T["Lead instructors"]).WithMessage(_ => T["Choose at least one lead instructor."]);
    }
}
