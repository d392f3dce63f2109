using OpenLettings.Domain.Workflows.DiscretionaryAllocation;
using static OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation.DiscretionaryTestData;

namespace OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation;

public class DiscretionaryRequestValidatorTests
{
    private static readonly DateOnly AsOf = new(2026, 4, 1);

    [Fact]
    public void Validate_CompleteInput_NoErrors() =>
        Assert.Empty(DiscretionaryRequestValidator.Validate(Request(), ApprovedPath(), AsOf));

    [Fact]
    public void Validate_BlankReferenceAndRequester_NamesCamelCaseFields()
    {
        var errors = DiscretionaryRequestValidator.Validate(Request() with { Reference = " ", RequestedBy = new StaffMemberId("") }, [], AsOf);

        Assert.Contains(errors, e => e.Field == "request.reference" && e.Rule == "required");
        Assert.Contains(errors, e => e.Field == "request.requestedBy" && e.Rule == "required");
    }

    [Fact]
    public void Validate_SubmittedAfterAsOf_NotInFuture()
    {
        var errors = DiscretionaryRequestValidator.Validate(Request() with { SubmittedOn = new DateOnly(2026, 4, 2) }, [], AsOf);

        Assert.Equal("request.submittedOn", Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_EventsOutOfDateOrder_NamesTheEvent()
    {
        var events = ApprovedPath().Insert(2, AhmApproves(new(2026, 3, 3)));

        var error = Assert.Single(DiscretionaryRequestValidator.Validate(Request(), events, AsOf));

        Assert.Equal("events[2].on", error.Field);
        Assert.Equal("chronological", error.Rule);
    }

    [Fact]
    public void Validate_EventBeforeSubmissionAndAfterAsOf_BothNamed()
    {
        var events = new[] { AhmApproves(new(2026, 2, 1)), HsmApproves(new(2026, 4, 5)) };

        var errors = DiscretionaryRequestValidator.Validate(Request(), [.. events], AsOf);

        Assert.Contains(errors, e => e.Field == "events[0].on" && e.Rule == "notBeforeSubmission");
        Assert.Contains(errors, e => e.Field == "events[1].on" && e.Rule == "notInFuture");
    }

    [Fact]
    public void Validate_BlankReasonAndActor_Named()
    {
        var errors = DiscretionaryRequestValidator.Validate(Request() with { Reasons = ["ok", ""] }, [Event(new StaffMemberId(" "), StaffRole.AreaHousingManager, new(2026, 3, 3), DiscretionaryAction.Approve)], AsOf);

        Assert.Contains(errors, e => e.Field == "request.reasons[1]");
        Assert.Contains(errors, e => e.Field == "events[0].by");
    }
}
