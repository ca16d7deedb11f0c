using Course = SmartPolicingLms.Curricula.Model.Course;
using SmartPolicingLms.Curricula;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Catalogue;

namespace SmartPolicingLms.Web.Tests.Harness;

// What the curricula library makes of a folder, loaded the way the app imports it: the expected side of the
// catalogue and import tests, so no test repeats a course's contents by hand.
internal static class ExpectedCourses
{
    public const string GhanaCourse = "ghana-police-recruit-hiv";

    public static IReadOnlyList<CourseLoadResult> Load(string curriculaFolder) =>
        CourseLoader.LoadAll(curriculaFolder, new CourseLoadOptions { ResolveLink = CourseFileLinks.Resolve });

    public static IReadOnlyList<Course> Valid(string curriculaFolder) =>
        [.. Load(curriculaFolder).Where(r => r.Course is not null).Select(r => r.Course!)];

    public static IReadOnlyList<Course> Shipped { get; } = Valid(RepositoryPaths.Curricula);

    public static Course ShippedCourse(string id) => Shipped.Single(c => c.Id == id);
}
