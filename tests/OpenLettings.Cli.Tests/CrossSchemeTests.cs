using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

/// <summary>
/// One household — a couple, a son of 14 and a daughter of 6 in a two-bedroom flat they rent from a social
/// landlord — assessed under each scheme (docs/examples/cross-scheme). The schemes agree the family needs three
/// bedrooms but band and order it differently, and each explanation cites its own policy.
/// </summary>
public class CrossSchemeTests
{
    private static (JsonNode Assessment, string Explanation) Assess(string scheme)
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "cross-scheme", scheme + ".json");
        var json = CliRunner.Run(["assess", path]);
        Assert.True(json.ExitCode == 0, json.Stderr);
        var text = CliRunner.Run(["explain", path]);
        Assert.Equal(0, text.ExitCode);
        return (JsonNode.Parse(json.Stdout)!["assessment"]!, text.Stdout);
    }

    [Fact(DisplayName = "Devon: lacking one bedroom is Band C, ordered by band start date (001 §30.1, §43.1)")]
    public void SameHousehold_Devon_BandCForLackingOneBedroom()
    {
        var (assessment, explanation) = Assess("devon-home-choice");
        Assert.Equal("C", assessment["band"]!.GetValue<string>());
        Assert.Equal("C_LackingOneBedroom", assessment["banding"]!["general"]!["reason"]!.GetValue<string>());
        Assert.Contains("(001 §30.1)", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("(003 ", explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Chesterfield: Band C, with the council's own children-in-flats reason recorded too (003 Appendix B)")]
    public void SameHousehold_Chesterfield_BandCWithChildrenInFlatReason()
    {
        var (assessment, explanation) = Assess("chesterfield");
        Assert.Equal("C", assessment["band"]!.GetValue<string>());
        var codes = assessment["banding"]!["reasonCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("cbcChildrenInFlat", codes);
        Assert.Contains("(003 ", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("(001 ", explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Swan: opposite-sex children sharing, one over 11, is band 2 — higher than the others give (002 Appendix 1)")]
    public void SameHousehold_Swan_Band2ForOppositeSexSharing()
    {
        var (assessment, explanation) = Assess("swan-transfer");
        Assert.Equal("two", assessment["band"]!.GetValue<string>());
        Assert.Contains("oppositeSexSharingOneOver11", assessment["banding"]!["circumstances"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("(002 Appendix 1)", explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "PA Housing London: overcrowded by one bedroom is Band C (004 Appendix 2, §4.7)")]
    public void SameHousehold_PaHousingLondon_BandCOvercrowdedByOne()
    {
        var (assessment, explanation) = Assess("pa-housing");
        Assert.Equal("C", assessment["banding"]!["band"]!.GetValue<string>());
        Assert.Equal(3, assessment["bedrooms"]!["bedrooms"]!.GetValue<int>());
        Assert.Contains("(004 Appendix 2)", explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "The same household is ordered by a different date in each scheme: band start date, priority date, waiting date")]
    public void SameHousehold_EachSchemeOrdersByItsOwnDate()
    {
        Assert.Equal("2025-01-10T09:30:00", Assess("devon-home-choice").Assessment["bandStartDate"]!.GetValue<string>());
        Assert.Equal("2026-01-05", Assess("chesterfield").Assessment["priorityDate"]!.GetValue<string>());
        Assert.Equal("2024-02-12", Assess("swan-transfer").Assessment["waitingSince"]!.GetValue<string>());
        Assert.Equal("2025-09-15", Assess("pa-housing").Assessment["banding"]!["priorityDate"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Shortlisted differently: Devon puts the homeless family's Band B first (001 §61.1); Chesterfield puts the local family first, its connection tier above band (003 §3.14)")]
    public void SameTwoHouseholds_DevonOrdersByBand_ChesterfieldByConnectionTierFirst()
    {
        static JsonNode Shortlist(string scheme)
        {
            var result = CliRunner.Run(["shortlist", Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "cross-scheme", $"shortlist-{scheme}.json")]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            return JsonNode.Parse(result.Stdout)!["shortlist"]!;
        }

        var devon = Shortlist("devon-home-choice")["entries"]!.AsArray();
        Assert.Equal("HOMELESS-FAMILY", devon[0]!["applicant"]!.GetValue<string>());
        Assert.Equal("SAME-FAMILY", devon[1]!["applicant"]!.GetValue<string>());

        var chesterfield = Shortlist("chesterfield");
        Assert.Equal("SAME-FAMILY", chesterfield["positions"]![0]!["application"]!.GetValue<string>());
        Assert.Equal("ownDistrict", chesterfield["positions"]![0]!["tier"]!.GetValue<string>());
        var excluded = chesterfield["excluded"]!.AsArray().Single()!;
        Assert.Equal("HOMELESS-FAMILY", excluded["application"]!.GetValue<string>());
        Assert.Contains(excluded["reasons"]!.AsArray(), r => r!["citation"]!.GetValue<string>() == "003 §3.14");
    }
}
