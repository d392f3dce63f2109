using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The equity assessment: the amount counted, and whether it reaches Chesterfield's limit.</summary>
public sealed record EquityDecision(Money Equity, Money Limit, bool AtOrAboveLimit, Reason Reason);

/// <summary>Equity = (property value − mortgages and secured loans) × the applicant's share + savings, investments, stocks and shares (003 Appendix B 5(viii)).</summary>
public static class EquityRules
{
    /// <summary>Works out the applicant's equity and compares it with the limit ("half or more of the average house price").</summary>
    public static EquityDecision Assess(ChesterfieldApplication application, ChesterfieldOptions options)
    {
        var r = application.Resources;
        var property = Math.Max(0m, r.PropertyValue.Pounds - r.SecuredLoans.Pounds) * Math.Clamp(r.OwnershipShare, 0m, 1m);
        var equity = new Money(decimal.Round(property + r.SavingsAndInvestments.Pounds, 2));
        var reached = equity >= options.EquityLimit;
        var reason = new Reason("CBC.Equity", ChesterfieldCitations.CabinetReport("3.23"),
                reached
                    ? $"Your equity of {equity} is at or above Chesterfield's equity limit of {options.EquityLimit}, so you are expected to use it to resolve your housing need."
                    : $"Your equity of {equity} is below Chesterfield's equity limit of {options.EquityLimit}.")
            .With(new Fact("equity", equity.ToString()), new Fact("equity limit", options.EquityLimit.ToString()),
                new Fact("ownership share", r.OwnershipShare.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new EquityDecision(equity, options.EquityLimit, reached, reason);
    }
}
