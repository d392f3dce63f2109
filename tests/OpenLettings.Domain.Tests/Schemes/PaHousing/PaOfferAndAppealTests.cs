using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaOfferAndAppealTests
{
    private static PaShortlist ThreeBidShortlist() => Scheme.Shortlist(Advert(),
    [
        Bid("first", Application().WithNeeds(PaNeed.ManagementMove)),
        Bid("second", Application().WithNeeds(PaNeed.MedicalNeed)),
        Bid("third", Application().WithNeeds(PaNeed.LowLevelMedicalOrMobilityNeed)),
    ], AsOf);

    [Fact(DisplayName = "Multiple offer letters show each applicant's ranking in numerical order (004 §4.8)")]
    public void MakeOffers_MultipleLetters_RankedInOrder()
    {
        var offers = Scheme.MakeOffers(ThreeBidShortlist(), 2, AsOf);
        Assert.Equal(2, offers.Length);
        Assert.Equal(["first", "second"], offers.Select(o => o.Bid.Value));
        Assert.Equal([1, 2], offers.Select(o => o.Ranking));
        Assert.All(offers, o => Assert.Contains(o.Checks, c => c.Check == OfferCheck.PhotographicId));
    }

    [Fact(DisplayName = "An offer is provisional until the evaluation is complete (004 §4.8)")]
    public void EvaluateOffer_ChecksPending_Provisional()
    {
        var offer = Scheme.MakeOffers(ThreeBidShortlist(), 1, AsOf)[0];
        var decision = Scheme.EvaluateOffer(offer, AsOf);
        Assert.Equal(OfferStatus.Provisional, decision.Status);
        Assert.Equal("004 §4.8", decision.Reasons.Single().Citation.ToString());
    }

    [Fact(DisplayName = "Every check satisfactory: the tenancy can be signed (004 §4.8)")]
    public void EvaluateOffer_AllSatisfactory_ReadyForSigning()
    {
        var offer = Scheme.MakeOffers(ThreeBidShortlist(), 1, AsOf)[0];
        offer = offer with { Checks = [.. offer.Checks.Select(c => c with { Outcome = CheckOutcome.Satisfactory })] };
        Assert.Equal(OfferStatus.ReadyForSigning, Scheme.EvaluateOffer(offer, AsOf).Status);
    }

    [Fact(DisplayName = "Photographic ID is always required, even if left off the checks (004 §4.4)")]
    public void EvaluateOffer_NoPhotoIdCheck_StillRequired()
    {
        var offer = new PaProvisionalOffer
        {
            Advert = new AdvertId("ADV-1"),
            Bid = new BidId("b"),
            Application = new HousingApplicationId("A"),
            MadeOn = AsOf,
            Checks = [new OfferCheckResult { Check = OfferCheck.PropertyViewing, Outcome = CheckOutcome.Satisfactory }],
        };
        var decision = Scheme.EvaluateOffer(offer, AsOf);
        Assert.Equal(OfferStatus.Provisional, decision.Status);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Offer.PhotographicIdRequired");
    }

    [Fact(DisplayName = "A concern keeps the offer provisional; PA Housing may withdraw it (004 §4.9)")]
    public void EvaluateOffer_UnsatisfactoryCheck_ConcernRaised()
    {
        var offer = Scheme.MakeOffers(ThreeBidShortlist(), 1, AsOf)[0];
        offer = offer with { Checks = [.. offer.Checks.Select(c => c with { Outcome = c.Check == OfferCheck.IncomeAssessment ? CheckOutcome.Unsatisfactory : CheckOutcome.Satisfactory })] };
        var decision = Scheme.EvaluateOffer(offer, AsOf);
        Assert.Equal(OfferStatus.Provisional, decision.Status);
        Assert.Equal("PA.Offer.ConcernRaised", decision.Reasons.Single().RuleId);
    }

    [Theory(DisplayName = "A withdrawn offer can be appealed within 21 days (004 §4.9, §4.12)")]
    [InlineData(WithdrawalGround.ConcernsAboutSustainingTenancy)]
    [InlineData(WithdrawalGround.RequirementsDifferFromApplication)]
    public void EvaluateOffer_Withdrawn_AppealDeadline(WithdrawalGround ground)
    {
        var withdrawnOn = AsOf.AddDays(3);
        var offer = Scheme.MakeOffers(ThreeBidShortlist(), 3, AsOf)[2] with { Withdrawal = Decided(ground, withdrawnOn) };
        var decision = Scheme.EvaluateOffer(offer, AsOf);
        Assert.Equal(OfferStatus.Withdrawn, decision.Status);
        Assert.Equal(withdrawnOn.AddDays(21), decision.AppealBy);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Offer.MultipleRanking");
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Offer.Withdrawn" && r.Citation.ToString() == "004 §4.9");
    }

    [Theory(DisplayName = "Appeals must be made in writing within 21 days of the decision (004 §4.12)")]
    [InlineData(21, true)]
    [InlineData(22, false)]
    public void CheckAppeal_Window_TwentyOneDays(int daysLater, bool inTime)
    {
        var decision = Scheme.CheckAppeal(AsOf, AsOf.AddDays(daysLater));
        Assert.Equal(inTime, decision.InTime);
        Assert.Equal(AsOf.AddDays(21), decision.Deadline);
        Assert.Equal("004 §4.12", decision.Reason.Citation.ToString());
    }
}
