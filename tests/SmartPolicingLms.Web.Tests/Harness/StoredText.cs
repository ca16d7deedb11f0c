using System.Data;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Tests.Harness;

// Searches every text column of every table the app's model maps, so a test can prove a string is stored nowhere:
// not only where the feature put it, but in any table a later feature adds.
internal static class StoredText
{
    // "Table.Column" for every column holding one of the strings.
    public static Task<List<string>> WhereAsync(LmsFactory factory, params string[] needles) => factory.WithDatabaseAsync(async db =>
    {
        var columns = db.Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.ProviderClrType == typeof(string)).Select(c => (Table: t.Name, Column: c.Name)))
            .ToList();
        if (columns.Count < 20)
            throw new InvalidOperationException($"Only {columns.Count} text columns found: the model was not read as expected.");
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
            await db.Database.OpenConnectionAsync();
        var found = new List<string>();
        foreach (var (table, column) in columns)
            foreach (var needle in needles)
                if (await ContainsAsync(db, table, column, needle))
                    found.Add($"{table}.{column}");
        return found.Distinct().ToList();
    });

    static async Task<bool> ContainsAsync(AppDbContext db, string table, string column, string needle)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // Found by position rather than LIKE, whose % and _ would be wildcards; both databases read the text as stored.
        command.CommandText = db.Database.IsSqlite()
            ? $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(\"{column}\", @needle) > 0"
            : $"SELECT COUNT(*) FROM \"{table}\" WHERE strpos(\"{column}\"::text, @needle) > 0";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "needle";
        parameter.Value = needle;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}
