using System.Text.Json.Nodes;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Schemes;
using Catalogue = OpenLettings.Infrastructure.Register.Schemes.RegisterSchemes;

namespace OpenLettings.Infrastructure.Tests.RegisterSchemes;

/// <summary>
/// Every scheme's register adapter on the examples of <c>docs/examples/&lt;scheme&gt;/</c>: the same bands and shortlist
/// order as <c>openlettings assess</c> / <c>shortlist</c> (their <c>.expect.json</c>), paths for bad facts, and the
/// register's own rules (bids per cycle, bidding window, autobids), each with a cited reason.
/// </summary>
public sealed class RegisterSchemeTests
{
    private static readonly PartnershipSettings Defaults = PartnershipSettings.Default;

    public static TheoryData<string> SchemeIds => ["devon-home-choice", "chesterfield", "swan-transfer", "pa-housing"];

    private static IRegisterScheme Scheme(string id) => Catalogue.Find(id) ?? throw new InvalidOperationException($"No register scheme '{id}'.");

    private static PartnershipSettings WithOptions(string scheme, string optionsJson) => Defaults with
    {
        Options = PartnershipConfiguration.Read($$"""{"scheme":"{{scheme}}","versions":[{"effectiveFrom":"2020-01-01","options":{{optionsJson}}}]}"""),
    };

