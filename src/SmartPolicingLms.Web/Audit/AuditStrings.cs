namespace SmartPolicingLms.Web.Audit;

// The words of audit entries (what an entry is about and what happened), chosen when an entry is shown, in the
// reader's language: entries store codes and their parameters, never words.
internal sealed class AuditStrings;
