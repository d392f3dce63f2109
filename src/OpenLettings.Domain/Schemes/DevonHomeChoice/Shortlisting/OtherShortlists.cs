using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>What happens to an applicant's open bid on another shortlist.</summary>
public enum OtherShortlistAction
{
    /// <summary>Bypassed (BP-ACCEPTED-ELSEWHERE).</summary>
    Bypassed,
    /// <summary>Held: the applicant has up to 24 hours to choose which home to be considered for (001 §46.40, §61.25).</summary>
    OnHold,
}

/// <summary>The effect on one other shortlist.</summary>
public sealed record OtherShortlistEffect(AdvertId Advert, BidId Bid, OtherShortlistAction Action, Bypass Bypass);

/// <summary>
/// Applicants cannot be considered for more than one home at a time; once Bid Accepted they are bypassed on every
/// other shortlist where they have an open bid (001 §61.25, §46.40).
/// </summary>
public static class OtherShortlists
{
    /// <summary>
    /// The effects on <paramref name="applicant"/>'s other open shortlists when their bid for
    /// <paramref name="consideredFor"/> moves to <paramref name="newStatus"/>. Empty for statuses that do not
    /// mean they are being considered.
    /// </summary>
    public static ImmutableArray<OtherShortlistEffect> Affected(
        IEnumerable<Shortlist> shortlists, HousingApplicationId applicant, AdvertId consideredFor, BidStatus newStatus, ShortlistOptions options)
    {
        OtherShortlistAction? action = newStatus.IsAcceptedOrLater()
            ? OtherShortlistAction.Bypassed
            : newStatus == BidStatus.BidShortlisted
                ? options.OtherShortlists == OtherShortlistsRule.BypassFromBidShortlisted ? OtherShortlistAction.Bypassed : OtherShortlistAction.OnHold
                : null;
        if (action is not { } chosen)
        {
            return [];
        }

        var reason = chosen == OtherShortlistAction.Bypassed
            ? new Reason("DHC.Shortlist.OtherShortlists.Bypassed", Citation.Devon("61.25"),
                "You are being considered for another home, so you are bypassed on your other shortlists.")
            : new Reason("DHC.Shortlist.OtherShortlists.OnHold", Citation.Devon("46.40"),
                "You are being considered for another home (Bid shortlisted) and have up to 24 hours to choose which home to be considered for.");
        reason = reason.With(new Fact("considered for advert", consideredFor.Value), new Fact("status", newStatus.ToString()));

        return
        [
            .. shortlists
                .Where(s => s.Advert != consideredFor)
                .SelectMany(s => s.Entries)
                .Where(e => e.Applicant == applicant && e.Bid.Status == BidStatus.Open && e.Considered)
                .Select(e => new OtherShortlistEffect(e.Bid.Advert, e.Bid.Id, chosen, new Bypass(BypassReason.AcceptedElsewhere, reason))),
        ];
    }
}
