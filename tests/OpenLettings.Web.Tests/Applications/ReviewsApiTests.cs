using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Homes;
using OpenLettings.Web.Tests.Support;
using static OpenLettings.Web.Tests.Applications.ApplicationScenario;

namespace OpenLettings.Web.Tests.Applications;

/// <summary>Reviews of decisions, 001 §77 (the Devon timetable: 21 days to ask, 7 to acknowledge, 56 to decide).</summary>
public sealed class ReviewsApiTests
{
    private const string Applications = "/api/v1/applications";

    private static string Url(Guid id) => $"{Applications}/{id}/reviews";

    private static object BandReview => new { subject = "band", grounds = "§14.4: my son is over 10 and needs his own room." };

    /// <summary>001 §77.2 (asked in writing within 21 days), §77.7 (acknowledged in 7, decided in 56 by someone not involved), §77.9.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Review_ApplicantAsks_OfficerAcknowledges_UninvolvedOfficerDecides_001_77_2_77_7(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        await using (var db = s.Host.NewContext())
        {
            var band = await db.Decisions.SingleAsync(d => d.ApplicationId == id && d.Kind == DecisionKind.Band);
            s.Host.Clock.Advance(TimeSpan.FromDays(20));

            var response = await s.Applicant.Client.PostJsonAsync(Url(id), BandReview, s.Json);
            var review = await HttpAssert.OkAsync(response, 201);
            Assert.Equal($"{Url(id)}/{review.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
            Assert.Equal(band.Id, review.GetProperty("decisionId").GetGuid());
            Assert.Equal("requested", review.GetProperty("status").GetString());
            var asked = s.Host.Clock.GetUtcNow();
            Assert.Equal(asked.AddDays(7), review.GetProperty("acknowledgeBy").GetDateTimeOffset());
            Assert.Equal(asked.AddDays(56), review.GetProperty("dueBy").GetDateTimeOffset());
            Assert.False(review.GetProperty("suspendsBidding").GetBoolean());
            Assert.Equal("001 §77.2, §77.7, §77.8", review.GetProperty("citation").GetString());
            Assert.Equal(s.Applicant.UserId, review.GetProperty("requestedByUserId").GetString());

            var reviewUrl = $"{Url(id)}/{review.GetProperty("id").GetGuid()}";
            await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), BandReview, s.Json), 409, "review-pending");
            await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"{reviewUrl}/acknowledge", new { version = 1 }, s.Json), 403, "forbidden");
            var acknowledged = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{reviewUrl}/acknowledge", new { version = 1 }, s.Json));
            Assert.Equal("inProgress", acknowledged.GetProperty("status").GetString());
            Assert.Equal(asked, acknowledged.GetProperty("acknowledgedAt").GetDateTimeOffset());

            // The officer who made the assessment may not review it (001 §77.7).
            var version = acknowledged.GetProperty("version").GetInt64();
            var decide = new { outcome = "upheld", reasons = "The boy turned 10 after the assessment: a change of circumstances, not a review (001 §77.3).", version };
            await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{reviewUrl}/decide", decide, s.Json), 403, "reviewer-involved");
            var senior = await s.Host.UserAsync("Sid Senior", (s.Host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
            s.Host.Clock.Advance(TimeSpan.FromDays(30));
            var decided = await HttpAssert.OkAsync(await senior.Client.PostJsonAsync($"{reviewUrl}/decide", decide, s.Json));

            Assert.Equal("upheld", decided.GetProperty("status").GetString());
            Assert.Equal(senior.UserId, decided.GetProperty("decidedByUserId").GetString());
            Assert.Contains("001 §77.3", decided.GetProperty("outcome").GetString(), StringComparison.Ordinal);
            Assert.Contains("Citizens Advice (001 §77.9)", decided.GetProperty("nextSteps").GetString(), StringComparison.Ordinal);
            Assert.False(decided.GetProperty("overdue").GetBoolean());
            await HttpAssert.ProblemAsync(await senior.Client.PostJsonAsync($"{reviewUrl}/decide",
                new { outcome = "overturned", reasons = "Again", version = decided.GetProperty("version").GetInt64() }, s.Json), 409, "review-closed");

            var mine = await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync(Url(id)));
            Assert.Equal("upheld", Assert.Single(mine.EnumerateArray()).GetProperty("status").GetString());
            Assert.Equal("upheld", (await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync(reviewUrl))).GetProperty("status").GetString());

            var actions = await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action.StartsWith("application.review-"))
                .OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
            Assert.Equal(["application.review-requested", "application.review-acknowledged", "application.review-decided"], actions);
            var stored = await db.Reviews.SingleAsync(r => r.ApplicationId == id);
            Assert.Equal((ReviewStatus.Upheld, senior.UserId), (stored.Status, stored.DecidedByUserId));
            Assert.Equal(3, await db.Outbox.CountAsync(m => m.EntityId == id.ToString() && m.PayloadJson.Contains("\"review-")));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Review_BadRequests_NameTheFieldAndTheRule(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();

        var noSubject = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), new { grounds = "§14" }, s.Json), 400, "validation-failed");
        Assert.Equal("subject", noSubject.GetProperty("field").GetString());
        var noGrounds = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), new { subject = "band" }, s.Json), 400, "validation-failed");
        Assert.Equal("grounds", noGrounds.GetProperty("field").GetString());
        var landlordMatter = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), new { subject = "bypass", grounds = "§61.38" }, s.Json), 400, "validation-failed");
        Assert.Equal("subject", landlordMatter.GetProperty("field").GetString());
        Assert.Contains("subject landlord-review", Errors(landlordMatter));
        var badSubject = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), new { subject = "weather", grounds = "x" }, s.Json), 400, "invalid-json");
        Assert.Equal("$.subject", badSubject.GetProperty("field").GetString());

        await using var db = s.Host.NewContext();
        var bedrooms = await db.Decisions.SingleAsync(d => d.ApplicationId == id && d.Kind == DecisionKind.BedroomNeed);
        var mismatch = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id),
            new { subject = "band", decisionId = bedrooms.Id, grounds = "§43" }, s.Json), 400, "validation-failed");
        Assert.Equal("decisionId", mismatch.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id),
            new { subject = "band", decisionId = Guid.NewGuid(), grounds = "§43" }, s.Json), 404, "not-found");

        // 001 §77.2: within 21 days of the decision.
        s.Host.Clock.Advance(TimeSpan.FromDays(22));
        var late = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Url(id), BandReview, s.Json), 409, "review-window-closed");
        Assert.Equal("decisionId", late.GetProperty("field").GetString());
        Assert.Contains("21 days", late.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A draft has no decision to review.
        var draft = await s.CreateAsync(s.OtherApplicant);
        await HttpAssert.ProblemAsync(await s.OtherApplicant.Client.PostJsonAsync(Url(Id(draft)), BandReview, s.Json), 409, "application-draft");
        Assert.Equal(0, await db.Reviews.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Review_WhoMayAskAndRead_LandlordNever_OtherCouncilNotFound(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        await s.BidOnAlphaAdvertAsync(id);

        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(Url(id), BandReview, s.Json), 403, "landlord-read-only");
        await HttpAssert.ProblemAsync(await s.Landlord.Client.GetAsync(Url(id)), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.PostJsonAsync(Url(id), BandReview, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.OtherApplicant.Client.GetAsync(Url(id)), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync(Url(Guid.NewGuid())), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync($"{Url(id)}/{Guid.NewGuid()}"), 404, "not-found");

        // An officer records a written request for the applicant; the applicant then withdraws it.
        var recorded = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.PostJsonAsync(Url(id),
            new { subject = "suspension", grounds = "§11.3 does not apply: the sentence is under 13 weeks." }, s.Json), 201);
        Assert.Equal(s.ExeterOfficer.UserId, recorded.GetProperty("requestedByUserId").GetString());
        Assert.Equal(JsonValueKind.Null, recorded.GetProperty("decisionId").ValueKind);
        var reviewUrl = $"{Url(id)}/{recorded.GetProperty("id").GetGuid()}";
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"{reviewUrl}/withdraw", new { }, s.Json), 400, "validation-failed");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"{reviewUrl}/withdraw", new { version = 2 }, s.Json), 412, "version-mismatch");
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync($"{reviewUrl}/withdraw", new { version = 1 }, s.Json), 403, "landlord-read-only");
        var withdrawn = await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync($"{reviewUrl}/withdraw", new { version = 1 }, s.Json));
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("nextSteps").ValueKind);
        await HttpAssert.ProblemAsync(await s.Manager.Client.PostJsonAsync($"{reviewUrl}/decide",
            new { outcome = "overturned", reasons = "x", version = withdrawn.GetProperty("version").GetInt64() }, s.Json), 409, "review-closed");
        var badOutcome = await HttpAssert.ProblemAsync(await s.Manager.Client.PostJsonAsync($"{reviewUrl}/decide",
            new { outcome = "withdrawn", reasons = "x", version = 2 }, s.Json), 400, "validation-failed");
        Assert.Equal("outcome", badOutcome.GetProperty("field").GetString());
    }

    /// <summary>001 §77.8: a household asking for a review of its bedroom need may not bid, nor be autobid, until it is decided.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Review_OfBedroomNeed_SuspendsBiddingUntilDecided_001_77_8(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        var cycle = await HomesArrange.CurrentCycleAsync(s.Host);
        var first = await HomesArrange.AdvertAsync(s.Host, cycle);
        var second = await HomesArrange.AdvertAsync(s.Host, cycle);

        var review = await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync(Url(id),
            new { subject = "bedroomNeed", grounds = "§14.4: we need a bedroom for my carer." }, s.Json), 201);
        Assert.True(review.GetProperty("suspendsBidding").GetBoolean());

        var refused = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync("/api/v1/bids",
            new { applicationId = id, advertId = first.Id }, s.Json), 409, "review-pending");
        Assert.Equal("applicationId", refused.GetProperty("field").GetString());
        Assert.Contains("001 §77.2, §77.7, §77.8", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var decided = await HttpAssert.OkAsync(await s.Manager.Client.PostJsonAsync($"{Url(id)}/{review.GetProperty("id").GetGuid()}/decide",
            new { outcome = "overturned", reasons = "§14.11 allows a bedroom for a carer who stays overnight.", version = 1 }, s.Json));
        Assert.False(decided.GetProperty("suspendsBidding").GetBoolean());
        await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync("/api/v1/bids", new { applicationId = id, advertId = second.Id }, s.Json), 201);
    }
}
