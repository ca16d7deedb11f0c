using System.Text.Json;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// `dotnet run --project src/SmartPolicingLms.Web`, the README's run command, takes the first launch profile. Whoever
// follows the README gets what a real installation shows: a plain error page, never a stack trace with source paths,
// and certificate links that open this LMS.
public sealed class RunCommandTests
{
    static JsonElement DefaultProfileVariables()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "SmartPolicingLms.Web", "Properties", "launchSettings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));
        var first = settings.RootElement.GetProperty("profiles").EnumerateObject().First();
        return first.Value.GetProperty("environmentVariables").Clone();
    }

    [Fact]
    public void The_readme_run_command_starts_in_production_with_the_local_public_address()
    {
        var variables = DefaultProfileVariables();

        Assert.Equal("Production", variables.GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        Assert.Equal("http://localhost:5127", variables.GetProperty("Certificates__PublicBaseAddress").GetString());
        Assert.Contains("dotnet run --project src/SmartPolicingLms.Web\n", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
    }
}
