using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class CyrillicIdTests
{
    [Fact]
    public void Ids_written_in_cyrillic_are_stored_in_latin_letters_everywhere()
    {
        using var course = new TempCourse();
        course.Write("course.md", TempCourse.ValidFiles["course.md"].Replace("id: test-course", "id: курс-вич"));
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"]
            .Replace("id: basics", "id: основы").Replace("id: know-basics", "id: знать-өңүт"));
        course.Write("questions/bank.md", TempCourse.ValidFiles["questions/bank.md"]
            .Replace("## q-basics", "## вопрос-щука").Replace("Objective: know-basics", "Objective: знать-өңүт"));

        var loaded = course.Load().Course!;

        Assert.Equal("kurs-vich", loaded.Id);
        Assert.Equal("osnovy", loaded.Modules.Single().Id);
        Assert.Equal(("znat-oenguet", "osnovy"), (loaded.Objectives.Single().Id, loaded.Objectives.Single().ModuleId));
        Assert.Equal(("vopros-shchuka", "znat-oenguet"), (loaded.Questions.Single().Id, loaded.Questions.Single().ObjectiveId));
    }

    [Fact]
    public void An_id_too_long_once_spelled_in_latin_letters_is_refused()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"].Replace("id: basics", "id: " + new string('щ', 20)));

        Assert.Contains("modules/01-basics.md(2,1): error CUR0202", course.Diagnostics(course.Load()));
    }
}