    [Fact]
    public void Find_EverySchemeTheCliLists_FindsItsAdapter()
    {
        // docs/schemas holds one assess-input schema per scheme of 'openlettings schemes' (the CLI's SchemaTests keep it current).
        var cliSchemes = Directory.GetFiles(Path.Combine(SchemeExamples.RepositoryRoot, "docs", "schemas"), "*.assess-input.schema.json")
            .Select(f => Path.GetFileName(f).Replace(".assess-input.schema.json", "", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(4, cliSchemes.Count);
        Assert.All(cliSchemes, id => Assert.Equal(id, Catalogue.Find(id)?.Id));
        Assert.Equal(cliSchemes, Catalogue.All.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("devon-home-choice", "A,B,C,D,E")]
    [InlineData("chesterfield", "A,B+1,B+2,B,C,D")]
    [InlineData("swan-transfer", "one,two,three,four")]
    [InlineData("pa-housing", "A,B,C,D")]
    public void Bands_EveryScheme_HighestFirstAsTheSchemeNamesThem(string scheme, string bands) =>
        Assert.Equal(bands.Split(','), Scheme(scheme).Bands);

    [Fact]
    public void Find_DiscretionaryWorkflow_IsNotAScheme()
    {
        Assert.True(File.Exists(Path.Combine(SchemeExamples.RepositoryRoot, "docs", "schemas", "discretionary-allocation.input.schema.json")));
        Assert.Null(Catalogue.Find("discretionary-allocation"));
    }

    [Theory]
    [InlineData("devon-home-choice", "01-family-lacking-one-bedroom", "C", true, "001")]
    [InlineData("devon-home-choice", "10-not-eligible", null, false, "001")]
    [InlineData("chesterfield", "cbc-tenant-flat-with-children", "C", true, "003")]
    [InlineData("chesterfield", "main-duty-out-of-area", "B+1", true, "003")]
    [InlineData("swan-transfer", "downsizing-couple", "one", true, "002")]
    [InlineData("swan-transfer", "overcrowded-family", "two", true, "002")]
    [InlineData("pa-housing", "london-overcrowded-transfer", "B", true, "004")]
    [InlineData("pa-housing", "midlands-savings-over-threshold", "C", false, "004")]
    public void Assess_Example_GivesTheBandItsExpectFileShows(string scheme, string example, string? band, bool eligible, string seed)
    {
        var (facts, asOf) = SchemeExamples.Application(scheme, example);

        var assessment = Scheme(scheme).Assess(facts, asOf, Defaults);

        Assert.Equal(band, assessment.Band);
        Assert.True(band is null || Scheme(scheme).Bands.Contains(band), $"'{band}' is not among the scheme's bands.");
        Assert.Equal(eligible, assessment.Eligible);
        Assert.False(!eligible && assessment.MayBid, "An ineligible household may not bid.");
        AssertContains(SchemeExamples.Expected(scheme, example)["assessment"]!, JsonNode.Parse(assessment.ExplanationJson)!, "$");
        Assert.NotEmpty(assessment.Reasons);
        Assert.All(assessment.Reasons, r => Assert.Equal(seed, r.Citation.Seed));
    }

    [Theory]
    [InlineData("chesterfield", "main-duty-out-of-area", 2, "2026-03-16")]
    [InlineData("pa-housing", "london-overcrowded-transfer", 3, null)]
    [InlineData("swan-transfer", "overcrowded-family", null, null)]
    public void Assess_Example_GivesBedroomsAndBandStart(string scheme, string example, int? bedrooms, string? bandStart)
    {
        var (facts, asOf) = SchemeExamples.Application(scheme, example);

        var assessment = Scheme(scheme).Assess(facts, asOf, Defaults);

        Assert.True(assessment.MayBid);
        Assert.NotNull(assessment.BedroomsNeeded);
        Assert.NotNull(assessment.BandStartAt);
        if (bedrooms is { } expected)
        {
            Assert.Equal(expected, assessment.BedroomsNeeded);
        }

        if (bandStart is not null)
        {
            Assert.Equal(DateTime.Parse(bandStart, System.Globalization.CultureInfo.InvariantCulture), assessment.BandStartAt);
        }
    }

    [Theory]
    [InlineData("devon-home-choice", "01-family-lacking-one-bedroom")]
    [InlineData("chesterfield", "cbc-tenant-flat-with-children")]
    [InlineData("swan-transfer", "overcrowded-family")]
    [InlineData("pa-housing", "london-overcrowded-transfer")]
    public void ValidateApplication_BadDateOfBirth_NamesTheFieldPath(string scheme, string example)
    {
        var (facts, asOf) = SchemeExamples.Application(scheme, example);
        Assert.Empty(Scheme(scheme).ValidateApplication(facts, asOf));
        var application = JsonNode.Parse(facts)!.AsObject();

        application["household"]!["members"]![1]!["dateOfBirth"] = asOf.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = Assert.Single(Scheme(scheme).ValidateApplication(application.ToJsonString(), asOf));
        application["household"]!["members"]![1]!["dateOfBirth"] = "31/02/2020";
        var malformed = Assert.Single(Scheme(scheme).ValidateApplication(application.ToJsonString(), asOf));

        Assert.Equal(("$.application.household.members[1].dateOfBirth", "not-in-future"), (future.Field, future.Rule));
        Assert.Equal(("$.application.household.members[1].dateOfBirth", "invalid-value"), (malformed.Field, malformed.Rule));
    }

    [Theory]
    [InlineData("devon-home-choice", "12-shortlist-two-bed-house")]
    [InlineData("chesterfield", "shortlist-two-bed-house")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat")]
    [InlineData("pa-housing", "shortlist-three-bed-house")]
    public void ValidateAdvertCriteria_SuppliedOrUnknownField_NamesThePathUnderCriteria(string scheme, string example)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);
        Assert.Empty(Scheme(scheme).ValidateAdvertCriteria(shortlist.Advert.CriteriaJson));

        foreach (var (criteria, field, rule) in new[]
        {
            ("""{"property":{}}""", "$.criteria.property", "set-by-register"),
            ("""{"biddingCloses":"2026-01-01T00:00:00"}""", "$.criteria.biddingCloses", "set-by-register"),
            ("""{"bedroomsWanted":2}""", "$.criteria.bedroomsWanted", "unknown-field"),
            ("""{"minimumAge":""", "$.criteria", "malformed-json"),
        })
        {
            var error = Assert.Single(Scheme(scheme).ValidateAdvertCriteria(criteria));
            Assert.Equal(rule, error.Rule);
            Assert.StartsWith(field, error.Field, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("devon-home-choice", "12-shortlist-two-bed-house")]
    [InlineData("chesterfield", "shortlist-two-bed-house")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat")]
    [InlineData("pa-housing", "shortlist-three-bed-house")]
    public void Shortlist_Example_OrdersAndBypassesAsItsExpectFileShows(string scheme, string example)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);
        var expected = ExpectedPlaces(SchemeExamples.Expected(scheme, example)["shortlist"]!.AsObject());

        var result = Scheme(scheme).Shortlist(shortlist.Advert, shortlist.Bids, shortlist.AsOf, Defaults);

        Assert.Equal(expected, result.Entries.Select(e => (shortlist.ReferenceOf[e.BidId], e.BypassCode is not null)));
        Assert.Equal(Enumerable.Range(1, shortlist.Bids.Count), result.Entries.Select(e => e.Position));
        Assert.All(result.Entries.Where(e => e.BypassCode is not null), e => Assert.False(string.IsNullOrWhiteSpace(e.BypassText)));
        Assert.All(result.Entries.Where(e => e.BypassCode is null), e => Assert.NotNull(JsonNode.Parse(e.PriorityJson)!["key"]?["parts"]));
    }

    [Fact]
    public void Shortlist_ChesterfieldWithCascade_OrdersOwnDistrictTierFirst_003s3_14()
    {
        var shortlist = SchemeExamples.Shortlist("cross-scheme", "shortlist-chesterfield");
        var gated = Scheme("chesterfield").Shortlist(shortlist.Advert, shortlist.Bids, shortlist.AsOf, Defaults);
        var cascade = Scheme("chesterfield").Shortlist(shortlist.Advert, shortlist.Bids, shortlist.AsOf, WithOptions("chesterfield", """{"tierGating":"cascade"}"""));

        Assert.Equal([("SAME-FAMILY", null), ("HOMELESS-FAMILY", "lowerTierNotConsidered")], gated.Entries.Select(e => (shortlist.ReferenceOf[e.BidId], e.BypassCode)));
        Assert.Equal([("SAME-FAMILY", null), ("HOMELESS-FAMILY", null)], cascade.Entries.Select(e => (shortlist.ReferenceOf[e.BidId], e.BypassCode)));
        var tiers = cascade.Entries.Select(e => JsonNode.Parse(e.PriorityJson)!["key"]!["parts"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "local connection tier")!).ToList();
        Assert.True(tiers[0]["rank"]!.GetValue<long>() < tiers[1]["rank"]!.GetValue<long>());
        Assert.Equal("003 §3.14", tiers[0]["reason"]!["citation"]!.GetValue<string>());
    }

    [Fact]
    public void Shortlist_SwanDownsizerAllowedLargerHomes_BandOneBeforeBandTwo_002s4_1()
    {
        var shortlist = SchemeExamples.Shortlist("swan-transfer", "shortlist-two-bed-flat");

        var result = Scheme("swan-transfer").Shortlist(shortlist.Advert, shortlist.Bids, shortlist.AsOf,
            WithOptions("swan-transfer", """{"downsizersLimitedToTargetSize":false}"""));

        Assert.Equal([("SWAN-1002", "one"), ("SWAN-1001", "two")],
            result.Entries.Select(e => (shortlist.ReferenceOf[e.BidId], JsonNode.Parse(e.PriorityJson)!["band"]!.GetValue<string>())));
        Assert.All(result.Entries, e => Assert.Null(e.BypassCode));
    }

    [Fact]
    public void Shortlist_PaTwoLondonHouseholds_BandBBeforeBandC_004s4_6()
    {
        var other = SchemeExamples.Load("cross-scheme", "pa-housing")["application"]!.DeepClone();
        var shortlist = SchemeExamples.Shortlist("pa-housing", "shortlist-three-bed-house", example =>
        {
            example["bids"]![1]!["application"] = other;
            return example;
        });

        var result = Scheme("pa-housing").Shortlist(shortlist.Advert, shortlist.Bids, shortlist.AsOf, Defaults);

        Assert.Equal([("PA-LON-0042", "B"), ("SAME-FAMILY", "C")],
            result.Entries.Select(e => (shortlist.ReferenceOf[e.BidId], JsonNode.Parse(e.PriorityJson)!["band"]!.GetValue<string>())));
        Assert.Equal("004 §4.6", JsonNode.Parse(result.Entries[1].PriorityJson)!["key"]!["parts"]![0]!["reason"]!["citation"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("devon-home-choice", "12-shortlist-two-bed-house", "DHC-1002", "001 §14.2")]
    [InlineData("chesterfield", "shortlist-two-bed-house", "CBC-EX-1", "003 Appendix B 8(ii)")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat", "SWAN-1002", "002 §4.5")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "PA-MID-0107", "004 §4.7")]
    public void CheckBid_HomeOfTheWrongSize_RefusedWithCitedReasons(string scheme, string example, string reference, string citation)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);

        var check = Scheme(scheme).CheckBid(Request(shortlist, reference), Defaults);

        Assert.False(check.Allowed);
        Assert.Contains(check.Reasons, r => r.Citation.ToString() == citation);
    }

    [Fact]
    public void CheckBid_DevonHomeLargerThanNeeded_RefusedCiting001()
    {
        var shortlist = SchemeExamples.Shortlist("devon-home-choice", "12-shortlist-two-bed-house", example =>
        {
            example["advert"]!["property"]!["bedrooms"] = 4;
            example["advert"]!["property"]!["maxOccupants"] = 7;
            return example;
        });

        var check = Scheme("devon-home-choice").CheckBid(Request(shortlist, "DHC-1006"), Defaults);

        Assert.False(check.Allowed);
        Assert.Contains(check.Reasons, r => r.RuleId == "DHC.Bidding.Size.WrongSize" && r.Citation.Seed == "001");
    }

    [Theory]
    [InlineData("chesterfield", "shortlist-two-bed-house", "CBC-EX-2", "003 Appendix B 10(i)")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat", "SWAN-1001", "002 §2.2")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "PA-LON-0042", "004 §3.1")]
    public void CheckBid_SuitableHome_AllowedUntilTheBidLimit(string scheme, string example, string reference, string citation)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);
        var adapter = Scheme(scheme);

        var limit = adapter.BidsPerCycle(shortlist.AsOf, Defaults);
        var within = adapter.CheckBid(Request(shortlist, reference) with { BidsAlreadyPlacedThisCycle = limit - 1 }, Defaults);
        var over = adapter.CheckBid(Request(shortlist, reference) with { BidsAlreadyPlacedThisCycle = limit }, Defaults);

        Assert.Equal(3, limit);
        Assert.True(within.Allowed);
        Assert.False(within.WillBeBypassed);
        Assert.Contains(within.Reasons, r => r.RuleId.EndsWith(".Register.MayBid", StringComparison.Ordinal) && r.Citation.ToString() == citation);
        Assert.False(over.Allowed);
        Assert.Contains(over.Reasons, r => r.RuleId.EndsWith(".Register.BidLimitReached", StringComparison.Ordinal) && r.Citation.ToString() == citation);
    }

    [Fact]
    public void BidsPerCycle_ChesterfieldOption_FollowsMaximumLiveBids_003AppendixB10i()
    {
        var settings = WithOptions("chesterfield", """{"maximumLiveBids":2}""");

        Assert.Equal(2, Scheme("chesterfield").BidsPerCycle(new DateOnly(2026, 6, 9), settings));
        Assert.Equal(3, Scheme("chesterfield").BidsPerCycle(new DateOnly(2026, 6, 9), WithOptions("devon-home-choice", """{}""")));
    }

    [Fact]
    public void BidsPerCycle_SchemeWithoutALimit_UsesTheLimitTheAdapterWasMadeWith()
    {
        var shortlist = SchemeExamples.Shortlist("pa-housing", "shortlist-three-bed-house");
        var adapter = new PaHousingRegisterScheme(bidsPerCycle: 1);

        var second = adapter.CheckBid(Request(shortlist, "PA-LON-0042") with { BidsAlreadyPlacedThisCycle = 1 }, Defaults);

        Assert.Equal(1, adapter.BidsPerCycle(shortlist.AsOf, Defaults));
        Assert.Equal(Catalogue.DefaultBidsPerCycle, new SwanTransferRegisterScheme().BidsPerCycle(shortlist.AsOf, Defaults));
        Assert.False(second.Allowed);
    }

    [Theory]
    [InlineData("chesterfield", "shortlist-two-bed-house", "CBC-EX-2", """{"minimumAge":60}""", "003 Appendix B 9(iii)")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "PA-LON-0042", """{"independentLiving":true}""", "004 §4.3")]
    public void CheckBid_AdvertAgeOrHousingType_RefusedWithCitedReason(string scheme, string example, string reference, string criteria, string citation)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);
        var advert = shortlist.Advert with { CriteriaJson = criteria };

        var check = Scheme(scheme).CheckBid(Request(shortlist, reference) with { Advert = advert }, Defaults);

        Assert.Empty(Scheme(scheme).ValidateAdvertCriteria(criteria));
        Assert.False(check.Allowed, string.Join(" | ", check.Reasons));
        Assert.Contains(check.Reasons, r => r.Citation.ToString() == citation);
    }

