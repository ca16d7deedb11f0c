namespace SmartPolicingLms.Web.Features.Exports;

// The words of the exports page and of the register's column headers and printed table: the key of ExportsStrings.resx
// and its .ru/.ky siblings. The cells' data (dates, numbers, "yes"/"no" in CSV and XLSX) stay invariant.
internal sealed class ExportsStrings;
