namespace SmartPolicingLms.Web.Features.Attendance;

// The key of AttendanceStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class AttendanceStrings;
