using FluentValidation;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal interface ICohortFields
{
    string Name { get; }
    DateOnly StartDate { get; }
    DateOnly EndDate { get; }
    int Capacity { get; }
    string[] LeadInstructorIds { get; }
}

// The rules creating and editing a cohort share.
internal sealed class CohortFieldsValidator : AbstractValidator<ICohortFields>
{
    public const string LeadsOfInstitution = "Lead instructors must be instructors of the cohort's institution.";

    public CohortFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName("Name");
        RuleFor(c => c.StartDate).NotEqual(default(DateOnly)).WithName("Start date").WithMessage("Enter the start date.");
        RuleFor(c => c.EndDate).NotEqual(default(DateOnly)).WithName("End date").WithMessage("Enter the end date.");
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate != default && c.EndDate != default)
            .WithName("End date").WithMessage("The end date cannot be before the start date.");
        RuleFor(c => c.Capacity).InclusiveBetween(1, 500).WithName("Capacity")
            .WithMessage("Capacity is the number of recruits, from 1 to 500.");
        RuleFor(c => c.LeadInstructorIds).NotEmpty().WithName("Lead instructors").WithMessage("Choose at least one lead instructor.");
    }
}