    [Fact]
    public void CheckBid_SwanAdaptedHomeWithoutAssessedNeed_Refused_002s5_6()
    {
        var shortlist = SchemeExamples.Shortlist("swan-transfer", "shortlist-two-bed-flat", example =>
        {
            example["advert"]!["property"]!["adaptationLevel"] = "major";
            return example;
        });

        var check = Scheme("swan-transfer").CheckBid(Request(shortlist, "SWAN-1001"), Defaults);

        Assert.False(check.Allowed);
        Assert.Contains(check.Reasons, r => r.RuleId == "SWAN.Shortlist.AdaptedHome" && r.Citation.ToString() == "002 §5.6");
    }

    [Theory]
    [InlineData("chesterfield", "shortlist-two-bed-house", "CBC-EX-2")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat", "SWAN-1001")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "PA-LON-0042")]
    public void CheckBid_OutsideTheBiddingWindow_Refused(string scheme, string example, string reference)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);

        var check = Scheme(scheme).CheckBid(Request(shortlist, reference) with { PlacedAtLocal = shortlist.Advert.BiddingCloses.AddMinutes(1) }, Defaults);

        Assert.False(check.Allowed);
        Assert.Contains(check.Reasons, r => r.RuleId.EndsWith(".Register.BiddingClosed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chesterfield", "shortlist-two-bed-house", "CBC-EX-2", "003")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat", "SWAN-1001", "002")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "PA-LON-0042", "004")]
    public void CheckBid_ShortlistedElsewhere_AllowedWithAnExplanation_SchemeSetsNoSuchBar(string scheme, string example, string reference, string seed)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);
        var request = Request(shortlist, reference);

