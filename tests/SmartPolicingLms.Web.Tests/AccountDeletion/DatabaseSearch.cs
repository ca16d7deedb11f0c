using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AccountDeletion;

// Every text column of every table, searched for a piece of personal data: where it still hides, as table.column.
internal static class DatabaseSearch
{
    public static Task<List<string>> WhereAsync(LmsFactory factory, string text) => factory.WithDatabaseAsync(async db =>
    {
        var found = new List<string>();
        var columns = db.Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.ProviderClrType == typeof(string)).Select(c => (Table: t.Name, Column: c.Name)));
        foreach (var (table, column) in columns)
        {
            var sql = $"SELECT 1 AS \"Value\" FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE {{0}}";
            if (await db.Database.SqlQueryRaw<int>(sql, $"%{text}%").AnyAsync())
                found.Add($"{table}.{column}");
        }
        return found;
    });
}
