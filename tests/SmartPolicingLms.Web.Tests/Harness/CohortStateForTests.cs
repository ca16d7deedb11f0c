using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SmartPolicingLms.Web.Tests.Harness;

// Test set-up that needs a cohort in a given state without walking it through the app's moves (Cohort.MoveTo refuses
// a move its rules do not allow, such as back from in progress to published). Only tests write the state this way.
internal static class CohortStateForTests
{
    public static void PutInState(this AppDbContext db, Cohort cohort, CohortState state)
    {
        db.Entry(cohort).Property(c => c.State).CurrentValue = state;
        cohort.Touch(db.GetService<TimeProvider>().GetUtcNow().UtcDateTime);
    }
}
