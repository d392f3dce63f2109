using System.Globalization;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>
/// The landlord's financial assessment as a bypass (003 Appendix B 11(vi), 10(ii); Appendix A "Financial assessment"):
/// when the advert requires it, a bidder whose income after essential outgoings does not cover the rent and charges,
/// or who cannot pay the rent in advance, is bypassed (reason <see cref="BypassReason.CannotAffordRent"/>) and may ask for a review.
/// </summary>
public static class AffordabilityTest
{
    /// <summary>Whether the bid passes (true when the advert needs no assessment), and the reason when the test was considered.</summary>
    public static (bool Affordable, Reason? Reason) Check(ChesterfieldAdvert advert, ChesterfieldBid bid, ChesterfieldOptions options)
    {
        if (!advert.FinancialAssessmentRequired)
        {
            return (true, null);
        }

        var cite = ChesterfieldCitations.Policy("11(vi)");
        if (bid.Affordability is not { } a)
        {
            return (true, new Reason("CBC.Affordability.Outstanding", cite,
                "The landlord requires a financial assessment for this home; it has not been completed yet and will be before any offer is made."));
        }

        var residual = a.MonthlyIncome - a.MonthlyEssentialOutgoings - a.MonthlyRentAndCharges;
        var coversRent = residual >= options.AffordabilityMinimumMonthlyResidual;
        var coversAdvance = a.FundsForRentInAdvance >= a.RentInAdvance;
        var facts = new[]
        {
            new Fact("monthly income", a.MonthlyIncome.ToString()),
            new Fact("monthly essential outgoings", a.MonthlyEssentialOutgoings.ToString()),
            new Fact("monthly rent and charges", a.MonthlyRentAndCharges.ToString()),
            new Fact("left each month", residual.ToString()),
            new Fact("minimum left each month", options.AffordabilityMinimumMonthlyResidual.ToString()),
            new Fact("rent in advance", a.RentInAdvance.ToString()),
            new Fact("funds for rent in advance", a.FundsForRentInAdvance.ToString()),
        };

        if (coversRent && coversAdvance)
        {
            return (true, new Reason("CBC.Affordability.Passed", cite,
                $"The financial assessment shows you can afford this home: after essential outgoings and the rent and charges you would have {residual} a month.").With(facts));
        }

        var why = !coversRent
            ? $"after essential outgoings your income would leave {residual} a month once the rent and charges of {a.MonthlyRentAndCharges} are paid"
            : $"you have {a.FundsForRentInAdvance} towards the {a.RentInAdvance} rent in advance the landlord requires";
        return (false, new Reason("CBC.Affordability.Failed", cite,
                string.Create(CultureInfo.InvariantCulture, $"The landlord will not make an offer because the financial assessment shows {why}. We will write to you with this decision and you can ask for a review of it."))
            .With(facts));
    }
}
