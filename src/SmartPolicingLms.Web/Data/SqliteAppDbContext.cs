using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SmartPolicingLms.Web.Data;

internal sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

// Lets `dotnet ef migrations add` build the SQLite model without starting the app.
internal sealed class SqliteAppDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SqliteAppDbContext>(options => options.UseSqlite("Data Source=design-time.db")));
}
