namespace SmartPolicingLms.Web.Reporting;

// The words of the reporting kernel's refusals (a scope that cannot be read, or names what the person does not report
// on): the key of ReportingStrings.resx and its .ru/.ky siblings.
internal sealed class ReportingStrings;
