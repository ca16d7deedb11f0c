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
    // Ticked after the form warned that the session starts in the past.
    bool ConfirmPast { get; }
}

internal sealed class SessionFieldsValidator : AbstractValidator<ISessionFields>
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public SessionFieldsValidator()
    {
        RuleFor(s => s.Date).NotEqual(default(DateOnly)).WithName(_ => T["Date"]).WithMessage(_ => T["Enter the session's date."]);
        RuleFor(s => s.EndTime).GreaterThan(s => s.StartTime).WithName(_ => T["End time"])
            .WithMessage(_ => T["The end time must be after the start time, on the same day."]);
        RuleFor(s => s.Location).NotEmpty().MaximumLength(200).WithName(_ => T["Location"]);
        RuleFor(s => s.InstructorIds).NotEmpty().WithName(_ => T["Instructors"]).WithMessage(_ => T["Choose at least one instructor."]);
    }
}
