using FluentValidation;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A session as the instructor enters it: a day and wall-clock times in the institution's time zone.
internal interface ISessionFields
{
    DateOnly Date { get; }
    TimeOnly StartTime { get; }
    TimeOnly EndTime { get; }
    string Location { get; }
    string[] InstructorIds { get; }
}

internal sealed class SessionFieldsValidator : AbstractValidator<ISessionFields>
{
    public SessionFieldsValidator()
    {
        RuleFor(s => s.Date).NotEqual(default(DateOnly)).WithName("Date").WithMessage("Enter the session's date.");
        RuleFor(s => s.EndTime).GreaterThan(s => s.StartTime).WithName("End time")
            .WithMessage("The end time must be after the start time, on the same day.");
        RuleFor(s => s.Location).NotEmpty().MaximumLength(200).WithName("Location");
        RuleFor(s => s.InstructorIds).NotEmpty().WithName("Instructors").WithMessage("Choose at least one instructor.");
    }
}
