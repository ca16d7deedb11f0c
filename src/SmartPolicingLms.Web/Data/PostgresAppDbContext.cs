using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmartPolicingLms.Web.Data;

internal sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

// Lets `dotnet ef migrations add` build the PostgreSQL model without starting the app or reaching a server.
internal sealed class PostgresAppDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<PostgresAppDbContext>(options =>
            options.UseNpgsql("Host=localhost;Database=design_time;Username=design_time")));
}
