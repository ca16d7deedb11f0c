namespace SmartPolicingLms.Web.Features.AuditTrail;

// The words of the audit log page and of the fields and values in an entry's before and after (AuditFieldWords).
internal sealed class AuditTrailStrings;