        var check = Scheme(scheme).CheckBid(request with { Application = request.Application with { ShortlistedElsewhere = true } }, Defaults);

        Assert.True(check.Allowed);
        Assert.Contains(check.Reasons, r => r.RuleId.EndsWith(".Register.ShortlistedElsewhere", StringComparison.Ordinal) && r.Citation.Seed == seed);
    }

    [Fact]
    public void CheckBid_DevonShortlistedElsewhere_Refused_001s61_25()
    {
        var shortlist = SchemeExamples.Shortlist("devon-home-choice", "12-shortlist-two-bed-house");
        var request = Request(shortlist, "DHC-1006");

        var allowed = Scheme("devon-home-choice").CheckBid(request, Defaults);
        var check = Scheme("devon-home-choice").CheckBid(request with { Application = request.Application with { ShortlistedElsewhere = true } }, Defaults);

        Assert.True(allowed.Allowed);
        Assert.False(check.Allowed);
        Assert.Contains(check.Reasons, r => r.Citation.Seed == "001" && r.Citation.Section.StartsWith("61", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chesterfield", "shortlist-two-bed-house", "003")]
    [InlineData("swan-transfer", "shortlist-two-bed-flat", "002")]
    [InlineData("pa-housing", "shortlist-three-bed-house", "004")]
    public void AutobidMatches_SchemeWithoutAutobids_FalseWithCitedReason(string scheme, string example, string seed)
    {
        var shortlist = SchemeExamples.Shortlist(scheme, example);

        var decision = Scheme(scheme).AutobidMatches(shortlist.Bids[0].Application, shortlist.Advert, shortlist.AsOf, Defaults);

        Assert.False(decision.Outcome);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(seed, reason.Citation.Seed);
        Assert.Contains("no autobids", reason.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12-shortlist-two-bed-house")]
    [InlineData("13-shortlist-step-free-bungalow")]
    public void BeginAutobids_Devon_MatchesExactlyWhatEachPairWouldMatch_001_60(string example)
    {
        // Every bidder of both examples set up for autobids, tried against both adverts: the batch round must agree
        // with the pair-by-pair answer, so reading each household once changes nothing but the cost.
        var shortlists = new[] { "12-shortlist-two-bed-house", "13-shortlist-step-free-bungalow" }
            .Select(name => SchemeExamples.Shortlist("devon-home-choice", name, AutobidsOn)).ToList();
        var adverts = shortlists.Select(s => s.Advert).ToList();
        var applications = SchemeExamples.Shortlist("devon-home-choice", example, AutobidsOn).Bids.Select(b => b.Application).ToList();
        var scheme = Scheme("devon-home-choice");
        var asOf = shortlists[0].AsOf;

        var round = scheme.BeginAutobids(adverts, asOf, Defaults);

        var matchedSomething = false;
        foreach (var application in applications)
        {
            var expected = adverts.Where(a => scheme.AutobidMatches(application, a, asOf, Defaults).Outcome).Select(a => a.AdvertId).ToList();
            Assert.Equal(expected, round.Matching(application).Select(a => a.AdvertId));
            matchedSomething |= expected.Count > 0;
        }
        Assert.True(matchedSomething, "No household matched any advert: the comparison would prove nothing.");
    }

    private static JsonObject AutobidsOn(JsonObject example)
    {
        foreach (var bid in example["bids"]!.AsArray())
        {
            bid!["application"]!["autobid"] = new JsonObject { ["enabled"] = true };
        }
        return example;
    }

    private static BidRequestFacts Request(ExampleShortlist shortlist, string reference) =>
        new(shortlist.Bid(reference).Application, shortlist.Advert, BidChannelKind.Applicant, shortlist.Advert.BiddingOpens.AddHours(1), 0);

    /// <summary>
    /// The expected places in order, with whether each is bypassed: Devon's <c>entries</c> (considered or not), else the
    /// ordered <c>positions</c>/<c>ranked</c> followed by the <c>excluded</c>/<c>bypassed</c> bids.
    /// </summary>
    private static List<(string Reference, bool Bypassed)> ExpectedPlaces(JsonObject shortlist)
    {
        static string Ref(JsonNode n) => (n["application"] ?? n["applicant"])!.GetValue<string>();
        if (shortlist["entries"] is JsonArray entries)
        {
            return [.. entries.Select(e => (Ref(e!), !e!["considered"]!.GetValue<bool>()))];
        }

        var ordered = (shortlist["positions"] ?? shortlist["ranked"])!.AsArray().Select(p => (Ref(p!), false));
        var left = (shortlist["excluded"] ?? shortlist["bypassed"])!.AsArray().Select(p => (Ref(p!), true));
        return [.. ordered.Concat(left)];
    }

    /// <summary>Every value in <paramref name="expected"/> is in <paramref name="actual"/> at the same path (arrays by index).</summary>
    private static void AssertContains(JsonNode expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    AssertContains(value!, actual?[name], $"{path}.{name}");
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    AssertContains(array[i]!, actual?[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"}");
                break;
        }
    }
}
