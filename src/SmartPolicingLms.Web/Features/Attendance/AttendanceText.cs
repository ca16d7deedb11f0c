
namespace SmartPolicingLms.Web.Features.Attendance;

// The words people read for marks, sources and slot delivery, and the values the roll-call form posts for them.
internal static class AttendanceText
{
    static readonly IStringLocalizer T = Localizers.For<AttendanceStrings>();

    public static readonly IReadOnlyList<AttendanceMark> Marks = Enum.GetValues<AttendanceMark>();

    public static string Of(AttendanceMark? mark) => mark switch
    {
        AttendanceMark.Present => T["Present"],
        AttendanceMark.Late => T["Late"],
        AttendanceMark.Absent => T["Absent"],
        AttendanceMark.Excused => T["Excused"],
        _ => T["Not marked"],
    };

    public static string Of(AttendanceSource source) => source switch
    {
        AttendanceSource.SheetImport => T["Sign-in sheet import"],
        _ => T["Roll call"],
    };

    public static string Badge(AttendanceMark? mark) => mark switch
    {
        AttendanceMark.Present => "text-bg-success",
        AttendanceMark.Late => "text-bg-info",
        AttendanceMark.Absent => "text-bg-danger",
        AttendanceMark.Excused => "text-bg-warning",
        _ => "text-bg-light",
    };

    public static AttendanceMark? ParseMark(string? value) =>
        Enum.TryParse<AttendanceMark>(value, ignoreCase: false, out var mark) && Enum.IsDefined(mark) && !int.TryParse(value, out _)
            ? mark : null;

    // Slot delivery as the form posts it.
    public const string Delivered = nameof(Delivered);
    public const string NotDelivered = nameof(NotDelivered);
    public const string NotRecorded = nameof(NotRecorded);
    public static readonly IReadOnlyList<string> DeliveryValues = [Delivered, NotDelivered, NotRecorded];

    public static string DeliveryValue(bool? delivered) => delivered switch
    {
        true => Delivered,
        false => NotDelivered,
        null => NotRecorded,
    };

    public static string DeliveryLabel(string value) => value switch
    {
        Delivered => T["Delivered"],
        NotDelivered => T["Not delivered"],
        _ => T["Not recorded"],
    };

    public static string DeliveryLabel(bool? delivered) => DeliveryLabel(DeliveryValue(delivered));
}
