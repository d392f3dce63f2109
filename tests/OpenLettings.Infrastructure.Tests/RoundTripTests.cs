using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Tests.Support;

namespace OpenLettings.Infrastructure.Tests;

public sealed class RoundTripTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task SaveAndReload_ApplicationWithHouseholdFactsAndDecision_KeepsEveryValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        var bandStart = new DateTime(2026, 6, 14, 10, 15, 30, DateTimeKind.Unspecified); // UK local, as the engine gives it (001 §43)
        Guid decisionId;
        await using (var db = database.NewContext())
        {
            var application = await db.Applications.SingleAsync(a => a.Id == register.ApplicationId);
            application.Members.Add(new HouseholdMember
            {
                MemberKey = "m1", Role = HouseholdRole.MainApplicant, FullName = "Alex Smith",
                DateOfBirth = new DateOnly(1990, 2, 28), NationalInsuranceNumber = "QQ123456C",
            });
            application.Members.Add(new HouseholdMember
            {
                MemberKey = "m2", Role = HouseholdRole.Unborn, FullName = "Baby Smith", DueDate = new DateOnly(2027, 3, 1),
            });
            db.ApplicationVersions.Add(new ApplicationVersion
            {
                ApplicationId = application.Id, Number = 1, SnapshotJson = """{"members":2}""",
                ChangedByUserId = "officer-1", ChangedAt = Seed.Now, Reason = "household updated",
            });
            db.AssessedFacts.Add(new AssessedFactRecord
            {
                ApplicationId = application.Id, FactPath = "/needs/healthAndWellbeing", MemberKey = "m1",
                ValueJson = "\"High\"", AssessorName = "H&W Panel", AssessorRole = "Panel", AssessedOn = new DateOnly(2026, 11, 30),
                EvidenceReference = "DOC-42", RecordedAt = Seed.Now,
            });
            var decision = new DecisionRecord
            {
                ApplicationId = application.Id, Kind = DecisionKind.Band, Band = "B", BandStartAt = bandStart,
                ExplanationJson = """{"band":"B","reasons":[{"ruleId":"DHC.Band.B.HealthAndWellbeing"}]}""",
                AsOf = new DateOnly(2026, 12, 1), DecidedByUserId = "officer-1", DecidedByOrganisationId = register.AuthorityId,
                DecidedAt = Seed.Now,
            };
            db.Decisions.Add(decision);
            decisionId = decision.Id;
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var application = await db.Applications.Include(a => a.Members).SingleAsync(a => a.Id == register.ApplicationId);
            Assert.Equal(ApplicationStatus.Active, application.Status);
            Assert.Equal("""{"household":{"members":[{"id":"m1"}]}}""", application.FactsJson);
            Assert.Equal(Seed.Now, application.CreatedAt);
            var main = Assert.Single(application.Members, m => m.Role == HouseholdRole.MainApplicant);
            Assert.Equal(new DateOnly(1990, 2, 28), main.DateOfBirth);
            Assert.Equal("QQ123456C", main.NationalInsuranceNumber);
            var unborn = Assert.Single(application.Members, m => m.Role == HouseholdRole.Unborn);
            Assert.Null(unborn.DateOfBirth);
            Assert.Equal(new DateOnly(2027, 3, 1), unborn.DueDate);

            var decision = await db.Decisions.SingleAsync(d => d.Id == decisionId);
            Assert.Equal(DecisionKind.Band, decision.Kind);
            Assert.Equal("B", decision.Band);
            Assert.Equal(bandStart, decision.BandStartAt);
            Assert.Equal(register.AuthorityId, decision.DecidedByOrganisationId);
            Assert.Contains("DHC.Band.B.HealthAndWellbeing", decision.ExplanationJson, StringComparison.Ordinal);

            var fact = await db.AssessedFacts.SingleAsync(f => f.ApplicationId == register.ApplicationId);
            Assert.Equal(("DOC-42", new DateOnly(2026, 11, 30), "H&W Panel"), (fact.EvidenceReference, fact.AssessedOn, fact.AssessorName));
            Assert.Equal(1, (await db.ApplicationVersions.SingleAsync()).Number);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveAndReload_BidShortlistOfferRefusalLetting_KeepsEveryValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        var second = await Seed.AddApplicationAsync(database, register, "DHC-000002");
        await using (var db = database.NewContext())
        {
            var first = new Bid
            {
                ApplicationId = register.ApplicationId, AdvertId = register.AdvertId, CycleId = register.CycleId,
                PlacedBy = BidPlacedBy.Autobid, PlacedAt = Seed.Now, Status = BidStatus.BidShortlisted, StatusChangedAt = Seed.Now,
            };
            var other = new Bid
            {
                ApplicationId = second, AdvertId = register.AdvertId, CycleId = register.CycleId, PlacedBy = BidPlacedBy.Officer,
                PlacedByUserId = "officer-1", PlacedAt = Seed.Now.AddMinutes(1), Status = BidStatus.PropertyOfferedToOthers,
                StatusChangedAt = Seed.Now,
            };
            var shortlist = new Shortlist { AdvertId = register.AdvertId, BuiltAt = Seed.Now };
            shortlist.Entries.Add(new ShortlistEntry
            {
                BidId = first.Id, ApplicationId = register.ApplicationId, Position = 1, PriorityJson = """{"band":"B"}""",
                Bypassed = true, BypassReasonCode = "ARREARS", BypassNote = "Arrears over £500 (001 §61.20)",
                BypassedByUserId = "landlord-1", BypassedAt = Seed.Now,
            });
            shortlist.Entries.Add(new ShortlistEntry { BidId = other.Id, ApplicationId = second, Position = 2, PriorityJson = """{"band":"C"}""" });
            var offer = new Offer
            {
                AdvertId = register.AdvertId, ApplicationId = second, BidId = other.Id, OfferedAt = Seed.Now,
                RespondBy = Seed.Now.AddHours(24), Status = OfferStatus.Accepted, OfferedByUserId = "landlord-1",
            };
            var refusal = new Refusal
            {
                AdvertId = register.AdvertId, ApplicationId = register.ApplicationId, Stage = RefusalStage.DeclinedMatch,
                Reason = "Too far from school", RecordedByUserId = "landlord-1", RecordedAt = Seed.Now,
            };
            var letting = new Letting
            {
                AdvertId = register.AdvertId, PropertyId = register.PropertyId, ApplicationId = second, OfferId = offer.Id,
                TenancyStartDate = new DateOnly(2026, 12, 14), LetAt = Seed.Now.AddDays(3), RecordedByUserId = "landlord-1",
            };
            db.AddRange(first, other, shortlist, offer, refusal, letting);
            db.Reviews.Add(new Review
            {
                ApplicationId = register.ApplicationId, Subject = ReviewSubject.Bypass, Status = ReviewStatus.Requested,
                RequestedAt = Seed.Now, DueBy = Seed.Now.AddDays(56), Grounds = "Arrears were cleared",
            });
            db.Notes.Add(new ApplicationNote { ApplicationId = register.ApplicationId, Text = "Phoned applicant", AuthorUserId = "officer-1", CreatedAt = Seed.Now });
            db.Alerts.Add(new ApplicationAlert
            {
                ApplicationId = register.ApplicationId, Kind = AlertKind.RiskToStaff, Text = "Visit in pairs",
                AuthorUserId = "officer-1", CreatedAt = Seed.Now,
            });
            db.DirectMatches.Add(new DirectMatch
            {
                PropertyId = register.PropertyId, ApplicationId = register.ApplicationId, Reason = DirectMatchReason.HighlyAdapted,
                ApprovedByUserId = "manager-1", MatchedAt = Seed.Now,
            });
            db.Outbox.Add(new OutboxMessage { Type = "home.let", EntityType = "Advert", EntityId = register.AdvertId.ToString(), PayloadJson = "{}", OccurredAt = Seed.Now });
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Scope = "user-1", Key = "k-1", RequestHash = new string('a', 64), ResponseStatus = 201, ResponseBody = "{}",
                CreatedAt = Seed.Now, ExpiresAt = Seed.Now.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var bids = await db.Bids.Where(b => b.AdvertId == register.AdvertId).OrderBy(b => b.PlacedAt).ToListAsync();
            Assert.Equal([BidPlacedBy.Autobid, BidPlacedBy.Officer], bids.Select(b => b.PlacedBy));
            Assert.Equal([BidStatus.BidShortlisted, BidStatus.PropertyOfferedToOthers], bids.Select(b => b.Status));
            var shortlist = await db.Shortlists.Include(s => s.Entries).SingleAsync(s => s.AdvertId == register.AdvertId);
            var top = shortlist.Entries.Single(e => e.Position == 1);
            Assert.True(top.Bypassed);
            Assert.Equal(("ARREARS", "Arrears over £500 (001 §61.20)"), (top.BypassReasonCode, top.BypassNote));
            Assert.Equal(new DateOnly(2026, 12, 14), (await db.Lettings.SingleAsync()).TenancyStartDate);
            Assert.Equal(Seed.Now.AddHours(24), (await db.Offers.SingleAsync()).RespondBy);
            Assert.Equal(RefusalStage.DeclinedMatch, (await db.Refusals.SingleAsync()).Stage);
            Assert.Equal(AlertKind.RiskToStaff, (await db.Alerts.SingleAsync()).Kind);
            Assert.Equal(DirectMatchReason.HighlyAdapted, (await db.DirectMatches.SingleAsync()).Reason);
            Assert.Equal(ReviewSubject.Bypass, (await db.Reviews.SingleAsync()).Subject);
            var message = await db.Outbox.SingleAsync();
            Assert.True(message.Position > 0);
            Assert.Null(message.DispatchedAt);
            Assert.Equal(201, (await db.IdempotencyKeys.SingleAsync(k => k.Scope == "user-1" && k.Key == "k-1")).ResponseStatus);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Query_CyclesByInstant_ComparesAndOrdersInTheDatabase(DatabaseProvider provider)
    {
        // Instants must compare in SQL on both databases (the cycle job asks for cycles due to close).
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using (var db = database.NewContext())
        {
            db.LettingCycles.Add(Seed.Cycle(register.PartnershipId, new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var due = await db.LettingCycles
                .Where(c => c.State == LettingCycleState.Open && c.ClosesAt <= new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero))
                .OrderByDescending(c => c.OpensAt)
                .Select(c => c.Id)
                .ToListAsync();

            Assert.Equal([register.CycleId], due);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_EnumColumns_StoredAsNames(DatabaseProvider provider)
    {
        // Names, not numbers: adding a status never renumbers stored rows.
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using var db = database.NewContext();

        var status = await db.Database
            .SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM \"Applications\" WHERE \"Reference\" = {0}", "DHC-000001")
            .SingleAsync();

        Assert.Equal(nameof(ApplicationStatus.Active), status);
        Assert.NotEqual(Guid.Empty, register.ApplicationId);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_InstantWithUkSummerTimeOffset_StoredAsSameInstantInUtc(DatabaseProvider provider)
    {
        // A cycle opening at 00:00 Wednesday UK summer time (001 §52) is 23:00 Tuesday UTC.
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        var opensAt = new DateTimeOffset(2027, 6, 2, 0, 0, 0, TimeSpan.FromHours(1));
        Guid cycleId;
        await using (var db = database.NewContext())
        {
            var cycle = Seed.Cycle(register.PartnershipId, opensAt);
            db.LettingCycles.Add(cycle);
            await db.SaveChangesAsync();
            cycleId = cycle.Id;
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.LettingCycles.SingleAsync(c => c.Id == cycleId);
            Assert.Equal(opensAt, stored.OpensAt); // the same instant
            Assert.Equal(TimeSpan.Zero, stored.OpensAt.Offset);
            Assert.Equal(new DateTime(2027, 6, 1, 23, 0, 0), stored.OpensAt.UtcDateTime);
        }
    }
}
