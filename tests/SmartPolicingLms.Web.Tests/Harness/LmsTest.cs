
namespace SmartPolicingLms.Web.Tests.Harness;

// Base of the integration tests. Each feature's tests are written once against LmsFactory, and run on both
// databases through two nested classes, OnSqlite and OnPostgres, each with an installation of its own.
public abstract class LmsTest
{
    protected LmsTest(LmsFactory factory)
    {
        factory.EnsureAvailable();
        Factory = factory;
    }

    protected LmsFactory Factory { get; }

    internal People People => Factory.People;

    internal Scheduling Scheduling => new(Factory);

    protected Visitor NewVisitor() => new(Factory);

    protected async Task<(Visitor Visitor, Person Person)> SignedInAsync(string role, int? institutionId = null)
    {
        var person = await People.CreateAsync(role, institutionId);
        var visitor = NewVisitor();
        await visitor.SignInAsync(person);
        return (visitor, person);
    }

    protected async Task<Visitor> AdministratorAsync() => (await SignedInAsync(Roles.Administrator)).Visitor;
}
