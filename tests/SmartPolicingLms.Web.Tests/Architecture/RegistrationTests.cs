using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Architecture;

// Each feature folder registers its own services (its XServices file). The test hosts are built with scope and
// build validation (LmsFactory); this finds every handler, query and validator by reflection and resolves it in a
// request scope, so a use case that nobody registered fails here rather than on its page.
public sealed class RegistrationTests(SqliteLmsFactory factory) : IClassFixture<SqliteLmsFactory>
{
    static readonly Assembly App = typeof(CurrentPerson).Assembly;

    public static TheoryData<string> UseCases()
    {
        var data = new TheoryData<string>();
        foreach (var type in UseCaseTypes())
            data.Add(type.FullName!);
        return data;
    }

    [Fact]
    public void Use_cases_are_found_in_every_feature_folder()
    {
        var folders = UseCaseTypes().Select(t => t.Namespace!.Split('.')[3]).ToHashSet();

        Assert.True(UseCaseTypes().Count() > 60, $"only {UseCaseTypes().Count()} use cases found");
        Assert.Superset(new HashSet<string> { "Accounts", "Assessments", "Attendance", "Cohorts", "Completion", "Enrolment", "Partners" }, folders);
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public void Every_handler_query_and_validator_resolves_in_a_request_scope(string typeName)
    {
        var type = App.GetType(typeName)!;
        using var scope = factory.Services.CreateScope();

        var service = ServiceOf(type);

        Assert.NotNull(scope.ServiceProvider.GetService(service));
    }

    // Validators are asked for as IValidator<T>, as the handlers ask for them.
    static Type ServiceOf(Type type) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)) is { } validator
            && type.IsAssignableTo(typeof(AbstractValidator<>).MakeGenericType(validator.GenericTypeArguments))
            ? validator
            : type;

    // Handlers and queries (classes with a HandleAsync), and the use cases' own validators (nested beside their
    // command; the shared field rules they Include, and per-question validators, are made with new), under Features.
    static IEnumerable<Type> UseCaseTypes() => App.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
            && t.Namespace?.StartsWith("SmartPolicingLms.Web.Features.", StringComparison.Ordinal) == true
            && !t.Name.Contains('<')
            && (t.GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance) is not null
                || (t.DeclaringType is not null
                    && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))))
        .Where(t => !t.IsAssignableTo(typeof(Microsoft.AspNetCore.Components.IComponent)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
