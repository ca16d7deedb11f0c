using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Data;

// Options for the design-time factories that `dotnet ef` uses, carrying the app's Identity options so the
// migrations describe the same model the app runs.
internal static class DesignTime
{
    public static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder<T>> useProvider) where T : DbContext
    {
        var services = new ServiceCollection().Configure<IdentityOptions>(IdentitySetup.Configure).BuildServiceProvider();
        var builder = new DbContextOptionsBuilder<T>().UseApplicationServiceProvider(services);
        useProvider(builder);
        return builder.Options;
    }
}
