using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SmartPolicingLms.Web.Audit;

// What an audit entry is about, as a code stored with the entry; its parameters (a module's number and title, a
// certificate's serial, an institution's name) are stored beside it and put into the words when the entry is shown.
internal enum AuditSubject
{
    // Written before entries held codes, by a migration that could not read the English it found: shown as stored.
    AsWritten,
    Cohort,
    Session,
    Slot,
    Schedule,
    Certificate,
    Institution,
    Recruits,
    Attendance,
    TrainingTarget,
    PreTest,
    PostTest,
    PartnerOrganisation,
    Account,
    Export,
    Certificates,
    SigningKey,
}

// A subject with its parameters, as a writer passes it to AuditLog.
internal sealed record AuditTopic(AuditSubject Subject, IReadOnlyList<string> Arguments)
{
    public AuditTopic(AuditSubject subject) : this(subject, []) { }

    // Value equality over the arguments too, so tests and callers can compare topics.
    public bool Equals(AuditTopic? other) =>
        other is not null && Subject == other.Subject && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Subject, Arguments.Count);
}

internal static class AuditSubjects
{
    // A parameter is cut rather than refused: a very long name must not stop the change it describes being recorded.
    const int ArgumentLimit = 200;

    public static readonly AuditTopic Cohort = new(AuditSubject.Cohort);
    public static readonly AuditTopic Schedule = new(AuditSubject.Schedule);
    public static readonly AuditTopic Recruits = new(AuditSubject.Recruits);
    public static readonly AuditTopic Attendance = new(AuditSubject.Attendance);
    public static readonly AuditTopic Account = new(AuditSubject.Account);
    public static readonly AuditTopic Export = new(AuditSubject.Export);
    public static readonly AuditTopic Certificates = new(AuditSubject.Certificates);
    public static readonly AuditTopic SigningKey = new(AuditSubject.SigningKey);

    public static AuditTopic Session(int moduleNumber, string moduleTitle) => With(AuditSubject.Session, Number(moduleNumber), moduleTitle);
    public static AuditTopic Slot(int moduleNumber, string moduleTitle) => With(AuditSubject.Slot, Number(moduleNumber), moduleTitle);
    public static AuditTopic Certificate(string serial) => With(AuditSubject.Certificate, serial);
    public static AuditTopic Institution(string name) => With(AuditSubject.Institution, name);
    public static AuditTopic PartnerOrganisation(string name) => With(AuditSubject.PartnerOrganisation, name);
    public static AuditTopic Test(bool pre) => new(pre ? AuditSubject.PreTest : AuditSubject.PostTest);
    public static AuditTopic TrainingTarget(string institution, string course, int year) =>
        With(AuditSubject.TrainingTarget, institution, course, Number(year));

    static AuditTopic With(AuditSubject subject, params string[] arguments) =>
        new(subject, [.. arguments.Select(a => a.Length <= ArgumentLimit ? a : a[..(ArgumentLimit - 1)] + "…")]);

    static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

// The one place a subject's words are chosen, in the reader's language.
internal static class AuditSubjectWords
{
    static readonly IStringLocalizer T = Localizers.For<AuditStrings>();

    // asWritten: the text an old entry kept because no pattern matched it.
    public static string Of(AuditSubject subject, IReadOnlyList<string> arguments, string? asWritten)
    {
        string A(int i) => i < arguments.Count ? arguments[i] : "";
        return subject switch
        {
            AuditSubject.Cohort => T["Cohort"],
            AuditSubject.Session => T["Session of module {0} '{1}'", A(0), A(1)],
            AuditSubject.Slot => T["Co-trainer slot, module {0} '{1}'", A(0), A(1)],
            AuditSubject.Schedule => T["Schedule"],
            AuditSubject.Certificate => T["Certificate {0}", A(0)],
            AuditSubject.Institution => T["Institution '{0}'", A(0)],
            AuditSubject.Recruits => T["Recruits"],
            AuditSubject.Attendance => T["Attendance"],
            AuditSubject.TrainingTarget => T["Training target: {0}, {1}, {2}", A(0), A(1), A(2)],
            AuditSubject.PreTest => T["Pre-test"],
            AuditSubject.PostTest => T["Post-test"],
            AuditSubject.PartnerOrganisation => T["Partner organisation {0}", A(0)],
            AuditSubject.Account => T["Account"],
            AuditSubject.Export => T["Export"],
            AuditSubject.Certificates => T["Certificates"],
            AuditSubject.SigningKey => T["Credential signing key"],
            _ => asWritten ?? "",
        };
    }
}
