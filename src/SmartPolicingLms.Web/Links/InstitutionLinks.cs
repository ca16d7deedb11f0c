namespace SmartPolicingLms.Web.Links;

internal static class InstitutionLinks
{
    public static string List() => "admin/institutions";
    public static string Edit(int id) => $"admin/institutions/{id}/edit";
    // Signatories and crest: for administrators and the institution's lead instructors.
    public static string Certificate(int id) => $"institutions/{id}/certificate";
}
