using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Tests.AuditTrail;

// The English patterns the StoredTextAsCodes migration reads: every line the completion rule and the audit writers
// ever stored becomes a code that words back to the same English, and anything else is kept as written.
public sealed class StoredTextPatternsTests
{
    [Theory]
    [InlineData("needs 0.88 more contact hours: module 2 'Why police matter' was missed; module 3 'Rights; and referral' was partly missed")]
    [InlineData("needs 1 more contact hour: module 4 'Proper procedure' has no session scheduled yet")]
    [InlineData("needs 2.4 more contact hours: module 4 'Proper procedure' is still to come; module 5 'X' still has sessions to come")]
    [InlineData("has not marked self-study module 6 'Reading: the law' as read")]
    [InlineData("has not taken the pre-test (an instructor may waive it)")]
    [InlineData("has not passed the post-test yet (pass mark 70%)")]
    [InlineData("scored 62.5% on the post-test; the pass mark is 70%")]
    public void An_old_completion_line_becomes_codes_that_read_the_same_in_English(string line)
    {
        var item = Assert.Single(MissingTextAsCodes.Read(line));

        Assert.NotEqual(MissingKind.AsWritten, item.Kind);
        Assert.Equal(line, MissingWords.Line(item));
        Assert.Equal(line, MissingWords.Line(Assert.Single(MissingItem.Read(MissingItem.Store([item])))));
    }

    [Fact]
    public void A_line_no_pattern_matches_is_kept_as_written()
    {
        var items = MissingTextAsCodes.Read("needs 1 more contact hour: module 4 'A title cut at two hundred charact…\nsomething else");

        Assert.Equal([MissingKind.AsWritten, MissingKind.AsWritten], items.Select(i => i.Kind));
        Assert.Equal("something else", MissingWords.Line(items[1]));
    }

    [Theory]
    [InlineData("Cohort", "Cohort", new string[0])]
    [InlineData("Co-trainer slot, module 2 'Why police matter'", "Slot", new[] { "2", "Why police matter" })]
    [InlineData("Institution 'Kyrgyz Police Academy'", "Institution", new[] { "Kyrgyz Police Academy" })]
    [InlineData("Training target: Academy, Harm reduction, 2026", "TrainingTarget", new[] { "Academy", "Harm reduction", "2026" })]
    [InlineData("Post-test", "PostTest", new string[0])]
    public void An_old_subject_becomes_a_code_with_its_parameters(string text, string subject, string[] arguments)
    {
        var topic = StoredTextAsCodes.Subject(text);

        Assert.Equal(new AuditTopic(Enum.Parse<AuditSubject>(subject), arguments), topic);
        Assert.Equal(text, AuditSubjectWords.Of(topic!.Subject, topic.Arguments, null));
    }

    [Fact]
    public void Every_old_action_reads_back_as_the_English_it_was_stored_as() =>
        Assert.All(AuditActionWords.Written, w => Assert.Equal(w.Key, AuditActionWords.Of(w.Value, null)));
}
