using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Credentials;

// 1EdTech's JSON schema of an Open Badges 3.0 AchievementCredential, shipped beside this file as it was published
// (Schema/achievementcredential.json: 1EdTech/openbadges-specification, docs/schema/achievementcredential.json at commit
// e0fdb03dfe8e710508d690ba6d612d0b913e3ac8). That text predates the spec's move to the Verifiable Credentials data
// model 2.0, which renamed the credential's issuanceDate to validFrom and expirationDate to validUntil; the final
// schema requires validFrom where this one requires issuanceDate. That renaming, made here in memory, is the only change.
internal static class OpenBadgesSchema
{
    static readonly Lazy<JsonSchema> Schema = new(Load);

    public static EvaluationResults Evaluate(JsonNode credential) => Schema.Value.Evaluate(JsonSerializer.SerializeToElement(credential),
        new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    public static string Problems(EvaluationResults results) => string.Join("\n", (results.Details ?? [])
        .Where(d => d.Errors is { Count: > 0 })
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    static JsonSchema Load()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "SmartPolicingLms.Web.Tests", "Credentials", "Schema", "achievementcredential.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Rename(schema, "issuanceDate", "validFrom");
        Rename(schema, "expirationDate", "validUntil");
        return JsonSchema.Build(JsonSerializer.SerializeToElement(schema), new BuildOptions());
    }

    static void Rename(JsonObject schema, string from, string to)
    {
        var properties = schema["properties"]!.AsObject();
        properties[to] = properties[from]!.DeepClone();
        properties.Remove(from);
        var required = schema["required"]!.AsArray();
        if (required.Select(r => r!.GetValue<string>()).ToList().IndexOf(from) is var at and >= 0)
            required[at] = to;
    }
}
