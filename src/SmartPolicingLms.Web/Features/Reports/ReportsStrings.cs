namespace SmartPolicingLms.Web.Features.Reports;

// The words of the reports and training targets pages: the key of ReportsStrings.resx and its .ru/.ky siblings.
internal sealed class ReportsStrings;
