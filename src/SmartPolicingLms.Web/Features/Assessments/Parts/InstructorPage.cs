using Microsoft.AspNetCore.Components;

namespace SmartPolicingLms.Web.Features.Assessments;

// What the instructors' test pages share: the cohort from the URL, loaded once the page has its parameters.
public abstract class InstructorPage : LmsPage
{
    [Parameter] public int Id { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    protected abstract Task LoadAsync();
}
