namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// The key of AttendanceSheetsStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class AttendanceSheetsStrings;
